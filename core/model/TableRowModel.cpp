#include "TableRowModel.h"

#include "../storage/Workspace.h"
#include "RowLoader.h"
#include "ValueFormat.h"

namespace caiji {

namespace {
constexpr int kPage = RowLoader::kPageSize;
}

TableRowModel::TableRowModel(Workspace& ws, QObject* parent)
    : QAbstractTableModel(parent)
    , m_ws(ws)
    , m_loader(new RowLoader(ws, this))
{
    connect(m_loader, &RowLoader::pageLoaded, this, &TableRowModel::onPageLoaded, Qt::QueuedConnection);
    connect(m_loader, &RowLoader::indexLoaded, this, &TableRowModel::onIndexLoaded, Qt::QueuedConnection);
    connect(m_loader, &RowLoader::failed, this, &TableRowModel::loadFailed, Qt::QueuedConnection);
    m_loader->start();
}

TableRowModel::~TableRowModel()
{
    m_loader->stop();
    m_loader->wait();
}

void TableRowModel::setQuery(const TableQuery& query)
{
    beginResetModel();
    m_query = query;
    ++m_generation;
    m_rows = 0;
    m_anchors.clear();
    m_pages.clear();
    m_recent.clear();
    m_requested.clear();
    m_countState = CountState::Unknown;
    endResetModel();
    emit countStateChanged(m_countState);
    m_requested.insert(0, true);
    m_loader->setQuery(query, m_generation);
}

void TableRowModel::setCountState(CountState s)
{
    if (m_countState == s)
        return;
    m_countState = s;
    emit countStateChanged(s);
}

void TableRowModel::touch(int page) const
{
    m_recent.removeOne(page);
    m_recent.append(page);
    while (m_recent.size() > kMaxCachedPages) {
        const int old = m_recent.takeFirst();
        m_pages.remove(old);
    }
}

void TableRowModel::requestPage(int page) const
{
    if (m_requested.contains(page) || page < 0 || page >= m_anchors.size())
        return;
    m_requested.insert(page, true);
    m_loader->requestPage(m_generation, page, m_anchors.at(page));
}

void TableRowModel::prefetch(int firstRow, int lastRow) const
{
    if (firstRow < 0 || lastRow < firstRow)
        return;
    for (int p = firstRow / kPage; p <= lastRow / kPage; ++p) {
        if (!m_pages.contains(p))
            requestPage(p);
    }
}

bool TableRowModel::isRowLoaded(int row) const
{
    return cachedRow(row) != nullptr;
}

const GridRow* TableRowModel::cachedRow(int row) const
{
    const auto it = m_pages.constFind(row / kPage);
    if (it == m_pages.constEnd())
        return nullptr;
    const int offset = row % kPage;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

void TableRowModel::onPageLoaded(const RowPage& page)
{
    if (page.generation != m_generation)
        return; // a late answer to a query that has since been replaced
    m_requested.remove(page.index);
    m_pages.insert(page.index, page.rows);
    touch(page.index);
    if (m_countState == CountState::Unknown && page.index == 0) {
        if (!page.rows.isEmpty()) {
            beginInsertRows(QModelIndex(), 0, static_cast<int>(page.rows.size()) - 1);
            m_rows = static_cast<int>(page.rows.size());
            endInsertRows();
        }
        setCountState(page.rows.size() < kPage ? CountState::Complete : CountState::Partial);
        return;
    }
    const int first = page.index * kPage;
    const int last = qMin(m_rows, first + static_cast<int>(page.rows.size())) - 1;
    if (last >= first && columnCount() > 0)
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
}

void TableRowModel::onIndexLoaded(const RowIndex& idx)
{
    if (idx.generation != m_generation)
        return;
    m_anchors = idx.anchors;
    const int count = static_cast<int>(idx.count);
    if (count > m_rows) {
        beginInsertRows(QModelIndex(), m_rows, count - 1);
        m_rows = count;
        endInsertRows();
    } else if (count < m_rows) {
        beginRemoveRows(QModelIndex(), count, m_rows - 1);
        m_rows = count;
        endRemoveRows();
    }
    setCountState(CountState::Complete);
}

int TableRowModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : m_rows;
}

int TableRowModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_query.table.fields.size());
}

QVariant TableRowModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return QVariant();
    const GridRow* row = cachedRow(index.row());
    if (!row) {
        requestPage(index.row() / kPage);
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == 0)
            return tr("Loading…");
        return QVariant();
    }
    touch(index.row() / kPage);
    const Field& field = m_query.table.fields.at(index.column());
    const QVariant& value = row->values.at(index.column());
    switch (role) {
    case Qt::DisplayRole:
        return ValueFormat::display(m_ws.catalog(), field, value);
    case Qt::EditRole:
        return ValueFormat::editText(field, value);
    case Qt::ToolTipRole:
        if (field.type == FieldType::Code && !value.isNull())
            return tr("Code %1").arg(value.toString());
        return QVariant();
    case Qt::TextAlignmentRole:
        if (isNumericType(field.type))
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case RowIdRole:
        return row->id;
    case CanonicalRole:
        return value;
    case LoadedRole:
        return true;
    case DepartmentRole:
        return row->department;
    default:
        return QVariant();
    }
}

QVariant TableRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (role == Qt::DisplayRole && section >= 0 && section < m_rows)
            return section + 1;
        return QVariant();
    }
    if (section < 0 || section >= m_query.table.fields.size())
        return QVariant();
    const Field& f = m_query.table.fields.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return f.headerLabel();
    case Qt::ToolTipRole:
        return f.help.isEmpty() ? f.name : f.help;
    case Qt::UserRole:
        return f.key;
    default:
        return QVariant();
    }
}

Qt::ItemFlags TableRowModel::flags(const QModelIndex& index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace caiji
