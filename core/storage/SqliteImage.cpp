#include "SqliteImage.h"

#include "NativeSqliteStatement.h"

#include <sqlite3.h>

namespace caiji {

void SqliteImage::makeReadable(QByteArray* image)
{
    constexpr int kWrite = 18;
    constexpr int kRead = 19;
    if (image->size() > kRead && (image->at(kWrite) == 2 || image->at(kRead) == 2)) {
        (*image)[kWrite] = 1;
        (*image)[kRead] = 1;
    }
}

bool SqliteImage::load(sqlite3* db, const QString& schema, const QByteArray& image, QString* error, Access access)
{
    const QByteArray name = schema.toUtf8();
    // SQLite only reads it: the const_cast is its API's.
    auto* data = reinterpret_cast<unsigned char*>(const_cast<char*>(image.constData()));
    const int rc = sqlite3_deserialize(db, name.constData(), data, image.size(), image.size(),
        access == Access::ReadOnly ? SQLITE_DESERIALIZE_READONLY : 0);
    if (rc != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errstr(rc));
        return false;
    }
    // Pages are handed out where they lie instead of being copied into the page cache.
    NativeSqliteStatement map(
        db, QStringLiteral("PRAGMA \"%1\".mmap_size = %2").arg(schema).arg(qMax<qsizetype>(image.size(), 4096)));
    QString ignored; // without it, only slower
    if (map.isValid())
        map.next(&ignored);
    return true;
}

sqlite3* SqliteImage::open(const QByteArray& image, QString* error)
{
    sqlite3* db = nullptr;
    QString failure;
    if (sqlite3_open_v2(":memory:", &db, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE, nullptr) != SQLITE_OK)
        failure = QString::fromUtf8(sqlite3_errmsg(db));
    else if (load(db, QStringLiteral("main"), image, &failure))
        return db;
    if (error)
        *error = failure;
    sqlite3_close(db);
    return nullptr;
}

bool SqliteImage::attach(sqlite3* db, const QString& schema, const QByteArray& image, QString* error, Access access)
{
    NativeSqliteStatement attach(db, QStringLiteral("ATTACH DATABASE ':memory:' AS \"%1\"").arg(schema));
    QString failure;
    if (!attach.isValid() || !attach.step(&failure)) {
        if (error)
            *error = failure.isEmpty() ? attach.errorText() : failure;
        return false;
    }
    if (load(db, schema, image, error, access))
        return true;
    NativeSqliteStatement detach(db, QStringLiteral("DETACH DATABASE \"%1\"").arg(schema));
    if (detach.isValid())
        detach.step(&failure);
    return false;
}

} // namespace caiji
