#pragma once

#include <QStringList>
#include <QTextStream>

namespace caiji::bench {

/// `caiji-bench gui WS`: the longest stall of the main window's event loop while a whole-round
/// validation runs (a timer asks to run every 5 ms; the gap between two runs is the stall).
int runGui(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace caiji::bench
