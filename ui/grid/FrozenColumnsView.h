#pragma once

#include <QTableView>

namespace caiji {

class FilterHeader;
class GridView;

/// The key columns of a GridView, drawn over its left edge so they stay put while the rest
/// scrolls sideways (the Qt "frozen column" pattern). It shares the model, selection and
/// delegate with the grid; keys and edits go through the grid.
class FrozenColumnsView : public QTableView
{
    Q_OBJECT

public:
    explicit FrozenColumnsView(GridView* grid);

    void setFrozenCount(int count);
    int frozenCount() const { return m_count; }
    FilterHeader* filterHeader() const { return m_filterHeader; }
    bool startEdit(const QModelIndex& index, EditTrigger trigger, QEvent* event);
    void syncColumns();
    bool isEditing() const { return state() == EditingState; }

protected:
    /// As GridView's: marks repaint, an open editor keeps what is typed.
    void dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles) override;
    void closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint) override;

private:
    GridView* m_grid;
    FilterHeader* m_filterHeader;
    int m_count = 0;
};

} // namespace caiji
