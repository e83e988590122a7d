#include "StatusCommand.h"

#include "../../session/Session.h"
#include "../../storage/Workspace.h"
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
    if (hasFlag(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const TaskRow& t : tasks) {
            arr.append(QJsonObject {{QStringLiteral("table"), t.tableCode}, {QStringLiteral("tableName"), t.tableName},
                {QStringLiteral("department"), t.departmentCode}, {QStringLiteral("departmentName"), t.departmentName},
                {QStringLiteral("lead"), t.isLead}, {QStringLiteral("state"), taskStateToString(t.state)},
                {QStringLiteral("stateName"), taskStateDisplayName(t.state)}, {QStringLiteral("rows"), t.rowCount}});
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
        m_out << QStringLiteral("  %1\t%2\t%3\t%4")
                     .arg(t.tableCode, t.tableName, taskStateDisplayName(t.state))
                     .arg(t.rowCount)
              << Qt::endl;
    }
    return Ok;
}

} // namespace caiji::cli
