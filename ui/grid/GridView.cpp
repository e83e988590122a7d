#include "GridView.h"

#include "FilterHeader.h"
#include "FrozenColumnsView.h"
#include "GridDelegate.h"
#include "core/edit/GridEditor.h"

#include <QApplication>
#include <QClipboard>
#include <QFontMetrics>
#include <QHeaderView>
#include <QKeyEvent>
#include <QScrollBar>

namespace caiji {

GridView::GridView(QWidget* parent)
    : QTableView(parent)
    , m_filterHeader(new FilterHeader(this))
    , m_frozen(nullptr)
{
    setObjectName(QStringLiteral("gridView"));
    setHorizontalHeader(m_filterHeader);
    verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    verticalHeader()->setDefaultSectionSize(fontMetrics().height() + 8);
    verticalHeader()->setDefaultAlignment(Qt::AlignRight | Qt::AlignVCenter);
    horizontalHeader()->setHighlightSections(true);
    setSelectionMode(QAbstractItemView::ExtendedSelection);
    setAlternatingRowColors(true);
    setWordWrap(false);
    setHorizontalScrollMode(QAbstractItemView::ScrollPerPixel);
    setEditTriggers(
        QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    setTabKeyNavigation(true);
    m_frozen = new FrozenColumnsView(this);
    connect(m_frozen->filterHeader(), &FilterHeader::filterChanged, m_filterHeader, &FilterHeader::filterChanged);
    connect(verticalScrollBar(), &QScrollBar::valueChanged, this, &GridView::prefetchVisible);
    connect(horizontalHeader(), &QHeaderView::sectionResized, this, [this](int column, int, int size) {
        if (column < m_frozenCount) {
            m_frozen->setColumnWidth(column, size);
            updateFrozen();
        }
    });
}

GridView::~GridView() = default;

QTableView* GridView::frozenView() const
{
    return m_frozen;
}

void GridView::setRowModel(TableRowModel* model)
{
    m_model = model;
    setModel(model);
    m_frozen->setModel(model);
    m_frozen->setSelectionModel(selectionModel());
    delete m_delegate;
    delete m_frozenDelegate;
    m_delegate = model ? new GridDelegate(model, this) : nullptr;
    m_frozenDelegate = model ? new GridDelegate(model, this) : nullptr;
    setItemDelegate(m_delegate);
    m_frozen->setItemDelegate(m_frozenDelegate);
    if (model) {
        connect(model, &TableRowModel::rowsInserted, this, &GridView::prefetchVisible);
        connect(model, &TableRowModel::modelReset, this, &GridView::prefetchVisible);
        connect(model, &TableRowModel::modelReset, this, [this] {
            if (m_filterHeader->editorCount() != m_model->columnCount())
                m_filterHeader->setColumnCount(m_model->columnCount());
            m_frozen->syncColumns();
        });
    }
    m_filterHeader->setColumnCount(model ? model->columnCount() : 0);
    updateFrozen();
}

void GridView::setEditor(GridEditor* editor)
{
    m_editor = editor;
}

void GridView::setFrozenColumns(int count)
{
    m_frozenCount = m_model ? qBound(0, count, m_model->columnCount() - 1) : 0;
    m_frozen->setFrozenCount(m_frozenCount);
    updateFrozen();
}

void GridView::updateFrozen()
{
    if (!m_frozen)
        return;
    if (m_frozenCount <= 0 || !m_model) {
        m_frozen->hide();
        return;
    }
    int width = 0;
    for (int c = 0; c < m_frozenCount; ++c)
        width += columnWidth(c);
    m_frozen->horizontalHeader()->setFixedHeight(horizontalHeader()->height());
    m_frozen->setGeometry(verticalHeader()->width() + frameWidth(), frameWidth(), width,
        viewport()->height() + horizontalHeader()->height());
    m_frozen->show();
    m_frozen->raise();
}

void GridView::resizeEvent(QResizeEvent* event)
{
    QTableView::resizeEvent(event);
    updateFrozen();
}

void GridView::updateGeometries()
{
    QTableView::updateGeometries();
    updateFrozen();
}

QModelIndex GridView::moveCursor(CursorAction cursorAction, Qt::KeyboardModifiers modifiers)
{
    const QModelIndex current = QTableView::moveCursor(cursorAction, modifiers);
    // Moving left under the frozen columns: scroll so that the cell is not hidden beneath them.
    if (cursorAction == MoveLeft && current.column() >= m_frozenCount && m_frozenCount > 0) {
        int frozenWidth = 0;
        for (int c = 0; c < m_frozenCount; ++c)
            frozenWidth += columnWidth(c);
        if (visualRect(current).topLeft().x() < frozenWidth) {
            const int delta = frozenWidth - visualRect(current).topLeft().x();
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - delta);
        }
    }
    return current;
}

void GridView::scrollTo(const QModelIndex& index, ScrollHint hint)
{
    if (index.column() >= m_frozenCount || m_frozenCount == 0) {
        QTableView::scrollTo(index, hint);
        // Keep the cell out from under the frozen columns.
        int frozenWidth = 0;
        for (int c = 0; c < m_frozenCount; ++c)
            frozenWidth += columnWidth(c);
        const int left = visualRect(index).left();
        if (m_frozenCount > 0 && left < frozenWidth)
            horizontalScrollBar()->setValue(horizontalScrollBar()->value() - (frozenWidth - left));
        return;
    }
    // A frozen column is always visible: only scroll vertically.
    QTableView::scrollTo(index.siblingAtColumn(qMin(m_frozenCount, model()->columnCount() - 1)), hint);
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
    const int rows = qMin(m_model->rowCount(), 300);
    for (int c = 0; c < m_model->columnCount(); ++c) {
        int w = horizontalHeader()->fontMetrics().horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString())
            + 24;
        for (int r = 0; r < rows; ++r) {
            if (m_model->isRowLoaded(r))
                w = qMax(w, fm.horizontalAdvance(m_model->index(r, c).data().toString()) + 16);
        }
        setColumnWidth(c, qMin(w, 320));
    }
    m_frozen->syncColumns();
    updateFrozen();
}

void GridView::dataChanged(const QModelIndex& topLeft, const QModelIndex& bottomRight, const QList<int>& roles)
{
    const bool values = roles.isEmpty() || roles.contains(Qt::DisplayRole) || roles.contains(Qt::EditRole);
    if (values)
        QTableView::dataChanged(topLeft, bottomRight, roles);
    else
        viewport()->update();
}

void GridView::currentChanged(const QModelIndex& current, const QModelIndex& previous)
{
    QTableView::currentChanged(current, previous);
    emit currentCellChanged(current);
}

bool GridView::edit(const QModelIndex& index, EditTrigger trigger, QEvent* event)
{
    // Typing replaces the cell's content, as in Excel: the first key starts an empty editor.
    if (trigger == AnyKeyPressed && m_delegate && event && event->type() == QEvent::KeyPress) {
        m_delegate->setInitialText(QStringLiteral(""));
        m_frozenDelegate->setInitialText(QStringLiteral(""));
    }
    if (index.isValid() && index.column() < m_frozenCount && trigger != NoEditTriggers && trigger != CurrentChanged)
        return m_frozen->startEdit(index, trigger, event);
    const bool started = QTableView::edit(index, trigger, event);
    if (!started && m_delegate) {
        m_delegate->setInitialText(QString());
        m_frozenDelegate->setInitialText(QString());
    }
    return started;
}

void GridView::moveAfterEdit(int rowStep, int columnStep)
{
    if (!m_model)
        return;
    const QModelIndex cur = currentIndex();
    if (!cur.isValid())
        return;
    const int row = qBound(0, cur.row() + rowStep, m_model->rowCount() - 1);
    const int column = qBound(0, cur.column() + columnStep, m_model->columnCount() - 1);
    const QModelIndex next = m_model->index(row, column);
    setCurrentIndex(next);
    scrollTo(next);
}

void GridView::closeEditor(QWidget* editor, QAbstractItemDelegate::EndEditHint hint)
{
    // Enter commits and moves down; Tab commits and moves right, without opening the next
    // editor (Excel's behaviour, not Qt's default). The delegate is shared with the frozen
    // columns, so its close signal reaches both views: only the editor's own view acts.
    if (!editor || editor->parentWidget() != viewport())
        return;
    QTableView::closeEditor(editor, QAbstractItemDelegate::NoHint);
    if (hint == QAbstractItemDelegate::SubmitModelCache)
        moveAfterEdit(1, 0);
    else if (hint == QAbstractItemDelegate::EditNextItem)
        moveAfterEdit(0, 1);
    else if (hint == QAbstractItemDelegate::EditPreviousItem)
        moveAfterEdit(0, -1);
}

void GridView::keyPressEvent(QKeyEvent* event)
{
    // A key from an editor of the frozen columns bubbles up here: that view handles it.
    if (m_frozen->isEditing()) {
        event->accept();
        return;
    }
    if (state() != EditingState) {
        if (event->matches(QKeySequence::Copy)) {
            copySelection();
            return;
        }
        if (event->matches(QKeySequence::Paste)) {
            pasteClipboard();
            return;
        }
        if (event->key() == Qt::Key_Delete && event->modifiers() == Qt::NoModifier) {
            clearSelectedCells();
            return;
        }
        if (event->key() == Qt::Key_D && event->modifiers() == Qt::ControlModifier) {
            fillDown();
            return;
        }
        if ((event->key() == Qt::Key_Return || event->key() == Qt::Key_Enter) && event->modifiers() == Qt::NoModifier) {
            moveAfterEdit(1, 0);
            return;
        }
    }
    QTableView::keyPressEvent(event);
}

bool GridView::selectedRect(int* top, int* left, int* bottom, int* right) const
{
    const QModelIndexList sel = selectionModel() ? selectionModel()->selectedIndexes() : QModelIndexList();
    const QItemSelection ranges = selectionModel() ? selectionModel()->selection() : QItemSelection();
    if (ranges.isEmpty()) {
        const QModelIndex cur = currentIndex();
        if (!cur.isValid())
            return false;
        *top = *bottom = cur.row();
        *left = *right = cur.column();
        return true;
    }
    *top = INT_MAX;
    *left = INT_MAX;
    *bottom = -1;
    *right = -1;
    for (const QItemSelectionRange& r : ranges) {
        *top = qMin(*top, r.top());
        *left = qMin(*left, r.left());
        *bottom = qMax(*bottom, r.bottom());
        *right = qMax(*right, r.right());
    }
    return true;
}

QVector<int> GridView::selectedRowNumbers() const
{
    QVector<int> rows;
    if (!selectionModel())
        return rows;
    for (const QItemSelectionRange& r : selectionModel()->selection()) {
        for (int row = r.top(); row <= r.bottom(); ++row) {
            if (!rows.contains(row))
                rows.append(row);
        }
    }
    if (rows.isEmpty() && currentIndex().isValid())
        rows.append(currentIndex().row());
    std::sort(rows.begin(), rows.end());
    return rows;
}

void GridView::copySelection()
{
    int top, left, bottom, right;
    if (!m_editor || !selectedRect(&top, &left, &bottom, &right))
        return;
    QApplication::clipboard()->setText(m_editor->copyText(top, left, bottom, right));
}

void GridView::pasteClipboard()
{
    const QModelIndex cur = currentIndex();
    if (!m_editor || !cur.isValid()) {
        if (m_editor && m_model && m_model->rowCount() == 0)
            m_editor->pasteText(0, 0, QApplication::clipboard()->text());
        return;
    }
    // Excel pastes at the top-left of a selected block, else at the current cell.
    int top = cur.row();
    int left = cur.column();
    const QItemSelection sel = selectionModel()->selection();
    if (sel.size() == 1 && sel.first().contains(cur)) {
        top = sel.first().top();
        left = sel.first().left();
    }
    m_editor->pasteText(top, left, QApplication::clipboard()->text());
}

void GridView::clearSelectedCells()
{
    if (!m_editor || !selectionModel())
        return;
    QVector<QPair<int, int>> cells;
    for (const QModelIndex& i : selectionModel()->selectedIndexes())
        cells.append({i.row(), i.column()});
    if (cells.isEmpty() && currentIndex().isValid())
        cells.append({currentIndex().row(), currentIndex().column()});
    m_editor->clearCells(cells);
}

void GridView::fillDown()
{
    int top, left, bottom, right;
    if (m_editor && selectedRect(&top, &left, &bottom, &right))
        m_editor->fillDown(top, bottom, left, right);
}

} // namespace caiji
