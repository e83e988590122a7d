#pragma once

#include <QByteArray>
#include <QString>

struct sqlite3;

namespace caiji {

/// A database file's bytes read by SQLite where they lie in memory (sqlite3_deserialize, read
/// only): a package being merged is never written out to a temporary file, so a sealed package's
/// plain text never reaches the disk, a killed merge leaves nothing behind, and its pages are
/// read without a copy. The bytes must stay alive and unchanged while any connection reads them
/// (a QByteArray held alongside: several connections, on several threads, may share one image).
class SqliteImage
{
public:
    enum class Access
    {
        ReadOnly,
        /// Also takes part in a write transaction of the connection: BEGIN IMMEDIATE locks every
        /// attached database for writing, which SQLite refuses a read-only image. Nothing may
        /// write to it then (nothing does: it is only joined with), as SQLite would write into
        /// the bytes themselves.
        Lockable
    };

    /// A file last written in WAL mode says so in its header (bytes 18 and 19); read in memory
    /// there is no log, and SQLite refuses it unless it reads as a plain file: this says so
    /// instead (the rest of the bytes unchanged; `image` is copied only if shared and needing it).
    static void makeReadable(QByteArray* image);
    /// Makes `schema` of `db` ("main", or one attached) the image.
    static bool load(
        sqlite3* db, const QString& schema, const QByteArray& image, QString* error, Access access = Access::ReadOnly);
    /// A connection of its own to the image (a worker's), or nullptr with `error`. sqlite3_close() it.
    static sqlite3* open(const QByteArray& image, QString* error);
    /// Attaches the image to `db` as `schema` (outside any transaction of `db`).
    static bool attach(
        sqlite3* db, const QString& schema, const QByteArray& image, QString* error, Access access = Access::ReadOnly);
};

} // namespace caiji
