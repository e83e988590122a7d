#include "Assignments.h"

#include "../auth/Division.h"
#include "../catalog/Catalog.h"
#include "../storage/Directory.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"

#include <QSqlQuery>

namespace caiji {

bool Assignments::assignCatalog(int round, QString* error)
{
    Division division;
    if (!Division::load(m_ws, &division, error))
        return false;
    const QString problem = division.check(m_ws.catalog(), Directory(m_ws).departments());
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    return assignCatalogFrom(round, division, error);
}

bool Assignments::assignCatalogFrom(int round, const Division& division, QString* error)
{
    const QString sql = QStringLiteral("INSERT INTO cj_assignment (round, table_code, department, is_lead, state, "
                                       "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
    const QString state = taskStateToString(TaskState::NotStarted);
    const QString now = Workspace::now();
    for (const Table& t : m_ws.catalog().tables) {
        const QStringList fillers = division.fillers(t.code);
        for (int i = 0; i < fillers.size(); ++i) {
            if (!SqlUtil::exec(m_ws.db(), sql, {round, t.code, fillers[i], i == 0 ? 1 : 0, state, now}, error))
                return false;
        }
    }
    return true;
}

bool Assignments::follow(int round, const Division& division, QString* error)
{
    QString e;
    const QVector<Assignment> current = all(round, &e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    QHash<QString, QString> names;
    for (const Department& d : Directory(m_ws).departments())
        names.insert(d.code, d.name);
    QSet<QString> wanted;
    for (const Table& t : m_ws.catalog().tables) {
        for (const QString& d : division.fillers(t.code))
            wanted.insert(t.code + QLatin1Char('|') + d);
    }
    // A department keeps a task it has begun: taking it away would hide its rows and its history.
    for (const Assignment& a : current) {
        if (wanted.contains(a.tableCode + QLatin1Char('|') + a.department))
            continue;
        const Table* t = m_ws.catalog().table(a.tableCode);
        const qint64 rows = t ? SqlUtil::scalar(m_ws.db(),
                                QStringLiteral("SELECT COUNT(*) FROM %1 WHERE \"_round\" = ? AND \"_dept\" = ? "
                                               "AND \"_deleted\" = 0")
                                    .arg(SqlDialect::quote(t->sqlName())),
                                {round, a.department}, error)
                                    .toLongLong()
                              : 0;
        if (rows > 0 || a.state != TaskState::NotStarted) {
            if (error)
                *error = tr("Table %1: %2 has begun its task of round %3 (%4, %n row(s)); it cannot be taken off "
                            "the table. Move its rows first, or keep it.",
                    nullptr, static_cast<int>(rows))
                             .arg(a.tableCode, names.value(a.department, a.department))
                             .arg(round)
                             .arg(taskStateDisplayName(a.state));
            return false;
        }
        if (!SqlUtil::exec(m_ws.db(),
                QStringLiteral("DELETE FROM cj_assignment WHERE round = ? AND table_code = ? AND department = ?"),
                {round, a.tableCode, a.department}, error))
            return false;
    }
    // New tasks start 未开始; the lead mark follows the division.
    if (!assignCatalogFrom(round, division, error))
        return false;
    for (const Table& t : m_ws.catalog().tables) {
        if (!SqlUtil::exec(m_ws.db(),
                QStringLiteral("UPDATE cj_assignment SET is_lead = CASE WHEN department = ? THEN 1 ELSE 0 END "
                               "WHERE round = ? AND table_code = ?"),
                {division.of(t.code).lead, round, t.code}, error))
            return false;
    }
    return true;
}

bool Assignments::setState(int round, const QString& table, const QString& department, TaskState state, QString* error)
{
    return SqlUtil::exec(m_ws.db(),
        QStringLiteral("UPDATE cj_assignment SET state = ?, updated_at = ? "
                       "WHERE round = ? AND table_code = ? AND department = ?"),
        {taskStateToString(state), Workspace::now(), round, table, department}, error);
}

QVector<Assignment> Assignments::all(int round, QString* error) const
{
    QVector<Assignment> out;
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT table_code, department, is_lead, state FROM cj_assignment "
                           "WHERE round = ?"),
            {round}, error, &q))
        return out;
    while (q.next()) {
        Assignment a;
        a.round = round;
        a.tableCode = q.value(0).toString();
        a.department = q.value(1).toString();
        a.isLead = q.value(2).toInt() != 0;
        taskStateFromString(q.value(3).toString(), &a.state);
        out.append(a);
    }
    return out;
}

} // namespace caiji
