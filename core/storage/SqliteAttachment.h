#pragma once

#include <QByteArray>
#include <QString>
#include <QtGlobal>

struct sqlite3;

namespace caiji {

/// Another database, a file's bytes in memory (SqliteImage), attached to a SQLite connection
/// under a schema name for as long as this lives, so that one statement reads both (a merge
/// joins a package with the workspace). Attach it outside any transaction of the connection and
/// let it go after that transaction: SQLite detaches only what no transaction still reads (the
/// bytes are then kept for as long as the connection may read them).
class SqliteAttachment
{
public:
    SqliteAttachment(sqlite3* db, const QByteArray& image, const QString& schema);
    ~SqliteAttachment();
    SqliteAttachment(const SqliteAttachment&) = delete;
    SqliteAttachment& operator=(const SqliteAttachment&) = delete;

    bool isAttached() const { return m_attached; }
    QString errorText() const { return m_error; }

private:
    sqlite3* m_db;
    QString m_schema;
    QByteArray m_image; ///< shared, not copied: what the connection reads
    bool m_attached = false;
    QString m_error;
};

} // namespace caiji
