#include "TaskComments.h"

#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"

#include <QSqlQuery>

namespace caiji {

QString TaskComment::stateDisplayName(const QString& state)
{
    if (state == QLatin1String("open"))
        return TaskComments::tr("Open");
    if (state == QLatin1String("answered"))
        return TaskComments::tr("Answered");
    if (state == QLatin1String("closed"))
        return TaskComments::tr("Closed");
    return state;
}

QVector<TaskComment> TaskComments::of(const QString& table, const QString& department, QString* error) const
{
    QVector<TaskComment> out;
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT id, row_id, field, text, author, at, state, answer, answered_by, answered_at "
                           "FROM cj_comment WHERE round = ? AND table_code = ? AND department = ? ORDER BY id"),
            {m_round, table, department}, error, &q))
        return out;
    while (q.next()) {
        out.append({q.value(0).toLongLong(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
            q.value(8).toString(), q.value(9).toString()});
    }
    return out;
}

QHash<QString, int> TaskComments::openCounts(QString* error) const
{
    QHash<QString, int> out;
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT table_code, department, COUNT(*) FROM cj_comment WHERE round = ? AND state = 'open' "
                           "GROUP BY table_code, department"),
            {m_round}, error, &q))
        return out;
    while (q.next())
        out.insert(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString(), q.value(2).toInt());
    return out;
}

bool TaskComments::find(qint64 id, QString* table, QString* department, QString* author, QString* error) const
{
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT table_code, department, author FROM cj_comment WHERE id = ? AND round = ?"),
            {id, m_round}, error, &q))
        return false;
    if (!q.next()) {
        if (error)
            *error = tr("There is no comment %1 in round %2.").arg(id).arg(m_round);
        return false;
    }
    *table = q.value(0).toString();
    *department = q.value(1).toString();
    *author = q.value(2).toString();
    return true;
}

bool TaskComments::answer(const AccessPolicy& policy, qint64 id, const QString& text, QString* error)
{
    QString table;
    QString department;
    QString author;
    if (!find(id, &table, &department, &author, error))
        return false;
    const Actor& a = policy.actor();
    if (!a.owner && !(a.department == department && (a.has(Role::Collector) || a.has(Role::Head)))) {
        if (error)
            *error = tr("Only %1 answers the comments on its tasks.").arg(policy.departmentName(department));
        return false;
    }
    if (text.trimmed().isEmpty()) {
        if (error)
            *error = tr("An answer needs a text.");
        return false;
    }
    return SqlUtil::exec(m_ws.db(),
        QStringLiteral("UPDATE cj_comment SET state = 'answered', answer = ?, answered_by = ?, answered_at = ? "
                       "WHERE id = ? AND state <> 'closed'"),
        {text.trimmed(), a.login, Workspace::now(), id}, error);
}

bool TaskComments::close(const AccessPolicy& policy, qint64 id, QString* error)
{
    QString table;
    QString department;
    QString author;
    if (!find(id, &table, &department, &author, error))
        return false;
    const Actor& a = policy.actor();
    if (!a.isOffice() && a.login != author) {
        if (error)
            *error = tr("Only the comment's author (%1) or the supervision office closes it.").arg(author);
        return false;
    }
    return SqlUtil::exec(m_ws.db(),
        QStringLiteral("UPDATE cj_comment SET state = 'closed', closed_by = ?, closed_at = ? WHERE id = ?"),
        {a.login, Workspace::now(), id}, error);
}

} // namespace caiji
