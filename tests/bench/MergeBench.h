#pragma once

#include <QStringList>
#include <QTextStream>

namespace caiji::bench {

/// `caiji-bench merge WS` (an SQLite workspace, left as it is): every department's package
/// issued from a copy, a text field of every row each department fills changed in its package,
/// then all packages merged into the copy; against SQLite copying the same rows with
/// INSERT … SELECT from each attached package. Also times issuing 教务处's package.
int runMerge(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace caiji::bench
