#pragma once

#include "../auth/AccessPolicy.h"
#include "../validation/Finding.h"
#include "../write/EditService.h"
#include "RowPage.h"
#include "TableQuery.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>
#include <QSet>

#include <functional>
#include <memory>

namespace caiji {

class RowLoader;
class Workspace;

/// A table model over one catalog table of one round that never blocks data() on the database.
/// Rows live in a sparse cache of pages filled by a RowLoader thread; a row not yet loaded shows
/// a placeholder and is requested. The row count is lazy: the first page gives a partial count,
/// the page index (loaded right after) the complete one. Edits go through an edit handler (the
/// GridEditor, which owns the undo stack); the model only patches its cache afterwards.
class TableRowModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        RowIdRole = Qt::UserRole + 1, ///< the row's UUID
        CanonicalRole, ///< the stored value (code, not label; QDate; bool …)
        LoadedRole, ///< whether the row is in the cache
        DepartmentRole, ///< the owning department's code
        RejectedRole, ///< the reason a typed or pasted value was refused, if any
        ReadOnlyReasonRole, ///< why the cell cannot be edited, if it cannot
        UsageRole, ///< source tables: how many rows elsewhere use this row
        NoteSeverityRole, ///< the gravest finding on the cell (int of Severity), if any
        NoteRole, ///< the cell's findings (a QStringList, one each, with its explanation)
        CommentRole, ///< the open or answered comments of a return pinned here (QStringList)
        CarriedRole, ///< bool: the row is 沿用上年, carried from last year and not changed since
    };
    /// What validation found on one cell.
    struct CellNote
    {
        Severity severity = Severity::Info;
        QStringList lines;
    };
    using CellNotes = QHash<QString, QHash<int, CellNote>>; ///< row id → column → note
    /// Comments of returns: row id → column → lines; column -1 holds a comment on the whole row.
    using CellComments = QHash<QString, QHash<int, QStringList>>;
    enum class CountState
    {
        Unknown,
        Partial,
        Complete,
    };
    using EditHandler = std::function<bool(int row, int column, const QString& text)>;

    explicit TableRowModel(Workspace& ws, QObject* parent = nullptr);
    ~TableRowModel() override;

    void setQuery(const TableQuery& query);
    /// The findings to mark in the grid (coloured cells with a corner mark, listed in the help
    /// pane); replaces the ones before.
    void setCellNotes(CellNotes notes);
    /// The comments of returns to mark in the grid (a corner mark of their own, listed in the help
    /// pane); a row's comment marks its first cell. Replaces the ones before.
    void setCellComments(CellComments comments);
    const TableQuery& query() const { return m_query; }
    const Table& table() const { return m_query.table; }
    Workspace& workspace() const { return m_ws; }
    CountState countState() const { return m_countState; }
    /// Reloads rows and count after rows were added or removed, keeping what is shown until the
    /// new pages arrive (no flicker, no reset).
    void refresh();

    void setEditHandler(EditHandler handler) { m_editHandler = std::move(handler); }
    void setPolicy(std::shared_ptr<const AccessPolicy> policy);
    const AccessPolicy* policy() const { return m_policy.get(); }

    /// Loads the pages covering these rows if they are not cached yet (the view calls this on scroll).
    void prefetch(int firstRow, int lastRow) const;
    bool isRowLoaded(int row) const;
    const GridRow* rowAt(int row) const;
    /// Reads rows straight from the database on this thread (for bulk edits over rows that are
    /// not cached); rows past the end are left out.
    bool fetchRows(int first, int count, QVector<GridRow>* out, QString* error) const;
    /// The grid row of a row id in the current query (entry order), or -1 (a quick count query;
    /// used to jump from a finding to its cell).
    int rowOfId(const QString& rowId, QString* error) const;
    /// Patches cached rows after a successful write and tells the views.
    void applyUpdates(const QVector<RowUpdate>& updates);
    void setRejected(const QString& rowId, int column, const QString& text, const QString& reason);
    void clearRejected(const QString& rowId, int column);
    int rejectedCount() const;

    /// How many pages the cache keeps at most (older ones are dropped first).
    static constexpr int kMaxCachedPages = 48; // 12,288 rows: many screens of a grid

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;

signals:
    void countStateChanged(caiji::TableRowModel::CountState state);
    void loadFailed(const QString& message);

private:
    void onPageLoaded(const caiji::RowPage& page);
    void onIndexLoaded(const caiji::RowIndex& index);
    const GridRow* cachedRow(int row) const;
    QStringList comments(const GridRow& row, int column) const;
    void requestPage(int page) const;
    void touch(int page) const;
    void setCountState(CountState s);
    void startGeneration();

    struct Rejection
    {
        QString text;
        QString reason;
    };

    Workspace& m_ws;
    RowLoader* m_loader;
    TableQuery m_query;
    quint64 m_generation = 0;
    int m_rows = 0;
    CountState m_countState = CountState::Unknown;
    QVector<PageAnchor> m_anchors;
    mutable QHash<int, QVector<GridRow>> m_pages;
    mutable QSet<int> m_stale;
    mutable QList<int> m_recent;
    mutable QHash<int, bool> m_requested;
    QHash<QString, QHash<int, Rejection>> m_rejected;
    CellNotes m_notes;
    CellComments m_comments;
    EditHandler m_editHandler;
    std::shared_ptr<const AccessPolicy> m_policy;
};

} // namespace caiji
