#pragma once

#include "../auth/AccessPolicy.h"
#include "../workflow/TaskComments.h"
#include "../workflow/TaskTransitions.h"
#include "ChangeFeed.h"
#include "EditService.h"
#include "KeyWatch.h"

#include <QCoreApplication>
#include <QHash>

#include <functional>
#include <memory>

namespace caiji {

class RowInserter;
class Workspace;

/// Why a write happens and how it is checked.
struct WriteIntent
{
    WriteOrigin origin = WriteOrigin::Edit;
    QString reason;
    /// false only when undo writes back values the table held before, or the caller checked
    /// the rows already (an import plan): they were accepted once.
    bool validate = true;
    /// A changed key that other tables use is carried into their rows in the same transaction
    /// (journaled as a cascade); without this the write is refused and lists them.
    bool cascadeKeys = false;
};

/// A move of a task through the workflow, with the reason and (for a return) the comments.
struct TaskMove
{
    QString table;
    QString department; ///< code
    TaskAction action = TaskAction::Submit;
    QString reason;
    QVector<TaskComment> comments; ///< rowId, field and text of each
};

/// The one door for every write to a catalog table (DESIGN 3.5a): takes the acting account
/// and a reason, checks the actor's rights on the rows' departments, the task's lock and the
/// round's state, checks values with the validator's rules (EditService), bumps versions,
/// writes history and, after the outermost commit, publishes one ChangeEvent per table.
/// Nothing else writes data tables (tests/core/tst_layering checks who includes the writers).
class WriteGateway
{
    Q_DECLARE_TR_FUNCTIONS(caiji::WriteGateway)

public:
    WriteGateway(Workspace& ws, std::shared_ptr<const AccessPolicy> policy);
    ~WriteGateway();

    Workspace& workspace() const { return m_ws; }
    const AccessPolicy& policy() const { return *m_policy; }
    std::shared_ptr<const AccessPolicy> sharedPolicy() const { return m_policy; }
    const Actor& actor() const { return m_policy->actor(); }
    ChangeFeed& feed() { return m_feed; }
    /// Called with the unit of work's events inside its transaction, just before the outermost
    /// commit: what a write makes necessary later (a summary to recompute) is recorded in the
    /// same transaction as the write, so that a kill between them cannot forget it. Refusing
    /// rolls the unit of work back.
    using BeforeCommit = std::function<bool(const QVector<ChangeEvent>& events, QString* error)>;
    void setBeforeCommit(BeforeCommit hook) { m_beforeCommit = std::move(hook); }

    /// Empty when the actor may write rows of `department` in `table` this round; else why not.
    QString checkWrite(const Table& table, int round, const QString& department, WriteOrigin origin) const;

    /// Moves a task (DESIGN 3.5) when the actor may (TaskTransitions) and it is still in the state
    /// it was read in; a return needs a reason. Journaled in cj_task_event with its comments;
    /// tasksChanged is published after the outermost commit. `reached` receives the new state.
    bool moveTask(int round, const TaskMove& move, TaskState* reached, QString* error);
    /// A record of the process that is not a data row changed in this unit of work (a comment
    /// answered or closed, a request to unlock, a deadline, an exception, the round's state): the
    /// caller checked the actor's right and wrote it inside a Scope; tasksChanged(round) is
    /// published after the outermost commit so that every view of the tasks follows.
    void noteTasksChanged(int round);
    /// Whether a task passes a domain reviewer: another department leads the table and has an
    /// active reviewer account.
    bool hasDomainReview(const Table& table, const QString& department) const;
    /// The office changes the division of the tables (任务分解表): checked, stored, the tasks of
    /// every round still collecting follow it (Assignments::follow, refused when a department would
    /// lose a task it has begun), journaled with the tables changed, and on PostgreSQL the server's
    /// access matrix follows. tasksChanged is published for those rounds after the commit. Accounts
    /// signed in elsewhere keep the division they signed in with until they sign in again.
    bool saveDivision(const Division& division, const QString& reason, QStringList* changed, QString* error);
    EditResult applyCells(
        const Table& table, int round, const QVector<CellChange>& changes, const WriteIntent& intent = {});
    /// The cells of many rows a query on the workspace's own connection gives (a file attached to
    /// it; see BulkCellWriter::stageQuery): checked and written as applyCells writes them, set by
    /// set. SQLite only; the rows written come back without their values.
    EditResult applyCellQuery(const Table& table, int round, const QString& select, const QVariantList& binds,
        const WriteIntent& intent = {});
    /// The same for rows already staged in a temporary table of the workspace's connection (see
    /// BulkCellWriter::stageTable): checked and written without copying them first; the table
    /// is emptied when they are written.
    EditResult applyCellTable(const Table& table, int round, const QString& stageTable, const WriteIntent& intent = {});
    bool insertRows(const Table& table, int round, const QString& department, const QVector<QVector<QVariant>>& rows,
        QVector<QString>* ids, QString* error, const WriteIntent& intent = {});
    /// New rows of the department staged as applyCellTable's rows are (the id, a mask bit for
    /// each value given, c0…): checked as insertRows checks its rows, each distinct value once,
    /// and inserted in one statement, in the table's rowid order; the table is emptied. SQLite
    /// only. How many were inserted in `rows`.
    bool insertRowTable(const Table& table, int round, const QString& department, const QString& stageTable,
        qint64* rows, QString* error, const WriteIntent& intent = {});
    EditResult setDeleted(const Table& table, int round, const QVector<QPair<QString, qint64>>& rows, bool deleted,
        const WriteIntent& intent = {});
    /// A bulk inserter for rows of one department (imports, the demo), after the same checks;
    /// use it inside a Scope. nullptr with `error` set when the write is refused.
    std::unique_ptr<RowInserter> inserter(
        const Table& table, int round, const QString& department, const WriteIntent& intent, QString* error);
    /// The same, for rows gathered before the unit of work begins (RowInserter::setStaged): an
    /// import reads and converts its file without holding the write lock, then publishStaged()
    /// inside a Scope moves the rows in, checked again, in one statement. No Scope needed yet.
    std::unique_ptr<RowInserter> stagedInserter(
        const Table& table, int round, const QString& department, const WriteIntent& intent, QString* error);
    bool publishStaged(RowInserter& staged, const Table& table, int round, const QString& department,
        const WriteIntent& intent, QString* error);

    /// A unit of work: one transaction around any number of gateway calls, whose change
    /// events are published together after the outermost commit (and dropped on rollback).
    class Scope
    {
    public:
        explicit Scope(WriteGateway& gateway);
        ~Scope();
        Scope(const Scope&) = delete;
        Scope& operator=(const Scope&) = delete;
        bool commit(QString* error);

    private:
        WriteGateway& m_gateway;
        std::unique_ptr<class Transaction> m_tx;
        bool m_done = false;
    };

    /// Empty unless the task is in a revision the office opened for some fields only and
    /// `columns` reaches beyond them (rows added or removed reach every column); then why not.
    QString revisionScope(const Table& table, int round, const QString& department, const QVector<int>& columns) const;

private:
    /// Empty when `department` may insert rows into `table` this round; else why not.
    QString checkInsert(const Table& table, int round, const QString& department, const WriteIntent& intent) const;
    QString lockReason(const Table& table, int round, const QString& department) const;
    /// Asks the office's rules of every row `service` writes (checkWrite, then revisionScope).
    void guardRows(EditService& service, const Table& table, int round, const WriteIntent& intent);
    /// applyCellQuery and applyCellTable: `stage` fills the writer, the rest is the same.
    EditResult applyStagedCells(const Table& table, int round,
        const std::function<bool(class BulkCellWriter&, QString*)>& stage, const WriteIntent& intent);
    /// Notes in `r` the referenced keys `changes` change; false (and why in `r`) when that is
    /// not allowed or they cannot be read.
    bool keysMayChange(
        const Table& table, int round, const QVector<CellChange>& changes, const WriteIntent& intent, EditResult* r);
    /// After EditService wrote cells: the keys carried into the rows that use them, the event,
    /// the commit.
    EditResult finishCells(const Table& table, int round, const QVector<KeyChange>& keys, const WriteIntent& intent,
        Scope& scope, EditResult r);
    /// Empty when no key value that other tables use went away in this unit of work; else why.
    QString vanishedKeys();
    /// Writes the new key values into the rows that use the old ones.
    bool cascade(int round, const QVector<KeyChange>& changes, const WriteIntent& intent, QString* error);
    void record(const Table& table, int round, const QSet<QString>& departments, const QVector<QString>& rowIds,
        qint64 count, bool structural, const WriteIntent& intent);
    void publishPending();
    /// After a successful write: its event, then the commit of `scope`.
    void finish(const Table& table, int round, EditResult* r, bool structural, const WriteIntent& intent, Scope& scope);

    Workspace& m_ws;
    std::shared_ptr<const AccessPolicy> m_policy;
    ChangeFeed m_feed;
    int m_depth = 0;
    bool m_publishing = false;
    BeforeCommit m_beforeCommit;
    QVector<ChangeEvent> m_pending;
    QSet<int> m_movedRounds; ///< rounds whose tasks moved in this unit of work
    KeyWatch m_keys; ///< the keys this unit of work renames or removes
};

} // namespace caiji
