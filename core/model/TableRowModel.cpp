#include "TableRowModel.h"

#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../value/ValueFormat.h"
#include "RowLoader.h"

#include <QBrush>
#include <QColor>
#include <QFont>
#include <QSqlQuery>

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

void TableRowModel::startGeneration()
{
    ++m_generation;
    m_requested.clear();
    m_requested.insert(0, true);
    m_loader->setQuery(m_query, m_generation);
}

void TableRowModel::setQuery(const TableQuery& query)
{
    beginResetModel();
    m_query = query;
    m_query.setBackend(m_ws.dialect().backend());
    m_query.setCatalog(&m_ws.catalog());
    m_rows = 0;
    m_anchors.clear();
    m_pages.clear();
    m_stale.clear();
    m_recent.clear();
    m_rejected.clear();
    m_notes.clear();
    m_countState = CountState::Unknown;
    endResetModel();
    emit countStateChanged(m_countState);
    startGeneration();
}

void TableRowModel::refresh()
{
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it)
        m_stale.insert(it.key());
    startGeneration();
}

void TableRowModel::setPolicy(std::shared_ptr<const AccessPolicy> policy)
{
    m_policy = std::move(policy);
    if (m_rows > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1), {Qt::DisplayRole});
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
    if (!m_recent.isEmpty() && m_recent.last() == page)
        return;
    m_recent.removeOne(page);
    m_recent.append(page);
    while (m_recent.size() > kMaxCachedPages) {
        const int old = m_recent.takeFirst();
        m_pages.remove(old);
        m_stale.remove(old);
    }
}

void TableRowModel::requestPage(int page) const
{
    if (m_requested.contains(page) || page < 0 || (page > 0 && page >= m_anchors.size()))
        return;
    m_requested.insert(page, true);
    m_loader->requestPage(m_generation, page, page < m_anchors.size() ? m_anchors.at(page) : PageAnchor());
}

void TableRowModel::prefetch(int firstRow, int lastRow) const
{
    if (firstRow < 0 || lastRow < firstRow)
        return;
    for (int p = firstRow / kPage; p <= lastRow / kPage; ++p) {
        if (!m_pages.contains(p) || m_stale.contains(p))
            requestPage(p);
    }
}

bool TableRowModel::isRowLoaded(int row) const
{
    const auto it = m_pages.constFind(row / kPage);
    return it != m_pages.constEnd() && !m_stale.contains(row / kPage) && row % kPage < it->size();
}

QStringList TableRowModel::comments(const GridRow& row, int column) const
{
    const auto c = m_comments.constFind(row.id);
    if (c == m_comments.constEnd())
        return {};
    QStringList lines = c->value(column);
    if (column == 0)
        lines += c->value(-1);
    return lines;
}

const GridRow* TableRowModel::cachedRow(int row) const
{
    const auto it = m_pages.constFind(row / kPage);
    if (it == m_pages.constEnd())
        return nullptr;
    const int offset = row % kPage;
    return offset < it->size() ? &it->at(offset) : nullptr;
}

const GridRow* TableRowModel::rowAt(int row) const
{
    return cachedRow(row);
}

bool TableRowModel::fetchRows(int first, int count, QVector<GridRow>* out, QString* error) const
{
    out->clear();
    if (first < 0 || count <= 0)
        return true;
    const int page = first / kPage;
    const bool fromStart = page == 0 || page >= m_anchors.size();
    if (page > 0 && page >= m_anchors.size())
        return true;
    const int skip = first - page * kPage;
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(), m_query.pageSql(skip + count, fromStart),
            m_query.pageValues(fromStart ? PageAnchor() : m_anchors.at(page), fromStart), error, &q))
        return false;
    int i = 0;
    while (q.next()) {
        if (i++ >= skip)
            out->append(RowLoader::readRow(q, m_query.table, !m_query.carriedAt.isEmpty()));
    }
    return true;
}

int TableRowModel::rowOfId(const QString& rowId, QString* error) const
{
    if (m_query.sortColumn >= 0)
        return -1; // positions are only countable in entry order
    QVariantList binds = m_query.whereValues();
    binds.append(rowId);
    const QString sql = QStringLiteral(
        "SELECT COUNT(*) FROM %1 AS m WHERE %2 AND m.\"_seq\" < (SELECT \"_seq\" FROM %1 WHERE \"_id\" = ?)")
                            .arg(SqlDialect::quote(m_query.table.sqlName()),
                                m_query.countSql().section(QStringLiteral(" WHERE "), 1));
    const QVariant n = SqlUtil::scalar(m_ws.db(), sql, binds, error);
    if (!n.isValid())
        return -1;
    // The row must itself be in the query (not deleted, not filtered out).
    QVariantList check = m_query.whereValues();
    check.append(rowId);
    const QVariant in
        = SqlUtil::scalar(m_ws.db(), m_query.countSql() + QStringLiteral(" AND m.\"_id\" = ?"), check, error);
    return in.toInt() == 1 ? n.toInt() : -1;
}

void TableRowModel::applyUpdates(const QVector<RowUpdate>& updates)
{
    if (updates.isEmpty())
        return;
    QHash<QString, const RowUpdate*> byId;
    for (const RowUpdate& u : updates)
        byId.insert(u.rowId, &u);
    int first = -1;
    int last = -1;
    for (auto it = m_pages.begin(); it != m_pages.end(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            GridRow& r = (*it)[i];
            const RowUpdate* u = byId.value(r.id);
            if (!u)
                continue;
            r.version = u->version;
            r.carried = false; // changed now: no longer as last year left it
            for (auto v = u->values.constBegin(); v != u->values.constEnd(); ++v) {
                if (v.key() < r.values.size())
                    r.values[v.key()] = v.value();
            }
            const int row = it.key() * kPage + i;
            first = first < 0 ? row : qMin(first, row);
            last = qMax(last, row);
        }
    }
    if (first >= 0 && last < m_rows) {
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
        emit headerDataChanged(Qt::Vertical, first, last);
    }
}

void TableRowModel::setCellNotes(CellNotes notes)
{
    m_notes = std::move(notes);
    if (m_rows > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1),
            {Qt::BackgroundRole, Qt::ToolTipRole, NoteSeverityRole, NoteRole});
}

void TableRowModel::setCellComments(CellComments comments)
{
    m_comments = std::move(comments);
    if (m_rows > 0 && columnCount() > 0)
        emit dataChanged(index(0, 0), index(m_rows - 1, columnCount() - 1), {Qt::ToolTipRole, CommentRole});
}

void TableRowModel::setRejected(const QString& rowId, int column, const QString& text, const QString& reason)
{
    m_rejected[rowId].insert(column, {text, reason});
    for (auto it = m_pages.constBegin(); it != m_pages.constEnd(); ++it) {
        for (int i = 0; i < it->size(); ++i) {
            if (it->at(i).id == rowId) {
                const QModelIndex idx = index(it.key() * kPage + i, column);
                emit dataChanged(idx, idx);
            }
        }
    }
}

void TableRowModel::clearRejected(const QString& rowId, int column)
{
    auto it = m_rejected.find(rowId);
    if (it == m_rejected.end())
        return;
    it->remove(column);
    if (it->isEmpty())
        m_rejected.erase(it);
}

int TableRowModel::rejectedCount() const
{
    int n = 0;
    for (const auto& cells : m_rejected)
        n += static_cast<int>(cells.size());
    return n;
}

void TableRowModel::onPageLoaded(const RowPage& page)
{
    if (page.generation != m_generation)
        return; // a late answer to a query that has since been replaced
    m_requested.remove(page.index);
    m_pages.insert(page.index, page.rows);
    m_stale.remove(page.index);
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
    const int last = qMin(m_rows, first + kPage) - 1;
    if (last >= first && columnCount() > 0) {
        emit dataChanged(index(first, 0), index(last, columnCount() - 1));
        emit headerDataChanged(Qt::Vertical, first, last);
    }
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
    // Pages past the end after a refresh are gone for good.
    for (auto it = m_pages.begin(); it != m_pages.end();) {
        if (it.key() * kPage >= m_rows) {
            m_stale.remove(it.key());
            it = m_pages.erase(it);
        } else {
            ++it;
        }
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
    const int page = index.row() / kPage;
    const GridRow* row = cachedRow(index.row());
    if (!row || m_stale.contains(page))
        requestPage(page);
    if (!row) {
        if (role == LoadedRole)
            return false;
        if (role == Qt::DisplayRole && index.column() == 0)
            return tr("Loading…");
        return QVariant();
    }
    touch(page);
    const Field& field = m_query.table.fields.at(index.column());
    const QVariant& value = row->values.at(index.column());
    const Rejection* rejected = nullptr;
    const auto rj = m_rejected.constFind(row->id);
    if (rj != m_rejected.constEnd()) {
        const auto cell = rj->constFind(index.column());
        if (cell != rj->constEnd())
            rejected = &cell.value();
    }
    const CellNote* note = nullptr;
    if (!m_notes.isEmpty()) {
        const auto n = m_notes.constFind(row->id);
        if (n != m_notes.constEnd()) {
            const auto cell = n->constFind(index.column());
            if (cell != n->constEnd())
                note = &cell.value();
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return rejected ? rejected->text : ValueFormat::display(m_ws.catalog(), field, value);
    case CommentRole:
        return comments(*row, index.column());
    case CarriedRole:
        return row->carried;
    case Qt::EditRole:
        return rejected ? rejected->text : ValueFormat::editText(field, value);
    case Qt::ToolTipRole:
        if (rejected)
            return tr("Not saved: %1").arg(rejected->reason);
        if (note || !m_comments.isEmpty()) {
            const QStringList lines = comments(*row, index.column()) + (note ? note->lines : QStringList());
            if (!lines.isEmpty())
                return lines.join(QLatin1Char('\n'));
        }
        if (field.type == FieldType::Code && !value.isNull())
            return tr("Code %1").arg(value.toString());
        return QVariant();
    case Qt::BackgroundRole:
        if (rejected)
            return QBrush(QColor(255, 214, 214));
        // Findings in the spreadsheet colours people know: pale red for errors, pale yellow for
        // warnings (the delegate adds the corner mark).
        if (note && note->severity == Severity::Error)
            return QBrush(QColor(253, 234, 234));
        if (note && note->severity == Severity::Warning)
            return QBrush(QColor(255, 247, 214));
        return QVariant();
    case Qt::ForegroundRole:
        if (rejected)
            return QBrush(QColor(160, 0, 0));
        // Last year's figures, not yet looked at: a muted blue until someone changes the row.
        if (row->carried)
            return QBrush(QColor(70, 100, 150));
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
    case RejectedRole:
        return rejected ? QVariant(rejected->reason) : QVariant();
    case ReadOnlyReasonRole:
        return m_policy ? m_policy->rowReadOnlyReason(m_query.table, row->department) : QString();
    case UsageRole:
        return row->usage;
    case NoteSeverityRole:
        return note ? QVariant(static_cast<int>(note->severity)) : QVariant();
    case NoteRole:
        return note ? QVariant(note->lines) : QVariant();
    default:
        return QVariant();
    }
}

bool TableRowModel::setData(const QModelIndex& index, const QVariant& value, int role)
{
    if (role != Qt::EditRole || !index.isValid() || !m_editHandler || !(flags(index) & Qt::ItemIsEditable))
        return false;
    return m_editHandler(index.row(), index.column(), value.toString());
}

QVariant TableRowModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical) {
        if (section < 0 || section >= m_rows)
            return QVariant();
        const GridRow* row = cachedRow(section);
        const bool used = row && row->usage > 0;
        const bool carried = row && row->carried;
        if (role == Qt::DisplayRole)
            return carried ? tr("%1 (last year)").arg(section + 1) : QVariant(section + 1);
        if (role == Qt::ToolTipRole && (used || carried)) {
            QStringList tip;
            if (carried)
                tip.append(tr("Carried over from last year's round and not changed since; check it"));
            if (used)
                tip.append(
                    tr("In use: referenced by %n row(s) of other tables", nullptr, static_cast<int>(row->usage)));
            return tip.join(QLatin1Char('\n'));
        }
        if (role == Qt::BackgroundRole && carried)
            return QBrush(QColor(226, 234, 246));
        if (role == Qt::ForegroundRole && used)
            return QBrush(QColor(0, 70, 160));
        if (role == Qt::FontRole && used) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QVariant();
    }
    if (section < 0 || section >= m_query.table.fields.size())
        return QVariant();
    const Field& f = m_query.table.fields.at(section);
    switch (role) {
    case Qt::DisplayRole:
        return f.required ? f.headerLabel() + QStringLiteral(" *") : f.headerLabel();
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
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
    const GridRow* row = cachedRow(index.row());
    if (row && m_editHandler && m_policy && m_policy->rowReadOnlyReason(m_query.table, row->department).isEmpty())
        f |= Qt::ItemIsEditable;
    return f;
}

} // namespace caiji
