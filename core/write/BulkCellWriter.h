#pragma once

#include "EditService.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>
#include <optional>

struct sqlite3;

namespace caiji {

/// Writes the changed cells of many rows of one table on SQLite in a few set-based statements:
/// the changes are staged in a temporary table, then one statement per combination of changed
/// columns checks the versions, one journals the old and new values and one updates the rows.
/// Row by row the same work costs about ten microseconds a row, most of it in calls rather
/// than in SQLite; a merge of two hundred thousand rows spent seconds there (DESIGN 3.7).
/// EditService uses it for large calls on SQLite, with the same checks and the same result:
/// rows whose version moved are conflicts and left alone, the owners are asked first.
class BulkCellWriter
{
    Q_DECLARE_TR_FUNCTIONS(caiji::BulkCellWriter)

public:
    using Guard = std::function<bool(const QSet<QString>& departments, QString* error)>;

    BulkCellWriter(sqlite3* db, const Table& table, int round);
    /// Empties the stage: the temporary table stays for the connection's next call.
    ~BulkCellWriter();
    BulkCellWriter(const BulkCellWriter&) = delete;
    BulkCellWriter& operator=(const BulkCellWriter&) = delete;

    /// Stages the rows in `order` (changes per row in `byRow`, last one per column wins) of the
    /// columns `touched`; both must outlive write().
    bool stage(const QVector<QString>& order, const QHash<QString, QVector<const CellChange*>>& byRow,
        const QVector<int>& touched, QString* error);
    /// Stages the rows `select` gives on the same connection (a file attached to it), each as its
    /// id, its _seq in the table, the version it was read at, a mask (bit i: field i of the table changes) and then one
    /// value per field of the table, as stored (read only where its bit is set). Rows whose mask
    /// is 0 change nothing and are left out.
    bool stageQuery(const QString& select, const QVariantList& binds, QString* error);
    /// Takes the rows of the temporary table `table` on the same connection as the stage, as
    /// stageQuery would have copied them (id, seq, version, mask, then c0… one per field of the
    /// table; other columns are not read): nothing is copied. Rows whose mask is 0 must be left
    /// out already. The table is emptied with the write (a call rolled back leaves it as it was).
    bool stageTable(const QString& table, QString* error);
    /// Every staged change of `columns` (all when empty), canonical, in the order staged; stops
    /// when `visit` returns false.
    bool forEach(const QVector<int>& columns,
        const std::function<bool(const QString& rowId, int column, const QVariant& value)>& visit,
        QString* error) const;
    /// Each distinct staged value of each column once, as forEach gives it (a value and its
    /// type: 32 and 32.0 are two), for checks that depend on the value alone; stops when
    /// `visit` returns false.
    bool forEachValue(const std::function<bool(int column, const QVariant& value)>& visit, QString* error) const;
    /// The columns any staged row changes, in table order (as staged: before write()).
    bool changedColumns(QVector<int>* out, QString* error) const;
    /// Writes what is staged: `result` gets the rows written (from a query: their ids and
    /// versions only), the cells, the conflicts and the owners.
    bool write(const QString& user, const QString& now, const QString& reason, const Guard& guard, EditResult* result);

    /// Whether the rows change few enough combinations of columns for this way to pay.
    static bool suits(const QVector<QString>& order, const QHash<QString, QVector<const CellChange*>>& byRow,
        const QVector<int>& touched);
    /// From how many rows EditService writes this way (tests lower it to run every call so).
    static int threshold();
    static void setThreshold(int rows);
    /// The most fields a table may have for stageQuery (a bit each in a 64-bit mask).
    static constexpr int kMaxColumns = 62;

private:
    static constexpr int kMaxCombinations = 16;

    bool exec(const QString& sql, const QVariantList& binds, QString* error);
    QString jsonOf(int column, const QString& expression) const;
    /// Whether the table's fields fit the mask of a whole-row stage (stageQuery, stageTable).
    bool fitsWholeRows(QString* error) const;
    /// `stage` is the stage now, for the columns `touched`.
    void use(const QString& stage, const QVector<int>& touched);
    /// Creates (once per connection) and empties the stage for the columns `touched`.
    bool prepareStage(const QVector<int>& touched, QString* error);
    /// The conflicts of a staged row whose version moved on or that is gone.
    void conflictsOf(const class NativeSqliteStatement& q, bool gone, EditResult* result) const;

    sqlite3* m_db;
    const Table& m_table;
    int m_round;
    QVector<int> m_touched;
    QString m_stage; ///< empty until staged
    /// Staged from changes: those changes, and the rows as the callers' views take them over.
    const QHash<QString, QVector<const CellChange*>>* m_byRow = nullptr;
    QVector<RowUpdate> m_updates;
    mutable std::optional<QVector<int>> m_changed; ///< changedColumns, once asked
};

} // namespace caiji
