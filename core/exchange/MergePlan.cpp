#include "MergePlan.h"

#include "TableMerger.h"

#include "../storage/NativeSqliteStatement.h"
#include "../storage/SqlDialect.h"
#include "../storage/SqlUtil.h"
#include "../storage/SqliteImage.h"
#include "../storage/StoredValue.h"
#include "../storage/Workspace.h"
#include "../workflow/Assignments.h"
#include "../write/BulkCellWriter.h"

#include <QScopeGuard>
#include <QSet>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

#include <sqlite3.h>

namespace caiji {

QString MergeConflict::key() const
{
    // The three values too: a decision stands for the difference the office saw; when any side
    // changes since, the conflict is new and asked again.
    return QStringList {table, rowId, field, kind, base, master, package}.join(QLatin1Char('|'));
}

QString MergeConflict::kindDisplayName(const QString& kind)
{
    if (kind == QLatin1String("field"))
        return MergePlan::tr("changed on both sides");
    if (kind == QLatin1String("delete"))
        return MergePlan::tr("deleted on one side, changed on the other");
    if (kind == QLatin1String("duplicate"))
        return MergePlan::tr("the same key twice");
    if (kind == QLatin1String("accepted"))
        return MergePlan::tr("change to an accepted task");
    if (kind == QLatin1String("unknown-base"))
        return MergePlan::tr("unknown base");
    if (kind == QLatin1String("not-owned"))
        return MergePlan::tr("another department's row");
    return kind;
}

namespace {

bool acceptedOrBeyond(const QString& state)
{
    TaskState s = TaskState::NotStarted;
    taskStateFromString(state, &s);
    return s == TaskState::Accepted || s == TaskState::Merged || s == TaskState::Approved || s == TaskState::Reported;
}

/// A row of the department the package changed since the base, as one query over both files
/// gives it: only the fields whose value differs are converted.
struct ChangedRow
{
    QString id;
    bool inBase = false;
    qint64 baseVersion = 0;
    bool baseDeleted = false;
    bool deleted = false;
    QVector<int> columns; ///< the fields that differ from the base
    QVector<QVariant> values; ///< the package's values of those fields, canonical
};

NativeSqliteStatement* prepare(
    const PackageFile& package, const QString& sql, std::unique_ptr<NativeSqliteStatement>* holder, QString* error)
{
    *holder = std::make_unique<NativeSqliteStatement>(NativeSqliteStatement::handleOf(package.db()), sql);
    if (!(*holder)->isValid()) {
        if (error)
            *error = (*holder)->errorText();
        return nullptr;
    }
    return holder->get();
}

/// The department's rows whose version moved in the package (a row's version moves with
/// every change, a deletion too), compared field by field with the base in the same query.
/// A row keeps its _seq from the base (the package is the base's copy; VACUUM INTO keeps an
/// INTEGER PRIMARY KEY), so the base's row is found by rowid, its id checked too; a row found
/// otherwise is taken for one added and merged the careful way, by id.
bool changedRows(
    const PackageFile& package, const Table& t, const QString& department, QVector<ChangedRow>* out, QString* error)
{
    const QString name = SqlDialect::quote(t.sqlName());
    QStringList cols;
    for (const Field& f : t.fields)
        cols << QStringLiteral("p.") + SqlDialect::quote(f.key) << QStringLiteral("b.") + SqlDialect::quote(f.key);
    std::unique_ptr<NativeSqliteStatement> holder;
    NativeSqliteStatement* q = prepare(package,
        QStringLiteral(
            "SELECT p.\"_id\", p.\"_deleted\", b.\"_id\" IS NOT NULL, b.\"_version\", b.\"_deleted\"%1 "
            "FROM main.%2 AS p LEFT JOIN base.%2 AS b ON b.\"_seq\" = p.\"_seq\" AND b.\"_id\" = p.\"_id\" "
            "AND b.\"_round\" = p.\"_round\" AND b.\"_dept\" = p.\"_dept\" WHERE p.\"_round\" = ? AND p.\"_dept\" = ? "
            "AND (b.\"_id\" IS NULL OR b.\"_version\" IS NOT p.\"_version\")")
            .arg(cols.isEmpty() ? QString() : QStringLiteral(", ") + cols.join(QLatin1Char(',')), name),
        &holder, error);
    if (!q)
        return false;
    q->bind(0, package.manifest().round);
    q->bind(1, department);
    constexpr int kMeta = 5;
    QString failure;
    while (q->next(&failure)) {
        ChangedRow r;
        r.id = q->text(0);
        r.deleted = q->integer(1) != 0;
        r.inBase = q->integer(2) != 0;
        r.baseVersion = q->integer(3);
        r.baseDeleted = q->integer(4) != 0;
        for (int c = 0; c < t.fields.size(); ++c) {
            const int at = kMeta + 2 * c;
            if (r.inBase && q->same(at, at + 1))
                continue;
            QVariant value;
            if (!StoredValue::read(t, c, q->value(at), &value, error))
                return false;
            r.columns.append(c);
            r.values.append(value);
        }
        out->append(r);
    }
    if (!failure.isEmpty() && error)
        *error = failure;
    return failure.isEmpty();
}

/// The key text (keyTextOf) of each of the department's live rows in the master → the row's id: only the key fields are
/// read, to find a key a package adds again.
bool masterKeys(Workspace& master, const Table& t, int round, const QString& department, QHash<QString, QString>* out,
    QString* error)
{
    QStringList cols {QStringLiteral("\"_id\"")};
    QVector<int> at;
    for (const QString& k : t.keys) {
        const int c = t.fieldIndex(k);
        if (c < 0)
            continue;
        at.append(c);
        cols.append(SqlDialect::quote(k));
    }
    QSqlQuery q(master.db());
    q.setForwardOnly(true);
    if (!SqlUtil::exec(master.db(),
            QStringLiteral("SELECT %1 FROM %2 WHERE \"_round\" = ? AND \"_dept\" = ? AND \"_deleted\" = 0")
                .arg(cols.join(QLatin1Char(',')), SqlDialect::quote(t.sqlName())),
            {round, department}, error, &q))
        return false;
    QVector<QVariant> values(t.fields.size());
    while (q.next()) {
        for (int i = 0; i < at.size(); ++i)
            values[at[i]] = SqlDialect::fromDatabase(t.fields[at[i]], q.value(1 + i));
        out->insert(TableMerger::keyTextOf(t, values), q.value(0).toString());
    }
    return true;
}

/// The version of each of the department's rows in the master.
bool masterVersions(Workspace& master, const Table& t, int round, const QString& department,
    QHash<QString, qint64>* out, QString* error)
{
    const QString sql = QStringLiteral("SELECT \"_id\", \"_version\" FROM %1 WHERE \"_round\" = ? AND \"_dept\" = ?")
                            .arg(SqlDialect::quote(t.sqlName()));
    if (sqlite3* handle = NativeSqliteStatement::handleOf(master.db())) {
        NativeSqliteStatement q(handle, sql);
        if (!q.isValid()) {
            if (error)
                *error = q.errorText();
            return false;
        }
        q.bind(0, round);
        q.bind(1, department);
        QString failure;
        while (q.next(&failure))
            out->insert(q.text(0), q.integer(1));
        if (!failure.isEmpty() && error)
            *error = failure;
        return failure.isEmpty();
    }
    QSqlQuery q(master.db());
    q.setForwardOnly(true);
    if (!SqlUtil::exec(master.db(), sql, {round, department}, error, &q))
        return false;
    while (q.next())
        out->insert(q.value(0).toString(), q.value(1).toLongLong());
    return true;
}

/// The temporary table the rows of table `t` are compared into: WriteGateway::applyCellTable
/// writes from it as it is. One per table, with a value column per field and no more (a column
/// more is a byte more in every row: with one for each of 62 possible fields, 6-1-2-1's
/// comparison took 110 ms instead of 85). Named with its width too: a catalog installed while the
/// connection is open may give the table more fields.
QString rowsTable(const Table& t, const QString& suffix = QString())
{
    return QStringLiteral("temp.\"cj_merge_%1_%2%3\"").arg(t.sqlName()).arg(t.fields.size()).arg(suffix);
}

/// The rows of `rows` (splitChanged's comparison) the package added, live, that the master has
/// under no id, move to a table of their own for WriteGateway::insertRowTable (`moved`: how many
/// left `rows`): the comparison holds every value of theirs (the base has none to compare with).
/// One whose key is a live row of the department's already is a conflict: it goes to the careful
/// rows.
bool splitAdded(Workspace& master, const Table& t, int round, const QString& department, const QString& rows,
    TableMerge* plain, QSet<QString>* careful, bool* adds, qint64* moved, QString* error)
{
    sqlite3* db = NativeSqliteStatement::handleOf(master.db());
    const QString added = rowsTable(t, QStringLiteral("_add"));
    auto run = [db, error](const QString& sql) {
        NativeSqliteStatement q(db, sql);
        QString failure = q.isValid() ? QString() : q.errorText();
        if (q.isValid())
            q.step(&failure);
        if (!failure.isEmpty() && error)
            *error = failure;
        return failure.isEmpty() ? static_cast<qint64>(q.changes()) : -1;
    };
    if (run(QStringLiteral("CREATE TABLE IF NOT EXISTS %1 AS SELECT * FROM %2 WHERE 0").arg(added, rows)) < 0
        || run(QStringLiteral("DELETE FROM %1").arg(added)) < 0)
        return false;
    *moved = run(QStringLiteral("INSERT INTO %1 SELECT * FROM %2 AS r WHERE r.added = 1 AND r.seq IS NULL "
                                "AND NOT EXISTS (SELECT 1 FROM main.%3 WHERE \"_id\" = r.id)")
                     .arg(added, rows, SqlDialect::quote(t.sqlName())));
    if (*moved < 0
        || run(QStringLiteral("DELETE FROM %1 WHERE added = 1 AND seq IS NULL AND id IN (SELECT id FROM %2)")
                   .arg(rows, added))
            < 0)
        return false;
    qint64 duplicates = 0;
    if (*moved > 0 && !t.keys.isEmpty()) {
        QHash<QString, QString> keys;
        if (!masterKeys(master, t, round, department, &keys, error))
            return false;
        QStringList columns;
        QVector<int> at;
        for (const QString& k : t.keys) {
            at.append(t.fieldIndex(k));
            columns.append(QStringLiteral("c%1").arg(at.last()));
        }
        QVector<qint64> again;
        {
            NativeSqliteStatement q(
                db, QStringLiteral("SELECT rowid, id, %1 FROM %2").arg(columns.join(QLatin1Char(',')), added));
            QString failure = q.isValid() ? QString() : q.errorText();
            QVector<QVariant> values(t.fields.size());
            while (failure.isEmpty() && q.next(&failure)) {
                for (int i = 0; i < at.size(); ++i) {
                    if (!StoredValue::read(t, at[i], q.value(2 + i), &values[at[i]], &failure))
                        break;
                }
                if (failure.isEmpty() && keys.contains(TableMerger::keyTextOf(t, values))) {
                    again.append(q.integer(0));
                    careful->insert(q.text(1));
                }
            }
            if (!failure.isEmpty()) {
                if (error)
                    *error = failure;
                return false;
            }
        }
        for (const qint64 row : std::as_const(again)) {
            if (run(QStringLiteral("DELETE FROM %1 WHERE rowid = %2").arg(added).arg(row)) < 0)
                return false;
        }
        duplicates = again.size();
        *adds = *adds || duplicates > 0;
    }
    plain->addRows = *moved - duplicates;
    if (plain->addRows > 0)
        plain->addTable = added;
    return true;
}

/// With the package and its base attached to the master's connection: the department's rows the
/// package changed since the base, compared field by field in one statement and kept in a
/// temporary table of the table's own (rowsTable; MergePlan::release empties it). A row the master
/// still holds as the base had it (the same version), live on all three sides, is left to SQL:
/// `plain` gets the table that WriteGateway::applyCellTable writes its changed fields from, and
/// the one of the rows only the package added (splitAdded). Every other row is listed in
/// `careful` (and taken out of the table). Rows are found by their
/// _seq in all three files (a package is its workspace's copy), their id checked too: a row
/// found otherwise goes the careful way, by id.
bool splitChanged(Workspace& master, const AttachedPackage& at, const Table& t, int round, const QString& department,
    TableMerge* plain, QSet<QString>* careful, bool* adds, QString* error)
{
    sqlite3* db = NativeSqliteStatement::handleOf(master.db());
    const QString rows = rowsTable(t);
    auto prepared = [error](NativeSqliteStatement& q) {
        if (!q.isValid() && error)
            *error = q.errorText();
        return q.isValid();
    };
    auto run = [&prepared, error](NativeSqliteStatement& q, const QVariantList& binds) {
        if (!prepared(q))
            return false;
        for (int i = 0; i < binds.size(); ++i)
            q.bind(i, binds[i]);
        QString failure;
        if (!q.step(&failure)) {
            if (error)
                *error = failure;
            return false;
        }
        return true;
    };
    QStringList columns;
    for (int c = 0; c < t.fields.size(); ++c)
        columns.append(QStringLiteral("c%1").arg(c));
    {
        // Kept for the connection and emptied after each use (SQLite refuses to drop a table while
        // a statement of the connection is open); emptied here too, should a merge have stopped
        // before letting go of it.
        NativeSqliteStatement create(db,
            QStringLiteral("CREATE TABLE IF NOT EXISTS %1 (taken INTEGER, added INTEGER, id TEXT, seq INTEGER, "
                           "version INTEGER, mask INTEGER, %2)")
                .arg(rows, columns.isEmpty() ? QStringLiteral("c0") : columns.join(QLatin1Char(','))));
        if (!run(create, {}))
            return false;
        NativeSqliteStatement empty(db, QStringLiteral("DELETE FROM %1").arg(rows));
        if (!run(empty, {}))
            return false;
    }
    const QString name = SqlDialect::quote(t.sqlName());
    QStringList mask;
    QStringList values;
    for (int c = 0; c < t.fields.size(); ++c) {
        const QString f = SqlDialect::quote(t.fields[c].key);
        const QString differs = QStringLiteral("(p.%1 IS NOT b.%1)").arg(f);
        mask.append(QStringLiteral("(%1 << %2)").arg(differs).arg(c));
        values.append(QStringLiteral("CASE WHEN %1 THEN p.%2 END").arg(differs, f));
    }
    // The version the master holds (the base's): a row changed meanwhile is a conflict there.
    NativeSqliteStatement compare(db,
        QStringLiteral(
            "INSERT INTO %1 (taken, added, id, seq, version, mask%2) SELECT b.\"_id\" IS NOT NULL AND "
            "m.\"_version\" = b.\"_version\" AND p.\"_deleted\" = 0 AND b.\"_deleted\" = 0, (b.\"_id\" IS NULL) * "
            "(1 + (p.\"_deleted\" <> 0)), "
            "p.\"_id\", m.\"_seq\", m.\"_version\", %3%4 FROM \"%5\".%7 AS p LEFT JOIN \"%6\".%7 AS b ON "
            "b.\"_seq\" = p.\"_seq\" AND b.\"_id\" = p.\"_id\" AND b.\"_round\" = p.\"_round\" AND b.\"_dept\" = "
            "p.\"_dept\" LEFT JOIN main.%7 AS m ON m.\"_seq\" = p.\"_seq\" AND m.\"_id\" = p.\"_id\" AND "
            "m.\"_round\" = p.\"_round\" AND m.\"_dept\" = p.\"_dept\" WHERE p.\"_round\" = ? AND p.\"_dept\" = ? "
            "AND (b.\"_id\" IS NULL OR b.\"_version\" IS NOT p.\"_version\")")
            .arg(rows, values.isEmpty() ? QString() : QStringLiteral(", ") + columns.join(QLatin1Char(',')),
                mask.isEmpty() ? QStringLiteral("0") : mask.join(QLatin1Char('|')),
                values.isEmpty() ? QString() : QStringLiteral(", ") + values.join(QLatin1Char(',')), at.package,
                at.base, name));
    if (!run(compare, {round, department}))
        return false;
    // (Counted first: the connection counts the changes of its latest statement.)
    qint64 compared = compare.changes();
    qint64 moved = 0;
    if (!splitAdded(master, t, round, department, rows, plain, careful, adds, &moved, error))
        return false;
    compared -= moved;
    // The careful rows leave the table (taken is 0, or null for a row the master no longer has),
    // and so do rows that change nothing (a version moved without a value): what stays is
    // written as it is.
    NativeSqliteStatement q(db, QStringLiteral("SELECT added, id FROM %1 WHERE COALESCE(taken, 0) = 0").arg(rows));
    if (!prepared(q))
        return false;
    QString failure;
    while (q.next(&failure)) {
        careful->insert(q.text(1));
        *adds = *adds || q.integer(0) != 0;
    }
    if (!failure.isEmpty()) {
        if (error)
            *error = failure;
        return false;
    }
    NativeSqliteStatement drop(db, QStringLiteral("DELETE FROM %1 WHERE COALESCE(taken, 0) = 0 OR mask = 0").arg(rows));
    if (!run(drop, {}))
        return false;
    plain->takeRows = compared - drop.changes();
    if (plain->takeRows > 0)
        plain->takeTable = rows;
    return true;
}

/// The conflicts of rows of other departments the package added or changed (they travel to
/// be read only), found on a connection of their own so that a worker looks for them while the
/// department's own tables are compared.
struct OthersChanged
{
    QVector<MergeConflict> open;
    QVector<MergeConflict> all;
    QString error;
};

OthersChanged othersChanged(const QByteArray& package, const QByteArray& base, const QVector<const Table*>& tables,
    int round, const QString& department, const QHash<QString, Resolution>& decided)
{
    OthersChanged out;
    sqlite3* db = SqliteImage::open(package, &out.error);
    const auto close = qScopeGuard([&db] { sqlite3_close(db); });
    if (!db || !SqliteImage::attach(db, QStringLiteral("base"), base, &out.error))
        return out;
    for (const Table* t : tables) {
        NativeSqliteStatement q(db,
            QStringLiteral(
                "SELECT p.\"_id\", b.\"_id\" IS NULL FROM main.%1 AS p LEFT JOIN base.%1 AS b ON b.\"_seq\" = "
                "p.\"_seq\" AND b.\"_id\" = p.\"_id\" AND b.\"_dept\" <> ?2 WHERE p.\"_round\" = ?1 AND "
                "p.\"_dept\" <> ?2 AND (b.\"_id\" IS NULL OR b.\"_version\" IS NOT p.\"_version\")")
                .arg(SqlDialect::quote(t->sqlName())));
        if (!q.isValid()) {
            out.error = q.errorText();
            return out;
        }
        q.bind(0, round);
        q.bind(1, department);
        while (q.next(&out.error)) {
            MergeConflict c;
            c.table = t->code;
            c.rowId = q.text(0);
            c.kind = QStringLiteral("not-owned");
            c.package = q.integer(1) != 0 ? MergePlan::tr("a row added") : MergePlan::tr("a row changed");
            out.all.append(c);
            if (!decided.contains(c.key()))
                out.open.append(c);
        }
        if (!out.error.isEmpty())
            return out;
    }
    return out;
}

void append(TableMerge* to, const TableMerge& from)
{
    to->insertIds += from.insertIds;
    to->inserts += from.inserts;
    to->cells += from.cells;
    to->deletes += from.deletes;
    to->restores += from.restores;
}
} // namespace

void MergePlan::release(Workspace& master)
{
    // Emptied, not dropped: SQLite refuses to drop a table while a statement of the connection
    // is open, and they are made again at the next merge anyway. Those written are empty already.
    sqlite3* db = NativeSqliteStatement::handleOf(master.db());
    if (!db)
        return;
    QStringList tables;
    {
        NativeSqliteStatement q(db,
            QStringLiteral("SELECT name FROM temp.sqlite_master WHERE type = 'table' AND name GLOB 'cj_merge_t_*'"));
        QString ignored;
        while (q.isValid() && q.next(&ignored))
            tables.append(q.text(0));
    }
    for (const QString& t : std::as_const(tables)) {
        NativeSqliteStatement empty(db, QStringLiteral("DELETE FROM temp.%1").arg(SqlDialect::quote(t)));
        QString ignored;
        if (empty.isValid())
            empty.step(&ignored);
    }
}

bool MergePlan::compute(Workspace& master, const PackageFile* base, PackageFile& package,
    const QHash<QString, Resolution>& decided, QVector<TableMerge>* writes, QVector<MergeConflict>* open,
    QVector<MergeConflict>* all, QString* error, const std::function<bool(int, int)>& tick,
    const AttachedPackage* attached)
{
    const PackageManifest& m = package.manifest();
    QHash<QString, QString> masterStates;
    for (const Assignment& a : Assignments(master).all(m.round, error)) {
        if (a.department == m.department)
            masterStates.insert(a.tableCode, taskStateToString(a.state));
    }
    // Rows of other departments travel in a package by their keys and names only, to be read:
    // one the package changed or added is not the department's to change. Listed for the office
    // (first), never written.
    QFuture<OthersChanged> others;
    if (base) {
        QVector<const Table*> all;
        for (const Table& t : master.catalog().tables)
            all.append(&t);
        others = QtConcurrent::run(&othersChanged, package.image(), base->image(), all, m.round, m.department, decided);
    }
    // Waited for however the comparison below ends: the worker reads what the caller owns.
    const auto join = qScopeGuard([&others] { others.waitForFinished(); });
    QVector<MergeConflict> ownOpen;
    QVector<MergeConflict> ownAll;
    // The tables the workspace assigned to the department, not those its file says it has.
    QStringList tables = masterStates.keys();
    std::sort(tables.begin(), tables.end());
    for (int i = 0; i < tables.size(); ++i) {
        if (tick && !tick(i, static_cast<int>(tables.size())))
            return false; // stopped: the caller says why
        const Table* t = master.catalog().table(tables[i]);
        if (!t || t->isReadOnlyKind())
            continue; // summaries are computed from the merged details
        const QString& code = tables[i];
        const bool accepted = acceptedOrBeyond(masterStates.value(code));
        TableMerge plain;
        plain.table = t;
        // The rows to merge one by one with all three sides read whole: every row without a
        // base; with one, the rows the master changed too, an accepted task's, and added rows
        // (on the workspace's own connection only those whose key the department has already).
        QSet<QString> careful;
        bool adds = !base;
        if (!base) {
            QHash<QString, qint64> after;
            if (!package.versions(*t, m.department, &after, error))
                return false;
            for (auto it = after.constBegin(); it != after.constEnd(); ++it)
                careful.insert(it.key());
        } else if (attached && !accepted && t->fields.size() <= BulkCellWriter::kMaxColumns) {
            if (!splitChanged(master, *attached, *t, m.round, m.department, &plain, &careful, &adds, error))
                return false;
        } else {
            QVector<ChangedRow> changed;
            QHash<QString, qint64> mine;
            // The base is read beside the package on the package's connection only this way
            // (attaching it costs reading its schema again).
            if (!package.attachBase(*base, error) || !changedRows(package, *t, m.department, &changed, error))
                return false;
            if (changed.isEmpty())
                continue;
            if (!masterVersions(master, *t, m.round, m.department, &mine, error))
                return false;
            // A row the master still holds as the base had it (the same version) takes the
            // package's changes as they are: nothing to compare, nothing to decide.
            for (const ChangedRow& r : std::as_const(changed)) {
                const auto now = mine.constFind(r.id);
                if (accepted || !r.inBase || now == mine.constEnd() || *now != r.baseVersion) {
                    careful.insert(r.id);
                    adds = adds || !r.inBase;
                    continue;
                }
                if (r.deleted != r.baseDeleted)
                    (r.deleted ? plain.deletes : plain.restores).append({r.id, *now});
                if (r.deleted)
                    continue; // a row that ends deleted takes no changes of its fields
                for (int i = 0; i < r.columns.size(); ++i)
                    plain.cells.append({r.id, *now, r.columns[i], r.values[i]});
            }
        }
        if (!careful.isEmpty()) {
            // The master's rows the package changed; and when it adds rows to a keyed table, the
            // keys of every live row (a key added twice is found among them all).
            const bool keyedAdds = adds && !t->keys.isEmpty();
            QHash<QString, QString> keys;
            RowMap b;
            RowMap p;
            RowMap mine;
            if ((base && !base->rows(*t, m.department, &b, error, &careful))
                || !package.rows(*t, m.department, &p, error, &careful)
                || !PackageFile::readRows(master.db(), *t, m.round, m.department, &mine, error, &careful)
                || (keyedAdds && !masterKeys(master, *t, m.round, m.department, &keys, error)))
                return false;
            TableMerger merger(*t, decided, accepted, base != nullptr);
            if (keyedAdds)
                merger.useKeys(std::move(keys));
            merger.merge(b, p, mine);
            append(&plain, merger.m_out);
            ownOpen.append(merger.m_open);
            ownAll.append(merger.m_all);
        }
        if (!plain.isEmpty())
            writes->append(plain);
    }
    if (base) {
        const OthersChanged found = others.result();
        if (!found.error.isEmpty()) {
            if (error)
                *error = found.error;
            return false;
        }
        open->append(found.open);
        all->append(found.all);
    }
    open->append(ownOpen);
    all->append(ownAll);
    return true;
}

} // namespace caiji
