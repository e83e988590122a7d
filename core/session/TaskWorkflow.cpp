#include "TaskWorkflow.h"

#include "../auth/Accounts.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../validation/Explanations.h"
#include "../validation/Validator.h"
#include "../workflow/Deadlines.h"
#include "../write/WriteGateway.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>

namespace caiji {

namespace {
constexpr int kBlockersListed = 20;
}

TaskWorkflow::TaskWorkflow(WriteGateway& gateway, int round)
    : m_gateway(gateway)
    , m_round(round)
{
}

TaskState TaskWorkflow::state(const QString& table, const QString& department) const
{
    TaskState s = TaskState::NotStarted;
    taskStateFromString(SqlUtil::scalar(m_gateway.workspace().db(),
                            QStringLiteral("SELECT state FROM cj_assignment WHERE round = ? AND table_code = ? AND "
                                           "department = ?"),
                            {m_round, table, department})
                            .toString(),
        &s);
    return s;
}

QVector<TaskAction> TaskWorkflow::offered(const QString& table, const QString& department) const
{
    const Table* t = m_gateway.workspace().catalog().table(table);
    if (!t)
        return {};
    return TaskTransitions::offered(
        m_gateway.policy(), *t, department, state(table, department), m_gateway.hasDomainReview(*t, department));
}

QStringList TaskWorkflow::blockers(const QString& table, const QString& department, QString* error) const
{
    Workspace& ws = m_gateway.workspace();
    Validator v(ws, m_round);
    v.setTables({table});
    v.setDepartment(department);
    QVector<Finding> findings;
    if (!v.run(&findings, error))
        return {QStringLiteral("-")};
    const QHash<QString, Explanation> explained = Explanations(ws, m_round).all(error);
    QStringList errors;
    QStringList warnings;
    for (const Finding& f : std::as_const(findings)) {
        const QString where = f.rowKey.isEmpty() ? f.message : tr("%1: %2").arg(f.rowKey, f.message);
        if (f.severity == Severity::Error) {
            errors.append(tr("Error — %1").arg(where));
        } else if (f.severity == Severity::Warning) {
            const auto e = explained.constFind(Explanations::keyOf(f));
            if (e == explained.constEnd() || e->status == QLatin1String("rejected"))
                warnings.append(tr("Warning without an explanation — %1").arg(where));
        }
    }
    QStringList out = errors + warnings;
    if (out.size() > kBlockersListed) {
        const int more = static_cast<int>(out.size()) - kBlockersListed;
        out = out.mid(0, kBlockersListed);
        out.append(tr("… and %n more.", nullptr, more));
    }
    return out;
}

TaskOutcome TaskWorkflow::move(const QString& table, const QString& department, TaskAction action,
    const QString& reason, const QVector<TaskComment>& comments)
{
    TaskOutcome out;
    QString error;
    TaskState reached = TaskState::NotStarted;
    if (!m_gateway.moveTask(m_round, {table, department, action, reason, comments}, &reached, &error)) {
        out.message = error;
        out.state = state(table, department);
        return out;
    }
    out.kind = TaskOutcome::Done;
    out.state = reached;
    const Table* t = m_gateway.workspace().catalog().table(table);
    out.message = tr("%1 of %2: %3.")
                      .arg(t ? t->title() : table, m_gateway.policy().departmentName(department),
                          taskStateDisplayName(reached));
    return out;
}

TaskOutcome TaskWorkflow::submit(const QString& table, const QString& department)
{
    // The right to submit first: nobody learns another department's findings by trying.
    const Table* t = m_gateway.workspace().catalog().table(table);
    if (!t) {
        TaskOutcome out;
        out.message = tr("The catalog has no table %1.").arg(table);
        return out;
    }
    const bool assigned = SqlUtil::scalar(m_gateway.workspace().db(),
                              QStringLiteral("SELECT COUNT(*) FROM cj_assignment WHERE round = ? AND table_code = ? "
                                             "AND department = ?"),
                              {m_round, table, department})
                              .toInt()
        > 0;
    const QString refused = !assigned ? tr("%1 is not a task of %2 in round %3.")
                                            .arg(t->title(), m_gateway.policy().departmentName(department))
                                            .arg(m_round)
                                      : TaskTransitions::denial(m_gateway.policy(), *t, department, TaskAction::Submit,
                                          state(table, department), m_gateway.hasDomainReview(*t, department));
    if (!refused.isEmpty()) {
        TaskOutcome out;
        out.message = refused;
        out.state = state(table, department);
        return out;
    }
    QString error;
    const QStringList blocking = blockers(table, department, &error);
    if (!error.isEmpty()) {
        TaskOutcome out;
        out.message = error;
        return out;
    }
    if (!blocking.isEmpty()) {
        TaskOutcome out;
        out.kind = TaskOutcome::Blocked;
        out.blocking = blocking;
        out.state = state(table, department);
        out.message
            = tr("%1 cannot be submitted yet: correct the errors and explain the warnings first.").arg(t->title());
        return out;
    }
    return move(table, department, TaskAction::Submit);
}

TaskOutcome TaskWorkflow::confirm(const QString& table, const QString& department, const QString& password)
{
    const Actor& a = m_gateway.actor();
    // The password typed again is the head's signature under the department's data.
    if (!a.owner && !Accounts(m_gateway.workspace()).checkPassword(a.login, password)) {
        TaskOutcome out;
        out.kind = TaskOutcome::Blocked;
        out.state = state(table, department);
        out.message = tr("The password is not right: the confirmation is signed with your own password.");
        return out;
    }
    return move(table, department, TaskAction::Confirm);
}

TaskOutcome TaskWorkflow::review(const QString& table, const QString& department)
{
    return move(table, department, TaskAction::Review);
}

TaskOutcome TaskWorkflow::accept(const QString& table, const QString& department)
{
    return move(table, department, TaskAction::Accept);
}

TaskOutcome TaskWorkflow::returnTask(
    const QString& table, const QString& department, const QString& reason, const QVector<TaskComment>& comments)
{
    return move(table, department, TaskAction::Return, reason, comments);
}

TaskOutcome TaskWorkflow::requestUnlock(
    const QString& table, const QString& department, const QString& reason, const QString& scope)
{
    TaskOutcome out;
    out.state = state(table, department);
    const Actor& a = m_gateway.actor();
    if (!a.owner && !(a.department == department && (a.has(Role::Collector) || a.has(Role::Head)))) {
        out.message = tr("Only %1 asks to unlock its own task.").arg(m_gateway.policy().departmentName(department));
        return out;
    }
    if (out.state != TaskState::Confirmed && out.state != TaskState::DomainReviewed
        && out.state != TaskState::Accepted) {
        out.message = tr("Only a confirmed task is unlocked; this one is %1.").arg(taskStateDisplayName(out.state));
        return out;
    }
    if (reason.trimmed().isEmpty()) {
        out.kind = TaskOutcome::Blocked;
        out.message = tr("Say why the task must be unlocked.");
        return out;
    }
    QString error;
    const bool written = record(
        [&](QString* e) {
            return SqlUtil::exec(m_gateway.workspace().db(),
                QStringLiteral("INSERT INTO cj_unlock (round, table_code, department, reason, scope, requested_by, "
                               "requested_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, 'requested')"),
                {m_round, table, department, reason.trimmed(), scope.trimmed(), a.login, Workspace::now()}, e);
        },
        &error);
    if (!written) {
        out.message = error;
        return out;
    }
    out.kind = TaskOutcome::Done;
    out.message = tr("The request to unlock %1 is with the supervision office.").arg(table);
    return out;
}

TaskOutcome TaskWorkflow::unlock(const QString& table, const QString& department, const QString& reason,
    const QDate& until, const QStringList& fields)
{
    if (!until.isValid() || until < QDate::currentDate()) {
        TaskOutcome out;
        out.state = state(table, department);
        out.message = tr("An unlock runs until a day from today on.");
        return out;
    }
    const Table* t = m_gateway.workspace().catalog().table(table);
    for (const QString& f : fields) {
        if (t && !t->field(f)) {
            TaskOutcome out;
            out.kind = TaskOutcome::Blocked;
            out.state = state(table, department);
            out.message = tr("Table %1 has no field %2 to open for revision.").arg(table, f);
            return out;
        }
    }
    const QVariant opened = fields.isEmpty() ? QVariant() : QVariant(fields.join(QLatin1Char(',')));
    WriteGateway::Scope scope(m_gateway);
    TaskOutcome out = move(table, department, TaskAction::Unlock, reason);
    if (!out.ok())
        return out;
    Workspace& ws = m_gateway.workspace();
    QString error;
    // The department's open request is granted; without one, the grant stands alone.
    QSqlQuery q(ws.db());
    const bool ok = SqlUtil::exec(ws.db(),
                        QStringLiteral(
                            "UPDATE cj_unlock SET state = 'granted', granted_by = ?, granted_at = ?, until = ?, "
                            "fields = ? WHERE round = ? AND table_code = ? AND department = ? AND state = 'requested'"),
                        {m_gateway.actor().login, Workspace::now(), until.toString(Qt::ISODate), opened, m_round, table,
                            department},
                        &error, &q)
        && (q.numRowsAffected() > 0
            || SqlUtil::exec(ws.db(),
                QStringLiteral("INSERT INTO cj_unlock (round, table_code, department, reason, granted_by, granted_at, "
                               "until, fields, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'granted')"),
                {m_round, table, department, reason.trimmed(), m_gateway.actor().login, Workspace::now(),
                    until.toString(Qt::ISODate), opened},
                &error))
        && scope.commit(&error);
    if (!ok) {
        out.kind = TaskOutcome::NotAllowed;
        out.message = error;
        out.state = state(table, department);
    }
    return out;
}

TaskOutcome TaskWorkflow::acceptAll(const QString& department, int* accepted)
{
    *accepted = 0;
    Workspace& ws = m_gateway.workspace();
    QStringList ready;
    {
        QSqlQuery q(ws.db());
        QString error;
        if (!SqlUtil::exec(ws.db(),
                QStringLiteral("SELECT table_code FROM cj_assignment WHERE round = ? AND department = ? AND state IN "
                               "(?, ?) ORDER BY table_code"),
                {m_round, department, taskStateToString(TaskState::Confirmed),
                    taskStateToString(TaskState::DomainReviewed)},
                &error, &q)) {
            TaskOutcome out;
            out.message = error;
            return out;
        }
        while (q.next())
            ready.append(q.value(0).toString());
    }
    // One unit of work: all of them, or none.
    WriteGateway::Scope scope(m_gateway);
    for (const QString& table : std::as_const(ready)) {
        const Table* t = ws.catalog().table(table);
        // A confirmed task still waiting for its domain reviewer is not the office's yet.
        if (!t || (state(table, department) == TaskState::Confirmed && m_gateway.hasDomainReview(*t, department)))
            continue;
        TaskOutcome one = accept(table, department);
        if (!one.ok())
            return one;
        ++*accepted;
    }
    TaskOutcome out;
    QString error;
    if (!scope.commit(&error)) {
        *accepted = 0;
        out.message = error;
        return out;
    }
    out.kind = TaskOutcome::Done;
    out.state = TaskState::Accepted;
    out.message
        = tr("%n task(s) of %1 accepted.", nullptr, *accepted).arg(m_gateway.policy().departmentName(department));
    return out;
}

QVector<TaskEvent> TaskWorkflow::history(const QString& table, const QString& department, QString* error) const
{
    QVector<TaskEvent> out;
    Workspace& ws = m_gateway.workspace();
    QSqlQuery q(ws.db());
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral("SELECT action, from_state, to_state, login, role, at, reason FROM cj_task_event WHERE "
                           "round = ? AND table_code = ? AND department = ? ORDER BY id"),
            {m_round, table, department}, error, &q))
        return out;
    while (q.next()) {
        TaskEvent e;
        taskActionFromString(q.value(0).toString(), &e.action);
        taskStateFromString(q.value(1).toString(), &e.from);
        taskStateFromString(q.value(2).toString(), &e.to);
        e.login = q.value(3).toString();
        e.role = q.value(4).toString();
        e.at = q.value(5).toString();
        e.reason = q.value(6).toString();
        out.append(e);
    }
    return out;
}

bool TaskWorkflow::record(const std::function<bool(QString*)>& write, QString* error)
{
    WriteGateway::Scope scope(m_gateway);
    if (!write(error))
        return false;
    m_gateway.noteTasksChanged(m_round);
    return scope.commit(error);
}

bool TaskWorkflow::answerComment(qint64 id, const QString& text, QString* error)
{
    return record(
        [&](QString* e) {
            return TaskComments(m_gateway.workspace(), m_round).answer(m_gateway.policy(), id, text, e);
        },
        error);
}

bool TaskWorkflow::closeComment(qint64 id, QString* error)
{
    return record(
        [&](QString* e) { return TaskComments(m_gateway.workspace(), m_round).close(m_gateway.policy(), id, e); },
        error);
}

bool TaskWorkflow::schedule(const QDate& opensOn, const QDate& dueOn, int sourceLeadDays, QString* error)
{
    return record(
        [&](QString* e) {
            return Deadlines(m_gateway.workspace(), m_round)
                .schedule(m_gateway.policy(), opensOn, dueOn, sourceLeadDays, e);
        },
        error);
}

bool TaskWorkflow::setDeadline(const QString& table, const QString& department, const QDate& date, QString* error)
{
    return record(
        [&](QString* e) {
            return Deadlines(m_gateway.workspace(), m_round)
                .setDeadline(m_gateway.policy(), table, department, date, e);
        },
        error);
}

bool TaskWorkflow::grantException(
    const QString& table, const QString& department, const QDate& until, const QString& reason, QString* error)
{
    return record(
        [&](QString* e) {
            return Deadlines(m_gateway.workspace(), m_round)
                .grantException(m_gateway.policy(), table, department, until, reason, e);
        },
        error);
}

QVector<UnlockRequest> TaskWorkflow::unlockRequests(QString* error) const
{
    QVector<UnlockRequest> out;
    Workspace& ws = m_gateway.workspace();
    const Actor& a = m_gateway.actor();
    QSqlQuery q(ws.db());
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral(
                "SELECT id, table_code, department, reason, scope, requested_by, requested_at FROM cj_unlock "
                "WHERE round = ? AND state = 'requested' AND (? = 1 OR department = ?) ORDER BY id"),
            {m_round, a.isOffice() ? 1 : 0, a.department}, error, &q))
        return out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString()});
    }
    return out;
}

QVector<CellChangeSince> TaskWorkflow::changesSinceReturn(
    const QString& table, const QString& department, QString* error) const
{
    QVector<CellChangeSince> out;
    Workspace& ws = m_gateway.workspace();
    const Table* t = ws.catalog().table(table);
    if (!t)
        return out;
    const QString since = SqlUtil::scalar(ws.db(),
        QStringLiteral("SELECT MAX(at) FROM cj_task_event WHERE round = ? AND table_code = ? AND department = ? AND "
                       "action = ?"),
        {m_round, table, department, taskActionToString(TaskAction::Return)}, error)
                              .toString();
    if (since.isEmpty())
        return out;
    QSqlQuery q(ws.db());
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral("SELECT j.row_id, j.old_value, j.new_value, j.login, j.at, j.op FROM cj_journal j "
                           "WHERE j.table_code = ? AND j.round = ? AND j.at > ? AND j.op IN ('update', 'delete', "
                           "'restore') AND j.row_id IN (SELECT \"_id\" FROM %1 WHERE \"_dept\" = ?) ORDER BY j.id")
                .arg(SqlDialect::quote(t->sqlName())),
            {table, m_round, since, department}, error, &q))
        return out;
    // An update's entry holds the row's changed fields, before and after, as JSON objects.
    auto text = [](const QJsonValue& v) {
        return v.isNull() || v.isUndefined() ? QString() : v.isString() ? v.toString() : v.toVariant().toString();
    };
    while (q.next()) {
        const QString op = q.value(5).toString();
        if (op != QLatin1String("update")) {
            CellChangeSince c;
            c.kind = op == QLatin1String("delete") ? CellChangeSince::Deleted : CellChangeSince::Restored;
            c.rowId = q.value(0).toString();
            c.login = q.value(3).toString();
            c.at = q.value(4).toString();
            out.append(c);
            continue;
        }
        const QJsonObject before = QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object();
        for (auto it = after.constBegin(); it != after.constEnd(); ++it)
            out.append({CellChangeSince::Cell, q.value(0).toString(), it.key(), text(before.value(it.key())),
                text(it.value()), q.value(3).toString(), q.value(4).toString()});
    }
    // Rows added since: a bulk insert journals one entry for many rows; each row knows who made
    // it and when.
    QSqlQuery added(ws.db());
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral("SELECT \"_id\", \"_created_by\", \"_created_at\" FROM %1 WHERE \"_round\" = ? AND "
                           "\"_dept\" = ? AND \"_created_at\" > ? ORDER BY \"_seq\"")
                .arg(SqlDialect::quote(t->sqlName())),
            {m_round, department, since}, error, &added))
        return out;
    while (added.next()) {
        CellChangeSince c;
        c.kind = CellChangeSince::Added;
        c.rowId = added.value(0).toString();
        c.login = added.value(1).toString();
        c.at = added.value(2).toString();
        out.append(c);
    }
    std::stable_sort(
        out.begin(), out.end(), [](const CellChangeSince& a, const CellChangeSince& b) { return a.at < b.at; });
    return out;
}

} // namespace caiji
