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
    Revising, ///< 修订中: unlocked by the office after confirmation, to be confirmed again
};

QString taskStateToString(TaskState s);
bool taskStateFromString(const QString& s, TaskState* out);
/// 未开始, 填报中 … (translated).
QString taskStateDisplayName(TaskState s);
/// Whether the department may write the task's rows in this state (before submission, or
/// unlocked for revision).
bool taskAcceptsEdits(TaskState s);
/// Whether the task is still before its first submission or back after a return: what a
/// deadline holds it to.
bool taskBeforeSubmission(TaskState s);

} // namespace caiji
