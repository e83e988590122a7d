#include "EditService.h"

#include "BulkCellWriter.h"

#include <numeric>

#include "../storage/NativePgStatement.h"
#include "../storage/NativeSqliteStatement.h"
#include "../storage/RowInserter.h"
#include "../storage/SqlDialect.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../value/ValueParser.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <algorithm>
#include <map>

namespace caiji {

namespace {
// Qt's SQLite driver looks each bound parameter up by position, which costs time growing
// with the square of the parameters in a statement: keep statements short.
constexpr int kIdBatch = 100;
constexpr int kJournalBatch = 16;

QJsonValue toJson(const QVariant& v)
{
    if (v.isNull() || !v.isValid())
        return QJsonValue::Null;
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    return QJsonValue::fromVariant(v);
}

QByteArray compactJson(const QJsonObject& o)
{
    return QJsonDocument(o).toJson(QJsonDocument::Compact);
}

QString placeholders(int n)
{
    QString s;
    for (int i = 0; i < n; ++i)
        s += i ? QStringLiteral(",?") : QStringLiteral("?");
    return s;
}
} // namespace

EditService::EditService(Workspace& ws, const Table& table, int round)
    : m_ws(ws)
    , m_table(table)
    , m_round(round)
{
}

QSet<QString> EditService::missingReferences(const Field& field, const QSet<QString>& values) const
{
    QSet<QString> missing;
    if (field.type != FieldType::Reference || values.isEmpty())
        return missing;
    const Table* source = m_ws.catalog().table(field.refTable);
    if (!source)
        return values;
    QSet<QString> found;
    const QStringList all(values.begin(), values.end());
    for (int i = 0; i < all.size(); i += kIdBatch) {
        const QStringList part = all.mid(i, kIdBatch);
        QVariantList binds = {m_round};
        for (const QString& v : part)
            binds.append(v);
        QSqlQuery q(m_ws.db());
        const QString sql
            = QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE \"_round\" = ? AND \"_deleted\" = 0 AND %1 IN (%3)")
                  .arg(SqlDialect::quote(field.refField), SqlDialect::quote(source->sqlName()),
                      placeholders(static_cast<int>(part.size())));
        if (!SqlUtil::exec(m_ws.db(), sql, binds, nullptr, &q))
            return values;
        while (q.next())
            found.insert(q.value(0).toString());
    }
    for (const QString& v : values) {
        if (!found.contains(v))
            missing.insert(v);
    }
    return missing;
}

QSet<QString> EditService::referenceKeys(const Field& field, bool* ok) const
{
    QSet<QString> keys;
    const Table* source = m_ws.catalog().table(field.refTable);
    *ok = source && field.type == FieldType::Reference;
    if (!*ok)
        return keys;
    QSqlQuery q(m_ws.db());
    q.setForwardOnly(true);
    *ok = SqlUtil::exec(m_ws.db(),
        QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE \"_round\" = ? AND \"_deleted\" = 0 AND %1 IS NOT NULL")
            .arg(SqlDialect::quote(field.refField), SqlDialect::quote(source->sqlName())),
        {m_round}, nullptr, &q);
    while (*ok && q.next())
        keys.insert(q.value(0).toString());
    return keys;
}

QHash<int, QString> EditService::checkRow(
    const QVector<QVariant>& values, const QSet<int>& columns, const QHash<int, QSet<QString>>& missing) const
{
    QHash<int, QString> problems;
    for (int c : columns) {
        if (c < 0 || c >= m_table.fields.size())
            continue;
        const Field& f = m_table.fields[c];
        const ParsedValue p = ValueParser::check(m_ws.catalog(), f, c < values.size() ? values[c] : QVariant());
        if (!p.ok) {
            problems.insert(c, p.message);
            continue;
        }
        if (f.type == FieldType::Reference && !p.value.isNull()) {
            const QString v = p.value.toString();
            if (missing.value(c).contains(v))
                problems.insert(c, tr("%1 \"%2\" does not exist in table %3.").arg(f.name, v, f.refTable));
        }
    }
    return problems;
}

bool EditService::checkValue(
    int column, const QVariant& value, QHash<int, QSet<QString>>* referenced, QString* error) const
{
    const Field& f = m_table.fields[column];
    const ParsedValue p = ValueParser::check(m_ws.catalog(), f, value);
    if (!p.ok) {
        *error = tr("Table %1, field %2: %3").arg(m_table.code, f.name, p.message);
        return false;
    }
    if (f.type == FieldType::Reference && !value.isNull())
        (*referenced)[column].insert(value.toString());
    return true;
}

bool EditService::checkReferences(const QHash<int, QSet<QString>>& referenced, QString* error) const
{
    for (auto it = referenced.constBegin(); it != referenced.constEnd(); ++it) {
        const Field& f = m_table.fields[it.key()];
        const QSet<QString> missing = missingReferences(f, it.value());
        if (!missing.isEmpty()) {
            *error = tr("Table %1, field %2: \"%3\" does not exist in table %4.")
                         .arg(m_table.code, f.name, *missing.begin(), f.refTable);
            return false;
        }
    }
    return true;
}

bool EditService::checkStaged(const BulkCellWriter& staged, QString* error, bool newRows) const
{
    // Each value once: a merge stages the same few values in thousands of rows.
    QHash<int, QSet<QString>> referenced;
    return staged.forEachValue(
               [&](int column, const QVariant& value) {
                   // A new row may leave a field empty, as insertRows allows: it is being filled in.
                   if (newRows && value.typeId() == QMetaType::QString && value.toString().isEmpty())
                       return true;
                   return checkValue(column, value, &referenced, error);
               },
               error)
        && checkReferences(referenced, error);
}

EditResult EditService::applyStaged(BulkCellWriter& staged, const QString& reason)
{
    EditResult result;
    Transaction tx(m_ws.db());
    if (!tx.begun(&result.error))
        return result;
    // The columns any staged row changes: what the owners are asked about.
    QVector<int> touched;
    if (!staged.changedColumns(&touched, &result.error))
        return result;
    const auto owners = [this, &touched](const QSet<QString>& departments, QString* error) {
        return guard(departments, touched, error);
    };
    result.ok = staged.write(m_ws.currentUser(), Workspace::now(), reason, owners, &result) && tx.commit(&result.error);
    return result;
}

EditResult EditService::applyCells(const QVector<CellChange>& changes, const QString& reason, bool validate)
{
    EditResult result;
    // 1. Check every value first: one bad value refuses the whole change, so that nothing is
    //    half-written.
    QHash<int, QSet<QString>> referenced;
    for (const CellChange& c : changes) {
        if (c.column < 0 || c.column >= m_table.fields.size()) {
            result.error = tr("Column %1 does not exist in table %2.").arg(c.column).arg(m_table.code);
            return result;
        }
        if (validate && !checkValue(c.column, c.value, &referenced, &result.error))
            return result;
    }
    if (!checkReferences(referenced, &result.error))
        return result;
    // 2. Group per row, keeping the order in which rows were first named.
    QVector<QString> rowOrder;
    QHash<QString, QVector<const CellChange*>> byRow;
    for (const CellChange& c : changes) {
        if (!byRow.contains(c.rowId))
            rowOrder.append(c.rowId);
        byRow[c.rowId].append(&c);
    }
    QSqlDatabase db = m_ws.db();
    const SqlDialect& d = m_ws.dialect();
    const QString table = SqlDialect::quote(m_table.sqlName());
    const QString user = m_ws.currentUser();
    const QString now = Workspace::now();
    Transaction tx(db);
    if (!tx.begun(&result.error))
        return result;
    QVector<int> touched;
    for (const CellChange& c : changes) {
        if (!touched.contains(c.column))
            touched.append(c.column);
    }
    std::sort(touched.begin(), touched.end());
    // Many rows on SQLite: staged and written set by set (see BulkCellWriter), when they change
    // few combinations of columns (a statement pair per combination: a paste of ragged rows,
    // with one per row or so, goes row by row).
    if (sqlite3* handle = NativeSqliteStatement::handleOf(db);
        handle && rowOrder.size() >= BulkCellWriter::threshold() && BulkCellWriter::suits(rowOrder, byRow, touched)) {
        BulkCellWriter bulk(handle, m_table, m_round);
        const auto owners = [this, &touched](const QSet<QString>& departments, QString* error) {
            return guard(departments, touched, error);
        };
        result.ok = bulk.stage(rowOrder, byRow, touched, &result.error)
            && bulk.write(user, now, reason, owners, &result) && tx.commit(&result.error);
        return result;
    }
    // Where each touched column sits in the values read below (only those are read and kept).
    QVector<int> slot(m_table.fields.size(), -1);
    for (int i = 0; i < touched.size(); ++i)
        slot[touched[i]] = i;
    // 3. Read the current state of the rows in batches.
    struct Current
    {
        qint64 seq;
        qint64 version;
        bool deleted;
        QString by;
        QString at;
        QString department;
        QVector<QVariant> values;
    };
    QHash<QString, Current> current;
    QStringList cols;
    for (int column : touched)
        cols.append(SqlDialect::quote(m_table.fields[column].key));
    // On SQLite straight on its handle: Qt's driver turns every column into a QVariant and
    // looks each parameter up, which was most of the time of a merge's hundred thousand rows.
    sqlite3* native = NativeSqliteStatement::handleOf(db);
    std::map<int, std::unique_ptr<NativeSqliteStatement>> nativeReads;
    for (int i = 0; i < rowOrder.size(); i += kIdBatch) {
        const QVector<QString> part = rowOrder.mid(i, kIdBatch);
        const QString sql = QStringLiteral("SELECT \"_id\", \"_version\", \"_deleted\", \"_updated_by\", "
                                           "\"_updated_at\", \"_seq\", \"_dept\", %1 FROM %2 "
                                           "WHERE \"_id\" IN (%3)")
                                .arg(cols.join(QLatin1Char(',')), table, placeholders(static_cast<int>(part.size())));
        if (native) {
            auto& read = nativeReads[static_cast<int>(part.size())];
            if (!read)
                read = std::make_unique<NativeSqliteStatement>(native, sql);
            if (!read->isValid()) {
                result.error = read->errorText();
                return result;
            }
            read->reset();
            for (int k = 0; k < part.size(); ++k)
                read->bind(k, part[k]);
            while (read->next(&result.error)) {
                Current c {read->integer(5), read->integer(1), read->integer(2) != 0, read->text(3), read->text(4),
                    read->text(6), {}};
                c.values.reserve(touched.size());
                for (int k = 0; k < touched.size(); ++k)
                    c.values.append(SqlDialect::fromDatabase(m_table.fields[touched[k]], read->value(7 + k)));
                current.insert(read->text(0), c);
            }
            if (!result.error.isEmpty())
                return result;
            continue;
        }
        QVariantList binds;
        for (const QString& id : part)
            binds.append(id);
        QSqlQuery q(db);
        if (!SqlUtil::exec(db, sql, binds, &result.error, &q))
            return result;
        while (q.next()) {
            Current c {q.value(5).toLongLong(), q.value(1).toLongLong(), q.value(2).toInt() != 0, q.value(3).toString(),
                q.value(4).toString(), q.value(6).toString(), {}};
            c.values.reserve(touched.size());
            for (int k = 0; k < touched.size(); ++k)
                c.values.append(SqlDialect::fromDatabase(m_table.fields[touched[k]], q.value(7 + k)));
            current.insert(q.value(0).toString(), c);
        }
    }
    // The owner of every row may be refused before anything is written.
    QSet<QString> owners;
    for (const Current& c : std::as_const(current))
        owners.insert(c.department);
    if (!guard(owners, touched, &result.error))
        return result;
    result.departments = owners;
    // 4. Write row by row; an UPDATE guarded by the version cannot overwrite a newer row.
    std::map<QString, QSqlQuery> prepared;
    std::unique_ptr<NativeSqliteStatement> nativeUpdate;
    std::unique_ptr<NativeSqliteStatement> nativeJournal;
    QVariantList journal;
    int journalRows = 0;
    // SQLite's driver binds by position at a cost growing with the parameters; PostgreSQL pays a
    // round trip per statement instead.
    const int journalBatch = d.isPostgres() ? 100 : kJournalBatch;
    // Journal rows go in batches through one prepared statement, reused for every full batch.
    QSqlQuery fullJournal(db);
    bool fullJournalReady = false;
    auto flushJournal = [&]() -> bool {
        if (journalRows == 0)
            return true;
        QString sql = QStringLiteral("INSERT INTO cj_journal (at, login, round, table_code, row_id, op, field, "
                                     "old_value, new_value, reason) VALUES ");
        for (int r = 0; r < journalRows; ++r)
            sql += (r ? QStringLiteral(",") : QString()) + QStringLiteral("(?,?,?,?,?,?,?,?,?,?)");
        const bool full = journalRows == journalBatch;
        if (full && !fullJournalReady) {
            fullJournalReady = fullJournal.prepare(sql);
            if (!fullJournalReady) {
                result.error = SqlUtil::describe(fullJournal);
                return false;
            }
        }
        if (full) {
            for (int i = 0; i < journal.size(); ++i)
                fullJournal.bindValue(i, journal.at(i));
            if (!fullJournal.exec()) {
                result.error = tr("Could not write the journal: %1").arg(SqlUtil::describe(fullJournal));
                return false;
            }
        } else if (!SqlUtil::exec(db, sql, journal, &result.error)) {
            return false;
        }
        journal.clear();
        journalRows = 0;
        return true;
    };
    {
        QStringList assigns;
        for (int column : touched)
            assigns.append(SqlDialect::quote(m_table.fields[column].key) + QStringLiteral(" = ?"));
        const QString sql = QStringLiteral(
            "UPDATE %1 SET %2, \"_version\" = \"_version\" + 1, \"_updated_by\" = ?, \"_updated_at\" = ? "
            "WHERE \"_seq\" = ? AND \"_version\" = ?")
                                .arg(table, assigns.join(QStringLiteral(", ")));
        if (native) {
            nativeUpdate = std::make_unique<NativeSqliteStatement>(native, sql);
            nativeJournal = std::make_unique<NativeSqliteStatement>(native,
                QStringLiteral("INSERT INTO cj_journal (at, login, round, table_code, row_id, op, field, old_value, "
                               "new_value, reason) VALUES (?,?,?,?,?,?,?,?,?,?)"));
            if (!nativeUpdate->isValid() || !nativeJournal->isValid()) {
                result.error
                    = tr("Could not save the change to table %1: %2")
                          .arg(m_table.code, (nativeUpdate->isValid() ? nativeJournal : nativeUpdate)->errorText());
                return result;
            }
        } else {
            QSqlQuery q(db);
            if (!q.prepare(sql)) {
                result.error = tr("Could not save the change to table %1: %2").arg(m_table.code, SqlUtil::describe(q));
                return result;
            }
            prepared.emplace(QString(), std::move(q));
        }
    }
    // The rows to write, in batches: on SQLite one UPDATE per row (each a cheap in-process
    // call); on PostgreSQL one UPDATE ... FROM (VALUES ...) per batch, because there every
    // statement is a round trip to the server (a 10,000-row paste was 10,000 of them).
    struct Pending
    {
        QString id;
        qint64 seq = 0;
        qint64 version = 0;
        QMap<int, QVariant> set;
        QVector<QVariant> bound;
        QByteArray oldJson; ///< UTF-8, bound as text as it is
        QByteArray newJson;
        RowUpdate upd;
    };
    QVector<Pending> pending;
    const bool batched = d.isPostgres();
    const int batchRows = batched ? qBound(1, 8000 / (static_cast<int>(touched.size()) + 2), 500) : (native ? 256 : 1);
    std::map<int, std::unique_ptr<NativePgStatement>> batchStatements;
    pg_conn* pg = batched ? NativePgStatement::handleOf(db) : nullptr;
    auto batchStatement = [&](int rows) -> NativePgStatement* {
        auto found = batchStatements.find(rows);
        if (found != batchStatements.end())
            return found->second.get();
        QStringList sets;
        QStringList names = {QStringLiteral("k_seq"), QStringLiteral("k_ver")};
        QStringList casts = {QStringLiteral("CAST(? AS BIGINT)"), QStringLiteral("CAST(? AS BIGINT)")};
        for (int i = 0; i < touched.size(); ++i) {
            const Field& f = m_table.fields[touched[i]];
            sets.append(QStringLiteral("%1 = v.c%2").arg(SqlDialect::quote(f.key)).arg(i));
            names.append(QStringLiteral("c%1").arg(i));
            casts.append(QStringLiteral("CAST(? AS %1)").arg(d.columnType(f)));
        }
        const QString one = QLatin1Char('(') + casts.join(QLatin1Char(',')) + QLatin1Char(')');
        QStringList values;
        for (int r = 0; r < rows; ++r)
            values.append(one);
        auto q = std::make_unique<NativePgStatement>(pg,
            QStringLiteral(
                "UPDATE %1 AS t SET %2, \"_version\" = t.\"_version\" + 1, \"_updated_by\" = ?, \"_updated_at\" = ? "
                "FROM (VALUES %3) AS v(%4) WHERE t.\"_seq\" = v.k_seq AND t.\"_version\" = v.k_ver RETURNING "
                "t.\"_seq\"")
                .arg(table, sets.join(QStringLiteral(", ")), values.join(QLatin1Char(',')),
                    names.join(QLatin1Char(','))));
        if (!q->isValid()) {
            result.error = tr("Could not save the change to table %1: %2").arg(m_table.code, q->errorText());
            return nullptr;
        }
        return batchStatements.emplace(rows, std::move(q)).first->second.get();
    };
    // Writes the pending rows; those whose version moved on meanwhile are conflicts.
    auto writePending = [&]() -> bool {
        if (pending.isEmpty())
            return true;
        QSet<qint64> written;
        if (batched) {
            NativePgStatement* q = batchStatement(static_cast<int>(pending.size()));
            if (!q)
                return false;
            // In the statement's order: _updated_by and _updated_at, then the rows.
            int b = 0;
            q->bind(b++, user);
            q->bind(b++, now);
            for (const Pending& p : std::as_const(pending)) {
                q->bind(b++, p.seq);
                q->bind(b++, p.version);
                for (const QVariant& v : p.bound)
                    q->bind(b++, v);
            }
            QString failure;
            if (!q->exec(&failure)) {
                result.error = tr("Could not save the change to table %1: %2").arg(m_table.code, failure);
                return false;
            }
            for (int r = 0; r < q->rows(); ++r)
                written.insert(q->value(r, 0).toLongLong());
        } else if (native) {
            for (const Pending& p : std::as_const(pending)) {
                int b = 0;
                for (const QVariant& v : p.bound)
                    nativeUpdate->bind(b++, v);
                nativeUpdate->bind(b++, user);
                nativeUpdate->bind(b++, now);
                nativeUpdate->bind(b++, p.seq);
                nativeUpdate->bind(b++, p.version);
                QString failure;
                if (!nativeUpdate->step(&failure)) {
                    result.error = tr("Could not save the change to table %1: %2").arg(m_table.code, failure);
                    return false;
                }
                if (nativeUpdate->changes() == 1)
                    written.insert(p.seq);
            }
        } else {
            QSqlQuery& q = prepared.at(QString());
            for (const Pending& p : std::as_const(pending)) {
                int b = 0;
                for (const QVariant& v : p.bound)
                    q.bindValue(b++, v);
                q.bindValue(b++, user);
                q.bindValue(b++, now);
                q.bindValue(b++, p.seq); // the row's integer key: the cheapest lookup there is
                q.bindValue(b++, p.version);
                if (!q.exec()) {
                    result.error
                        = tr("Could not save the change to table %1: %2").arg(m_table.code, SqlUtil::describe(q));
                    return false;
                }
                if (q.numRowsAffected() == 1)
                    written.insert(p.seq);
            }
        }
        for (Pending& p : pending) {
            if (!written.contains(p.seq)) {
                for (auto v = p.set.constBegin(); v != p.set.constEnd(); ++v)
                    result.conflicts.append({p.id, v.key(), v.value(), QVariant(), QString(), QString(), false});
                continue;
            }
            const QVariantList entry {now, user, m_round, m_table.code, p.id, QStringLiteral("update"),
                p.set.size() == 1 ? QVariant(m_table.fields[p.set.firstKey()].key) : QVariant(),
                native ? QVariant(p.oldJson) : QVariant(QString::fromUtf8(p.oldJson)),
                native ? QVariant(p.newJson) : QVariant(QString::fromUtf8(p.newJson)),
                reason.isEmpty() ? QVariant() : QVariant(reason)};
            if (native) {
                for (int b = 0; b < entry.size(); ++b)
                    nativeJournal->bind(b, entry[b]);
                QString failure;
                if (!nativeJournal->step(&failure)) {
                    result.error = tr("Could not write the journal: %1").arg(failure);
                    return false;
                }
            } else {
                journal << entry;
                if (++journalRows >= journalBatch && !flushJournal())
                    return false;
            }
            result.cells += p.set.size();
            result.updated.append(std::move(p.upd));
        }
        pending.clear();
        return true;
    };
    for (const QString& id : rowOrder) {
        const QVector<const CellChange*>& list = byRow[id];
        auto it = current.constFind(id);
        if (it == current.constEnd() || it->deleted || it->version != list.first()->expectedVersion) {
            for (const CellChange* c : list) {
                EditConflict conflict;
                conflict.rowId = id;
                conflict.column = c->column;
                conflict.mine = c->value;
                if (it != current.constEnd()) {
                    conflict.theirs = it->values.value(slot[c->column]);
                    conflict.theirUser = it->by;
                    conflict.theirTime = it->at;
                    conflict.deleted = it->deleted;
                } else {
                    conflict.deleted = true;
                }
                result.conflicts.append(conflict);
            }
            continue;
        }
        // The last change of a column wins within one call (a paste over a fill).
        QMap<int, QVariant> set;
        for (const CellChange* c : list)
            set.insert(c->column, c->value);
        // One UPDATE shape for the whole call (every column any row changes; unchanged ones get
        // their current value): a statement per combination of changed columns cost a prepare
        // and tens of kilobytes each, thousands of them on a large paste.
        Pending p;
        p.id = id;
        p.seq = it->seq;
        p.version = it->version;
        p.set = set;
        p.upd.rowId = id;
        p.upd.version = it->version + 1;
        QJsonObject oldJson;
        QJsonObject newJson;
        for (int column : touched) {
            const Field& f = m_table.fields[column];
            auto v = set.constFind(column);
            if (v == set.constEnd()) {
                p.bound.append(d.toDatabase(f, it->values.value(slot[column])));
                continue;
            }
            p.bound.append(d.toDatabase(f, v.value()));
            oldJson.insert(f.key, toJson(it->values.value(slot[column])));
            newJson.insert(f.key, toJson(v.value()));
            p.upd.values.insert(column, v.value());
        }
        p.oldJson = compactJson(oldJson);
        p.newJson = compactJson(newJson);
        pending.append(std::move(p));
        if (pending.size() >= batchRows && !writePending())
            return result;
    }
    if (!writePending())
        return result;
    if (!flushJournal() || !tx.commit(&result.error))
        return result;
    result.ok = true;
    return result;
}

bool EditService::insertRows(const QString& department, const QVector<QVector<QVariant>>& rows, QVector<QString>* ids,
    QString* error, const QString& reason, bool validate)
{
    QSet<int> all;
    for (int c = 0; c < m_table.fields.size(); ++c)
        all.insert(c);
    // The source tables are asked once for every row's references (a merge adds thousands).
    QHash<int, QSet<QString>> missing;
    for (int c = 0; validate && c < m_table.fields.size(); ++c) {
        const Field& f = m_table.fields[c];
        if (f.type != FieldType::Reference)
            continue;
        QSet<QString> values;
        for (const QVector<QVariant>& row : rows) {
            const ParsedValue p = ValueParser::check(m_ws.catalog(), f, c < row.size() ? row[c] : QVariant());
            if (p.ok && !p.value.isNull())
                values.insert(p.value.toString());
        }
        missing.insert(c, missingReferences(f, values));
    }
    // Required fields may be empty in a new row (it is being filled in); every other rule holds.
    for (int r = 0; validate && r < rows.size(); ++r) {
        QHash<int, QString> problems = checkRow(rows[r], all, missing);
        for (auto it = problems.begin(); it != problems.end();) {
            const QVariant v = it.key() < rows[r].size() ? rows[r][it.key()] : QVariant();
            if (v.isNull() || !v.isValid() || (v.typeId() == QMetaType::QString && v.toString().isEmpty()))
                it = problems.erase(it);
            else
                ++it;
        }
        if (!problems.isEmpty()) {
            if (error)
                *error = tr("Table %1, new row %2, field %3: %4")
                             .arg(m_table.code)
                             .arg(r + 1)
                             .arg(m_table.fields[problems.begin().key()].name, problems.begin().value());
            return false;
        }
    }
    if (!guard({department}, allColumns(), error))
        return false;
    Transaction tx(m_ws.db());
    if (!tx.begun(error))
        return false;
    RowInserter ins(m_ws, m_table, m_round);
    ins.setReason(reason);
    const QVector<QString> given = ids ? *ids : QVector<QString>();
    int next = 0;
    if (!given.isEmpty())
        ins.setIdSource([&given, &next] { return given.value(next++); });
    QVector<QString> made;
    for (const QVector<QVariant>& r : rows)
        made.append(ins.add(department, r));
    if (!ins.flush(error) || !tx.commit(error))
        return false;
    if (ids)
        *ids = made;
    return true;
}

EditResult EditService::setDeleted(const QVector<QPair<QString, qint64>>& rows, bool deleted, const QString& reason)
{
    EditResult result;
    QSqlDatabase db = m_ws.db();
    const QString user = m_ws.currentUser();
    const QString now = Workspace::now();
    Transaction tx(db);
    if (!tx.begun(&result.error))
        return result;
    for (int i = 0; i < rows.size(); i += kIdBatch) {
        QVariantList binds;
        for (int k = i; k < qMin(i + kIdBatch, static_cast<int>(rows.size())); ++k)
            binds.append(rows[k].first);
        QSqlQuery owners(db);
        if (!SqlUtil::exec(db,
                QStringLiteral("SELECT DISTINCT \"_dept\" FROM %1 WHERE \"_id\" IN (%2)")
                    .arg(SqlDialect::quote(m_table.sqlName()), placeholders(static_cast<int>(binds.size()))),
                binds, &result.error, &owners))
            return result;
        while (owners.next())
            result.departments.insert(owners.value(0).toString());
    }
    if (!guard(result.departments, allColumns(), &result.error))
        return result;
    QSqlQuery q(db);
    q.prepare(QStringLiteral("UPDATE %1 SET \"_deleted\" = ?, \"_version\" = \"_version\" + 1, \"_updated_by\" = ?, "
                             "\"_updated_at\" = ? WHERE \"_id\" = ? AND \"_version\" = ? AND \"_deleted\" = ?")
                  .arg(SqlDialect::quote(m_table.sqlName())));
    QSqlQuery j(db);
    j.prepare(QStringLiteral(
        "INSERT INTO cj_journal (at, login, round, table_code, row_id, op, reason) VALUES (?,?,?,?,?,?,?)"));
    for (const auto& [id, version] : rows) {
        q.bindValue(0, deleted ? 1 : 0);
        q.bindValue(1, user);
        q.bindValue(2, now);
        q.bindValue(3, id);
        q.bindValue(4, version);
        q.bindValue(5, deleted ? 0 : 1);
        if (!q.exec()) {
            result.error = tr("Could not delete rows of table %1: %2").arg(m_table.code, SqlUtil::describe(q));
            return result;
        }
        if (q.numRowsAffected() != 1) {
            EditConflict c;
            c.rowId = id;
            c.deleted = deleted;
            result.conflicts.append(c);
            continue;
        }
        j.bindValue(0, now);
        j.bindValue(1, user);
        j.bindValue(2, m_round);
        j.bindValue(3, m_table.code);
        j.bindValue(4, id);
        j.bindValue(5, deleted ? QStringLiteral("delete") : QStringLiteral("restore"));
        j.bindValue(6, reason.isEmpty() ? QVariant() : QVariant(reason));
        if (!j.exec()) {
            result.error = SqlUtil::describe(j);
            return result;
        }
        RowUpdate u;
        u.rowId = id;
        u.version = version + 1;
        result.updated.append(u);
    }
    if (!tx.commit(&result.error))
        return result;
    result.ok = true;
    return result;
}

QVector<int> EditService::allColumns() const
{
    QVector<int> all(m_table.fields.size());
    std::iota(all.begin(), all.end(), 0);
    return all;
}

bool EditService::guard(const QSet<QString>& departments, const QVector<int>& columns, QString* error) const
{
    if (!m_guard)
        return true;
    for (const QString& d : departments) {
        const QString refused = m_guard(d, columns);
        if (!refused.isEmpty()) {
            if (error)
                *error = refused;
            return false;
        }
    }
    return true;
}

QVector<QPair<QString, qint64>> EditService::usages(const QString& keyField, const QString& value) const
{
    QVector<QPair<QString, qint64>> out;
    for (const Table& t : m_ws.catalog().tables) {
        for (const Field& f : t.fields) {
            if (f.type != FieldType::Reference || f.refTable != m_table.code || f.refField != keyField)
                continue;
            const qint64 n = SqlUtil::scalar(m_ws.db(),
                QStringLiteral("SELECT COUNT(*) FROM %1 WHERE \"_round\" = ? AND \"_deleted\" = 0 AND %2 = ?")
                    .arg(SqlDialect::quote(t.sqlName()), SqlDialect::quote(f.key)),
                {m_round, value})
                                 .toLongLong();
            if (n > 0)
                out.append({t.code, n});
        }
    }
    return out;
}

} // namespace caiji
