#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVector>

struct sqlite3;
struct sqlite3_stmt;

namespace caiji {

/// A prepared statement run straight on the SQLite handle under a Qt connection. Qt's driver
/// costs several microseconds per bound value (it looks every parameter up by name), which
/// dominated bulk loads; here a row costs about one. Used only for bulk inserts, inside the
/// connection's own (Qt) transaction.
class NativeSqliteWriter
{
public:
    /// The sqlite3 handle of a QSQLITE connection, or null for any other driver.
    static sqlite3* handleOf(const QSqlDatabase& db);

    NativeSqliteWriter(sqlite3* db, const QString& sql);
    ~NativeSqliteWriter();
    NativeSqliteWriter(const NativeSqliteWriter&) = delete;
    NativeSqliteWriter& operator=(const NativeSqliteWriter&) = delete;

    bool isValid() const { return m_stmt != nullptr; }
    /// Binds `value` (null, integer, double, bool, text, date as text; a QByteArray is UTF-8
    /// text that must stay alive until step()) at 0-based position i.
    void bind(int i, const QVariant& value);
    /// Runs the statement and resets it for the next row.
    bool step(QString* error);
    QString errorText() const;

private:
    sqlite3* m_db;
    sqlite3_stmt* m_stmt = nullptr;
    QVector<QByteArray> m_texts; ///< bound text, by position, alive until the next row

};

} // namespace caiji
