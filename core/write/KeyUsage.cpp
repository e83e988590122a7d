#include "KeyUsage.h"

#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"

#include <QSqlQuery>

namespace caiji {

namespace {
constexpr int kBatch = 200;
}

qint64 KeyChange::rows() const
{
    qint64 n = 0;
    for (const KeyDependent& d : dependents)
        n += d.rows;
    return n;
}

QString KeyChange::describe(const Catalog& catalog, const QHash<QString, QString>& names) const
{
    const Table* t = catalog.table(table);
    const Field* f = t ? t->field(field) : nullptr;
    QStringList parts;
    for (const KeyDependent& d : dependents) {
        parts.append(KeyUsage::tr("%1 %2: %n row(s)", nullptr, static_cast<int>(d.rows))
                         .arg(d.table, names.value(d.department, d.department)));
    }
    const QString what = after.isEmpty() ? KeyUsage::tr("%1 %2 goes away").arg(f ? f->name : field, before)
                                         : KeyUsage::tr("%1 %2 → %3").arg(f ? f->name : field, before, after);
    return KeyUsage::tr("%1; used by %2").arg(what, parts.join(QStringLiteral("；")));
}

QVector<KeyUsage::Reference> KeyUsage::referencesTo(const Catalog& catalog, const Table& table)
{
    QVector<Reference> out;
    for (const Table& t : catalog.tables) {
        for (const Field& f : t.fields) {
            if (f.type == FieldType::Reference && f.refTable == table.code)
                out.append({&t, &f, f.refField});
        }
    }
    return out;
}

bool KeyUsage::isReferenced(const Catalog& catalog, const Table& table, const QString& field)
{
    for (const Reference& r : referencesTo(catalog, table)) {
        if (r.keyField == field)
            return true;
    }
    return false;
}

bool KeyUsage::dependents(Workspace& ws, int round, const Table& table, const QString& keyField,
    const QSet<QString>& values, QHash<QString, QVector<KeyDependent>>* out, QString* error)
{
    const QStringList all(values.cbegin(), values.cend());
    for (const Reference& r : referencesTo(ws.catalog(), table)) {
        if (r.keyField != keyField)
            continue;
        const QString col = SqlDialect::quote(r.field->key);
        const bool read = SqlUtil::selectIn(
            ws.db(),
            QStringLiteral(
                "SELECT %1, \"_dept\", COUNT(*) FROM %2 WHERE \"_round\" = ? AND \"_deleted\" = 0 AND %1 IN (%in) "
                "GROUP BY %1, \"_dept\" ORDER BY %1, \"_dept\"")
                .arg(col, SqlDialect::quote(r.table->sqlName())),
            {round}, all, kBatch,
            [&](const QSqlQuery& q) {
                (*out)[q.value(0).toString()].append(
                    {r.table->code, r.field->key, q.value(1).toString(), q.value(2).toLongLong()});
            },
            error);
        if (!read)
            return false;
    }
    return true;
}

} // namespace caiji
