#include "Deadlines.h"

#include "../auth/AccessPolicy.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"

#include <QSqlQuery>

namespace caiji {

bool Deadlines::allowed(const AccessPolicy& policy, QString* error) const
{
    const QString refused = policy.denial(Action::Administer);
    if (refused.isEmpty())
        return true;
    if (error)
        *error = refused;
    return false;
}

bool Deadlines::schedule(
    const AccessPolicy& policy, const QDate& opensOn, const QDate& dueOn, int sourceLeadDays, QString* error)
{
    if (!allowed(policy, error))
        return false;
    const WorkCalendar calendar = WorkCalendar::of(m_ws);
    const QDate sourcesDue = calendar.addWorkingDays(opensOn, -sourceLeadDays);
    if (!opensOn.isValid() || !dueOn.isValid() || dueOn < opensOn) {
        if (error)
            *error = tr("The round's due date must come after the day collection opens.");
        return false;
    }
    Transaction tx(m_ws.db());
    for (const Table& t : m_ws.catalog().tables) {
        const QDate due = t.kind == TableKind::Source ? sourcesDue : dueOn;
        if (!SqlUtil::exec(m_ws.db(),
                QStringLiteral("UPDATE cj_assignment SET deadline = ? WHERE round = ? AND table_code = ?"),
                {due.toString(Qt::ISODate), m_round, t.code}, error))
            return false;
    }
    if (!SqlUtil::exec(m_ws.db(), QStringLiteral("UPDATE cj_round SET deadline = ? WHERE year = ?"),
            {dueOn.toString(Qt::ISODate), m_round}, error))
        return false;
    return tx.commit(error);
}

bool Deadlines::setDeadline(
    const AccessPolicy& policy, const QString& table, const QString& department, const QDate& date, QString* error)
{
    if (!allowed(policy, error))
        return false;
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral(
                "UPDATE cj_assignment SET deadline = ? WHERE round = ? AND table_code = ? AND department = ?"),
            {date.isValid() ? QVariant(date.toString(Qt::ISODate)) : QVariant(), m_round, table, department}, error,
            &q))
        return false;
    if (q.numRowsAffected() == 1)
        return true;
    if (error)
        *error = tr("%1 is not a task of %2 in round %3.").arg(table, policy.departmentName(department)).arg(m_round);
    return false;
}

bool Deadlines::grantException(const AccessPolicy& policy, const QString& table, const QString& department,
    const QDate& until, const QString& reason, QString* error)
{
    if (!allowed(policy, error))
        return false;
    if (reason.trimmed().isEmpty() || !until.isValid()) {
        if (error)
            *error = tr("An exception needs the last day it runs and a reason.");
        return false;
    }
    return SqlUtil::exec(m_ws.db(),
        QStringLiteral("INSERT INTO cj_deadline_exception (round, table_code, department, until, reason, granted_by, "
                       "granted_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {m_round, table, department, until.toString(Qt::ISODate), reason.trimmed(), policy.actor().login,
            Workspace::now()},
        error);
}

QHash<QString, QDate> Deadlines::all(QString* error) const
{
    QHash<QString, QDate> out;
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT table_code, department, deadline FROM cj_assignment WHERE round = ? AND deadline "
                           "IS NOT NULL"),
            {m_round}, error, &q))
        return out;
    while (q.next())
        out.insert(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString(),
            QDate::fromString(q.value(2).toString(), Qt::ISODate));
    return out;
}

QDate Deadlines::exceptionUntil(const QString& table, const QString& department, const QDate& today) const
{
    const QString until = SqlUtil::scalar(m_ws.db(),
        QStringLiteral("SELECT MAX(until) FROM cj_deadline_exception WHERE round = ? AND table_code = ? AND "
                       "department = ? AND until >= ?"),
        {m_round, table, department, today.toString(Qt::ISODate)})
                              .toString();
    return QDate::fromString(until, Qt::ISODate);
}

QString Deadlines::lockReason(const QString& table, const QString& department, const QString& taskName, TaskState state,
    const QDate& deadline, const QDate& today) const
{
    if (!taskBeforeSubmission(state) || !deadline.isValid() || today <= deadline)
        return QString();
    if (exceptionUntil(table, department, today).isValid())
        return QString();
    return tr("The deadline of %1 was %2: its data is locked. Ask the supervision office for an exception.")
        .arg(taskName, deadline.toString(Qt::ISODate));
}

} // namespace caiji
