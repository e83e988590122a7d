#pragma once

#include <QStringList>
#include <QTextStream>

namespace caiji::bench {

/// `caiji-bench documents WS`: the fingerprint of every table of the round (every department's
/// rows) against reading every row the same way without hashing, and the fingerprint of one
/// department's letter (教务处, JWC).
int runDocuments(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace caiji::bench
