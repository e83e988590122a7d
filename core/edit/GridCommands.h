#pragma once

#include "../write/EditService.h"

#include <QUndoCommand>

namespace caiji {

class GridEditor;

/// Changes cell values of existing rows; undo writes the old values back. Both directions
/// go through the EditService with the row versions the editor last saw (GridEditor::knownVersion),
/// so a row somebody else changed in between is a conflict, never overwritten.
class SetCellsCommand : public QUndoCommand
{
public:
    struct Cell
    {
        QString rowId;
        int column;
        QVariant before;
        QVariant after;
    };
    SetCellsCommand(GridEditor* editor, QVector<Cell> cells, const QString& text, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;
    int appliedRows() const { return m_applied; }

private:
    bool apply(bool forward);

    GridEditor* m_editor;
    QVector<Cell> m_cells;
    int m_applied = 0;
    bool m_cascade = false; ///< the person agreed to carry a key change into the rows using it
};

/// Adds rows; undo marks them deleted, redo brings the same rows (same ids) back.
class InsertRowsCommand : public QUndoCommand
{
public:
    InsertRowsCommand(GridEditor* editor, QString department, QVector<QVector<QVariant>> rows, QVector<QString> ids,
        const QString& text, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    GridEditor* m_editor;
    QString m_department;
    QVector<QVector<QVariant>> m_rows;
    QVector<QString> m_ids;
    bool m_inserted = false;
};

/// Marks rows deleted (a tombstone, never a real DELETE: the journal and merges need them);
/// undo brings them back.
class DeleteRowsCommand : public QUndoCommand
{
public:
    DeleteRowsCommand(GridEditor* editor, QVector<QString> ids, const QString& text, QUndoCommand* parent = nullptr);
    void redo() override;
    void undo() override;

private:
    bool apply(bool deleted);

    GridEditor* m_editor;
    QVector<QString> m_ids;
};

} // namespace caiji
