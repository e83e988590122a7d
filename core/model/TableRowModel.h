#pragma once

#include "RowPage.h"
#include "TableQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace caiji {

class RowLoader;
class Workspace;

/// A table model over one catalog table of one round that never blocks data() on the database.
/// Rows live in a sparse cache of pages filled by a RowLoader thread; a row not yet loaded shows
/// a placeholder and is requested. The row count is lazy: the first page gives a partial count,
/// the page index (loaded right after) the complete one.
class TableRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RowIdRole = Qt::UserRole + 1, ///< the row's UUID
        CanonicalRole,                ///< the stored value (code, not label; QDate; bool …)
        LoadedRole,                   ///< whether the row is in the cache
        DepartmentRole,               ///< the owning department's code
    };
    enum class CountState
    {
        Unknown,
        Partial,
        Complete,
    };

    explicit TableRowModel(Workspace& ws, QObject* parent = nullptr);
    ~TableRowModel() override;

    void setQuery(const TableQuery& query);
    const TableQuery& query() const { return m_query; }
    const Table& table() const { return m_query.table; }
    CountState countState() const { return m_countState; }
    /// Loads the pages covering these rows if they are not cached yet (the view calls this on scroll).
    void prefetch(int firstRow, int lastRow) const;
    bool isRowLoaded(int row) const;
    /// How many pages the cache keeps at most (older ones are dropped first).
    static constexpr int kMaxCachedPages = 160;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void countStateChanged(caiji::TableRowModel::CountState state);
    void loadFailed(const QString& message);

private:
    void onPageLoaded(const caiji::RowPage& page);
    void onIndexLoaded(const caiji::RowIndex& index);
    const GridRow* cachedRow(int row) const;
    void requestPage(int page) const;
    void touch(int page) const;
    void setCountState(CountState s);

    Workspace& m_ws;
    RowLoader* m_loader;
    TableQuery m_query;
    quint64 m_generation = 0;
    int m_rows = 0;
    CountState m_countState = CountState::Unknown;
    QVector<qint64> m_anchors;
    mutable QHash<int, QVector<GridRow>> m_pages;
    mutable QList<int> m_recent;
    mutable QHash<int, bool> m_requested;
};

} // namespace caiji
