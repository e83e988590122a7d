#include "TablePane.h"

#include "WaitingBar.h"

#include "core/session/Rounds.h"

#include "FilterHeader.h"
#include "GridView.h"
#include "core/model/TableRowModel.h"
#include "core/storage/Directory.h"
#include "core/storage/Workspace.h"
#include "core/write/WriteGateway.h"
#include "ui/dialogs/CellHistoryDialog.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenu>
#include <QSignalBlocker>
#include <QTimer>
#include <QUndoStack>
#include <QVBoxLayout>

namespace caiji {

TablePane::TablePane(QWidget* parent)
    : QWidget(parent)
    , m_title(new QLabel(this))
    , m_notice(new QLabel(this))
    , m_waiting(new WaitingBar(this))
    , m_emptyHint(new QLabel(this))
    , m_find(new QLineEdit(this))
    , m_findTimer(new QTimer(this))
    , m_grid(new GridView(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(6, 6, 6, 0);
    auto* top = new QHBoxLayout;
    m_title->setObjectName(QStringLiteral("tableTitle"));
    QFont titleFont = m_title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_title->setFont(titleFont);
    m_title->setText(tr("Choose a table in the task tree"));
    top->addWidget(m_title, 1);
    m_find->setObjectName(QStringLiteral("findBox"));
    m_find->setPlaceholderText(tr("Find in this table (Ctrl+F)"));
    m_find->setClearButtonEnabled(true);
    m_find->setMaximumWidth(260);
    top->addWidget(m_find);
    layout->addLayout(top);
    m_notice->setObjectName(QStringLiteral("readOnlyNotice"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(QStringLiteral("QLabel { background:#fff4ce; border:1px solid #e0c060; padding:4px; }"));
    m_notice->hide();
    layout->addWidget(m_notice);
    layout->addWidget(m_waiting);
    connect(m_waiting, &WaitingBar::cancelRequested, this, [this] {
        int dropped = 0;
        for (const OpenTable& o : std::as_const(m_open))
            dropped += o.editor->cancelWaiting();
        m_waiting->showGivenUp(dropped);
    });
    // An empty table says how to start, in place of an empty grid.
    m_emptyHint->setObjectName(QStringLiteral("emptyTableHint"));
    m_emptyHint->setWordWrap(true);
    m_emptyHint->setStyleSheet(
        QStringLiteral("QLabel { background:#eef5ff; border:1px solid #9cc0ea; padding:8px; color:#234; }"));
    m_emptyHint->hide();
    layout->addWidget(m_emptyHint);
    layout->addWidget(m_grid, 1);

    m_findTimer->setSingleShot(true);
    m_findTimer->setInterval(FilterHeader::kDebounceMs);
    connect(m_find, &QLineEdit::textEdited, m_findTimer, qOverload<>(&QTimer::start));
    connect(m_find, &QLineEdit::returnPressed, this, &TablePane::applyFind);
    connect(m_find, &QLineEdit::textChanged, this, [this](const QString& t) {
        if (t.isEmpty())
            applyFind();
    });
    connect(m_findTimer, &QTimer::timeout, this, &TablePane::applyFind);
    connect(m_grid->filterHeader(), &FilterHeader::filterChanged, this, &TablePane::applyFilter);
    m_grid->horizontalHeader()->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_grid->horizontalHeader(), &QHeaderView::customContextMenuRequested, this, &TablePane::showHeaderMenu);
    connect(m_grid, &GridView::currentCellChanged, this, &TablePane::currentCellChanged);
    m_grid->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_grid, &QWidget::customContextMenuRequested, this, &TablePane::showCellMenu);
}

void TablePane::showCellMenu(const QPoint& pos)
{
    const QModelIndex index = m_grid->indexAt(pos);
    if (!index.isValid() || !m_model)
        return;
    m_grid->setCurrentIndex(index);
    QMenu menu(this);
    fillCellMenu(menu, index);
    menu.exec(m_grid->viewport()->mapToGlobal(pos));
}

void TablePane::fillCellMenu(QMenu& menu, const QModelIndex& index)
{
    menu.addAction(tr("Change &history…"), this, [this, index] { showCellHistory(index); });
    if (m_cellMenuExtension)
        m_cellMenuExtension(menu, index);
}

int TablePane::showCellHistory(const QModelIndex& index, bool modal)
{
    const QString rowId = index.data(TableRowModel::RowIdRole).toString();
    if (!m_model || rowId.isEmpty())
        return -1;
    auto* dialog = new CellHistoryDialog(*m_ws, m_model->table(), rowId, index.column(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    const int steps = dialog->steps();
    if (modal)
        dialog->exec();
    else
        dialog->show();
    return steps;
}

TablePane::~TablePane()
{
    blockSignals(true);
    closeTable();
}

void TablePane::setGateway(WriteGateway* gateway, int round)
{
    closeTable();
    m_gateway = gateway;
    m_ws = gateway ? &gateway->workspace() : nullptr;
    m_round = round;
}

void TablePane::closeTable()
{
    detach();
    for (const OpenTable& o : std::as_const(m_open)) {
        delete o.editor;
        delete o.model; // stops its loader thread before the workspace can go away
    }
    m_open.clear();
    emit undoStackChanged(nullptr);
}

void TablePane::detach()
{
    if (m_model && !m_open.isEmpty() && m_open.first().model == m_model) {
        m_open.first().query = m_query;
        m_open.first().find = m_find->text();
    }
    m_grid->setEditor(nullptr);
    m_grid->setRowModel(nullptr);
    m_editor = nullptr;
    m_model = nullptr;
}

int TablePane::rejectedCount() const
{
    int n = 0;
    for (const OpenTable& o : m_open)
        n += o.model->rejectedCount();
    return n;
}

void TablePane::evict()
{
    // Tables with something to undo or a refused value waiting stay open; clean ones go first.
    for (int i = static_cast<int>(m_open.size()) - 1; i > 0 && m_open.size() > kKeepOpen; --i) {
        const OpenTable& o = m_open[i];
        if (o.editor->undoStack()->count() == 0 && o.model->rejectedCount() == 0) {
            delete o.editor;
            delete o.model;
            m_open.removeAt(i);
        }
    }
}

bool TablePane::showTable(const QString& tableCode, const QString& department, QString* error)
{
    if (!m_ws)
        return false;
    const Table* t = m_ws->catalog().table(tableCode);
    if (!t) {
        if (error)
            *error = tr("The catalog has no table %1.").arg(tableCode);
        return false;
    }
    const AccessPolicy& policy = m_gateway->policy();
    // What the account reads: its own department's rows, or of another department's source
    // table only the keys and names (the rows are not even read).
    const QString own = policy.readDepartment(*t);
    const QString refused = policy.denial(Action::Read, *t, department.isEmpty() ? own : department);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    // A table opened before comes back as it was left: its undo steps, refused values, filters.
    const QString rows = department.isEmpty() ? own : department;
    const QString key = tableCode + QLatin1Char('|') + rows;
    detach();
    const auto found = std::find_if(m_open.begin(), m_open.end(), [&key](const OpenTable& o) { return o.key == key; });
    const bool reopened = found != m_open.end();
    if (reopened) {
        const OpenTable o = *found;
        m_open.erase(found);
        m_open.prepend(o);
        m_model = o.model;
        m_editor = o.editor;
        m_query = o.query;
        m_grid->setRowModel(m_model);
        m_grid->setEditor(m_editor);
        const QSignalBlocker quiet(m_grid->filterHeader());
        m_grid->filterHeader()->clearFilters();
        for (const ColumnFilter& f : std::as_const(m_query.filters))
            m_grid->filterHeader()->setFilterText(f.column, f.text);
        const QSignalBlocker quietFind(m_find);
        m_find->setText(o.find);
    } else {
        m_query = TableQuery();
        m_query.table = policy.readableView(*t);
        m_query.round = m_round;
        m_query.department = rows;
        m_query.findUsages(m_ws->catalog());
        if (Rounds::carriesForward(*t))
            m_query.carriedAt = Rounds::carriedAt(*m_ws, m_round);
        m_model = new TableRowModel(*m_ws, this);
        m_grid->setRowModel(m_model);
        m_model->setQuery(m_query);
        m_editor = new GridEditor(m_model, *m_gateway, this);
        GridEditor* editor = m_editor;
        connect(editor, &GridEditor::waitingForWriter, m_waiting,
            [this, editor](const QString& who) { m_waiting->showWaiting(who, editor->waitingCount()); });
        connect(editor, &GridEditor::waitingEnded, m_waiting, &QWidget::hide);
        m_grid->setEditor(m_editor);
        m_grid->filterHeader()->clearFilters();
        m_find->clear();
        m_open.prepend({key, m_model, m_editor, m_query, QString()});
        evict();
    }
    connect(m_grid->selectionModel(), &QItemSelectionModel::selectionChanged, this,
        [this] { emit selectionSummaryChanged(selectionSummary()); });
    QString deptName;
    Department d;
    if (!department.isEmpty() && Directory(*m_ws).findDepartment(department, &d))
        deptName = d.name;
    m_title->setText(deptName.isEmpty() ? t->title() : tr("%1 — %2").arg(t->title(), deptName));
    const bool limited = m_query.table.fields.size() != t->fields.size();
    m_title->setToolTip(QStringLiteral("%1 · %2").arg(tableKindDisplayName(t->kind), periodDisplayName(t->period)));
    const QString reason = readOnlyReason();
    m_notice->setText(reason.isEmpty() ? QString()
            : limited                  ? tr("Read only: %1 Other departments see only its keys and names.").arg(reason)
                                       : tr("Read only: %1").arg(reason));
    m_notice->setVisible(!reason.isEmpty());
    t = &m_query.table;
    for (int c = 0; c < t->fields.size(); ++c)
        m_grid->setColumnWidth(
            c, qBound(72, m_grid->fontMetrics().horizontalAdvance(t->fields[c].headerLabel()) + 36, 260));
    // The key columns (or the first one) stay in view while scrolling sideways; with 姓名/名称
    // right after a key, that column too.
    int frozen = t->keys.isEmpty() ? 1 : static_cast<int>(t->keys.size());
    if (frozen < t->fields.size()
        && (t->fields[frozen].name.contains(QStringLiteral("姓名"))
            || t->fields[frozen].name.contains(QStringLiteral("名称"))))
        ++frozen;
    m_grid->setFrozenColumns(t->fields.size() > 4 ? frozen : 0);
    // Size the columns to their content once the first rows are in, as a spreadsheet opens.
    if (!reopened) {
        connect(m_model, &TableRowModel::countStateChanged, m_grid, [this](TableRowModel::CountState state) {
            if (state != TableRowModel::CountState::Unknown && m_model && !m_fitted) {
                m_fitted = true;
                m_grid->fitColumns();
            }
        });
        m_fitted = false;
    } else {
        m_grid->fitColumns();
    }
    for (auto signal : {&TableRowModel::rowsInserted, &TableRowModel::rowsRemoved})
        connect(m_model, signal, this, &TablePane::updateEmptyHint, Qt::UniqueConnection);
    connect(m_model, &TableRowModel::countStateChanged, this, &TablePane::updateEmptyHint, Qt::UniqueConnection);
    updateEmptyHint();
    emit undoStackChanged(m_editor->undoStack());
    emit tableChanged();
    return true;
}

void TablePane::updateEmptyHint()
{
    const bool empty
        = m_model && m_model->countState() == TableRowModel::CountState::Complete && m_model->rowCount() == 0;
    if (!empty) {
        m_emptyHint->hide();
        return;
    }
    const bool filtered = !m_query.filters.isEmpty() || !m_query.find.isEmpty();
    m_emptyHint->setText(filtered
            ? tr("No row matches the filter. Clear the filters above the columns to see all rows.")
            : readOnlyReason().isEmpty()
            ? tr("This table has no rows yet. To start: insert a row (Ctrl++) and type, paste rows copied from "
                 "Excel or WPS (Ctrl+V), or read a file with File → Import into this table (Ctrl+I).")
            : tr("This table has no rows yet."));
    m_emptyHint->show();
}

QString TablePane::readOnlyReason() const
{
    if (!m_model || !m_gateway)
        return QString();
    const QString reason = m_gateway->policy().tableReadOnlyReason(m_model->table());
    if (!reason.isEmpty() || m_query.department.isEmpty())
        return reason;
    // The task's own lock: submitted and beyond, or past its deadline.
    return m_gateway->checkWrite(m_model->table(), m_round, m_query.department, WriteOrigin::Edit);
}

void TablePane::refreshNotice()
{
    const QString reason = readOnlyReason();
    m_notice->setText(reason.isEmpty() ? QString() : tr("Read only: %1").arg(reason));
    m_notice->setVisible(!reason.isEmpty());
    updateEmptyHint();
}

void TablePane::requery()
{
    if (!m_model)
        return;
    const QString problem = m_query.filterError();
    m_notice->setVisible(!problem.isEmpty() || !readOnlyReason().isEmpty());
    if (!problem.isEmpty()) {
        m_notice->setText(problem);
        return;
    }
    m_notice->setText(readOnlyReason().isEmpty() ? QString() : tr("Read only: %1").arg(readOnlyReason()));
    m_model->setQuery(m_query);
}

void TablePane::applyFilter(int column, const QString& text)
{
    for (int i = 0; i < m_query.filters.size(); ++i) {
        if (m_query.filters[i].column == column) {
            m_query.filters.remove(i);
            break;
        }
    }
    if (!text.trimmed().isEmpty())
        m_query.filters.append({column, text});
    requery();
}

void TablePane::applyFind()
{
    if (m_query.find == m_find->text())
        return;
    m_query.find = m_find->text();
    requery();
}

void TablePane::sortBy(int column, bool descending)
{
    m_query.sortColumn = column;
    m_query.descending = descending;
    m_grid->horizontalHeader()->setSortIndicatorShown(column >= 0);
    if (column >= 0)
        m_grid->horizontalHeader()->setSortIndicator(column, descending ? Qt::DescendingOrder : Qt::AscendingOrder);
    requery();
}

void TablePane::showHeaderMenu(const QPoint& pos)
{
    const int column = m_grid->horizontalHeader()->logicalIndexAt(pos);
    if (column < 0 || !m_model)
        return;
    QMenu menu(this);
    menu.addAction(tr("Sort ascending"), this, [this, column] { sortBy(column, false); });
    menu.addAction(tr("Sort descending"), this, [this, column] { sortBy(column, true); });
    menu.addAction(tr("Entry order"), this, [this] { sortBy(-1, false); });
    menu.addSeparator();
    menu.addAction(tr("Clear all filters"), this, [this] {
        m_query.filters.clear();
        m_grid->filterHeader()->clearFilters();
        requery();
    });
    menu.exec(m_grid->horizontalHeader()->mapToGlobal(pos));
}

QString TablePane::selectionSummary() const
{
    if (!m_model || !m_grid->selectionModel())
        return QString();
    const QModelIndexList cells = m_grid->selectionModel()->selectedIndexes();
    if (cells.size() < 2)
        return QString();
    double sum = 0;
    int numbers = 0;
    int unloaded = 0;
    for (const QModelIndex& i : cells) {
        if (!m_model->isRowLoaded(i.row())) {
            ++unloaded;
            continue;
        }
        const Field& f = m_model->table().fields.at(i.column());
        const QVariant v = i.data(TableRowModel::CanonicalRole);
        if (isNumericType(f.type) && f.type != FieldType::Year && !v.isNull()) {
            sum += v.toDouble();
            ++numbers;
        }
    }
    const QLocale locale;
    QString text = tr("Count: %1").arg(locale.toString(cells.size()));
    if (numbers > 0)
        text += tr("    Sum: %1    Average: %2")
                    .arg(locale.toString(sum, 'f', 2), locale.toString(sum / numbers, 'f', 2));
    if (unloaded > 0)
        text += tr("  (%1 cells not loaded yet)").arg(locale.toString(unloaded));
    return text;
}

} // namespace caiji
