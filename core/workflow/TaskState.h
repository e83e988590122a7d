#pragma once

#include <QString>

namespace caiji {

/// The states of a task (round, table, department), DESIGN 3.5. The string form is stored.
enum class TaskState
{
    NotStarted,
    Filling,
    Submitted,
    Confirmed,
    DomainReviewed,
    Accepted,
    Returned,
    Merged,
    Approved,
    Reported,
};

QString taskStateToString(TaskState s);
bool taskStateFromString(const QString& s, TaskState* out);
/// 未开始, 填报中 … (translated).
QString taskStateDisplayName(TaskState s);

} // namespace caiji
