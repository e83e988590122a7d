#include "BulkCellWriter.h"

#include "../storage/NativeSqliteStatement.h"
#include "../storage/SqlDialect.h"

#include <QSet>

#include <atomic>

namespace caiji {

namespace {
std::atomic_int g_threshold {2000};
} // namespace

int BulkCellWriter::threshold()
{
    return g_threshold.load();
}

void BulkCellWriter::setThreshold(int rows)
{
    g_threshold.store(rows);
}

bool BulkCellWriter::suits(
    const QVector<QString>& order, const QHash<QString, QVector<const CellChange*>>& byRow, const QVector<int>& touched)
{
    if (touched.size() > kMaxColumns)
        return false;
    QHash<int, int> position;
    for (int i = 0; i < touched.size(); ++i)
        position.insert(touched[i], i);
    QSet<qint64> masks;
    for (const QString& id : order) {
        qint64 mask = 0;
        for (const CellChange* c : byRow[id])
            mask |= qint64(1) << position.value(c->column);
        masks.insert(mask);
        if (masks.size() > kMaxCombinations)
            return false;
    }
    return true;
}

BulkCellWriter::BulkCellWriter(sqlite3* db, const Table& table, int round)
    : m_db(db)
    , m_table(table)
    , m_round(round)
{
}

bool BulkCellWriter::exec(const QString& sql, const QVariantList& binds, QString* error)
{
    NativeSqliteStatement q(m_db, sql);
    if (!q.isValid()) {
        *error = q.errorText();
        return false;
    }
    for (int i = 0; i < binds.size(); ++i)
        q.bind(i, binds[i]);
    return q.step(error);
}

QString BulkCellWriter::jsonOf(int column, const QString& expression) const
{
    // As EditService writes the journal row by row: a yes/no as true/false, not 1/0.
    if (m_table.fields[column].type == FieldType::Boolean)
        return QStringLiteral("CASE WHEN %1 IS NULL THEN NULL WHEN %1 <> 0 THEN json('true') ELSE json('false') END")
            .arg(expression);
    return expression;
}

bool BulkCellWriter::write(const QVector<QString>& order, const QHash<QString, QVector<const CellChange*>>& byRow,
    const QVector<int>& touched, const QString& user, const QString& now, const QString& reason, const Guard& guard,
    EditResult* result)
{
    QString* error = &result->error;
    const QString table = SqlDialect::quote(m_table.sqlName());
    const SqlDialect sqlite;
    // 1. The changes, staged: a row's id, the version it was read at, which columns change (a
    //    bit each, in `touched` order) and their new values as stored.
    QStringList stageCols;
    QStringList marks {QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?")};
    for (int i = 0; i < touched.size(); ++i) {
        stageCols.append(QStringLiteral("c%1").arg(i));
        marks.append(QStringLiteral("?"));
    }
    // One staging table per number of columns, kept for the connection and emptied after each
    // use: SQLite refuses to drop a table while any statement of the connection is open.
    const QString kStage = QStringLiteral("temp.\"cj_bulk_cells_%1\"").arg(touched.size());
    if (!exec(
            QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (id TEXT NOT NULL, version INTEGER NOT NULL, mask "
                           "INTEGER NOT NULL%2)")
                .arg(kStage, stageCols.isEmpty() ? QString() : QStringLiteral(", ") + stageCols.join(QLatin1Char(','))),
            {}, error)
        || !exec(QStringLiteral("DELETE FROM %1").arg(kStage), {}, error))
        return false;
    struct Emptier
    {
        BulkCellWriter* self;
        QString stage;
        ~Emptier()
        {
            QString ignored;
            self->exec(QStringLiteral("DELETE FROM %1").arg(stage), {}, &ignored);
        }
    } emptier {this, kStage};
    // The rows as the callers' views take them over once written: new version and values.
    QVector<RowUpdate> updates;
    updates.reserve(order.size());
    {
        NativeSqliteStatement insert(
            m_db, QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(kStage, marks.join(QLatin1Char(','))));
        if (!insert.isValid()) {
            *error = insert.errorText();
            return false;
        }
        QVector<int> slot(m_table.fields.size(), -1);
        for (int i = 0; i < touched.size(); ++i)
            slot[touched[i]] = i;
        QVector<const QVariant*> latest(touched.size());
        for (const QString& id : order) {
            const QVector<const CellChange*>& list = byRow[id];
            latest.fill(nullptr);
            for (const CellChange* c : list)
                latest[slot[c->column]] = &c->value; // the last change of a column wins
            RowUpdate u;
            u.rowId = id;
            u.version = list.first()->expectedVersion + 1;
            qint64 mask = 0;
            insert.bind(0, id);
            insert.bind(1, list.first()->expectedVersion);
            for (int i = 0; i < touched.size(); ++i) {
                if (!latest[i]) {
                    insert.bind(3 + i, QVariant());
                    continue;
                }
                mask |= qint64(1) << i;
                insert.bind(3 + i, sqlite.toDatabase(m_table.fields[touched[i]], *latest[i]));
                u.values.insert(touched[i], *latest[i]);
            }
            insert.bind(2, mask);
            if (!insert.step(error))
                return false;
            updates.append(std::move(u));
        }
    }
    // 2. Rows deleted or changed since they were read: conflicts, left alone.
    QStringList cols;
    for (int column : touched)
        cols.append(QStringLiteral("t.") + SqlDialect::quote(m_table.fields[column].key));
    QSet<QString> stale;
    QVector<qint64> staleRows;
    {
        NativeSqliteStatement q(m_db,
            QStringLiteral(
                "SELECT s.id, t.\"_id\" IS NULL, t.\"_deleted\", t.\"_updated_by\", t.\"_updated_at\"%1, s.rowid FROM "
                "%2 AS s LEFT JOIN %3 AS t ON t.\"_id\" = s.id WHERE t.\"_id\" IS NULL OR t.\"_deleted\" "
                "<> 0 OR t.\"_version\" <> s.version")
                .arg(cols.isEmpty() ? QString() : QStringLiteral(", ") + cols.join(QLatin1Char(',')), kStage, table));
        if (!q.isValid()) {
            *error = q.errorText();
            return false;
        }
        while (q.next(error)) {
            const QString id = q.text(0);
            stale.insert(id);
            staleRows.append(q.integer(5 + static_cast<int>(touched.size())));
            const bool gone = q.integer(1) != 0;
            for (const CellChange* c : byRow[id]) {
                EditConflict conflict;
                conflict.rowId = id;
                conflict.column = c->column;
                conflict.mine = c->value;
                conflict.deleted = gone || q.integer(2) != 0;
                if (!gone) {
                    conflict.theirs
                        = SqlDialect::fromDatabase(m_table.fields[c->column], q.value(5 + touched.indexOf(c->column)));
                    conflict.theirUser = q.text(3);
                    conflict.theirTime = q.text(4);
                }
                result->conflicts.append(conflict);
            }
        }
        if (!error->isEmpty())
            return false;
        NativeSqliteStatement drop(m_db, QStringLiteral("DELETE FROM %1 WHERE rowid = ?").arg(kStage));
        for (const qint64 row : std::as_const(staleRows)) {
            drop.bind(0, row);
            if (!drop.step(error))
                return false;
        }
    }
    // 3. The owners of the rows, asked before anything is written.
    {
        NativeSqliteStatement q(m_db,
            QStringLiteral("SELECT DISTINCT t.\"_dept\" FROM %1 AS s JOIN %2 AS t ON t.\"_id\" = s.id")
                .arg(kStage, table));
        while (q.next(error))
            result->departments.insert(q.text(0));
        if (!error->isEmpty() || !guard(result->departments, error))
            return false;
    }
    // 4. Per combination of changed columns: the journal (old values read from the rows), then
    //    the rows, both guarded by the version read.
    QVector<qint64> masks;
    {
        NativeSqliteStatement q(m_db, QStringLiteral("SELECT DISTINCT mask FROM %1").arg(kStage));
        while (q.next(error))
            masks.append(q.integer(0));
        if (!error->isEmpty())
            return false;
    }
    for (const qint64 mask : std::as_const(masks)) {
        QStringList oldJson;
        QStringList newJson;
        QStringList assigns;
        QString single;
        int count = 0;
        for (int i = 0; i < touched.size(); ++i) {
            if (!(mask & (qint64(1) << i)))
                continue;
            const Field& f = m_table.fields[touched[i]];
            const QString key = SqlDialect::quote(f.key);
            const QString name = QLatin1Char('\'') + QString(f.key).replace(QLatin1Char('\''), QStringLiteral("''"))
                + QLatin1Char('\'');
            oldJson.append(name + QLatin1Char(',') + jsonOf(touched[i], QStringLiteral("t.") + key));
            newJson.append(name + QLatin1Char(',') + jsonOf(touched[i], QStringLiteral("s.c%1").arg(i)));
            assigns.append(QStringLiteral("%1 = s.c%2").arg(key).arg(i));
            single = f.key;
            ++count;
        }
        if (count == 0)
            continue;
        if (!exec(
                QStringLiteral("INSERT INTO cj_journal (at, login, round, table_code, row_id, op, field, old_value, "
                               "new_value, reason) SELECT ?, ?, ?, ?, s.id, 'update', ?, json_object(%1), "
                               "json_object(%2), ? FROM %3 AS s JOIN %4 AS t ON t.\"_id\" = s.id AND t.\"_version\" = "
                               "s.version AND t.\"_deleted\" = 0 WHERE s.mask = ? ORDER BY s.rowid")
                    .arg(oldJson.join(QLatin1Char(',')), newJson.join(QLatin1Char(',')), kStage, table),
                {now, user, m_round, m_table.code, count == 1 ? QVariant(single) : QVariant(),
                    reason.isEmpty() ? QVariant() : QVariant(reason), mask},
                error)
            || !exec(QStringLiteral("UPDATE %1 SET %2, \"_version\" = %1.\"_version\" + 1, \"_updated_by\" = ?, "
                                    "\"_updated_at\" = ? FROM %3 AS s WHERE %1.\"_id\" = s.id AND %1.\"_version\" = "
                                    "s.version AND %1.\"_deleted\" = 0 AND s.mask = ?")
                         .arg(table, assigns.join(QStringLiteral(", ")), kStage),
                {user, now, mask}, error))
            return false;
    }
    for (RowUpdate& u : updates) {
        if (!stale.contains(u.rowId))
            result->updated.append(std::move(u));
    }
    return true;
}

} // namespace caiji
