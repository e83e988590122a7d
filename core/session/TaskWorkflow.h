#pragma once

#include "../workflow/TaskComments.h"
#include "../workflow/TaskTransitions.h"

#include <QCoreApplication>
#include <QDate>
#include <QStringList>
#include <QVector>

#include <functional>

namespace caiji {

class WriteGateway;

/// How a workflow step ended: done, refused by a rule of the process (findings block a
/// submission, a wrong password), or not allowed at all (the role, the state).
struct TaskOutcome
{
    enum Kind
    {
        Done,
        Blocked, ///< a rule of the process: fix the data, explain, or type the password again
        NotAllowed, ///< this account may not, or the task is not in a state for it
    };
    Kind kind = NotAllowed;
    QString message;
    QStringList blocking; ///< what blocks a submission, one line each
    TaskState state = TaskState::NotStarted;

    bool ok() const { return kind == Done; }
};

/// A department's request to unlock a confirmed task for revision, waiting for the office.
struct UnlockRequest
{
    qint64 id = 0;
    QString table;
    QString department; ///< code
    QString reason;
    QString scope; ///< the rows or fields, in the department's words
    QString requestedBy;
    QString requestedAt;
};

/// A transition of the task journal (cj_task_event).
struct TaskEvent
{
    TaskAction action = TaskAction::Submit;
    TaskState from = TaskState::NotStarted;
    TaskState to = TaskState::NotStarted;
    QString login;
    QString role;
    QString at;
    QString reason;
};

/// A change since a task was returned (for the reviewer of the resubmission): a cell, or a row
/// added, deleted or restored (field empty).
struct CellChangeSince
{
    enum Kind
    {
        Cell,
        Added,
        Deleted,
        Restored,
    };
    Kind kind = Cell;
    QString rowId;
    QString field;
    QString oldValue;
    QString newValue;
    QString login;
    QString at;
};

/// The collection process as the signed-in account does it (DESIGN 3.5): submit (refused
/// while errors remain or warnings lack an explanation), confirm (the head's password as a
/// signature), domain review, accept (one task or all ready tasks of a department), return
/// (a reason and comments). Each step is a WriteGateway::moveTask, so the rules of who may do
/// what hold whichever front end asks. Lives in core/session, above both the validator it
/// asks about findings and the gateway it moves tasks through.
class TaskWorkflow
{
    Q_DECLARE_TR_FUNCTIONS(caiji::TaskWorkflow)

public:
    TaskWorkflow(WriteGateway& gateway, int round);

    TaskState state(const QString& table, const QString& department) const;
    /// The actions the account may take on the task now.
    QVector<TaskAction> offered(const QString& table, const QString& department) const;
    /// What keeps the task from being submitted (errors, warnings without an explanation).
    QStringList blockers(const QString& table, const QString& department, QString* error) const;

    TaskOutcome submit(const QString& table, const QString& department);
    TaskOutcome confirm(const QString& table, const QString& department, const QString& password);
    TaskOutcome review(const QString& table, const QString& department);
    TaskOutcome accept(const QString& table, const QString& department);
    TaskOutcome returnTask(const QString& table, const QString& department, const QString& reason,
        const QVector<TaskComment>& comments = {});
    /// The department asks the office to unlock its confirmed task: why, and what (rows or fields).
    TaskOutcome requestUnlock(
        const QString& table, const QString& department, const QString& reason, const QString& scope);
    /// The office unlocks a confirmed task for revision until `until` (inclusive): the department
    /// edits again, the confirmation no longer stands, the task must be submitted and confirmed anew.
    /// `fields` (keys) limits the revision to those fields (no row added or deleted); empty: the
    /// whole table.
    TaskOutcome unlock(const QString& table, const QString& department, const QString& reason, const QDate& until,
        const QStringList& fields = {});
    /// Accepts every task of the department that waits for the office; `accepted` receives
    /// how many. Nothing is accepted when one of them cannot be.
    TaskOutcome acceptAll(const QString& department, int* accepted);

    /// Requests to unlock that wait for the office: all of them for the office, the account's
    /// department's for everyone else.
    QVector<UnlockRequest> unlockRequests(QString* error = nullptr) const;
    /// The process's other records, each checked by its own class and written in a unit of work
    /// of the gateway, so that every view hears of it (tasksChanged).
    bool answerComment(qint64 id, const QString& text, QString* error);
    bool closeComment(qint64 id, QString* error);
    bool schedule(const QDate& opensOn, const QDate& dueOn, int sourceLeadDays, QString* error);
    bool setDeadline(const QString& table, const QString& department, const QDate& date, QString* error);
    /// A task past its deadline may be filled until `until` (inclusive), for `reason`.
    bool grantException(
        const QString& table, const QString& department, const QDate& until, const QString& reason, QString* error);
    QVector<TaskEvent> history(const QString& table, const QString& department, QString* error = nullptr) const;
    /// What changed in the department's rows since the task was last returned, in time order:
    /// cells (old → new), rows added, deleted or restored; who and when for each.
    QVector<CellChangeSince> changesSinceReturn(
        const QString& table, const QString& department, QString* error = nullptr) const;

private:
    /// Runs `write` in a unit of work of the gateway and announces the round's tasks changed.
    bool record(const std::function<bool(QString*)>& write, QString* error);
    TaskOutcome move(const QString& table, const QString& department, TaskAction action, const QString& reason = {},
        const QVector<TaskComment>& comments = {});

    WriteGateway& m_gateway;
    int m_round;
};

} // namespace caiji
