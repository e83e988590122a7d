#include "GridView.h"



#include <QFontMetrics>
#include <QHeaderView>
#include <QScrollBar>

namespace caiji {

GridView::GridView(QWidget* parent)
    : QTableView(parent)
{
    setObjectName(QStringLiteral("gridView"));
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    horizontalHeader()->setDefaultAlignment(Qt::AlignLeft | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &GridView::prefetchVisible);
}

void GridView::setRowModel(TableRowModel* model)
{
    m_model = model;
    setModel(model);
    if (model) {
        connect(model, &TableRowModel::rowsInserted, this, &GridView::prefetchVisible);
        connect(model, &TableRowModel::modelReset, this, &GridView::prefetchVisible);
    }
}

void GridView::prefetchVisible()
{
    if (!m_model || m_model->rowCount() == 0)
        return;
    const int first = qMax(0, rowAt(0));
    int last = rowAt(viewport()->height() - 1);
    if (last < 0)
        last = qMin(m_model->rowCount() - 1, first + 100);
    // One screen ahead in both directions, so that paging feels instant.
    const int span = last - first + 1;
    m_model->prefetch(qMax(0, first - span), qMin(m_model->rowCount() - 1, last + span));
}

void GridView::fitColumns()
{
    if (!m_model)
        return;
    const QFontMetrics fm(font());
    const int rows = qMin(m_model->rowCount(), 200);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        int w = horizontalHeader()->fontMetrics().horizontalAdvance(
                    m_model->headerData(c, Qt::Horizontal).toString())
            + 24;
        for (int r = 0; r < rows; ++r) {
            if (!m_model->isRowLoaded(r))
                continue;
            w = qMax(w, fm.horizontalAdvance(m_model->index(r, c).data().toString()) + 16);
        }
        setColumnWidth(c, qMin(w, 320));
    }
}

void GridView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    QTableView::currentChanged(current, previous);
    if (current.column() != previous.column() || !previous.isValid())
        emit currentColumnChanged(current.column());
}

} // namespace caiji
