#include "BulkCellWriter.h"

#include "../storage/NativeSqliteStatement.h"
#include "../storage/SqlDialect.h"
#include "../storage/StoredValue.h"

#include <QSet>
#include <QtAlgorithms>

#include <atomic>
#include <numeric>

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

BulkCellWriter::~BulkCellWriter()
{
    if (m_stage.isEmpty())
        return;
    QString ignored;
    exec(QStringLiteral("DELETE FROM %1").arg(m_stage), {}, &ignored);
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

bool BulkCellWriter::prepareStage(const QVector<int>& touched, QString* error)
{
    // A row's id, its _seq (every later statement finds the row by it), the version it was read
    // at, which columns change (a bit each, in `touched`
    // order) and their new values as stored.
    QStringList stageCols;
    for (int i = 0; i < touched.size(); ++i)
        stageCols.append(QStringLiteral("c%1").arg(i));
    // One staging table per number of columns, kept for the connection and emptied after each
    // use: SQLite refuses to drop a table while any statement of the connection is open.
    const QString stage = QStringLiteral("temp.\"cj_bulk_cells_%1\"").arg(touched.size());
    if (!exec(
            QStringLiteral(
                "CREATE TABLE IF NOT EXISTS %1 (id TEXT NOT NULL, seq INTEGER, version INTEGER NOT NULL, mask "
                "INTEGER NOT NULL%2)")
                .arg(stage, stageCols.isEmpty() ? QString() : QStringLiteral(", ") + stageCols.join(QLatin1Char(','))),
            {}, error)
        || !exec(QStringLiteral("DELETE FROM %1").arg(stage), {}, error))
        return false;
    use(stage, touched);
    return true;
}

bool BulkCellWriter::stage(const QVector<QString>& order, const QHash<QString, QVector<const CellChange*>>& byRow,
    const QVector<int>& touched, QString* error)
{
    if (!prepareStage(touched, error))
        return false;
    m_byRow = &byRow;
    const SqlDialect sqlite;
    QStringList marks {QStringLiteral("?"), QStringLiteral("NULL"), QStringLiteral("?"), QStringLiteral("?")};
    for (int i = 0; i < touched.size(); ++i)
        marks.append(QStringLiteral("?"));
    NativeSqliteStatement insert(
        m_db, QStringLiteral("INSERT INTO %1 VALUES (%2)").arg(m_stage, marks.join(QLatin1Char(','))));
    if (!insert.isValid()) {
        *error = insert.errorText();
        return false;
    }
    QVector<int> slot(m_table.fields.size(), -1);
    for (int i = 0; i < touched.size(); ++i)
        slot[touched[i]] = i;
    QVector<const QVariant*> latest(touched.size());
    m_updates.reserve(order.size());
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
        m_updates.append(std::move(u));
    }
    // Each row found by its id once.
    return exec(QStringLiteral("UPDATE %1 SET seq = (SELECT t.\"_seq\" FROM %2 AS t WHERE t.\"_id\" = %1.id)")
                    .arg(m_stage, SqlDialect::quote(m_table.sqlName())),
        {}, error);
}

bool BulkCellWriter::fitsWholeRows(QString* error) const
{
    if (m_table.fields.size() <= kMaxColumns)
        return true;
    *error = tr("Table %1 has more than %2 fields: its rows cannot be written this way.")
                 .arg(m_table.code)
                 .arg(kMaxColumns);
    return false;
}

void BulkCellWriter::use(const QString& stage, const QVector<int>& touched)
{
    m_stage = stage;
    m_touched = touched;
    m_byRow = nullptr;
    m_updates.clear();
    m_changed.reset();
}

bool BulkCellWriter::stageQuery(const QString& select, const QVariantList& binds, QString* error)
{
    if (!fitsWholeRows(error))
        return false;
    QVector<int> all;
    QStringList cols {QStringLiteral("id"), QStringLiteral("seq"), QStringLiteral("version"), QStringLiteral("mask")};
    for (int i = 0; i < m_table.fields.size(); ++i) {
        all.append(i);
        cols.append(QStringLiteral("c%1").arg(i));
    }
    return prepareStage(all, error)
        && exec(
            QStringLiteral("INSERT INTO %1 (%2) %3").arg(m_stage, cols.join(QLatin1Char(',')), select), binds, error)
        && exec(QStringLiteral("DELETE FROM %1 WHERE mask = 0").arg(m_stage), {}, error);
}

bool BulkCellWriter::stageTable(const QString& table, QString* error)
{
    if (!fitsWholeRows(error))
        return false;
    QVector<int> all(m_table.fields.size());
    std::iota(all.begin(), all.end(), 0);
    use(table, all);
    return true;
}

bool BulkCellWriter::forEach(const QVector<int>& columns,
    const std::function<bool(const QString& rowId, int column, const QVariant& value)>& visit, QString* error) const
{
    QStringList cols;
    qint64 wanted = 0;
    for (int i = 0; i < m_touched.size(); ++i) {
        cols.append(QStringLiteral("c%1").arg(i));
        if (columns.isEmpty() || columns.contains(m_touched[i]))
            wanted |= qint64(1) << i;
    }
    if (wanted == 0)
        return true;
    NativeSqliteStatement q(m_db,
        QStringLiteral("SELECT id, mask, %1 FROM %2 WHERE mask & ? <> 0 ORDER BY rowid")
            .arg(cols.join(QLatin1Char(',')), m_stage));
    if (!q.isValid()) {
        *error = q.errorText();
        return false;
    }
    q.bind(0, wanted);
    while (q.next(error)) {
        const QString id = q.text(0);
        const qint64 mask = q.integer(1) & wanted;
        for (int i = 0; i < m_touched.size(); ++i) {
            if (!(mask & (qint64(1) << i)))
                continue;
            const QVariant stored = q.value(2 + i);
            QVariant value;
            // Staged from changes, the values were canonical; from a query, they come as another
            // file stored them, and one stored otherwise is refused rather than changed.
            if (m_byRow)
                value = SqlDialect::fromDatabase(m_table.fields[m_touched[i]], stored);
            else if (!StoredValue::read(m_table, m_touched[i], stored, &value, error))
                return false;
            if (!visit(id, m_touched[i], value))
                return error->isEmpty();
        }
    }
    return error->isEmpty();
}

bool BulkCellWriter::forEachValue(
    const std::function<bool(int column, const QVariant& value)>& visit, QString* error) const
{
    QVector<int> columns;
    if (!changedColumns(&columns, error))
        return false;
    for (const int column : std::as_const(columns)) {
        const int i = static_cast<int>(m_touched.indexOf(column));
        // typeof() too: SQLite finds 32 and 32.0 (or '32') alike, and a check may not.
        NativeSqliteStatement q(
            m_db, QStringLiteral("SELECT DISTINCT typeof(c%1), c%1 FROM %2 WHERE mask & ? <> 0").arg(i).arg(m_stage));
        if (!q.isValid()) {
            *error = q.errorText();
            return false;
        }
        q.bind(0, qint64(1) << i);
        while (q.next(error)) {
            const QVariant stored = q.value(1);
            QVariant value;
            if (m_byRow)
                value = SqlDialect::fromDatabase(m_table.fields[column], stored);
            else if (!StoredValue::read(m_table, column, stored, &value, error))
                return false;
            if (!visit(column, value))
                return error->isEmpty();
        }
        if (!error->isEmpty())
            return false;
    }
    return true;
}

bool BulkCellWriter::changedColumns(QVector<int>* out, QString* error) const
{
    // Asked by the value checks and by the owners' guard: one scan of the stage for both.
    if (!m_changed) {
        NativeSqliteStatement q(m_db, QStringLiteral("SELECT DISTINCT mask FROM %1").arg(m_stage));
        qint64 all = 0;
        while (q.next(error))
            all |= q.integer(0);
        if (!error->isEmpty())
            return false;
        QVector<int> changed;
        for (int i = 0; i < m_touched.size(); ++i) {
            if (all & (qint64(1) << i))
                changed.append(m_touched[i]);
        }
        m_changed = changed;
    }
    out->append(*m_changed);
    return true;
}

void BulkCellWriter::conflictsOf(const NativeSqliteStatement& q, bool gone, EditResult* result) const
{
    // The row as read: s.id, gone, deleted, by, at, its touched columns, s.rowid, s.mask, staged values.
    const int n = static_cast<int>(m_touched.size());
    const QString id = q.text(0);
    auto conflict = [&](int column, const QVariant& mine) {
        EditConflict c;
        c.rowId = id;
        c.column = column;
        c.mine = mine;
        c.deleted = gone || q.integer(2) != 0;
        if (!gone) {
            c.theirs = SqlDialect::fromDatabase(m_table.fields[column], q.value(5 + m_touched.indexOf(column)));
            c.theirUser = q.text(3);
            c.theirTime = q.text(4);
        }
        result->conflicts.append(c);
    };
    if (m_byRow) {
        for (const CellChange* c : m_byRow->value(id))
            conflict(c->column, c->value);
        return;
    }
    const qint64 mask = q.integer(6 + n);
    for (int i = 0; i < n; ++i) {
        if (mask & (qint64(1) << i))
            conflict(m_touched[i], SqlDialect::fromDatabase(m_table.fields[m_touched[i]], q.value(7 + n + i)));
    }
}

bool BulkCellWriter::write(
    const QString& user, const QString& now, const QString& reason, const Guard& guard, EditResult* result)
{
    QString* error = &result->error;
    const QString table = SqlDialect::quote(m_table.sqlName());
    const QVector<int>& touched = m_touched;
    const QString& kStage = m_stage;
    // 2. The owners of the rows, the combinations of changed columns, and whether a row was
    //    deleted or changed since it was read: one pass over the stage.
    struct Group
    {
        qint64 mask;
        QString department;
        qint64 rows;
    };
    QVector<Group> groups;
    bool anyStale = false;
    {
        NativeSqliteStatement q(m_db,
            QStringLiteral("SELECT s.mask, t.\"_dept\", t.\"_id\" IS NULL OR t.\"_deleted\" <> 0 OR t.\"_version\" <> "
                           "s.version, COUNT(*) FROM %1 AS s LEFT JOIN %2 AS t ON t.\"_seq\" = s.seq AND t.\"_id\" = "
                           "s.id GROUP BY 1, 2, 3")
                .arg(kStage, table));
        while (q.next(error)) {
            if (q.integer(2) != 0)
                anyStale = true;
            else
                groups.append({q.integer(0), q.text(1), q.integer(3)});
        }
        if (!error->isEmpty())
            return false;
    }
    // 3. Rows deleted or changed since they were read (when there are): conflicts, left alone.
    QSet<QString> stale;
    if (anyStale) {
        QStringList cols;
        QStringList staged;
        for (int i = 0; i < touched.size(); ++i) {
            cols.append(QStringLiteral("t.") + SqlDialect::quote(m_table.fields[touched[i]].key));
            staged.append(QStringLiteral("s.c%1").arg(i));
        }
        QVector<qint64> staleRows;
        NativeSqliteStatement q(m_db,
            QStringLiteral("SELECT s.id, t.\"_id\" IS NULL, t.\"_deleted\", t.\"_updated_by\", t.\"_updated_at\"%1, "
                           "s.rowid, s.mask%2 FROM %3 AS s LEFT JOIN %4 AS t ON t.\"_seq\" = s.seq AND t.\"_id\" = "
                           "s.id WHERE t.\"_id\" IS "
                           "NULL OR t.\"_deleted\" <> 0 OR t.\"_version\" <> s.version")
                .arg(cols.isEmpty() ? QString() : QStringLiteral(", ") + cols.join(QLatin1Char(',')),
                    staged.isEmpty() ? QString() : QStringLiteral(", ") + staged.join(QLatin1Char(',')), kStage,
                    table));
        if (!q.isValid()) {
            *error = q.errorText();
            return false;
        }
        while (q.next(error)) {
            stale.insert(q.text(0));
            staleRows.append(q.integer(5 + static_cast<int>(touched.size())));
            conflictsOf(q, q.integer(1) != 0, result);
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
    // The owners are asked before anything is written.
    QVector<qint64> masks;
    for (const Group& g : std::as_const(groups)) {
        if (!masks.contains(g.mask))
            masks.append(g.mask);
        result->departments.insert(g.department);
        result->cells += g.rows * qPopulationCount(static_cast<quint64>(g.mask));
    }
    if (!guard(result->departments, error))
        return false;
    // 4. Per combination of changed columns: the journal (old values read from the rows), then
    //    the rows, both guarded by the version read.
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
        if (!exec(QStringLiteral(
                      "INSERT INTO cj_journal (at, login, round, table_code, row_id, op, field, old_value, "
                      "new_value, reason) SELECT ?, ?, ?, ?, s.id, 'update', ?, json_object(%1), "
                      "json_object(%2), ? FROM %3 AS s JOIN %4 AS t ON t.\"_seq\" = s.seq AND t.\"_version\" = "
                      "s.version AND t.\"_deleted\" = 0 WHERE s.mask = ? ORDER BY s.rowid")
                      .arg(oldJson.join(QLatin1Char(',')), newJson.join(QLatin1Char(',')), kStage, table),
                {now, user, m_round, m_table.code, count == 1 ? QVariant(single) : QVariant(),
                    reason.isEmpty() ? QVariant() : QVariant(reason), mask},
                error)
            || !exec(QStringLiteral("UPDATE %1 SET %2, \"_version\" = %1.\"_version\" + 1, \"_updated_by\" = ?, "
                                    "\"_updated_at\" = ? FROM %3 AS s WHERE %1.\"_seq\" = s.seq AND %1.\"_version\" = "
                                    "s.version AND %1.\"_deleted\" = 0 AND s.mask = ?")
                         .arg(table, assigns.join(QStringLiteral(", ")), kStage),
                {user, now, mask}, error))
            return false;
    }
    if (m_byRow) {
        for (RowUpdate& u : m_updates) {
            if (!stale.contains(u.rowId))
                result->updated.append(std::move(u));
        }
        return true;
    }
    // From a query: the rows written, without their values (nobody shows them from here).
    NativeSqliteStatement q(m_db, QStringLiteral("SELECT id, version FROM %1 ORDER BY rowid").arg(kStage));
    while (q.next(error))
        result->updated.append({q.text(0), q.integer(1) + 1, {}});
    return error->isEmpty();
}

} // namespace caiji
