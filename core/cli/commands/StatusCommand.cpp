#include "StatusCommand.h"

#include "../../session/Session.h"
#include "../../storage/Workspace.h"
#include "../../validation/Explanations.h"
#include "../../validation/FindingAccess.h"
#include "../../validation/FindingTally.h"
#include "../../validation/Validator.h"
#include "../../workflow/Deadlines.h"
#include "../../workflow/TaskComments.h"
#include "../../workflow/TaskOverview.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caiji::cli {

QString StatusCommand::prepare()
{
    if (m_positional.size() != 1)
        return tr("status needs exactly one workspace.");
    return QString();
}

int StatusCommand::runOn(Session* session, Workspace* ws, int round)
{
    QString error;
    QVector<TaskRow> all;
    if (!TaskOverview::load(*ws, round, &all, &error))
        return fail(BadInput, error);
    const QVector<TaskRow> tasks = TaskOverview::visible(session->policy(), ws->catalog(), all);
    // Deadlines in working days, open comments, and what is left to do about the findings.
    const QHash<QString, QDate> deadlines = Deadlines(*ws, round).all(&error);
    const WorkCalendar calendar = WorkCalendar::of(*ws);
    const QDate today = QDate::currentDate();
    const QHash<QString, int> comments = TaskComments(*ws, round).openCounts(&error);
    Validator validator(*ws, round);
    validator.setTables(FindingAccess::checkedTables(session->policy(), ws->catalog()));
    validator.setDepartment(FindingAccess::checkedDepartment(session->policy()));
    QVector<Finding> findings;
    if (!validator.run(&findings, &error))
        return fail(BadInput, error);
    const QHash<QString, FindingTally> tallies = FindingTally::perTask(findings, Explanations(*ws, round).all(&error));
    auto fillable = [](TaskState s) { return taskBeforeSubmission(s); };
    if (hasFlag(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const TaskRow& t : tasks) {
            const QString key = FindingTally::taskKey(t.tableCode, t.departmentCode);
            const FindingTally tally = tallies.value(key);
            QJsonObject o {{QStringLiteral("table"), t.tableCode}, {QStringLiteral("tableName"), t.tableName},
                {QStringLiteral("department"), t.departmentCode}, {QStringLiteral("departmentName"), t.departmentName},
                {QStringLiteral("lead"), t.isLead}, {QStringLiteral("state"), taskStateToString(t.state)},
                {QStringLiteral("stateName"), taskStateDisplayName(t.state)}, {QStringLiteral("rows"), t.rowCount},
                {QStringLiteral("errors"), tally.errors}, {QStringLiteral("openWarnings"), tally.openWarnings()},
                {QStringLiteral("openComments"), comments.value(t.tableCode + QLatin1Char('|') + t.departmentCode)}};
            const QDate due = deadlines.value(t.tableCode + QLatin1Char('|') + t.departmentCode);
            if (due.isValid()) {
                const int left = calendar.workingDaysBetween(today, due);
                o.insert(QStringLiteral("deadline"), due.toString(Qt::ISODate));
                o.insert(QStringLiteral("workingDaysLeft"), left);
                o.insert(QStringLiteral("overdue"), fillable(t.state) && due < today);
            }
            arr.append(o);
        }
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("round"), round}, {QStringLiteral("tasks"), arr}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    QString current;
    for (const TaskRow& t : tasks) {
        if (t.departmentCode != current) {
            current = t.departmentCode;
            m_out << QLatin1Char('\n') << t.departmentName << QStringLiteral(" (") << t.departmentCode
                  << QLatin1Char(')') << Qt::endl;
        }
        const QDate due = deadlines.value(t.tableCode + QLatin1Char('|') + t.departmentCode);
        const FindingTally tally = tallies.value(FindingTally::taskKey(t.tableCode, t.departmentCode));
        QString when;
        if (due.isValid())
            when = fillable(t.state) && due < today
                ? tr("overdue since %1").arg(due.toString(Qt::ISODate))
                : tr("due %1 (%n working day(s) left)", nullptr, calendar.workingDaysBetween(today, due))
                      .arg(due.toString(Qt::ISODate));
        m_out << QStringLiteral("  %1\t%2\t%3\t%4\t%5\t%6")
                     .arg(t.tableCode, t.tableName, taskStateDisplayName(t.state))
                     .arg(t.rowCount)
                     .arg(tr("%n error(s)", nullptr, tally.errors), when)
              << Qt::endl;
    }
    return Ok;
}

} // namespace caiji::cli
