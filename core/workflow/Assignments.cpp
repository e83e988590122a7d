#include "Assignments.h"

#include "../catalog/Catalog.h"
#include "../storage/Directory.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"

#include <QSqlQuery>

namespace caiji {

bool Assignments::assignCatalog(int round, QString* error)
{
    const QVector<Department> depts = Directory(m_ws).departments(error);
    QHash<QString, QString> codeByName;
    QStringList schools;
    for (const Department& d : depts) {
        codeByName.insert(d.name, d.code);
        if (d.isSchool())
            schools.append(d.code);
    }
    const QString sql = QStringLiteral("INSERT INTO cj_assignment (round, table_code, department, is_lead, state, "
                                       "updated_at) VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT DO NOTHING");
    const QString state = taskStateToString(TaskState::NotStarted);
    const QString now = Workspace::now();
    for (const Table& t : m_ws.catalog().tables) {
        QStringList names = {t.department};
        names += t.alsoDepartments;
        bool leadDone = false;
        for (const QString& name : names) {
            QStringList codes;
            if (name == Catalog::allSchoolsName()) {
                codes = schools;
            } else if (codeByName.contains(name)) {
                codes = {codeByName.value(name)};
            } else {
                if (error)
                    *error = tr("Table %1 is assigned to department %2, which the workspace does not have.")
                                 .arg(t.code, name);
                return false;
            }
            for (const QString& code : codes) {
                const bool lead = !leadDone;
                leadDone = true;
                if (!SqlUtil::exec(m_ws.db(), sql, {round, t.code, code, lead ? 1 : 0, state, now}, error))
                    return false;
            }
        }
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
