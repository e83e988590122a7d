#pragma once

#include <QString>
#include <QtGlobal>

struct sqlite3;

namespace caiji {

/// Another database file attached to a SQLite connection under a schema name for as long as
/// this lives, so that one statement reads both (a merge joins a package with the workspace).
/// Attach it outside any transaction of the connection and let it go after that transaction:
/// SQLite detaches only a file no transaction of the connection still reads.
class SqliteAttachment
{
public:
    SqliteAttachment(sqlite3* db, const QString& path, const QString& schema);
    ~SqliteAttachment();
    SqliteAttachment(const SqliteAttachment&) = delete;
    SqliteAttachment& operator=(const SqliteAttachment&) = delete;

    bool isAttached() const { return m_attached; }
    QString errorText() const { return m_error; }

private:
    static constexpr qint64 kMapBytes = qint64(1) << 30;

    sqlite3* m_db;
    QString m_schema;
    bool m_attached = false;
    QString m_error;
};

} // namespace caiji
