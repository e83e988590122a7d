#include "KeyWatch.h"

#include "../storage/SqlDialect.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"

#include <QSqlQuery>

#include <algorithm>

namespace caiji {

namespace {
// Rows or values per `IN (...)` list.
constexpr int kBatch = 200;
} // namespace

KeyWatch::KeyWatch(Workspace& ws)
    : m_ws(ws)
{
}

bool KeyWatch::changesOf(
    const Table& table, int round, const QVector<CellChange>& changes, QVector<KeyChange>* out, QString* error) const
{
    // The referenced key columns the changes touch, and the new value per row.
    QHash<int, QHash<QString, QString>> wanted; // column → row id → new value
    // Which columns other tables reference, looked up once: per cell it took 8% of a paste.
    QVector<bool> referenced(table.fields.size());
    bool anyReferenced = false;
    for (int i = 0; i < table.fields.size(); ++i)
        anyReferenced |= referenced[i] = KeyUsage::isReferenced(m_ws.catalog(), table, table.fields[i].key);
    for (const CellChange& c : changes) {
        if (anyReferenced && c.column >= 0 && c.column < table.fields.size() && referenced[c.column])
            wanted[c.column].insert(c.rowId, c.value.isNull() ? QString() : c.value.toString());
    }
    for (auto col = wanted.constBegin(); col != wanted.constEnd(); ++col) {
        const Field& f = table.fields[col.key()];
        const QString column = SqlDialect::quote(f.key);
        const QString sqlTable = SqlDialect::quote(table.sqlName());
        // The values they have now.
        QHash<QString, QString> before; // old value → new value
        QSet<QString> changedIds;
        const bool read = SqlUtil::selectIn(
            m_ws.db(),
            QStringLiteral("SELECT \"_id\", %1 FROM %2 WHERE \"_deleted\" = 0 AND \"_id\" IN (%in)")
                .arg(column, sqlTable),
            {}, col.value().keys(), kBatch,
            [&](const QSqlQuery& q) {
                const QString old = q.value(1).toString();
                const QString now = col.value().value(q.value(0).toString());
                if (!old.isEmpty() && old != now) {
                    before.insert(old, now);
                    changedIds.insert(q.value(0).toString());
                }
            },
            error);
        if (!read)
            return false;
        // A value another live row keeps (7-1-1: one 专业代码, several 专业方向) does not go away.
        QSet<QString> gone(before.keyBegin(), before.keyEnd());
        const bool kept = SqlUtil::selectIn(
            m_ws.db(),
            QStringLiteral("SELECT \"_id\", %1 FROM %2 WHERE \"_round\" = ? AND \"_deleted\" = 0 AND %1 IN (%in)")
                .arg(column, sqlTable),
            {round}, before.keys(), kBatch,
            [&](const QSqlQuery& q) {
                if (!changedIds.contains(q.value(0).toString()))
                    gone.remove(q.value(1).toString());
            },
            error);
        if (!kept)
            return false;
        QHash<QString, QVector<KeyDependent>> users;
        if (!gone.isEmpty() && !KeyUsage::dependents(m_ws, round, table, f.key, gone, &users, error))
            return false;
        for (auto it = users.constBegin(); it != users.constEnd(); ++it)
            out->append({table.code, f.key, it.key(), before.value(it.key()), it.value()});
    }
    return true;
}

bool KeyWatch::noteVanishing(const Table& table, int round, const QVector<QPair<QString, qint64>>& rows, QString* error)
{
    for (const KeyUsage::Reference& ref : KeyUsage::referencesTo(m_ws.catalog(), table)) {
        auto it = std::find_if(m_vanishing.begin(), m_vanishing.end(),
            [&](const Vanishing& v) { return v.table == &table && v.round == round && v.field == ref.keyField; });
        if (it == m_vanishing.end()) {
            m_vanishing.append({&table, round, ref.keyField, {}});
            it = m_vanishing.end() - 1;
        }
        QStringList ids;
        for (const auto& r : rows)
            ids.append(r.first);
        const bool read = SqlUtil::selectIn(
            m_ws.db(),
            QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE \"_id\" IN (%in) AND %1 IS NOT NULL")
                .arg(SqlDialect::quote(ref.keyField), SqlDialect::quote(table.sqlName())),
            {}, ids, kBatch, [&](const QSqlQuery& q) { it->values.insert(q.value(0).toString()); }, error);
        if (!read)
            return false;
    }
    return true;
}

bool KeyWatch::vanished(const QHash<QString, QString>& names, QStringList* problems, qint64* rows, QString* error)
{
    const QVector<Vanishing> all = std::exchange(m_vanishing, {});
    for (const Vanishing& v : all) {
        if (v.values.isEmpty())
            continue;
        // What another live row still holds did not go away (a replace puts most keys back).
        QSet<QString> gone = v.values;
        const bool read = SqlUtil::selectIn(
            m_ws.db(),
            QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE \"_round\" = ? AND \"_deleted\" = 0 AND %1 IN (%in)")
                .arg(SqlDialect::quote(v.field), SqlDialect::quote(v.table->sqlName())),
            {v.round}, QStringList(v.values.cbegin(), v.values.cend()), kBatch,
            [&](const QSqlQuery& q) { gone.remove(q.value(0).toString()); }, error);
        if (!read)
            return false;
        QHash<QString, QVector<KeyDependent>> users;
        if (!gone.isEmpty() && !KeyUsage::dependents(m_ws, v.round, *v.table, v.field, gone, &users, error))
            return false;
        for (auto it = users.constBegin(); it != users.constEnd(); ++it) {
            const KeyChange k {v.table->code, v.field, it.key(), QString(), it.value()};
            *rows += k.rows();
            if (problems->size() < 10)
                problems->append(k.describe(m_ws.catalog(), names));
        }
    }
    return true;
}

} // namespace caiji
