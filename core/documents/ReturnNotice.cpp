#include "ReturnNotice.h"

#include "PrintoutHeading.h"
#include "Templates.h"

#include "../auth/AccessPolicy.h"
#include "../model/RowLabel.h"
#include "../storage/SqlDialect.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../workflow/Assignments.h"
#include "../workflow/TaskComments.h"

#include <QDateTime>
#include <QSqlQuery>

namespace caiji {

TemplateSchema ReturnNotice::schema()
{
    TemplateSchema s = PrintoutHeading::schema();
    s.values.insert(QStringLiteral("count"));
    s.lists.insert(QStringLiteral("tasks"),
        {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("reason"), QStringLiteral("by"),
            QStringLiteral("at"), QStringLiteral("hasComments"), QStringLiteral("comments")});
    s.lists.insert(QStringLiteral("comments"),
        {QStringLiteral("n"), QStringLiteral("where"), QStringLiteral("text"), QStringLiteral("author"),
            QStringLiteral("state"), QStringLiteral("answer")});
    return s;
}

bool ReturnNotice::build(
    Workspace& ws, const AccessPolicy& policy, int round, const QString& department, Printout* out, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const Actor& a = policy.actor();
    const QString name = policy.departmentName(department);
    if (!a.isOffice() && !a.has(Role::Leader) && a.department != department)
        return fail(
            tr("Only %1, the supervision office and the college's leadership print its return notice.").arg(name));
    DocumentTemplate tmpl;
    if (!Templates::load(ws, QStringLiteral("notice"), &tmpl, error))
        return false;
    QVariantList tasks;
    TaskComments comments(ws, round);
    for (const Assignment& task : Assignments(ws).all(round, error)) {
        if (task.department != department || task.state != TaskState::Returned)
            continue;
        const Table* t = ws.catalog().table(task.tableCode);
        if (!t)
            continue;
        QSqlQuery q(ws.db());
        if (!SqlUtil::exec(ws.db(),
                QStringLiteral("SELECT reason, login, at FROM cj_task_event WHERE round = ? AND table_code = ? AND "
                               "department = ? AND action = 'return' ORDER BY id DESC LIMIT 1"),
                {round, task.tableCode, department}, error, &q))
            return false;
        const bool found = q.next();
        QVariantList list;
        for (const TaskComment& c : comments.of(task.tableCode, department, error)) {
            if (c.state == QLatin1String("closed"))
                continue;
            QString where = tr("the whole table");
            if (!c.rowId.isEmpty()) {
                where = RowLabel::of(ws, *t, c.rowId);
                if (where.isEmpty())
                    where = tr("a row since deleted");
                if (const Field* f = t->field(c.field))
                    where += QStringLiteral(" · ") + f->name;
            }
            list.append(QVariantHash {{QStringLiteral("n"), list.size() + 1}, {QStringLiteral("where"), where},
                {QStringLiteral("text"), c.text}, {QStringLiteral("author"), c.author},
                {QStringLiteral("state"), TaskComment::stateDisplayName(c.state)},
                {QStringLiteral("answer"), c.answer}});
        }
        tasks.append(QVariantHash {{QStringLiteral("code"), t->code}, {QStringLiteral("name"), t->name},
            {QStringLiteral("reason"), found ? q.value(0).toString() : QString()},
            {QStringLiteral("by"), found ? q.value(1).toString() : QString()},
            {QStringLiteral("at"),
                found ? QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs)
                            .toLocalTime()
                            .toString(QStringLiteral("yyyy-MM-dd HH:mm"))
                      : QString()},
            {QStringLiteral("hasComments"), !list.isEmpty()}, {QStringLiteral("comments"), list}});
    }
    if (tasks.isEmpty())
        return fail(
            tr("No task of %1 is returned in round %2: there is no return notice to print.").arg(name).arg(round));
    QVariantHash data = PrintoutHeading::data(ws, policy, round, department);
    data.insert(QStringLiteral("tasks"), tasks);
    data.insert(QStringLiteral("count"), tasks.size());
    out->title = tr("Return notice for %1").arg(name);
    out->html = tmpl.render(data);
    out->header = tr("Return notice    %1    round %2").arg(name).arg(round);
    out->watermark.clear();
    out->landscape = false;
    return true;
}

} // namespace caiji
