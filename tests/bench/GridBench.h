#pragma once

#include <QStringList>
#include <QTextStream>

namespace caiji::bench {

/// `caiji-bench grid WS [--table CODE]`: opens the table with the most rows (or CODE) in the
/// real main window offscreen and measures first paint, random jumps, a 10,000 x 20 paste and
/// peak memory.
int runGrid(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace caiji::bench
