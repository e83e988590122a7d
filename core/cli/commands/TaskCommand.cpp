#include "TaskCommand.h"

#include "../../session/Session.h"
#include "../../session/TaskWorkflow.h"
#include "../../storage/Directory.h"
#include "../../storage/SqlUtil.h"
#include "../../storage/Workspace.h"
#include "../../workflow/WorkCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace caiji::cli {

QString TaskCommand::prepare()
{
    if (m_positional.size() != 2)
        return tr("task needs an action (submit, confirm, review, accept, return, unlock, request-unlock, extend or "
                  "deadline) and a workspace.");
    m_action = m_positional.takeFirst();
    TaskAction a = TaskAction::Submit;
    if (m_action == QLatin1String("extend") || m_action == QLatin1String("deadline")) {
        if (option(QStringLiteral("table")).isEmpty() || option(QStringLiteral("until")).isEmpty())
            return tr("task %1 needs --table CODE and --until YYYY-MM-DD.").arg(m_action);
        return QString();
    }
    if (m_action != QLatin1String("request-unlock") && !taskActionFromString(m_action, &a))
        return tr("Unknown task action \"%1\": use submit, confirm, review, accept, return, unlock or request-unlock.")
            .arg(m_action);
    if (option(QStringLiteral("table")).isEmpty() && !(a == TaskAction::Accept && hasFlag(QStringLiteral("all"))))
        return tr("task %1 needs --table CODE.").arg(m_action);
    return QString();
}

int TaskCommand::runOn(Session* session, Workspace* ws, int round)
{
    TaskAction action = TaskAction::Submit;
    const bool request = m_action == QLatin1String("request-unlock");
    taskActionFromString(m_action, &action);
    const QString table = option(QStringLiteral("table"));
    if (!table.isEmpty() && !ws->catalog().table(table))
        return fail(BadInput, tr("The catalog has no table %1.").arg(table));
    // The department: named, else the account's own, else the table's only one.
    QString department = session->actor().department;
    if (!option(QStringLiteral("department")).isEmpty()) {
        Department d;
        if (!Directory(*ws).findDepartment(option(QStringLiteral("department")), &d))
            return fail(
                BadInput, tr("The workspace has no department \"%1\".").arg(option(QStringLiteral("department"))));
        department = d.code;
    } else if (!table.isEmpty() && (department.isEmpty() || session->actor().isOffice())) {
        QStringList depts;
        QSqlQuery q(ws->db());
        QString error;
        if (!SqlUtil::exec(ws->db(),
                QStringLiteral("SELECT department FROM cj_assignment WHERE round = ? AND table_code = ? ORDER BY "
                               "department"),
                {round, table}, &error, &q))
            return fail(BadInput, error);
        while (q.next())
            depts.append(q.value(0).toString());
        if (depts.size() != 1)
            return fail(BadInput,
                tr("Table %1 is filled by %n department(s): name one with --department.", nullptr,
                    static_cast<int>(depts.size()))
                    .arg(table));
        department = depts.first();
    }
    if (department.isEmpty())
        return fail(BadInput, tr("Name the department with --department."));
    TaskWorkflow workflow(session->gateway(), round);
    // The office's dates: a task's deadline, or an exception that lets a late task be filled.
    if (m_action == QLatin1String("extend") || m_action == QLatin1String("deadline")) {
        const QDate until = QDate::fromString(option(QStringLiteral("until")), Qt::ISODate);
        if (!until.isValid())
            return fail(BadInput, tr("--until needs a date as YYYY-MM-DD."));
        QString error;
        const bool extend = m_action == QLatin1String("extend");
        if (extend ? !workflow.grantException(table, department, until, option(QStringLiteral("reason")), &error)
                   : !workflow.setDeadline(table, department, until, &error))
            return fail(BadInput, error);
        m_out << (extend ? tr("%1 of %2 may be filled until %3.") : tr("%1 of %2 is due on %3."))
                     .arg(table, session->policy().departmentName(department), until.toString(Qt::ISODate))
              << Qt::endl;
        return Ok;
    }
    TaskOutcome r;
    int accepted = 0;
    if (request)
        action = TaskAction::Unlock;
    switch (action) {
    case TaskAction::Unlock: {
        if (request) {
            r = workflow.requestUnlock(
                table, department, option(QStringLiteral("reason")), option(QStringLiteral("comment")));
            break;
        }
        // Five working days unless the office says otherwise.
        QDate until = QDate::fromString(option(QStringLiteral("until")), Qt::ISODate);
        if (option(QStringLiteral("until")).isEmpty())
            until = WorkCalendar::of(*ws).addWorkingDays(QDate::currentDate(), 5);
        // --fields takes keys or names of the table's fields.
        QStringList fields;
        const Table* t = ws->catalog().table(table);
        for (const QString& f : option(QStringLiteral("fields")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            const Field* byKey = t ? t->field(f.trimmed()) : nullptr;
            const Field* byName = nullptr;
            for (const Field& x : t ? t->fields : QVector<Field>()) {
                if (x.name == f.trimmed())
                    byName = &x;
            }
            fields.append(byKey ? byKey->key : byName ? byName->key : f.trimmed());
        }
        r = workflow.unlock(table, department, option(QStringLiteral("reason")), until, fields);
        break;
    }
    case TaskAction::Submit:
        r = workflow.submit(table, department);
        break;
    case TaskAction::Confirm:
        r = workflow.confirm(table, department, signInPassword());
        break;
    case TaskAction::Review:
        r = workflow.review(table, department);
        break;
    case TaskAction::Accept:
        r = hasFlag(QStringLiteral("all")) ? workflow.acceptAll(department, &accepted)
                                           : workflow.accept(table, department);
        break;
    case TaskAction::Return: {
        QVector<TaskComment> comments;
        if (!option(QStringLiteral("comment")).isEmpty()) {
            TaskComment c;
            c.text = option(QStringLiteral("comment"));
            comments.append(c);
        }
        r = workflow.returnTask(table, department, option(QStringLiteral("reason")), comments);
        break;
    }
    }
    if (hasFlag(QStringLiteral("json"))) {
        QJsonObject o {{QStringLiteral("ok"), r.ok()}, {QStringLiteral("state"), taskStateToString(r.state)},
            {QStringLiteral("stateName"), taskStateDisplayName(r.state)}, {QStringLiteral("message"), r.message},
            {QStringLiteral("blocking"), QJsonArray::fromStringList(r.blocking)}};
        if (hasFlag(QStringLiteral("all")))
            o.insert(QStringLiteral("accepted"), accepted);
        m_out << QJsonDocument(o).toJson(QJsonDocument::Indented);
    } else {
        (r.ok() ? m_out : m_err) << r.message << Qt::endl;
        for (const QString& line : std::as_const(r.blocking))
            m_err << QStringLiteral("  ") << line << Qt::endl;
    }
    return r.ok() ? Ok : r.kind == TaskOutcome::Blocked ? Problems : BadInput;
}

} // namespace caiji::cli
