#include "PrintoutHeading.h"

#include "../auth/AccessPolicy.h"
#include "../storage/Directory.h"
#include "../storage/SqlDialect.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"

#include <QDateTime>

namespace caiji {

TemplateSchema PrintoutHeading::schema()
{
    TemplateSchema s;
    s.values = {QStringLiteral("college"), QStringLiteral("year"), QStringLiteral("round"),
        QStringLiteral("department"), QStringLiteral("printed"), QStringLiteral("printedBy")};
    return s;
}

QVariantHash PrintoutHeading::data(Workspace& ws, const AccessPolicy& policy, int round, const QString& department)
{
    return {{QStringLiteral("college"), college(ws, round)}, {QStringLiteral("year"), round},
        {QStringLiteral("round"), roundName(ws, round)},
        {QStringLiteral("department"), department.isEmpty() ? tr("whole college") : policy.departmentName(department)},
        {QStringLiteral("printed"), QDateTime::currentDateTime().toString(QStringLiteral("yyyy-MM-dd HH:mm"))},
        {QStringLiteral("printedBy"),
            policy.actor().displayName.isEmpty() ? policy.actor().login : policy.actor().displayName}};
}

QString PrintoutHeading::college(Workspace& ws, int round)
{
    const Table* basic = ws.catalog().table(QStringLiteral("1-1"));
    if (!basic || !basic->field(QStringLiteral("xxmc")))
        return QString();
    return SqlUtil::scalar(ws.db(),
        QStringLiteral("SELECT xxmc FROM %1 WHERE \"_round\" = ? AND \"_deleted\" = 0 ORDER BY \"_seq\" LIMIT 1")
            .arg(SqlDialect::quote(basic->sqlName())),
        {round})
        .toString();
}

QString PrintoutHeading::roundName(Workspace& ws, int round)
{
    for (const Round& r : Directory(ws).rounds()) {
        if (r.year == round && !r.name.isEmpty())
            return r.name;
    }
    return QString::number(round);
}

} // namespace caiji
