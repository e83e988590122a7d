#pragma once

#include <QStringList>
#include <QTextStream>

namespace caiji::bench {

/// `caiji-bench validate WS`: validates the whole latest round with all rules, and times a bare
/// read of every row of the round for comparison.
int runValidate(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace caiji::bench
