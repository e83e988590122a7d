#include "SqliteAttachment.h"

#include "NativeSqliteStatement.h"
#include "SqliteImage.h"

#include <QByteArrayList>
#include <QMutex>

namespace caiji {

SqliteAttachment::SqliteAttachment(sqlite3* db, const QByteArray& image, const QString& schema)
    : m_db(db)
    , m_schema(schema)
    , m_image(image)
{
    // Its connection writes (the merge into the workspace), and a write transaction locks
    // every attached database: the image is lockable, and never written.
    m_attached = SqliteImage::attach(m_db, schema, image, &m_error, SqliteImage::Access::Lockable);
}

SqliteAttachment::~SqliteAttachment()
{
    if (!m_attached)
        return;
    NativeSqliteStatement detach(m_db, QStringLiteral("DETACH DATABASE \"%1\"").arg(m_schema));
    QString ignored;
    if (detach.isValid() && detach.step(&ignored))
        return;
    // Still read by a transaction: it goes with the connection, and the connection reads the
    // bytes where they are until then, so they stay, for as long as the program runs.
    static QMutex mutex;
    static QByteArrayList kept;
    const QMutexLocker lock(&mutex);
    kept.append(m_image);
}

} // namespace caiji
