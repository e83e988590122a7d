#pragma once

#include "core/edit/GridEditor.h"
#include "core/model/TableRowModel.h"

#include <QPointer>
#include <QTableView>

namespace caiji {

class FilterHeader;
class GridDelegate;
class FrozenColumnsView;

/// The spreadsheet view. Excel/WPS habits: Enter moves down and Tab right after an edit,
/// typing replaces the cell, F2 edits it, Delete clears the selection, Ctrl+C/Ctrl+V copy and
/// paste rectangles as TSV, Ctrl+D fills down; key columns stay frozen on the left; a filter
/// box sits under every header; rows are numbered. Fixed row heights keep 200,000 rows cheap,
/// and the pages around what is visible are prefetched whenever the view scrolls.
class GridView : public QTableView
{
    Q_OBJECT

public:
    explicit GridView(QWidget* parent = nullptr);
    ~GridView() override;

    void setRowModel(TableRowModel* model);
    TableRowModel* rowModel() const { return m_model; }
    void setEditor(GridEditor* editor);
    GridEditor* editor() const { return m_editor; }
    FilterHeader* filterHeader() const { return m_filterHeader; }
    /// Keeps the first `count` columns in place while scrolling sideways.
    void setFrozenColumns(int count);
    int frozenColumns() const { return m_frozenCount; }
    QTableView* frozenView() const;
    /// Whether a cell editor is open.
    bool isEditing() const { return state() == EditingState; }

    /// Sizes columns to their header and the rows loaded so far (Excel's auto-fit, cheaply).
    void fitColumns();
    void copySelection();
    void pasteClipboard();
    void clearSelectedCells();
    void fillDown();
    /// The selection as one rectangle (top, left, bottom, right), or false when there is none.
    bool selectedRect(int* top, int* left, int* bottom, int* right) const;
    QVector<int> selectedRowNumbers() const;

signals:
    void currentCellChanged(const QModelIndex& current);

protected:
    /// Changes that leave the cells' values alone (finding marks, colours) repaint without
    /// touching an open editor: Qt would reset what the person is typing.
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles) override;
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;
    void keyPressEvent(QKeyEvent* event) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;
    bool edit(const QModelIndex& index, EditTrigger trigger, QEvent* event) override;
    void resizeEvent(QResizeEvent* event) override;
    void updateGeometries() override;
    QModelIndex moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers) override;

public:
    void scrollTo(const QModelIndex& index, ScrollHint hint = EnsureVisible) override;

private:
    void prefetchVisible();
    void updateFrozen();
    void moveAfterEdit(int rowStep, int columnStep);

    QPointer<TableRowModel> m_model;
    QPointer<GridEditor> m_editor;
    FilterHeader* m_filterHeader;
    GridDelegate* m_delegate = nullptr;
    GridDelegate* m_frozenDelegate = nullptr; ///< its own: a shared delegate's signals reach both views
    FrozenColumnsView* m_frozen;
    int m_frozenCount = 0;
    bool m_enterPending = false;

    friend class FrozenColumnsView;
};

} // namespace caiji
