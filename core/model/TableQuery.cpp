#include "TableQuery.h"

#include "../value/ValueParser.h"

namespace caiji {

namespace {
const QStringList kOperators = {QStringLiteral(">="), QStringLiteral("<="), QStringLiteral("<>"), QStringLiteral("!="),
    QStringLiteral(">"), QStringLiteral("<"), QStringLiteral("=")};

QString escapeLike(QString s)
{
    s.replace(QLatin1Char('\\'), QLatin1String("\\\\"));
    s.replace(QLatin1Char('%'), QLatin1String("\\%"));
    s.replace(QLatin1Char('_'), QLatin1String("\\_"));
    return QLatin1Char('%') + s + QLatin1Char('%');
}

bool isOrdered(FieldType t)
{
    return isNumericType(t) || t == FieldType::Date || t == FieldType::YearMonth;
}
} // namespace

void TableQuery::findUsages(const Catalog& catalog)
{
    usedBy.clear();
    if (table.kind != TableKind::Source)
        return;
    for (const Table& t : catalog.tables) {
        for (const Field& f : t.fields) {
            if (f.type == FieldType::Reference && f.refTable == table.code)
                usedBy.append({t.sqlName(), f.key, f.refField});
        }
    }
}

QString TableQuery::likeOperator() const
{
    // SQLite's LIKE already ignores ASCII case; PostgreSQL needs ILIKE for the same behaviour.
    return m_dialect.isPostgres() ? QStringLiteral("ILIKE") : QStringLiteral("LIKE");
}

QString TableQuery::filterCondition(const ColumnFilter& cf, QVariantList* values, QString* error) const
{
    if (cf.column < 0 || cf.column >= table.fields.size())
        return QString();
    const Field& f = table.fields[cf.column];
    const QString col = QStringLiteral("m.") + SqlDialect::quote(f.key);
    const QString text = cf.text.trimmed();
    if (text.isEmpty())
        return QString();
    Field loose = f; // filters look for values; they are not values that must be complete
    loose.required = false;
    loose.pattern.clear();
    loose.maxLength = 0;
    loose.min.reset();
    loose.max.reset();
    auto parse = [&](const QString& s, QVariant* out) {
        const ParsedValue p = m_catalog ? ValueParser::parse(*m_catalog, loose, s) : ParsedValue {true, s, QString()};
        if (!p.ok) {
            if (error)
                *error = tr("Filter of column %1: %2").arg(f.name, p.message);
            return false;
        }
        *out = m_dialect.toDatabase(f, p.value);
        return true;
    };
    QString op;
    for (const QString& candidate : kOperators) {
        if (text.startsWith(candidate)) {
            op = candidate;
            break;
        }
    }
    if (!op.isEmpty()) {
        const QString rest = text.mid(op.size()).trimmed();
        if (rest.isEmpty()) {
            if (op == QLatin1String("="))
                return col + QStringLiteral(" IS NULL");
            if (op == QLatin1String("<>") || op == QLatin1String("!="))
                return col + QStringLiteral(" IS NOT NULL");
            return QString();
        }
        QVariant v;
        if (!parse(rest, &v))
            return QString();
        values->append(v);
        return QStringLiteral("%1 %2 ?").arg(col, op == QLatin1String("!=") ? QStringLiteral("<>") : op);
    }
    if (isOrdered(f.type) && text.contains(QLatin1Char('~'))) {
        QVariant a;
        QVariant b;
        if (!parse(text.section(QLatin1Char('~'), 0, 0), &a) || !parse(text.section(QLatin1Char('~'), 1), &b))
            return QString();
        values->append(a);
        values->append(b);
        return QStringLiteral("%1 BETWEEN ? AND ?").arg(col);
    }
    switch (f.type) {
    case FieldType::Text:
    case FieldType::MultiLine:
    case FieldType::Reference:
        values->append(escapeLike(text));
        return QStringLiteral("%1 %2 ? ESCAPE '\\'").arg(col, likeOperator());
    case FieldType::YearMonth:
        values->append(escapeLike(text));
        return QStringLiteral("%1 LIKE ? ESCAPE '\\'").arg(col);
    case FieldType::Code: {
        QStringList codes;
        if (const CodeList* list = m_catalog ? m_catalog->codeList(f.codeList) : nullptr) {
            for (const CodeItem& item : list->items) {
                if (item.code.compare(text, Qt::CaseInsensitive) == 0 || item.label.contains(text, Qt::CaseInsensitive))
                    codes.append(item.code);
            }
        }
        if (codes.isEmpty())
            return QStringLiteral("1 = 0");
        QStringList marks;
        for (const QString& c : codes) {
            values->append(c);
            marks.append(QStringLiteral("?"));
        }
        return QStringLiteral("%1 IN (%2)").arg(col, marks.join(QLatin1Char(',')));
    }
    default: {
        QVariant v;
        if (!parse(text, &v))
            return QString();
        values->append(v);
        return col + QStringLiteral(" = ?");
    }
    }
}

QString TableQuery::filterError() const
{
    QString error;
    QVariantList ignored;
    for (const ColumnFilter& f : filters) {
        filterCondition(f, &ignored, &error);
        if (!error.isEmpty())
            return error;
    }
    return QString();
}

QString TableQuery::whereClause(QVariantList* values) const
{
    QString w = QStringLiteral("m.\"_round\" = ? AND m.\"_deleted\" = 0");
    values->append(round);
    if (!department.isEmpty()) {
        w += QStringLiteral(" AND m.\"_dept\" = ?");
        values->append(department);
    }
    for (const ColumnFilter& f : filters) {
        QString ignored;
        const QString c = filterCondition(f, values, &ignored);
        if (!c.isEmpty())
            w += QStringLiteral(" AND (") + c + QLatin1Char(')');
    }
    const QString needle = find.trimmed();
    if (!needle.isEmpty()) {
        QStringList any;
        for (int i = 0; i < table.fields.size(); ++i) {
            const Field& f = table.fields[i];
            if (f.type == FieldType::Code || isTextualType(f.type) || f.type == FieldType::YearMonth) {
                QString ignored;
                const QString c = filterCondition(
                    {i, needle.startsWith(QLatin1Char('=')) ? needle.mid(1) : needle}, values, &ignored);
                if (!c.isEmpty() && c != QLatin1String("1 = 0"))
                    any.append(c);
            }
        }
        w += any.isEmpty() ? QStringLiteral(" AND 1 = 0")
                           : QStringLiteral(" AND (") + any.join(QStringLiteral(" OR ")) + QLatin1Char(')');
    }
    return w;
}

QVariantList TableQuery::whereValues() const
{
    QVariantList v;
    whereClause(&v);
    return v;
}

QString TableQuery::sortExpression() const
{
    if (sortColumn < 0 || sortColumn >= table.fields.size())
        return QString();
    const Field& f = table.fields[sortColumn];
    const QString col = QStringLiteral("m.") + SqlDialect::quote(f.key);
    // NULLs would break the row-value comparison of keyset paging: give them the lowest value.
    QString sentinel;
    switch (f.type) {
    case FieldType::Integer:
    case FieldType::Year:
    case FieldType::Decimal:
        sentinel = QStringLiteral("-1000000000000000");
        break;
    case FieldType::Date:
        sentinel = m_dialect.isPostgres() ? QStringLiteral("DATE '0001-01-01'") : QStringLiteral("''");
        break;
    case FieldType::Boolean:
        sentinel = m_dialect.isPostgres() ? QStringLiteral("FALSE") : QStringLiteral("-1");
        break;
    default:
        sentinel = QStringLiteral("''");
    }
    return QStringLiteral("COALESCE(%1, %2)").arg(col, sentinel);
}

QString TableQuery::pageSql(int limit, bool first) const
{
    QVariantList ignored;
    const QString where = whereClause(&ignored);
    const QString sk = sortExpression();
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    QStringList cols = {QStringLiteral("m.\"_seq\""), QStringLiteral("m.\"_id\""), QStringLiteral("m.\"_version\""),
        QStringLiteral("m.\"_dept\"")};
    if (usedBy.isEmpty()) {
        cols.append(QStringLiteral("0"));
    } else {
        QStringList parts;
        for (const Usage& u : usedBy) {
            parts.append(
                QStringLiteral("(SELECT COUNT(*) FROM %1 u WHERE u.\"_round\" = m.\"_round\" AND u.\"_deleted\" = 0 "
                               "AND u.%2 = m.%3)")
                    .arg(SqlDialect::quote(u.sqlTable), SqlDialect::quote(u.field), SqlDialect::quote(u.keyField)));
        }
        cols.append(parts.join(QStringLiteral(" + ")));
    }
    cols.append(sk.isEmpty() ? QStringLiteral("NULL") : sk);
    for (const Field& f : table.fields)
        cols.append(QStringLiteral("m.") + SqlDialect::quote(f.key));
    // Last, so that the columns before keep their places whether or not rows are marked.
    if (!carriedAt.isEmpty())
        cols.append(QStringLiteral("CASE WHEN m.\"_updated_at\" IS NULL AND m.\"_created_at\" <= ? THEN 1 ELSE 0 END"));
    const QString keyset = sk.isEmpty()
        ? QStringLiteral("m.\"_seq\" %1 ?").arg(descending ? QStringLiteral("<=") : QStringLiteral(">="))
        : QStringLiteral("(%1, m.\"_seq\") %2 (?, ?)")
              .arg(sk, descending ? QStringLiteral("<=") : QStringLiteral(">="));
    const QString order
        = sk.isEmpty() ? QStringLiteral("m.\"_seq\"") + dir : sk + dir + QStringLiteral(", m.\"_seq\"") + dir;
    return QStringLiteral("SELECT %1 FROM %2 AS m WHERE %3%4 ORDER BY %5 LIMIT %6")
        .arg(cols.join(QStringLiteral(", ")), SqlDialect::quote(table.sqlName()), where,
            first ? QString() : QStringLiteral(" AND ") + keyset, order)
        .arg(limit);
}

QVariantList TableQuery::pageValues(const PageAnchor& from, bool first) const
{
    QVariantList v;
    if (!carriedAt.isEmpty())
        v.append(carriedAt); // the select list's placeholder comes before the WHERE's
    v += whereValues();
    if (first)
        return v;
    if (!sortExpression().isEmpty())
        v.append(from.key);
    v.append(from.seq);
    return v;
}

QString TableQuery::anchorSql(int pageSize) const
{
    QVariantList ignored;
    const QString where = whereClause(&ignored);
    const QString sk = sortExpression();
    const QString dir = descending ? QStringLiteral(" DESC") : QString();
    const QString order
        = sk.isEmpty() ? QStringLiteral("m.\"_seq\"") + dir : sk + dir + QStringLiteral(", m.\"_seq\"") + dir;
    return QStringLiteral("SELECT sk, \"_seq\", rn, total FROM (SELECT %1 AS sk, m.\"_seq\" AS \"_seq\", "
                          "ROW_NUMBER() OVER (ORDER BY %2) AS rn, COUNT(*) OVER () AS total FROM %3 AS m WHERE %4) "
                          "AS numbered WHERE (rn - 1) % %5 = 0 ORDER BY rn")
        .arg(sk.isEmpty() ? QStringLiteral("NULL") : sk, order, SqlDialect::quote(table.sqlName()), where)
        .arg(pageSize);
}

QString TableQuery::countSql() const
{
    QVariantList ignored;
    return QStringLiteral("SELECT COUNT(*) FROM %1 AS m WHERE %2")
        .arg(SqlDialect::quote(table.sqlName()), whereClause(&ignored));
}

} // namespace caiji
