#include "TableQuery.h"

namespace caiji {

QString TableQuery::whereClause() const
{
    QString w = QStringLiteral("\"_round\" = ? AND \"_deleted\" = 0");
    if (!department.isEmpty())
        w += QStringLiteral(" AND \"_dept\" = ?");
    return w;
}

QVariantList TableQuery::whereValues() const
{
    QVariantList v = {round};
    if (!department.isEmpty())
        v.append(department);
    return v;
}

QString TableQuery::pageSql(int limit) const
{
    QStringList cols = {QStringLiteral("\"_seq\""), QStringLiteral("\"_id\""), QStringLiteral("\"_version\""),
                        QStringLiteral("\"_dept\"")};
    for (const Field& f : table.fields)
        cols.append(SqlDialect::quote(f.key));
    return QStringLiteral("SELECT %1 FROM %2 WHERE %3 AND \"_seq\" >= ? ORDER BY \"_seq\" LIMIT %4")
        .arg(cols.join(QStringLiteral(", ")), SqlDialect::quote(table.sqlName()), whereClause())
        .arg(limit);
}

QString TableQuery::anchorSql(int pageSize) const
{
    return QStringLiteral("SELECT \"_seq\", rn, total FROM (SELECT \"_seq\", ROW_NUMBER() OVER (ORDER BY \"_seq\") AS rn, "
                          "COUNT(*) OVER () AS total FROM %1 WHERE %2) AS numbered WHERE (rn - 1) % %3 = 0 ORDER BY rn")
        .arg(SqlDialect::quote(table.sqlName()), whereClause())
        .arg(pageSize);
}

QString TableQuery::countSql() const
{
    return QStringLiteral("SELECT COUNT(*) FROM %1 WHERE %2").arg(SqlDialect::quote(table.sqlName()), whereClause());
}

} // namespace caiji
