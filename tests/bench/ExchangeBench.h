#pragma once

#include <QStringList>
#include <QTextStream>

namespace caiji::bench {

/// `caiji-bench export WS` and `caiji-bench import WS`: 100,000 rows of the largest table
/// written to / read from xlsx, timed against Python's xlsxwriter and openpyxl on the same data.
int runExport(const QStringList& args, QTextStream& out, QTextStream& err);
int runImport(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace caiji::bench
