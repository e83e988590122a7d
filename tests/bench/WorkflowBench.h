#pragma once

#include <QStringList>
#include <QTextStream>

namespace caiji::bench {

/// `caiji-bench workflow WS`: the office's dashboard (every department × every table, with
/// problem counts) made ready, and 100 waiting tasks accepted in bulk. Task states are put back
/// afterwards.
int runWorkflow(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace caiji::bench
