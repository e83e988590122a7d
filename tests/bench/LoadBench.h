#pragma once

#include <QStringList>
#include <QTextStream>

namespace caiji::bench {

/// Many users on one workspace (issue 14): department clients in processes of their own edit
/// their tables at a busy human pace while one imports 100,000 rows and the office validates
/// the round twice; edits attempted, acknowledged, failed, lost, and single-edit latency.
int runLoad(const QStringList& args, QTextStream& out, QTextStream& err);
/// One department's client (a child process of runLoad).
int runLoadClient(const QStringList& args, QTextStream& out, QTextStream& err);

} // namespace caiji::bench
