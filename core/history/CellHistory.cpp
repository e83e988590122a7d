#include "CellHistory.h"

#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace caiji {

namespace {
/// A value as EditService journals it (JSON), back in its canonical form.
QVariant fromJson(const Field& f, const QJsonValue& v)
{
    if (v.isNull() || v.isUndefined())
        return QVariant();
    switch (f.type) {
    case FieldType::Integer:
    case FieldType::Year:
        return QVariant(static_cast<qint64>(v.toDouble()));
    case FieldType::Decimal:
        return QVariant(v.toDouble());
    case FieldType::Boolean:
        return QVariant(v.toBool());
    case FieldType::Date:
        return QVariant(QDate::fromString(v.toString(), Qt::ISODate));
    default:
        return v.isString() ? QVariant(v.toString()) : v.toVariant();
    }
}
} // namespace

bool CellHistory::readRow(const QString& rowId, const Field& field, Row* out, QString* error) const
{
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT \"_created_by\", \"_created_at\", %1 FROM %2 WHERE \"_id\" = ?")
                .arg(SqlDialect::quote(field.key), SqlDialect::quote(m_table.sqlName())),
            {rowId}, error, &q))
        return false;
    out->found = q.next();
    if (out->found) {
        out->createdBy = q.value(0).toString();
        out->createdAt = q.value(1).toString();
        out->now = SqlDialect::fromDatabase(field, q.value(2));
    }
    return true;
}

bool CellHistory::readSteps(const QString& rowId, const Field& field, QVector<CellVersion>* out, QString* error) const
{
    QSqlQuery q(m_ws.db());
    q.setForwardOnly(true);
    // Indexed by (table_code, at): a range scan of the table's entries, filtered by row.
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT at, login, op, old_value, new_value, reason FROM cj_journal WHERE table_code = ? "
                           "AND row_id = ? "
                           "ORDER BY id"),
            {m_table.code, rowId}, error, &q))
        return false;
    while (q.next()) {
        CellVersion v {
            q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(5).toString(), {}, {}};
        if (v.op == QLatin1String("update")) {
            const QJsonObject before = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object();
            const QJsonObject after = QJsonDocument::fromJson(q.value(4).toString().toUtf8()).object();
            if (!after.contains(field.key))
                continue; // another field of the row changed
            v.before = fromJson(field, before.value(field.key));
            v.after = fromJson(field, after.value(field.key));
        } else if (v.op == QLatin1String("insert")) {
            continue; // the row's own _created_by/_created_at say it (older workspaces journaled each row)
        }
        out->append(v);
    }
    return true;
}

bool CellHistory::history(const QString& rowId, const QString& field, QVector<CellVersion>* out, QString* error) const
{
    out->clear();
    const Field* f = m_table.field(field);
    if (!f) {
        if (error)
            *error = tr("Table %1 has no field %2.").arg(m_table.code, field);
        return false;
    }
    Row row;
    QVector<CellVersion> steps;
    if (!readRow(rowId, *f, &row, error) || !readSteps(rowId, *f, &steps, error))
        return false;
    if (!row.found) {
        if (error)
            *error = tr("Table %1 has no row %2.").arg(m_table.code, rowId);
        return false;
    }
    // The value it was made with: the old value of its first change, or the value now.
    QVariant made = row.now;
    for (const CellVersion& s : std::as_const(steps)) {
        if (s.op == QLatin1String("update")) {
            made = s.before;
            break;
        }
    }
    // The reason the row was made (import, demo …) is the reason of the insert that made it.
    const QString reason = SqlUtil::scalar(m_ws.db(),
        QStringLiteral("SELECT reason FROM cj_journal WHERE table_code = ? AND op = 'insert' AND at = ? "
                       "AND login = ? AND (row_id IS NULL OR row_id = ?) ORDER BY id LIMIT 1"),
        {m_table.code, row.createdAt, row.createdBy, rowId})
                               .toString();
    out->append({row.createdAt, row.createdBy, QStringLiteral("insert"), reason, QVariant(), made});
    out->append(steps);
    return true;
}

bool CellHistory::valueAt(
    const QString& rowId, const QString& field, const QString& at, QVariant* value, bool* existed, QString* error) const
{
    QVector<CellVersion> all;
    if (!history(rowId, field, &all, error))
        return false;
    *existed = !all.isEmpty() && all.first().at <= at;
    *value = QVariant();
    if (!*existed)
        return true;
    // The first change after the moment holds the value of the moment as its old value.
    QVariant current = all.first().after;
    bool deleted = false;
    for (const CellVersion& v : std::as_const(all)) {
        if (v.at > at)
            break;
        if (v.op == QLatin1String("update"))
            current = v.after;
        else if (v.op == QLatin1String("delete"))
            deleted = true;
        else if (v.op == QLatin1String("restore"))
            deleted = false;
    }
    *existed = !deleted;
    *value = current;
    return true;
}

QString CellHistory::describe(const CellVersion& v)
{
    if (v.op == QLatin1String("insert"))
        return v.reason == QLatin1String("import")  ? tr("Imported")
            : v.reason == QLatin1String("computed") ? tr("Computed")
            : v.reason == QLatin1String("demo")     ? tr("Demo data")
                                                    : tr("Row added");
    if (v.op == QLatin1String("delete"))
        return tr("Row deleted");
    if (v.op == QLatin1String("restore"))
        return tr("Row restored");
    if (v.reason == QLatin1String("import"))
        return tr("Import");
    if (v.reason == QLatin1String("computed"))
        return tr("Computed");
    if (v.reason == QLatin1String("cascade"))
        return tr("Key change carried over");
    if (v.reason == QLatin1String("undo"))
        return tr("Undo");
    return tr("Edit");
}

} // namespace caiji
