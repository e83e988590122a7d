#include "RowLabel.h"

#include "../catalog/CatalogModel.h"
#include "../storage/SqlDialect.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"

#include <QSqlQuery>

namespace caiji {

QString RowLabel::of(Workspace& ws, const Table& table, const QString& rowId)
{
    QStringList keys = table.keys;
    for (int i = 0; keys.isEmpty() && i < table.fields.size() && i < 2; ++i)
        keys.append(table.fields[i].key);
    QStringList cols;
    for (const QString& k : std::as_const(keys))
        cols.append(SqlDialect::quote(k));
    QSqlQuery q(ws.db());
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral("SELECT %1 \"_seq\" FROM %2 WHERE \"_id\" = ?")
                .arg(cols.isEmpty() ? QString() : cols.join(QLatin1Char(',')) + QLatin1Char(','),
                    SqlDialect::quote(table.sqlName())),
            {rowId}, nullptr, &q)
        || !q.next())
        return QString();
    QStringList parts;
    for (int i = 0; i < cols.size(); ++i) {
        const QString v = q.value(i).toString().trimmed();
        if (!v.isEmpty())
            parts.append(v);
    }
    return parts.isEmpty() ? tr("row %1").arg(q.value(static_cast<int>(cols.size())).toLongLong())
                           : parts.join(QLatin1Char('/'));
}

} // namespace caiji
