#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVector>

struct sqlite3;
struct sqlite3_stmt;

namespace caiji {

/// A prepared statement run straight on the SQLite handle under a Qt connection. Qt's driver
/// costs several microseconds per bound value (it looks every parameter up by name) and turns
/// every column of every row it reads into a QVariant, which dominated bulk loads and merges;
/// here a row costs about one. Used for bulk writes inside the connection's own (Qt)
/// transaction, and for reads of many rows of which few columns matter.
class NativeSqliteStatement
{
public:
    /// The sqlite3 handle of a QSQLITE connection, or null for any other driver.
    static sqlite3* handleOf(const QSqlDatabase& db);

    NativeSqliteStatement(sqlite3* db, const QString& sql);
    ~NativeSqliteStatement();
    NativeSqliteStatement(const NativeSqliteStatement&) = delete;
    NativeSqliteStatement& operator=(const NativeSqliteStatement&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    /// Binds `value` (null, integer, double, bool, text, date as text; a QByteArray is UTF-8
    /// text that must stay alive until step()) at 0-based position i.
    void bind(int i, const QVariant& value);
    /// Runs the statement and resets it for the next row (one that could not be prepared fails
    /// with errorText()).
    bool step(QString* error);
    /// The rows the last step() changed.
    int changes() const;
    /// Why the statement failed: for one that could not be prepared, SQLite's reason then (the
    /// connection's latest message may by now be another statement's, or "not an error").
    QString errorText() const;

    /// Reading: the next row, or false at the end or on an error (then `error`, when given, is
    /// set; at the end it is left alone). reset() starts over with new bindings.
    bool next(QString* error = nullptr);
    void reset();
    bool isNull(int column) const;
    qint64 integer(int column) const;
    QString text(int column) const;
    /// A column as Qt's driver reads it: qlonglong, double, QString, QByteArray or null.
    QVariant value(int column) const;
    /// Whether two columns of the row hold the same value (SQL's IS: nulls alike, 1 = 1.0).
    bool same(int a, int b) const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QString m_prepareError;
    QVector<QByteArray> m_texts; ///< bound text, by position, alive until the next row
};

} // namespace caiji
