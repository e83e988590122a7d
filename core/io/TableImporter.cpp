#include "TableImporter.h"

#include <optional>

#include "../storage/WorkspaceActivity.h"

#include "../storage/RowInserter.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../value/ValueFormat.h"
#include "../value/ValueParser.h"
#include "../write/KeyUsage.h"
#include "../write/WriteGateway.h"
#include "SheetSource.h"
#include "SheetStream.h"
#include "XlsxWriter.h"

#include <QSqlQuery>

namespace caiji {

namespace {
const QString kReason = QStringLiteral("import");
// New rows are written in slices: progress shows and a cancel stops between two of them.
constexpr int kSlice = 5000;

// A row's key values joined ("2024/0020240001"), empty for a table without keys.
QString keyOf(const Table& t, const QVector<QVariant>& values)
{
    QStringList key;
    for (const QString& k : t.keys)
        key.append(values.value(t.fieldIndex(k)).toString());
    return key.join(QLatin1Char('/'));
}
} // namespace

TableImporter::TableImporter(
    WriteGateway& gateway, const QString& table, int round, const QString& department, ImportMode mode)
    : m_gateway(gateway)
    , m_ws(gateway.workspace())
    , m_table(m_ws.catalog().table(table))
    , m_round(round)
    , m_department(department)
    , m_mode(mode)
{
}

bool TableImporter::loadExisting(
    ImportPlan* p, QHash<QString, QPair<QPair<QString, qint64>, QVector<QVariant>>>* existing, QString* error)
{
    // An update compares values by key; so does a replace of a table with keys (rows whose key
    // is in the file keep their id and history, the others go); an append needs nothing.
    if (m_mode == ImportMode::Append)
        return true;
    const Table& t = *m_table;
    const bool values = m_mode == ImportMode::Update || (m_mode == ImportMode::Replace && !t.keys.isEmpty());
    QStringList cols;
    for (const Field& f : t.fields)
        cols.append(SqlDialect::quote(f.key));
    if (!values)
        cols = QStringList {QStringLiteral("NULL")};
    QVariantList binds = {m_round};
    QString where = QStringLiteral("\"_round\" = ? AND \"_deleted\" = 0");
    if (!m_department.isEmpty()) {
        where += QStringLiteral(" AND \"_dept\" = ?");
        binds.append(m_department);
    }
    QSqlQuery q(m_ws.db());
    q.setForwardOnly(true);
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT \"_id\", \"_version\", %1 FROM %2 WHERE %3")
                .arg(cols.join(QLatin1Char(',')), SqlDialect::quote(t.sqlName()), where),
            binds, error, &q))
        return false;
    while (q.next()) {
        if (values) {
            QVector<QVariant> row(t.fields.size());
            for (int i = 0; i < t.fields.size(); ++i)
                row[i] = SqlDialect::fromDatabase(t.fields[i], q.value(2 + i));
            const QString key = keyOf(t, row);
            // A second row with a key already seen (a duplicate the file cannot match) is one a
            // replace takes out.
            if (m_mode == ImportMode::Replace && !key.isEmpty() && existing->contains(key)) {
                p->removedList.append({q.value(0).toString(), q.value(1).toLongLong(), key, 0});
                continue;
            }
            existing->insert(
                key.isEmpty() ? q.value(0).toString() : key, {{q.value(0).toString(), q.value(1).toLongLong()}, row});
        }
        if (m_mode == ImportMode::Replace && !values)
            p->removedList.append({q.value(0).toString(), q.value(1).toLongLong(), QString(), 0});
    }
    return true;
}

bool TableImporter::listRemovals(ImportPlan* p,
    const QHash<QString, QPair<QPair<QString, qint64>, QVector<QVariant>>>& existing, const QSet<QString>& seen,
    QString* error)
{
    const Table& t = *m_table;
    // Keyed: the rows whose key the file does not have. Keyless: every row (listed by loadExisting).
    for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
        if (!seen.contains(it.key()))
            p->removedList.append({it->first.first, it->first.second, it.key(), 0});
    }
    // How many rows of other tables use each key that goes.
    for (const KeyUsage::Reference& ref : KeyUsage::referencesTo(m_ws.catalog(), t)) {
        const int column = t.fieldIndex(ref.keyField);
        QHash<QString, int> rowsOfKey; // key value → removals with it
        for (int i = 0; i < p->removedList.size(); ++i) {
            const auto ex = existing.constFind(p->removedList[i].key);
            if (ex != existing.constEnd() && column >= 0 && !ex->second[column].isNull())
                rowsOfKey.insert(ex->second[column].toString(), i);
        }
        if (rowsOfKey.isEmpty())
            continue;
        QHash<QString, QVector<KeyDependent>> users;
        const QStringList keys = rowsOfKey.keys();
        if (!KeyUsage::dependents(
                m_ws, m_round, t, ref.keyField, QSet<QString>(keys.cbegin(), keys.cend()), &users, error))
            return false;
        for (auto u = users.constBegin(); u != users.constEnd(); ++u) {
            for (const KeyDependent& d : u.value())
                p->removedList[rowsOfKey.value(u.key())].references += d.rows;
        }
    }
    // The rows other tables use first: they are the ones to decide about.
    std::stable_sort(p->removedList.begin(), p->removedList.end(),
        [](const ImportRemoval& a, const ImportRemoval& b) { return a.references > b.references; });
    QSet<QString> confirmed;
    for (ImportRemoval& r : p->removedList) {
        if (r.key.isEmpty())
            r.key = r.rowId;
        if (m_removeReferenced)
            confirmed.insert(r.rowId);
    }
    confirmRemovals(p, confirmed);
    return true;
}

void TableImporter::confirmRemovals(ImportPlan* plan, const QSet<QString>& rowIds)
{
    plan->removals.clear();
    plan->keptRows = 0;
    for (const ImportRemoval& r : std::as_const(plan->removedList)) {
        if (r.references == 0 || rowIds.contains(r.rowId))
            plan->removals.append({r.rowId, r.version});
        else
            ++plan->keptRows;
    }
    plan->removedRows = static_cast<int>(plan->removals.size());
}

bool TableImporter::scan(SheetSource& source, int sheet, ImportPlan* p, QString* error, const RowSink& insert,
    const std::function<bool(int)>& progress, const Encoder& encode)
{
    if (!m_table) {
        if (error)
            *error = tr("The catalog has no such table.");
        return false;
    }
    const Table& t = *m_table;
    p->table = t.code;
    SheetStream stream(source, sheet);
    auto readFailed = [&]() {
        if (error)
            *error = stream.error();
        return !stream.error().isEmpty();
    };
    // The header is found among the first rows.
    QVector<SheetRow> head;
    QVector<SheetRow> batch;
    while (head.size() < ImportMapping::kHeadRows && stream.next(&batch))
        head += batch;
    if (readFailed())
        return false;
    if (!p->mapping.detect(t, head, ImportMapping::remembered(m_ws, t), m_overrides)) {
        if (error)
            *error = tr("No column of this sheet is named like a field of table %1 (for example \"%2\"); check the "
                        "sheet and its header row.")
                         .arg(t.title(), t.fields.first().name);
        return false;
    }
    QHash<QString, QPair<QPair<QString, qint64>, QVector<QVariant>>> existing;
    QSet<QString> seen; // keys the file has
    if (!loadExisting(p, &existing, error))
        return false;
    // Every key of each referenced table, loaded once: rows are checked as they arrive.
    EditService service(m_ws, t, m_round);
    QHash<int, QSet<QString>> referenceKeys;
    for (int f : p->mapping.fieldOfColumn) {
        if (f < 0 || t.fields[f].type != FieldType::Reference)
            continue;
        bool ok = false;
        referenceKeys.insert(f, service.referenceKeys(t.fields[f], &ok));
        if (!ok) {
            if (error)
                *error
                    = tr("Cannot read table %1, which field %2 refers to.").arg(t.fields[f].refTable, t.fields[f].name);
            return false;
        }
    }
    const QVector<int>& fieldOfColumn = p->mapping.fieldOfColumn;
    const QStringList& headers = p->mapping.headers;
    const Catalog& cat = m_ws.catalog();
    // Parsing cells needs nothing but the catalog: the reader's thread does it for most rows.
    const QVector<int> columns = fieldOfColumn;
    auto prepare = [&t, &cat, columns, encode](SheetRow& row) {
        row.values = QVector<QVariant>(t.fields.size());
        for (int c = 0; c < columns.size(); ++c) {
            const int f = columns[c];
            if (f < 0)
                continue;
            const ParsedValue v = ValueParser::parse(cat, t.fields[f], row.cells.value(c));
            if (v.ok)
                row.values[f] = v.value;
            else
                row.problems.append({c, v.message});
        }
        if (encode && row.problems.isEmpty())
            row.encoded = encode(row.values);
        row.prepared = true;
    };
    stream.prepareWith(prepare);
    int read = 0;
    auto handle = [&](SheetRow& row) {
        if (!row.prepared)
            prepare(row);
        QVector<QVariant>& values = row.values;
        bool bad = !row.problems.isEmpty();
        for (const auto& [c, message] : row.problems)
            p->rejected.append({row.number, headers.value(c), row.cells.value(c), message});
        for (auto it = referenceKeys.constBegin(); it != referenceKeys.constEnd(); ++it) {
            const QVariant& v = values[it.key()];
            if (v.isNull() || it.value().contains(v.toString()))
                continue;
            const Field& field = t.fields[it.key()];
            const int c = static_cast<int>(fieldOfColumn.indexOf(it.key()));
            p->rejected.append({row.number, headers.value(c), row.cells.value(c),
                tr("%1 \"%2\" does not exist in table %3.").arg(field.name, v.toString(), field.refTable)});
            bad = true;
        }
        if (bad) {
            ++p->rejectedRows;
            p->rejectedRowTexts.append(row.cells);
            p->rejectedRowNumbers.append(row.number);
            return true;
        }
        // An update, and a replace of a keyed table, look rows up by key.
        const bool byKey = m_mode == ImportMode::Update || (m_mode == ImportMode::Replace && !t.keys.isEmpty());
        const QString key = byKey ? keyOf(t, values) : QString();
        const auto ex = key.isEmpty() ? existing.constEnd() : existing.constFind(key);
        if (!key.isEmpty())
            seen.insert(key);
        if (ex == existing.constEnd()) {
            ++p->newRows;
            if (m_mode != ImportMode::Append)
                p->newRowKeys.append(key.isEmpty() ? tr("row %1 of the file").arg(row.number) : key);
            return insert(values, row.encoded, error);
        }
        bool changed = false;
        for (int f = 0; f < t.fields.size(); ++f) {
            if (!fieldOfColumn.contains(f) || values[f] == ex->second[f])
                continue;
            changed = true;
            p->updates.append({ex->first.first, ex->first.second, f, values[f]});
            if (p->diff.size() < kMaxDiff)
                p->diff.append({key, t.fields[f].name, ValueFormat::display(cat, t.fields[f], ex->second[f]),
                    ValueFormat::display(cat, t.fields[f], values[f])});
        }
        changed ? ++p->changedRows : ++p->unchangedRows;
        return true;
    };
    auto handleAll = [&](QVector<SheetRow>& rows, int from) {
        for (int i = from; i < rows.size(); ++i) {
            if (!handle(rows[i]))
                return false;
            if (progress && ++read % kSlice == 0 && !progress(read)) {
                if (error)
                    *error = tr("The import was cancelled; nothing was changed.");
                return false;
            }
        }
        return true;
    };
    if (!handleAll(head, p->mapping.headerIndex + 1))
        return false;
    while (stream.next(&batch)) {
        if (!handleAll(batch, 0))
            return false;
    }
    if (readFailed())
        return false;
    return m_mode != ImportMode::Replace || listRemovals(p, existing, seen, error);
}

bool TableImporter::plan(SheetSource& source, int sheet, ImportPlan* out, QString* error)
{
    if (refused(error))
        return false;
    ImportPlan p;
    const bool ok = scan(source, sheet, &p, error,
        [&p](const QVector<QVariant>& values, const QVector<QVariant>&, QString*) {
            p.inserts.append(values);
            return true;
        },
        {});
    if (ok)
        *out = p;
    return ok;
}

void TableImporter::rememberMapping(const ImportPlan& plan)
{
    if (m_table)
        plan.mapping.remember(m_ws, *m_table);
}

bool TableImporter::refused(QString* error) const
{
    if (!m_table) {
        if (error)
            *error = tr("The catalog has no such table.");
        return true;
    }
    const QString why = m_gateway.checkWrite(*m_table, m_round, m_department, WriteOrigin::Import);
    if (!why.isEmpty() && error)
        *error = why;
    return !why.isEmpty();
}

bool TableImporter::writeChanges(const ImportPlan& plan, ImportRecord* record, QString* error)
{
    const WriteIntent intent {WriteOrigin::Import, kReason, false};
    auto conflicted = [&](const EditResult& r) {
        if (r.ok && r.conflicts.isEmpty())
            return false;
        if (error)
            *error = r.ok ? tr("%n row(s) were changed by someone else during the import; nothing was imported.",
                         nullptr, static_cast<int>(r.conflicts.size()))
                          : r.error;
        return true;
    };
    if (!plan.removals.isEmpty()) {
        // Rows other tables use are in `removals` only when the person confirmed them.
        WriteIntent removal = intent;
        removal.cascadeKeys = std::any_of(plan.removedList.cbegin(), plan.removedList.cend(),
            [](const ImportRemoval& r) { return r.references > 0; });
        if (conflicted(m_gateway.setDeleted(*m_table, m_round, plan.removals, true, removal)))
            return false;
        if (record)
            for (const auto& r : plan.removals)
                record->removed.append(r.first);
    }
    if (plan.updates.isEmpty())
        return true;
    if (record) {
        // The values before the import: the rows as they are now.
        for (const CellChange& c : plan.updates) {
            const QVariant before = SqlDialect::fromDatabase(m_table->fields[c.column],
                SqlUtil::scalar(m_ws.db(),
                    QStringLiteral("SELECT %1 FROM %2 WHERE \"_id\" = ?")
                        .arg(SqlDialect::quote(m_table->fields[c.column].key), SqlDialect::quote(m_table->sqlName())),
                    {c.rowId}));
            record->updated.append({c.rowId, 0, c.column, before});
            record->applied.append(c);
        }
    }
    return !conflicted(m_gateway.applyCells(*m_table, m_round, plan.updates, intent));
}

bool TableImporter::commit(
    const ImportPlan& plan, QString* error, const std::function<bool(int, int)>& progress, ImportRecord* record)
{
    if (refused(error))
        return false;
    const int total = static_cast<int>(plan.removals.size() + plan.updates.size() + plan.inserts.size());
    int done = 0;
    auto cancelled = [&]() {
        if (progress && !progress(done, total)) {
            if (error)
                *error = tr("The import was cancelled; nothing was changed.");
            return true;
        }
        return false;
    };
    BulkWriteCache cache(m_ws.db());
    const WorkspaceActivity activity(m_ws, tr("importing into %1").arg(m_table->title()));
    const bool staged = stages();
    std::optional<WriteGateway::Scope> whole;
    if (!staged)
        whole.emplace(m_gateway);
    const WriteIntent intent {WriteOrigin::Import, kReason, false};
    const auto addAll = [&](RowInserter& inserter) {
        for (int i = 0; i < plan.inserts.size(); ++i) {
            if (i % kSlice == 0 && cancelled())
                return false;
            const QString id = inserter.add(m_department, plan.inserts[i]);
            if (record)
                record->inserted.append(id);
            ++done;
            if (done % kSlice == 0 && !inserter.flush(error))
                return false;
        }
        return inserter.flush(error);
    };
    // SQLite: the new rows are staged before the write lock is taken (see stages()).
    std::unique_ptr<RowInserter> writer;
    if (staged) {
        writer = m_gateway.stagedInserter(*m_table, m_round, m_department, intent, error);
        if (!writer || !addAll(*writer))
            return false;
    }
    WriteGateway::Scope scope(m_gateway);
    if (!writeChanges(plan, record, error))
        return false;
    done += static_cast<int>(plan.removals.size() + plan.updates.size());
    if (staged) {
        if (!m_gateway.publishStaged(*writer, *m_table, m_round, m_department, intent, error))
            return false;
    } else {
        writer = m_gateway.inserter(*m_table, m_round, m_department, intent, error);
        if (!writer || !addAll(*writer))
            return false;
    }
    if (cancelled())
        return false;
    return scope.commit(error) && (!whole || whole->commit(error));
}

bool TableImporter::stages() const
{
    // SQLite has one writer at a time: an import that held the write lock while it read and
    // converted its file kept every other user's single edit waiting that long. So its rows
    // are staged first (a temporary table takes no lock) and moved in, checked again, in one
    // short transaction. PostgreSQL writers do not block one another's rows.
    return !m_ws.dialect().isPostgres();
}

bool TableImporter::run(SheetSource& source, int sheet, ImportPlan* out, QString* error,
    const std::function<bool(int, int)>& progress, ImportRecord* record)
{
    if (refused(error))
        return false;
    BulkWriteCache cache(m_ws.db());
    const WorkspaceActivity activity(m_ws, tr("importing into %1").arg(m_table->title()));
    const bool staged = stages();
    std::optional<WriteGateway::Scope> whole;
    if (!staged)
        whole.emplace(m_gateway);
    const WriteIntent intent {WriteOrigin::Import, kReason, false};
    const auto writer = staged ? m_gateway.stagedInserter(*m_table, m_round, m_department, intent, error)
                               : m_gateway.inserter(*m_table, m_round, m_department, intent, error);
    if (!writer)
        return false;
    RowInserter& inserter = *writer;
    qint64 queued = 0;
    ImportPlan p;
    // Converting values to what is bound happens on the reader's thread (encode), so this
    // thread is left with little but SQLite's own work.
    const bool scanned = scan(
        source, sheet, &p, error,
        [&](const QVector<QVariant>& values, const QVector<QVariant>& encoded, QString* e) {
            const QString id
                = encoded.isEmpty() ? inserter.add(m_department, values) : inserter.addEncoded(m_department, encoded);
            if (record)
                record->inserted.append(id);
            return ++queued % kSlice != 0 || inserter.flush(e);
        },
        progress ? std::function<bool(int)>([&progress](int read) { return progress(read, 0); })
                 : std::function<bool(int)>(),
        [&inserter](const QVector<QVariant>& values) { return inserter.encode(values); });
    bool written = scanned && inserter.flush(error);
    if (written) {
        WriteGateway::Scope scope(m_gateway);
        written = (!staged || m_gateway.publishStaged(inserter, *m_table, m_round, m_department, intent, error))
            && writeChanges(p, record, error) && scope.commit(error) && (!whole || whole->commit(error));
    }
    if (!written) {
        if (record)
            *record = ImportRecord();
        return false;
    }
    *out = p;
    return true;
}

bool TableImporter::saveRejected(const ImportPlan& plan, const QString& path, QString* error)
{
    XlsxWriter xlsx;
    if (!xlsx.open(path, error) || !xlsx.addSheet(tr("Rejected rows"), error))
        return false;
    QStringList headers = plan.mapping.headers;
    headers.prepend(tr("Reason"));
    headers.prepend(tr("File row"));
    xlsx.writeHeader(headers);
    QHash<int, QStringList> reasons;
    for (const ImportRejection& r : plan.rejected)
        reasons[r.fileRow].append(QStringLiteral("%1：%2").arg(r.column, r.reason));
    for (int i = 0; i < plan.rejectedRowTexts.size(); ++i) {
        const int fileRow = plan.rejectedRowNumbers.value(i);
        xlsx.writeNumber(i + 1, 0, fileRow);
        xlsx.writeText(i + 1, 1, reasons.value(fileRow).join(QStringLiteral("；")));
        const QStringList& cells = plan.rejectedRowTexts[i];
        for (int c = 0; c < cells.size(); ++c)
            xlsx.writeText(i + 1, c + 2, cells[c]);
    }
    return xlsx.close(error);
}

} // namespace caiji
