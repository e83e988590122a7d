#pragma once

#include <QString>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace caiji {
class Workspace;
}

namespace caiji::bench {

/// Opens the workspace named first in args and its latest round; prints usage or the error
/// and returns null when it cannot.
std::unique_ptr<Workspace> openWorkspace(const QStringList& args, const char* usage, QTextStream& err, int* round);
/// The table of the round with the most rows (what the benchmarks measure by default).
QString largestTable(Workspace& ws, int round);

} // namespace caiji::bench
