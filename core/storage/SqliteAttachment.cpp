#include "SqliteAttachment.h"

#include "NativeSqliteStatement.h"

namespace caiji {

SqliteAttachment::SqliteAttachment(sqlite3* db, const QString& path, const QString& schema)
    : m_db(db)
    , m_schema(schema)
{
    NativeSqliteStatement attach(m_db, QStringLiteral("ATTACH DATABASE ? AS \"%1\"").arg(schema));
    if (!attach.isValid()) {
        m_error = attach.errorText();
        return;
    }
    attach.bind(0, path);
    m_attached = attach.step(&m_error);
    if (!m_attached)
        return;
    // Read through a memory map: a join over a package of tens of megabytes otherwise copies
    // its pages through the connection's small cache again and again.
    NativeSqliteStatement map(m_db, QStringLiteral("PRAGMA \"%1\".mmap_size = %2").arg(schema).arg(kMapBytes));
    QString ignored; // without it, only slower
    if (map.isValid())
        map.next(&ignored);
}

SqliteAttachment::~SqliteAttachment()
{
    if (!m_attached)
        return;
    NativeSqliteStatement detach(m_db, QStringLiteral("DETACH DATABASE \"%1\"").arg(m_schema));
    QString ignored; // still read by a transaction: it goes with the connection
    if (detach.isValid())
        detach.step(&ignored);
}

} // namespace caiji
