#pragma once

#include "EditService.h"

#include <QCoreApplication>
#include <QSqlDatabase>

#include <functional>

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

    /// Writes the rows in `order` (changes per row in `byRow`, last one per column wins) of the
    /// columns `touched`; `result` gets the rows written, the conflicts and the owners.
    bool write(const QVector<QString>& order, const QHash<QString, QVector<const CellChange*>>& byRow,
        const QVector<int>& touched, const QString& user, const QString& now, const QString& reason, const Guard& guard,
        EditResult* result);

    /// Whether the rows change few enough combinations of columns for this way to pay.
    static bool suits(const QVector<QString>& order, const QHash<QString, QVector<const CellChange*>>& byRow,
        const QVector<int>& touched);
    /// From how many rows EditService writes this way (tests lower it to run every call so).
    static int threshold();
    static void setThreshold(int rows);

private:
    static constexpr int kMaxColumns = 62; ///< a bit each in a 64-bit mask
    static constexpr int kMaxCombinations = 16;

    bool exec(const QString& sql, const QVariantList& binds, QString* error);
    QString jsonOf(int column, const QString& expression) const;

    sqlite3* m_db;
    const Table& m_table;
    int m_round;
};

} // namespace caiji
