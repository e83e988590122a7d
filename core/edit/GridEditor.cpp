#include "GridEditor.h"

#include "../storage/LockProbe.h"
#include "../storage/SqlUtil.h"
#include "../storage/WorkspaceActivity.h"

#include "../model/TableRowModel.h"
#include "../storage/Workspace.h"
#include "../value/ValueFormat.h"
#include "../value/ValueParser.h"
#include "ClipboardTable.h"
#include "GridCommands.h"

#include "../storage/RowId.h"

#include <algorithm>

namespace caiji {

GridEditor::GridEditor(TableRowModel* model, WriteGateway& gateway, QObject* parent)
    : QObject(parent)
    , m_model(model)
    , m_gateway(gateway)
    , m_policy(gateway.sharedPolicy())
    , m_service(model->workspace(), model->query().table, model->query().round)
{
    m_model->setPolicy(m_policy);
    m_model->setEditHandler(
        [this](int row, int column, const QString& text) { return setCellText(row, column, text); });
    m_retry.setInterval(LockProbe::kIntervalMs);
    connect(&m_retry, &QTimer::timeout, this, &GridEditor::retryWaiting);
}

const Table& GridEditor::table() const
{
    return m_model->query().table;
}

int GridEditor::round() const
{
    return m_model->query().round;
}

GridEditor::~GridEditor()
{
    if (m_model)
        m_model->setEditHandler({});
}

QVector<QPair<QString, qint64>> GridEditor::knownVersions(const QVector<QString>& rowIds) const
{
    QVector<QPair<QString, qint64>> out;
    out.reserve(rowIds.size());
    for (const QString& id : rowIds)
        out.append({id, m_versions.value(id)});
    return out;
}

void GridEditor::commandApplied(const EditResult& result, bool refresh)
{
    for (const RowUpdate& u : result.updated)
        m_versions.insert(u.rowId, u.version);
    m_model->applyUpdates(result.updated);
    for (const RowUpdate& u : result.updated) {
        for (auto it = u.values.constBegin(); it != u.values.constEnd(); ++it)
            m_model->clearRejected(u.rowId, it.key());
    }
    if (!result.conflicts.isEmpty())
        reportConflicts(result.conflicts);
    if (!result.updated.isEmpty()) {
        QStringList ids;
        ids.reserve(result.updated.size());
        for (const RowUpdate& u : result.updated)
            ids.append(u.rowId);
        emit rowsWritten(ids);
    }
    if (refresh) {
        m_model->refresh();
        emit rowsChanged();
    }
}

void GridEditor::reportConflicts(const QVector<EditConflict>& conflicts)
{
    // Show what the other person wrote: reload so the grid holds their values, not ours.
    m_model->refresh();
    emit conflictsFound(conflicts);
}

void GridEditor::reportError(const QString& message)
{
    m_lastError = message;
    // Another program writing: the change waits for it (push()), nothing to show as failed.
    if (!Transaction::busy(m_model->workspace().db()))
        emit editFailed(message);
}

bool GridEditor::push(const std::function<QUndoCommand*()>& make)
{
    // Behind changes already waiting: they land in the order they were made.
    if (m_waiting.isEmpty()) {
        const int before = m_undo.index();
        m_undo.push(make());
        if (m_undo.index() > before)
            return true;
        if (!Transaction::busy(m_model->workspace().db()))
            return false;
        m_waitClock.start();
    }
    m_waiting.append(make);
    if (!m_retry.isActive())
        m_retry.start();
    emit waitingForWriter(WorkspaceActivity::describe(m_model->workspace().db()));
    return true;
}

void GridEditor::retryWaiting()
{
    Workspace& ws = m_model->workspace();
    QSqlDatabase db = ws.db();
    const LockProbe probe(ws);
    while (!m_waiting.isEmpty()) {
        const int before = m_undo.index();
        m_undo.push(m_waiting.first()());
        if (m_undo.index() > before) {
            m_waiting.removeFirst();
            continue;
        }
        if (!Transaction::busy(db)) {
            m_waiting.removeFirst(); // refused for its own reason: reportError() said why
            continue;
        }
        if (m_waitClock.elapsed() < LockProbe::kMaxWaitMs) {
            emit waitingForWriter(WorkspaceActivity::describe(db));
            return;
        }
        const int lost = static_cast<int>(m_waiting.size());
        m_waiting.clear();
        m_retry.stop();
        emit waitingEnded();
        emit editFailed(tr("%n change(s) could not be saved: %1 kept the workspace busy for more than %2 minutes. "
                           "Make them again when it is done.",
            nullptr, lost)
                            .arg(WorkspaceActivity::describe(db))
                            .arg(LockProbe::kMaxWaitMs / 60000));
        return;
    }
    m_retry.stop();
    emit waitingEnded();
}

int GridEditor::cancelWaiting()
{
    if (m_waiting.isEmpty())
        return 0;
    const int dropped = static_cast<int>(m_waiting.size());
    m_waiting.clear();
    m_retry.stop();
    emit waitingEnded();
    return dropped;
}

bool GridEditor::setCellText(int row, int column, const QString& text)
{
    const EditReport r = applyTexts(row, column, {QStringList {text}}, tr("Edit cell"));
    return r.ok && r.rejected.isEmpty() && r.conflicts.isEmpty();
}

EditReport GridEditor::pasteText(int row, int column, const QString& text)
{
    return applyTexts(row, column, ClipboardTable::parse(text), tr("Paste"));
}

EditReport GridEditor::applyTexts(int top, int left, QVector<QStringList> block, const QString& undoText)
{
    EditReport report;
    const Table& table = m_model->table();
    const Catalog& catalog = m_model->workspace().catalog();
    const QString tableReason = m_policy->tableReadOnlyReason(table);
    if (!tableReason.isEmpty()) {
        report.ok = false;
        report.error = tableReason;
        emit editFailed(tableReason);
        return report;
    }
    const int existingRows = qMax(0, qMin(static_cast<int>(block.size()), m_model->rowCount() - top));
    QVector<GridRow> rows;
    QString error;
    if (existingRows > 0 && !m_model->fetchRows(top, existingRows, &rows, &error)) {
        report.ok = false;
        report.error = error;
        emit editFailed(error);
        return report;
    }
    const int width = static_cast<int>(table.fields.size());
    QVector<SetCellsCommand::Cell> cells;
    QHash<QString, qint64> versions;
    QVector<QVector<QVariant>> newRows;
    QVector<QString> newIds;
    struct Pending
    {
        int gridRow;
        int column;
        QString rowId;
        QString text;
        QVariant value;
        bool isNew;
        int newIndex;
    };
    QVector<Pending> references; // checked together against the source tables below
    auto reject = [&](int gridRow, int column, const QString& rowId, const QString& text, const QString& reason) {
        report.rejected.append({gridRow, column, text, reason});
        if (!rowId.isEmpty())
            m_model->setRejected(rowId, column, text, reason);
    };
    const QString newDept = m_policy->newRowDepartment(table);
    for (int r = 0; r < block.size(); ++r) {
        const int gridRow = top + r;
        const bool isNew = r >= rows.size();
        QString rowId;
        if (isNew) {
            newRows.append(QVector<QVariant>(width));
            rowId = RowId::next();
            newIds.append(rowId);
        } else {
            rowId = rows[r].id;
            const QString reason = m_policy->rowReadOnlyReason(table, rows[r].department);
            if (!reason.isEmpty()) {
                for (int c = 0; c < block[r].size() && left + c < width; ++c)
                    report.rejected.append({gridRow, left + c, block[r][c], reason});
                continue;
            }
            versions.insert(rowId, rows[r].version);
        }
        for (int c = 0; c < block[r].size(); ++c) {
            const int column = left + c;
            if (column >= width) {
                if (!block[r][c].trimmed().isEmpty())
                    report.rejected.append({gridRow, column, block[r][c],
                        tr("There is no column here: the table has %1 columns.").arg(width)});
                continue;
            }
            const Field& f = table.fields[column];
            ParsedValue p = ValueParser::parse(catalog, f, block[r][c]);
            if (!p.ok && isNew && block[r][c].trimmed().isEmpty()) // a new row may leave required cells empty for now
                p = {true, QVariant(), QString()};
            if (!p.ok) {
                if (isNew)
                    report.rejected.append({gridRow, column, block[r][c], p.message}); // marked after insert
                else
                    reject(gridRow, column, rowId, block[r][c], p.message);
                continue;
            }
            if (f.type == FieldType::Reference && !p.value.isNull()) {
                references.append(
                    {gridRow, column, rowId, block[r][c], p.value, isNew, static_cast<int>(newRows.size()) - 1});
                continue;
            }
            if (isNew) {
                newRows.last()[column] = p.value;
            } else if (rows[r].values.value(column) != p.value
                || m_model->index(gridRow, column).data(TableRowModel::RejectedRole).isValid()) {
                cells.append({rowId, column, rows[r].values.value(column), p.value});
            }
        }
    }
    // References must exist in their source table: one query per referenced column.
    QHash<int, QSet<QString>> wanted;
    for (const Pending& p : references)
        wanted[p.column].insert(p.value.toString());
    QHash<int, QSet<QString>> missing;
    for (auto it = wanted.constBegin(); it != wanted.constEnd(); ++it)
        missing.insert(it.key(), m_service.missingReferences(table.fields[it.key()], it.value()));
    for (const Pending& p : references) {
        const Field& f = table.fields[p.column];
        if (missing.value(p.column).contains(p.value.toString())) {
            const QString reason
                = tr("%1 \"%2\" does not exist in table %3.").arg(f.name, p.value.toString(), f.refTable);
            if (p.isNew)
                report.rejected.append({p.gridRow, p.column, p.text, reason});
            else
                reject(p.gridRow, p.column, p.rowId, p.text, reason);
            continue;
        }
        if (p.isNew) {
            newRows[p.newIndex][p.column] = p.value;
        } else {
            const GridRow& row = rows[p.gridRow - top];
            if (row.values.value(p.column) != p.value
                || m_model->index(p.gridRow, p.column).data(TableRowModel::RejectedRole).isValid())
                cells.append({p.rowId, p.column, row.values.value(p.column), p.value});
        }
    }
    // A large paste holds the text, the rows read and the changes at once: let the first two go
    // before the write, which needs memory of its own.
    const int existing = static_cast<int>(rows.size());
    block = {};
    rows = {};
    references = {};
    if (cells.isEmpty() && newRows.isEmpty()) {
        if (!report.rejected.isEmpty())
            emit cellsRejected(report.rejected);
        return report;
    }
    for (auto it = versions.constBegin(); it != versions.constEnd(); ++it)
        m_versions.insert(it.key(), it.value());
    // Changed cells alone are one command of their own: one that fails makes itself obsolete
    // and the stack drops it (a failing child of a macro went unnoticed and stayed on it).
    const bool setsCells = !cells.isEmpty();
    auto make = [this, cells, undoText, newRows, newDept, newIds]() -> QUndoCommand* {
        if (newRows.isEmpty())
            return new SetCellsCommand(this, cells, undoText);
        auto* command = new QUndoCommand(undoText);
        if (!cells.isEmpty())
            new SetCellsCommand(this, cells, undoText, command);
        new InsertRowsCommand(this, newDept, newRows, newIds, undoText, command);
        return command;
    };
    m_lastError.clear();
    const bool pushed = push(make);
    if (!pushed) {
        report.ok = false;
        if (report.error.isEmpty())
            report.error = m_lastError.isEmpty() ? tr("Nothing was saved.") : m_lastError;
    } else {
        report.cellsWritten = setsCells ? static_cast<int>(cells.size()) : 0;
        report.rowsAdded = static_cast<int>(newRows.size());
        // Mark the refused cells of the new rows now that the rows exist.
        for (const CellRejection& rj : report.rejected) {
            const int r = rj.row - top;
            if (r >= existing && r - existing < newIds.size() && rj.column < width)
                m_model->setRejected(newIds[r - existing], rj.column, rj.text, rj.reason);
        }
    }
    if (!report.rejected.isEmpty())
        emit cellsRejected(report.rejected);
    return report;
}

EditReport GridEditor::clearCells(const QVector<QPair<int, int>>& cells)
{
    EditReport report;
    const Table& table = m_model->table();
    QVector<SetCellsCommand::Cell> changes;
    QHash<QString, qint64> versions;
    for (const auto& [row, column] : cells) {
        const GridRow* r = m_model->rowAt(row);
        if (!r || column < 0 || column >= table.fields.size())
            continue;
        const Field& f = table.fields[column];
        const QString reason = m_policy->rowReadOnlyReason(table, r->department);
        if (!reason.isEmpty()) {
            report.rejected.append({row, column, QString(), reason});
            continue;
        }
        m_model->clearRejected(r->id, column);
        if (r->values.value(column).isNull())
            continue;
        if (f.required) {
            report.rejected.append({row, column, QString(), tr("%1 is required and cannot be emptied.").arg(f.name)});
            continue;
        }
        changes.append({r->id, column, r->values.value(column), QVariant()});
        versions.insert(r->id, r->version);
    }
    if (!changes.isEmpty()) {
        for (auto it = versions.constBegin(); it != versions.constEnd(); ++it)
            m_versions.insert(it.key(), it.value());
        report.ok = push([this, changes] { return new SetCellsCommand(this, changes, tr("Clear cells")); });
        report.cellsWritten = report.ok ? static_cast<int>(changes.size()) : 0;
    }
    if (!report.rejected.isEmpty())
        emit cellsRejected(report.rejected);
    return report;
}

EditReport GridEditor::fillDown(int top, int bottom, int left, int right)
{
    EditReport report;
    if (bottom <= top)
        return report;
    QVector<GridRow> rows;
    QString error;
    if (!m_model->fetchRows(top, bottom - top + 1, &rows, &error) || rows.isEmpty()) {
        report.ok = false;
        report.error = error;
        return report;
    }
    const Table& table = m_model->table();
    QVector<SetCellsCommand::Cell> changes;
    QHash<QString, qint64> versions;
    for (int r = 1; r < rows.size(); ++r) {
        const QString reason = m_policy->rowReadOnlyReason(table, rows[r].department);
        for (int c = left; c <= right && c < table.fields.size(); ++c) {
            if (!reason.isEmpty()) {
                report.rejected.append({top + r, c, QString(), reason});
                continue;
            }
            if (rows[r].values.value(c) == rows[0].values.value(c))
                continue;
            changes.append({rows[r].id, c, rows[r].values.value(c), rows[0].values.value(c)});
            versions.insert(rows[r].id, rows[r].version);
        }
    }
    if (!changes.isEmpty()) {
        for (auto it = versions.constBegin(); it != versions.constEnd(); ++it)
            m_versions.insert(it.key(), it.value());
        report.ok = push([this, changes] { return new SetCellsCommand(this, changes, tr("Fill down")); });
        report.cellsWritten = report.ok ? static_cast<int>(changes.size()) : 0;
    }
    if (!report.rejected.isEmpty())
        emit cellsRejected(report.rejected);
    return report;
}

bool GridEditor::appendRows(int count, QString* error)
{
    const QString reason = m_policy->tableReadOnlyReason(m_model->table());
    if (!reason.isEmpty()) {
        if (error)
            *error = reason;
        return false;
    }
    QVector<QVector<QVariant>> rows(count, QVector<QVariant>(m_model->table().fields.size()));
    QVector<QString> ids;
    for (int i = 0; i < count; ++i)
        ids.append(RowId::next());
    const QString department = m_policy->newRowDepartment(m_model->table());
    return push([this, department, rows, ids] {
        return new InsertRowsCommand(this, department, rows, ids, tr("Insert rows"));
    });
}

QVector<QPair<QString, qint64>> GridEditor::usagesOf(const QVector<int>& rows) const
{
    QHash<QString, qint64> total;
    const Table& table = m_model->table();
    if (table.kind != TableKind::Source || table.keys.isEmpty())
        return {};
    const int keyColumn = table.fieldIndex(table.keys.first());
    for (int row : rows) {
        const GridRow* r = m_model->rowAt(row);
        if (!r || r->usage == 0)
            continue;
        for (const auto& [code, n] : m_service.usages(table.keys.first(), r->values.value(keyColumn).toString()))
            total[code] += n;
    }
    QVector<QPair<QString, qint64>> out;
    for (auto it = total.constBegin(); it != total.constEnd(); ++it)
        out.append({it.key(), it.value()});
    std::sort(out.begin(), out.end());
    return out;
}

bool GridEditor::deleteRows(const QVector<int>& rows, QString* error)
{
    const Table& table = m_model->table();
    QHash<QString, qint64> versions;
    for (int row : rows) {
        const GridRow* r = m_model->rowAt(row);
        if (!r)
            continue;
        const QString reason = m_policy->rowReadOnlyReason(table, r->department);
        if (!reason.isEmpty()) {
            if (error)
                *error = reason;
            return false;
        }
        versions.insert(r->id, r->version);
    }
    if (versions.isEmpty())
        return false;
    QVector<QString> ids;
    for (auto it = versions.constBegin(); it != versions.constEnd(); ++it) {
        m_versions.insert(it.key(), it.value());
        ids.append(it.key());
    }
    return push([this, ids] {
        return new DeleteRowsCommand(this, ids, tr("Delete %n row(s)", nullptr, static_cast<int>(ids.size())));
    });
}

QString GridEditor::copyText(int top, int left, int bottom, int right) const
{
    QVector<GridRow> rows;
    QString error;
    if (!m_model->fetchRows(top, bottom - top + 1, &rows, &error))
        return QString();
    const Table& table = m_model->table();
    const Catalog& catalog = m_model->workspace().catalog();
    QVector<QStringList> block;
    for (const GridRow& r : rows) {
        QStringList cells;
        for (int c = left; c <= right && c < table.fields.size(); ++c)
            cells.append(ValueFormat::display(catalog, table.fields[c], r.values.value(c)));
        block.append(cells);
    }
    return ClipboardTable::format(block);
}

} // namespace caiji
