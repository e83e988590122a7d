#pragma once

#include "../auth/AccessPolicy.h"
#include "TaskState.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace caiji {

/// What a person does to a task (DESIGN 3.5): the collector submits, the department head
/// confirms (or returns to the collector), the domain reviewer passes or returns, the
/// supervision office accepts or returns.
enum class TaskAction
{
    Submit,
    Confirm,
    Review,
    Accept,
    Return,
    Unlock, ///< the office reopens a confirmed task for revision, for a time
};

QString taskActionToString(TaskAction a);
bool taskActionFromString(const QString& s, TaskAction* out);
/// 提交, 确认 … (translated).
QString taskActionDisplayName(TaskAction a);

/// The task state machine and who may move it: pure rules, no database. The write gateway
/// asks them before it moves any task, whichever front end asks.
class TaskTransitions
{
    Q_DECLARE_TR_FUNCTIONS(caiji::TaskTransitions)

public:
    /// The state `action` leads to from `from`; false when the action does not apply there.
    /// `domainReview` says whether the task passes a domain reviewer (业务审核) before the office.
    static bool target(TaskAction action, TaskState from, bool domainReview, TaskState* to);
    /// Empty when the policy's actor may do `action` to the task (table, department) in state
    /// `from`; else why not, in words for the user.
    static QString denial(const AccessPolicy& policy, const Table& table, const QString& department, TaskAction action,
        TaskState from, bool domainReview);
    /// The actions the actor may take on the task now, in the order a screen offers them.
    static QVector<TaskAction> offered(
        const AccessPolicy& policy, const Table& table, const QString& department, TaskState from, bool domainReview);
};

} // namespace caiji
