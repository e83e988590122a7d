#include "RowInserter.h"

#include "NativeSqliteStatement.h"
#include "SqlDialect.h"
#include "SqlUtil.h"
#include "Workspace.h"

#include "RowId.h"

#include <utility>

namespace caiji {

namespace {
// Metadata values bound per row ahead of the fields: _id, _round, _dept, _created_by,
// _created_at. A new row leaves _updated_by/_updated_at empty: they name the last change after
// the row was made (and cost 30-40 bytes a row of a bulk load for saying nothing new).
constexpr int kMetaBound = 5;
// Both SQLite (32766) and PostgreSQL (65535) cap bound parameters per statement, but the
// practical limit is lower: Qt's SQLite driver looks every parameter up by position
// (sqlite3_bind_parameter_name walks a list), so a statement's cost grows with the square of
// its parameters. About a thousand per statement measured fastest for the large demo.
constexpr int kMaxParams = 1000;
} // namespace

RowInserter::RowInserter(Workspace& ws, const Table& table, int round, QSqlDatabase db)
    : m_ws(ws)
    , m_table(table)
    , m_round(round)
    , m_db(db.isValid() ? db : ws.db())
    , m_user(ws.currentUser())
    , m_now(Workspace::now())
{
    const int perRow = kMetaBound + static_cast<int>(table.fields.size());
    m_batchRows = qBound(1, kMaxParams / perRow, 200);
    m_native = NativeSqliteStatement::handleOf(m_db) != nullptr;
    m_idSource = &RowId::next;
}

RowInserter::~RowInserter()
{
    // Rows staged and never published (a cancelled import) go with it.
    if (m_stageReady) {
        m_nativeData.reset();
        m_fullData = QSqlQuery();
        m_partData = QSqlQuery();
        SqlUtil::exec(m_db, QStringLiteral("DELETE FROM %1").arg(target()), nullptr);
    }
}

QString RowInserter::target() const
{
    return m_staged
        ? QStringLiteral("%1.%2").arg(m_ws.dialect().isPostgres() ? QStringLiteral("pg_temp") : QStringLiteral("temp"),
            SqlDialect::quote(QStringLiteral("cj_stage_") + m_table.sqlName()))
        : SqlDialect::quote(m_table.sqlName());
}

bool RowInserter::prepareStage(QString* error)
{
    if (!m_staged || m_stageReady)
        return true;
    // A table of the connection's own, shaped like the columns written; emptied of whatever an
    // earlier staged load of the connection left.
    const QString stage = target();
    const QString create = m_ws.dialect().isPostgres()
        ? QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS %1 AS SELECT %2 FROM %3 WHERE 1 = 0")
              .arg(SqlDialect::quote(QStringLiteral("cj_stage_") + m_table.sqlName()))
        : QStringLiteral("CREATE TABLE IF NOT EXISTS %1 AS SELECT %2 FROM %3 WHERE 0").arg(stage);
    QString why;
    if (!SqlUtil::exec(
            m_db, create.arg(insertColumns().join(QLatin1Char(',')), SqlDialect::quote(m_table.sqlName())), &why)
        || !SqlUtil::exec(m_db, QStringLiteral("DELETE FROM %1").arg(stage), &why)) {
        if (error)
            *error = tr("Cannot prepare the insert into table %1: %2").arg(m_table.code, why);
        return false;
    }
    m_stageReady = true;
    return true;
}

bool RowInserter::publish(QString* error)
{
    if (!m_staged)
        return true;
    if (!flush(error))
        return false;
    const qint64 rows = m_inserted - m_published;
    if (rows == 0)
        return true;
    const QString cols = insertColumns().join(QLatin1Char(','));
    QString why;
    // In the order the rows were read, so that the table keeps the file's order.
    if (!SqlUtil::exec(m_db,
            QStringLiteral("INSERT INTO %1 (%2) SELECT %2 FROM %3 ORDER BY %4")
                .arg(SqlDialect::quote(m_table.sqlName()), cols, target(),
                    m_ws.dialect().isPostgres() ? QStringLiteral("ctid") : QStringLiteral("rowid")),
            &why)) {
        if (error)
            *error = tr("Could not insert rows into table %1: %2").arg(m_table.code, why);
        return false;
    }
    if (!SqlUtil::exec(m_db, QStringLiteral("DELETE FROM %1").arg(target()), error))
        return false;
    m_published = m_inserted;
    const bool staged = std::exchange(m_staged, false); // the journal entry is the table's now
    const bool ok = journalRows(rows, error);
    m_staged = staged;
    return ok;
}

bool RowInserter::insertFrom(const QString& department, const QString& source, QString* error)
{
    QStringList values {
        QStringLiteral("id"), QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?"), QStringLiteral("?")};
    for (int i = 0; i < m_table.fields.size(); ++i)
        values.append(QStringLiteral("c%1").arg(i));
    QString why = tr("rows are copied so only in a workspace file (SQLite)");
    qint64 rows = 0;
    if (sqlite3* handle = NativeSqliteStatement::handleOf(m_db)) {
        NativeSqliteStatement insert(handle,
            QStringLiteral("INSERT INTO %1 (%2) SELECT %3 FROM %4 ORDER BY rowid")
                .arg(SqlDialect::quote(m_table.sqlName()), insertColumns().join(QLatin1Char(',')),
                    values.join(QLatin1Char(',')), source));
        why = insert.errorText();
        if (insert.isValid()) {
            insert.bind(0, m_round);
            insert.bind(1, department);
            insert.bind(2, m_user);
            insert.bind(3, m_now);
            why.clear();
            if (insert.step(&why))
                rows = insert.changes();
        }
    }
    if (!why.isEmpty()) {
        if (error)
            *error = tr("Could not insert rows into table %1: %2").arg(m_table.code, why);
        return false;
    }
    m_inserted += rows;
    return journalRows(rows, error);
}

QStringList RowInserter::insertColumns() const
{
    // The metadata bound per row (kMetaBound of them), then the catalog fields.
    QStringList cols = {QStringLiteral("\"_id\""), QStringLiteral("\"_round\""), QStringLiteral("\"_dept\""),
        QStringLiteral("\"_created_by\""), QStringLiteral("\"_created_at\"")};
    for (const Field& f : m_table.fields)
        cols.append(SqlDialect::quote(f.key));
    return cols;
}

QVector<QVariant> RowInserter::encode(const QVector<QVariant>& values) const
{
    const SqlDialect& d = m_ws.dialect();
    QVector<QVariant> out(m_table.fields.size());
    for (int i = 0; i < m_table.fields.size(); ++i) {
        QVariant v = d.toDatabase(m_table.fields[i], i < values.size() ? values[i] : QVariant());
        if (m_native && v.typeId() == QMetaType::QString)
            v = QVariant(v.toString().toUtf8());
        out[i] = std::move(v);
    }
    return out;
}

QString RowInserter::add(const QString& department, const QVector<QVariant>& values)
{
    return addEncoded(department, encode(values));
}

QString RowInserter::addEncoded(const QString& department, const QVector<QVariant>& encoded)
{
    const QString id = m_idSource();
    m_pending << id << m_round << department << m_user << m_now;
    m_pending << encoded;
    m_pendingIds.append(id);
    return id;
}

QSqlQuery& RowInserter::preparedFor(int rows, QString* error, bool* ok)
{
    const bool full = rows == m_batchRows;
    QSqlQuery& q = full ? m_fullData : m_partData;
    if (full && m_fullPrepared) {
        *ok = true;
        return q;
    }
    const QStringList cols = insertColumns();
    QString one = QStringLiteral("(");
    for (int i = 0; i < cols.size(); ++i)
        one += i ? QStringLiteral(",?") : QStringLiteral("?");
    one += QLatin1Char(')');
    QString sql = QStringLiteral("INSERT INTO %1 (%2) VALUES ").arg(target(), cols.join(QLatin1Char(',')));
    for (int r = 0; r < rows; ++r)
        sql += (r ? QStringLiteral(",") : QString()) + one;
    q = QSqlQuery(m_db);
    *ok = q.prepare(sql);
    if (!*ok && error)
        *error = tr("Cannot prepare the insert into table %1: %2").arg(m_table.code, SqlUtil::describe(q));
    return q;
}

bool RowInserter::writeNative(sqlite3* handle, int rows, QString* error)
{
    const int perRow = kMetaBound + static_cast<int>(m_table.fields.size());
    if (!m_nativeData) {
        const QStringList cols = insertColumns();
        QStringList marks;
        for (int i = 0; i < cols.size(); ++i)
            marks.append(QStringLiteral("?"));
        m_nativeData = std::make_unique<NativeSqliteStatement>(handle,
            QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                .arg(target(), cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))));
        if (!m_nativeData->isValid()) {
            if (error)
                *error = tr("Cannot prepare the insert into table %1: %2").arg(m_table.code, m_nativeData->errorText());
            return false;
        }
    }
    for (int r = 0; r < rows; ++r) {
        const int base = (m_done + r) * perRow;
        for (int i = 0; i < perRow; ++i)
            m_nativeData->bind(i, m_pending.at(base + i));
        QString detail;
        if (!m_nativeData->step(&detail)) {
            if (error)
                *error = tr("Could not insert rows into table %1: %2").arg(m_table.code, detail);
            return false;
        }
    }
    m_done += rows;
    m_inserted += rows;
    return true;
}

bool RowInserter::writeBatch(int rows, QString* error)
{
    bool ok = false;
    QSqlQuery& data = preparedFor(rows, error, &ok);
    if (!ok)
        return false;
    if (rows == m_batchRows)
        m_fullPrepared = true;
    const int perRow = kMetaBound + static_cast<int>(m_table.fields.size());
    const int base = m_done * perRow;
    for (int i = 0; i < rows * perRow; ++i)
        data.bindValue(i, m_pending.at(base + i));
    if (!data.exec()) {
        if (error)
            *error = tr("Could not insert rows into table %1: %2").arg(m_table.code, SqlUtil::describe(data));
        return false;
    }
    // Advance instead of erasing from the front: erasing made large loads quadratic.
    m_done += rows;
    m_inserted += rows;
    return true;
}

bool RowInserter::journalRows(qint64 rows, QString* error)
{
    // One entry for the rows one flush wrote: each row carries who made it and when
    // (_created_by, _created_at), which with this entry's reason is the whole of its history
    // until it changes (CellHistory); an entry per row made a bulk load write twice as much.
    if (rows <= 0)
        return true;
    return SqlUtil::exec(m_db,
        QStringLiteral("INSERT INTO cj_journal (at, login, round, table_code, row_id, op, reason, new_value) "
                       "VALUES (?, ?, ?, ?, NULL, 'insert', ?, ?)"),
        {m_now, m_user, m_round, m_table.code, m_reason.isEmpty() ? QVariant() : QVariant(m_reason),
            QStringLiteral("{\"rows\":%1}").arg(rows)},
        error);
}

bool RowInserter::flush(QString* error)
{
    if (!prepareStage(error))
        return false;
    const qint64 before = m_inserted;
    // SQLite: one prepared single-row statement on the native handle (see NativeSqliteStatement),
    // every queued row in one go.
    if (sqlite3* handle = NativeSqliteStatement::handleOf(m_db)) {
        if (m_done < m_pendingIds.size() && !writeNative(handle, static_cast<int>(m_pendingIds.size()) - m_done, error))
            return false;
    }
    while (m_done < m_pendingIds.size()) {
        const int rows = qMin(static_cast<int>(m_pendingIds.size()) - m_done, m_batchRows);
        if (!writeBatch(rows, error))
            return false;
    }
    m_pending.clear();
    m_pendingIds.clear();
    m_done = 0;
    // Staged rows are journaled when they are published.
    return m_staged || journalRows(m_inserted - before, error);
}

} // namespace caiji
