#include "TableImporter.h"

#include "../edit/ValueParser.h"
#include "../model/ValueFormat.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../validation/Checksums.h"
#include "SheetSource.h"
#include "XlsxWriter.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace caiji {

namespace {
// Header text as people write it: spaces, required marks, units and full-width brackets vary.
QString normalise(QString s)
{
    s = Checksums::toHalfWidth(s);
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char('*'));
    s.remove(QLatin1Char('\n'));
    const int paren = static_cast<int>(s.indexOf(QLatin1Char('(')));
    if (paren > 0 && s.endsWith(QLatin1Char(')')))
        s.truncate(paren); // "教学工作量(学时)" → "教学工作量"
    return s;
}

int matchField(const Table& t, const QString& header, const QString& group)
{
    const QString h = normalise(header);
    const QString g = normalise(group);
    if (h.isEmpty())
        return -1;
    for (int i = 0; i < t.fields.size(); ++i) {
        const Field& f = t.fields[i];
        const QString name = normalise(f.name);
        if (h == name || h == f.key || (!g.isEmpty() && (g + h == name || (normalise(f.group) == g && h == name))))
            return i;
    }
    return -1;
}
} // namespace

TableImporter::TableImporter(Workspace& ws, const QString& table, int round, const QString& department, ImportMode mode)
    : m_ws(ws)
    , m_table(ws.catalog().table(table))
    , m_round(round)
    , m_department(department)
    , m_mode(mode)
{
}

bool TableImporter::plan(SheetSource& source, int sheet, ImportPlan* out, QString* error)
{
    if (!m_table) {
        if (error)
            *error = tr("The catalog has no such table.");
        return false;
    }
    const Table& t = *m_table;
    ImportPlan p;
    p.table = t.code;
    // Read every row once; the header is found among the first rows.
    QVector<QPair<int, QStringList>> rows;
    if (!source.readSheet(sheet, [&](int r, const QStringList& cells) { rows.append({r, cells}); return true; }, error))
        return false;
    int headerIndex = -1;
    int best = 0;
    for (int i = 0; i < rows.size() && i < 6; ++i) {
        int matches = 0;
        for (const QString& h : rows[i].second)
            matches += matchField(t, h, QString()) >= 0 ? 1 : 0;
        if (matches > best) {
            best = matches;
            headerIndex = i;
        }
    }
    // A two-row header: the group row above, the names below (or the other way round when a
    // field name spans both rows). Try the pair and keep whichever matches more columns.
    if (headerIndex >= 0 && headerIndex + 1 < rows.size()) {
        int paired = 0;
        const QStringList& top = rows[headerIndex].second;
        const QStringList& below = rows[headerIndex + 1].second;
        for (int c = 0; c < qMax(top.size(), below.size()); ++c)
            paired += matchField(t, below.value(c).isEmpty() ? top.value(c) : below.value(c), top.value(c)) >= 0 ? 1 : 0;
        if (paired > best)
            ++headerIndex;
    }
    if (headerIndex < 0) {
        if (error)
            *error = tr("No column of this sheet is named like a field of table %1 (for example \"%2\"); check the sheet and its header row.")
                         .arg(t.title(), t.fields.first().name);
        return false;
    }
    const QStringList names = rows[headerIndex].second;
    QHash<QString, QString> remembered;
    const QJsonObject saved = QJsonDocument::fromJson(m_ws.setting(QStringLiteral("import.mapping.") + t.code).toUtf8()).object();
    for (auto it = saved.constBegin(); it != saved.constEnd(); ++it)
        remembered.insert(it.key(), it.value().toString());
    const QStringList groups = headerIndex > 0 ? rows[headerIndex - 1].second : QStringList();
    p.headerRow = rows[headerIndex].first;
    QString lastGroup;
    for (int c = 0; c < qMax(names.size(), groups.size()); ++c) {
        // A merged group label stands only over its first column: carry it to the right.
        const QString g = groups.value(c).isEmpty() ? (names.value(c).isEmpty() ? QString() : lastGroup) : groups.value(c);
        if (!groups.value(c).isEmpty())
            lastGroup = groups.value(c);
        const QString header = names.value(c).isEmpty() ? groups.value(c) : names.value(c);
        p.headers.append(header);
        int field = matchField(t, header, names.value(c).isEmpty() ? QString() : g);
        if (remembered.contains(header))
            field = t.fieldIndex(remembered.value(header));
        if (m_overrides.contains(c))
            field = m_overrides.value(c);
        if (field >= 0 && p.fieldOfColumn.contains(field))
            field = -1; // a field taken twice: the first column wins
        p.fieldOfColumn.append(field);
        if (field < 0 && !header.isEmpty())
            p.unmatched.append(header);
    }
    // Existing rows, by key, for update mode and the diff.
    QHash<QString, QPair<QPair<QString, qint64>, QVector<QVariant>>> existing;
    const QStringList& keys = t.keys;
    // Only an update compares values; a replace needs the ids it removes; an append nothing.
    if (m_mode != ImportMode::Append) {
        const bool values = m_mode == ImportMode::Update;
        QStringList cols;
        for (const Field& f : t.fields)
            cols.append(SqlDialect::quote(f.key));
        if (!values)
            cols = QStringList{QStringLiteral("NULL")};
        QVariantList binds = {m_round};
        QString where = QStringLiteral("\"_round\" = ? AND \"_deleted\" = 0");
        if (!m_department.isEmpty()) {
            where += QStringLiteral(" AND \"_dept\" = ?");
            binds.append(m_department);
        }
        QSqlQuery q(m_ws.db());
        q.setForwardOnly(true);
        if (!SqlUtil::exec(m_ws.db(), QStringLiteral("SELECT \"_id\", \"_version\", %1 FROM %2 WHERE %3").arg(cols.join(QLatin1Char(',')), SqlDialect::quote(t.sqlName()), where),
                           binds, error, &q))
            return false;
        while (q.next()) {
            if (values) {
                QVector<QVariant> row(t.fields.size());
                for (int i = 0; i < t.fields.size(); ++i)
                    row[i] = SqlDialect::fromDatabase(t.fields[i], q.value(2 + i));
                QStringList key;
                for (const QString& k : keys)
                    key.append(row[t.fieldIndex(k)].toString());
                existing.insert(key.isEmpty() ? q.value(0).toString() : key.join(QLatin1Char('/')), {{q.value(0).toString(), q.value(1).toLongLong()}, row});
            }
            if (m_mode == ImportMode::Replace)
                p.removals.append({q.value(0).toString(), q.value(1).toLongLong()});
        }
    }
    p.removedRows = static_cast<int>(p.removals.size());
    // Parse every data row; references are checked in one go per column afterwards.
    struct Parsed
    {
        int fileRow;
        QStringList texts;
        QVector<QVariant> values;
        bool bad = false;
    };
    QVector<Parsed> parsed;
    QHash<int, QSet<QString>> referenced;
    for (int i = headerIndex + 1; i < rows.size(); ++i) {
        Parsed row{rows[i].first, rows[i].second, QVector<QVariant>(t.fields.size()), false};
        for (int c = 0; c < p.fieldOfColumn.size(); ++c) {
            const int f = p.fieldOfColumn[c];
            if (f < 0)
                continue;
            const QString text = row.texts.value(c);
            const ParsedValue v = ValueParser::parse(m_ws.catalog(), t.fields[f], text);
            if (!v.ok) {
                p.rejected.append({row.fileRow, p.headers.value(c), text, v.message});
                row.bad = true;
                continue;
            }
            row.values[f] = v.value;
            if (t.fields[f].type == FieldType::Reference && !v.value.isNull())
                referenced[f].insert(v.value.toString());
        }
        parsed.append(row);
    }
    EditService service(m_ws, t, m_round);
    QHash<int, QSet<QString>> missing;
    for (auto it = referenced.constBegin(); it != referenced.constEnd(); ++it)
        missing.insert(it.key(), service.missingReferences(t.fields[it.key()], it.value()));
    for (Parsed& row : parsed) {
        for (auto it = missing.constBegin(); it != missing.constEnd(); ++it) {
            const QVariant& v = row.values[it.key()];
            if (!v.isNull() && it.value().contains(v.toString())) {
                const Field& f = t.fields[it.key()];
                p.rejected.append({row.fileRow, p.headers.value(static_cast<int>(p.fieldOfColumn.indexOf(it.key()))), v.toString(),
                                   tr("%1 \"%2\" does not exist in table %3.").arg(f.name, v.toString(), f.refTable)});
                row.bad = true;
            }
        }
        if (row.bad) {
            ++p.rejectedRows;
            p.rejectedRowTexts.append(row.texts);
            p.rejectedRowNumbers.append(row.fileRow);
            continue;
        }
        QStringList key;
        for (const QString& k : keys)
            key.append(row.values[t.fieldIndex(k)].toString());
        const auto ex = keys.isEmpty() ? existing.constEnd() : existing.constFind(key.join(QLatin1Char('/')));
        if (m_mode != ImportMode::Update || ex == existing.constEnd()) {
            p.inserts.append(row.values);
            ++p.newRows;
            continue;
        }
        bool changed = false;
        for (int f = 0; f < t.fields.size(); ++f) {
            if (!p.fieldOfColumn.contains(f) || row.values[f] == ex->second[f])
                continue;
            changed = true;
            p.updates.append({ex->first.first, ex->first.second, f, row.values[f]});
            if (p.diff.size() < kMaxDiff)
                p.diff.append({key.join(QLatin1Char('/')), t.fields[f].name, ValueFormat::display(m_ws.catalog(), t.fields[f], ex->second[f]),
                               ValueFormat::display(m_ws.catalog(), t.fields[f], row.values[f])});
        }
        changed ? ++p.changedRows : ++p.unchangedRows;
    }
    *out = p;
    return true;
}

void TableImporter::rememberMapping(const ImportPlan& plan)
{
    if (!m_table)
        return;
    QJsonObject o;
    for (int c = 0; c < plan.headers.size() && c < plan.fieldOfColumn.size(); ++c) {
        const int f = plan.fieldOfColumn[c];
        if (!plan.headers[c].isEmpty())
            o.insert(plan.headers[c], f >= 0 ? m_table->fields[f].key : QString());
    }
    m_ws.setSetting(QStringLiteral("import.mapping.") + m_table->code, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)), nullptr);
}

bool TableImporter::commit(const ImportPlan& plan, QString* error, const std::function<bool(int, int)>& progress,
                           ImportRecord* record)
{
    if (!m_table)
        return false;
    EditService service(m_ws, *m_table, m_round);
    const QString reason = QStringLiteral("import");
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
    auto conflicted = [&](const EditResult& r) {
        if (r.ok && r.conflicts.isEmpty())
            return false;
        if (error)
            *error = r.ok ? tr("%n row(s) were changed by someone else during the import; nothing was imported.", nullptr,
                               static_cast<int>(r.conflicts.size()))
                          : r.error;
        return true;
    };
    Transaction tx(m_ws.db());
    if (!plan.removals.isEmpty()) {
        if (conflicted(service.setDeleted(plan.removals, true, reason)))
            return false;
        done += static_cast<int>(plan.removals.size());
        if (record)
            for (const auto& r : plan.removals)
                record->removed.append(r.first);
    }
    if (!plan.updates.isEmpty()) {
        if (record) {
            // The values before the import, read from the plan's diff source: the rows as they are now.
            for (const CellChange& c : plan.updates) {
                const QVariant before = SqlDialect::fromDatabase(
                    m_table->fields[c.column],
                    SqlUtil::scalar(m_ws.db(), QStringLiteral("SELECT %1 FROM %2 WHERE \"_id\" = ?")
                                                   .arg(SqlDialect::quote(m_table->fields[c.column].key), SqlDialect::quote(m_table->sqlName())),
                                    {c.rowId}));
                record->updated.append({c.rowId, 0, c.column, before});
                record->applied.append(c);
            }
        }
        if (conflicted(service.applyCells(plan.updates, reason, false)))
            return false;
        done += static_cast<int>(plan.updates.size());
    }
    // New rows in slices, so that progress shows and a cancel stops between two of them.
    constexpr int kSlice = 5000;
    for (int i = 0; i < plan.inserts.size(); i += kSlice) {
        if (cancelled())
            return false;
        QVector<QString> ids;
        const QVector<QVector<QVariant>> slice = plan.inserts.mid(i, kSlice);
        if (!service.insertRows(m_department, slice, &ids, error, reason, false)) // checked by plan()
            return false;
        if (record)
            record->inserted += ids;
        done += static_cast<int>(slice.size());
    }
    if (cancelled())
        return false;
    return tx.commit(error);
}

bool TableImporter::saveRejected(const ImportPlan& plan, const QString& path, QString* error)
{
    XlsxWriter xlsx;
    if (!xlsx.open(path, error) || !xlsx.addSheet(tr("Rejected rows"), error))
        return false;
    QStringList headers = plan.headers;
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
