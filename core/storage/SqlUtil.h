#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariantList>

#include <functional>

namespace caiji {

/// Small helpers that turn Qt Sql failures into readable error strings.
class SqlUtil
{
    Q_DECLARE_TR_FUNCTIONS(caiji::SqlUtil)

public:
    /// Prepares and runs sql with positional values; on failure fills error and returns false.
    static bool exec(
        QSqlDatabase db, const QString& sql, const QVariantList& values, QString* error, QSqlQuery* result = nullptr);
    static bool exec(QSqlDatabase db, const QString& sql, QString* error) { return exec(db, sql, {}, error); }
    /// The first column of the first row, or an invalid QVariant.
    static QVariant scalar(
        QSqlDatabase db, const QString& sql, const QVariantList& values = {}, QString* error = nullptr);
    static QString describe(const QSqlQuery& q);
    /// Runs `sql` for `values` in batches: "%in" in it stands for one batch's placeholders
    /// (`... WHERE x IN (%in)`), bound after `before`; `row` sees every result row. On SQLite,
    /// one statement for all values (json_each of one bound array).
    /// Values as one JSON array, for `x IN (SELECT value FROM json_each(?))` on SQLite: one
    /// statement and one bound value however many there are.
    static QByteArray jsonList(const QStringList& values);
    static bool selectIn(QSqlDatabase db, const QString& sql, const QVariantList& before, const QStringList& values,
        int batch, const std::function<void(const QSqlQuery&)>& row, QString* error);
};

/// Begins a transaction and rolls it back unless commit() succeeded: an early return or an
/// error in between leaves the workspace as it was. Transactions nest per connection: an inner
/// one joins the outer one (the outer commit decides), and an inner one that does not commit
/// makes the outer commit fail and roll back, so a half-done step never lands.
class Transaction
{
    Q_DECLARE_TR_FUNCTIONS(caiji::Transaction)

public:
    explicit Transaction(QSqlDatabase db);
    ~Transaction();
    Transaction(const Transaction&) = delete;
    Transaction& operator=(const Transaction&) = delete;

    bool isActive() const { return m_active && !m_done; }
    /// False, with why in `error` (another program writing, in words for people), when the
    /// transaction could not begin: check it before writing.
    bool begun(QString* error) const;
    bool commit(QString* error);
    /// Whether the last outermost transaction of the connection (this thread's) could not begin
    /// because another connection was writing: the caller may wait and try again.
    static bool busy(const QSqlDatabase& db);
    /// Forgets it, before a write whose own outcome busy() is to tell.
    static void clearBusy(const QSqlDatabase& db);

private:
    QSqlDatabase m_db;
    QString m_beginError;
    bool m_active = false;
    bool m_done = false;
    bool m_outermost = false;
};

/// A larger SQLite page cache while a bulk load runs: with the everyday cache, the index
/// pages of a large table spill to the WAL and are read back again and again (an import of
/// 100,000 rows ran a third slower). The everyday size comes back when it goes, which frees
/// the extra pages. Nothing happens on PostgreSQL.
class BulkWriteCache
{
public:
    explicit BulkWriteCache(QSqlDatabase db);
    ~BulkWriteCache();
    BulkWriteCache(const BulkWriteCache&) = delete;
    BulkWriteCache& operator=(const BulkWriteCache&) = delete;

    /// Page cache sizes in KiB (SQLite's negative cache_size form).
    static constexpr int kEverydayKib = 16000;
    static constexpr int kBulkKib = 65536;

private:
    QSqlDatabase m_db;
    bool m_sqlite;
};

} // namespace caiji
