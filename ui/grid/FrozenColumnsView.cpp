#include "FrozenColumnsView.h"

#include "FilterHeader.h"
#include "GridView.h"

#include <QHeaderView>
#include <QScrollBar>

namespace caiji {

FrozenColumnsView::FrozenColumnsView(GridView* grid)
    : QTableView(grid)
    , m_grid(grid)
    , m_filterHeader(new FilterHeader(this))
{
    setObjectName(QStringLiteral("frozenColumns"));
    setHorizontalHeader(m_filterHeader);
    setFocusPolicy(Qt::NoFocus);
    verticalHeader()->hide();
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    setHorizontalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setVerticalScrollBarPolicy(Qt::ScrollBarAlwaysOff);
    setStyleSheet(QStringLiteral("QTableView#frozenColumns { border: none; border-right: 2px solid #9aa7b8; }"));
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setEditTriggers(grid->editTriggers());
    connect(verticalScrollBar(), &QScrollBar::valueChanged, grid->verticalScrollBar(), &QScrollBar::setValue);
    connect(grid->verticalScrollBar(), &QScrollBar::valueChanged, verticalScrollBar(), &QScrollBar::setValue);
    hide();
}

void FrozenColumnsView::setFrozenCount(int count)
{
    m_count = count;
    syncColumns();
    setVisible(count > 0 && model());
}

void FrozenColumnsView::syncColumns()
{
    if (!model())
        return;
    const int columns = model()->columnCount();
    if (m_filterHeader->editorCount() != columns)
        m_filterHeader->setColumnCount(columns);
    verticalHeader()->setDefaultSectionSize(m_grid->verticalHeader()->defaultSectionSize());
    for (int c = 0; c < columns; ++c) {
        setColumnHidden(c, c >= m_count);
        if (c < m_count)
            setColumnWidth(c, m_grid->columnWidth(c));
    }
}

bool FrozenColumnsView::startEdit(const QModelIndex& index, EditTrigger trigger, QEvent* event)
{
    setFocusPolicy(Qt::StrongFocus);
    setCurrentIndex(index);
    const bool started = QTableView::edit(index, trigger, event);
    if (!started)
        setFocusPolicy(Qt::NoFocus);
    return started;
}

void FrozenColumnsView::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    if (roles.isEmpty() || roles.contains(Qt::DisplayRole) || roles.contains(Qt::EditRole))
        QTableView::dataChanged(topLeft, bottomRight, roles);
    else
        viewport()->update();
}

void FrozenColumnsView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    if (!editor || editor->parentWidget() != viewport())
        return; // an editor of the main grid: the shared delegate tells both views
    QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    setFocusPolicy(Qt::NoFocus);
    m_grid->setFocus();
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        m_grid->moveAfterEdit(1, 0);
    else if (hint == QAbstractItemDelegate::EditNextItem)
        m_grid->moveAfterEdit(0, 1);
    else if (hint == QAbstractItemDelegate::EditPreviousItem)
        m_grid->moveAfterEdit(0, -1);
}

} // namespace caiji
