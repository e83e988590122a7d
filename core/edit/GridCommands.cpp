#include "GridCommands.h"

#include "GridEditor.h"

#include <QCoreApplication>

namespace caiji {

SetCellsCommand::SetCellsCommand(GridEditor* editor, QVector<Cell> cells, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_editor(editor)
    , m_cells(std::move(cells))
{
}

bool SetCellsCommand::apply(bool forward)
{
    QVector<CellChange> changes;
    changes.reserve(m_cells.size());
    for (const Cell& c : m_cells)
        changes.append({c.rowId, m_editor->knownVersion(c.rowId), c.column, forward ? c.after : c.before});
    WriteIntent intent {WriteOrigin::Edit, forward ? QString() : QStringLiteral("undo"), forward, m_cascade};
    EditResult result = m_editor->gateway().applyCells(m_editor->table(), m_editor->round(), changes, intent);
    // A key other tables use: the person decides, once for the command (undo carries it back).
    if (!result.ok && !result.keyChanges.isEmpty() && !m_cascade && m_editor->confirmKeyChanges(result.keyChanges)) {
        m_cascade = intent.cascadeKeys = true;
        result = m_editor->gateway().applyCells(m_editor->table(), m_editor->round(), changes, intent);
    }
    if (!result.ok) {
        m_editor->reportError(result.error);
        return false;
    }
    m_applied = static_cast<int>(result.updated.size());
    m_editor->commandApplied(result, false);
    // A command that could not be applied in full no longer describes the data: drop it.
    return result.conflicts.isEmpty();
}

void SetCellsCommand::redo()
{
    if (!apply(true))
        setObsolete(true);
}

void SetCellsCommand::undo()
{
    if (!apply(false))
        setObsolete(true);
}

InsertRowsCommand::InsertRowsCommand(GridEditor* editor, QString department, QVector<QVector<QVariant>> rows,
    QVector<QString> ids, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_editor(editor)
    , m_department(std::move(department))
    , m_rows(std::move(rows))
    , m_ids(std::move(ids))
{
}

void InsertRowsCommand::redo()
{
    if (!m_inserted) {
        QString error;
        QVector<QString> ids = m_ids;
        // The rows were parsed and checked when the paste was planned.
        if (!m_editor->gateway().insertRows(m_editor->table(), m_editor->round(), m_department, m_rows, &ids, &error,
                {WriteOrigin::Edit, QString(), false})) {
            m_editor->reportError(error);
            setObsolete(true);
            return;
        }
        EditResult inserted {true, QString(), {}, {}};
        for (const QString& id : ids) {
            m_editor->noteVersion(id, 1);
            inserted.updated.append({id, 1, {}});
        }
        m_inserted = true;
        m_editor->commandApplied(inserted, true);
        return;
    }
    const EditResult r = m_editor->gateway().setDeleted(m_editor->table(), m_editor->round(),
        m_editor->knownVersions(m_ids), false, {WriteOrigin::Edit, QString(), true, true});
    if (!r.ok || !r.conflicts.isEmpty()) {
        if (!r.ok)
            m_editor->reportError(r.error);
        setObsolete(true);
    }
    m_editor->commandApplied(r, true);
}

void InsertRowsCommand::undo()
{
    const EditResult r = m_editor->gateway().setDeleted(m_editor->table(), m_editor->round(),
        m_editor->knownVersions(m_ids), true, {WriteOrigin::Edit, QStringLiteral("undo"), true, true});
    if (!r.ok || !r.conflicts.isEmpty()) {
        if (!r.ok)
            m_editor->reportError(r.error);
        setObsolete(true);
    }
    m_editor->commandApplied(r, true);
}

DeleteRowsCommand::DeleteRowsCommand(
    GridEditor* editor, QVector<QString> ids, const QString& text, QUndoCommand* parent)
    : QUndoCommand(text, parent)
    , m_editor(editor)
    , m_ids(std::move(ids))
{
}

bool DeleteRowsCommand::apply(bool deleted)
{
    const EditResult r
        = m_editor->gateway().setDeleted(m_editor->table(), m_editor->round(), m_editor->knownVersions(m_ids), deleted,
            // The person was asked about the rows that use these keys (usagesOf).
            {WriteOrigin::Edit, deleted ? QString() : QStringLiteral("undo"), true, true});
    if (!r.ok) {
        m_editor->reportError(r.error);
        return false;
    }
    m_editor->commandApplied(r, true);
    return r.conflicts.isEmpty();
}

void DeleteRowsCommand::redo()
{
    if (!apply(true))
        setObsolete(true);
}

void DeleteRowsCommand::undo()
{
    if (!apply(false))
        setObsolete(true);
}

} // namespace caiji
