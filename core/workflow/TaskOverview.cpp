#include "TaskOverview.h"
#include "Assignments.h"

#include "../auth/AccessPolicy.h"
#include "../catalog/Catalog.h"

#include "../storage/Directory.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"

#include <QSqlQuery>

#include <algorithm>

namespace caiji {

QVector<TaskRow> TaskOverview::visible(
    const AccessPolicy& policy, const Catalog& catalog, const QVector<TaskRow>& tasks)
{
    QVector<TaskRow> out;
    for (const TaskRow& t : tasks) {
        const Table* table = catalog.table(t.tableCode);
        const ReadScope scope = table ? policy.readScope(*table) : ReadScope::None;
        if (scope == ReadScope::AllRows
            || (scope == ReadScope::OwnRows && t.departmentCode == policy.actor().department))
            out.append(t);
    }
    return out;
}

bool TaskOverview::rowCounts(Workspace& ws, int round, QHash<QString, QHash<QString, qint64>>* out, QString* error)
{
    for (const Table& t : ws.catalog().tables) {
        QSqlQuery q(ws.db());
        const QString sql
            = QStringLiteral("SELECT \"_dept\", COUNT(*) FROM %1 WHERE \"_round\" = ? AND \"_deleted\" = 0 "
                             "GROUP BY \"_dept\"")
                  .arg(SqlDialect::quote(t.sqlName()));
        if (!SqlUtil::exec(ws.db(), sql, {round}, error, &q))
            return false;
        QHash<QString, qint64>& perDept = (*out)[t.code];
        while (q.next())
            perDept.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
    return true;
}

bool TaskOverview::load(Workspace& ws, int round, QVector<TaskRow>* out, QString* error)
{
    Directory dir(ws);
    QString err;
    const QVector<Department> depts = dir.departments(&err);
    if (!err.isEmpty()) {
        if (error)
            *error = err;
        return false;
    }
    QHash<QString, const Department*> deptByCode;
    QHash<QString, int> deptOrder;
    for (int i = 0; i < depts.size(); ++i) {
        deptByCode.insert(depts[i].code, &depts[i]);
        deptOrder.insert(depts[i].code, i);
    }
    QHash<QString, int> tableOrder;
    for (int i = 0; i < ws.catalog().tables.size(); ++i)
        tableOrder.insert(ws.catalog().tables[i].code, i);
    QHash<QString, QHash<QString, qint64>> counts;
    if (!rowCounts(ws, round, &counts, error))
        return false;
    const QVector<Assignment> assignments = Assignments(ws).all(round, &err);
    if (!err.isEmpty()) {
        if (error)
            *error = err;
        return false;
    }
    out->clear();
    for (const Assignment& a : assignments) {
        const Table* t = ws.catalog().table(a.tableCode);
        if (!t)
            continue; // an assignment of a table the catalog no longer has
        TaskRow row;
        row.tableCode = a.tableCode;
        row.tableName = t->name;
        row.category = t->category;
        row.departmentCode = a.department;
        row.departmentName = deptByCode.contains(a.department) ? deptByCode.value(a.department)->name : a.department;
        row.isLead = a.isLead;
        row.state = a.state;
        row.rowCount = counts.value(a.tableCode).value(a.department);
        out->append(row);
    }
    std::sort(out->begin(), out->end(), [&](const TaskRow& x, const TaskRow& y) {
        const int dx = deptOrder.value(x.departmentCode, 1000);
        const int dy = deptOrder.value(y.departmentCode, 1000);
        if (dx != dy)
            return dx < dy;
        return tableOrder.value(x.tableCode) < tableOrder.value(y.tableCode);
    });
    return true;
}

} // namespace caiji
