#include "NativeSqliteWriter.h"

#include <sqlite3.h>

#include <QDate>
#include <QSqlDriver>
#include <QStringEncoder>

namespace caiji {

sqlite3* NativeSqliteWriter::handleOf(const QSqlDatabase& db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

NativeSqliteWriter::NativeSqliteWriter(sqlite3* db, const QString& sql)
    : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &m_stmt, nullptr) != SQLITE_OK)
        m_stmt = nullptr;
}

NativeSqliteWriter::~NativeSqliteWriter()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

QString NativeSqliteWriter::errorText() const
{
    return QString::fromUtf8(sqlite3_errmsg(m_db));
}

void NativeSqliteWriter::bind(int i, const QVariant& v)
{
    const int pos = i + 1;
    if (v.isNull() || !v.isValid()) {
        sqlite3_bind_null(m_stmt, pos);
        return;
    }
    switch (v.typeId()) {
    case QMetaType::Bool:
        sqlite3_bind_int(m_stmt, pos, v.toBool() ? 1 : 0);
        break;
    case QMetaType::Int:
    case QMetaType::LongLong:
    case QMetaType::UInt:
    case QMetaType::ULongLong:
        sqlite3_bind_int64(m_stmt, pos, v.toLongLong());
        break;
    case QMetaType::Double:
        sqlite3_bind_double(m_stmt, pos, v.toDouble());
        break;
    case QMetaType::QByteArray: {
        // Text already in UTF-8 (RowInserter::encode); the caller keeps it alive until step().
        const QByteArray* utf8 = static_cast<const QByteArray*>(v.constData());
        sqlite3_bind_text(m_stmt, pos, utf8->constData(), static_cast<int>(utf8->size()), SQLITE_STATIC);
        break;
    }
    default: {
        // UTF-8, the workspace's encoding (text bound as UTF-16 is converted inside SQLite),
        // kept here until the next row so that SQLite need not copy it.
        // The buffer of each position is reused row after row: no allocation per value.
        if (m_texts.size() <= i)
            m_texts.resize(i + 1);
        const QString text = v.typeId() == QMetaType::QDate ? v.toDate().toString(Qt::ISODate) : v.toString();
        QByteArray& buffer = m_texts[i];
        QStringEncoder encoder(QStringEncoder::Utf8);
        buffer.resize(encoder.requiredSpace(text.size()));
        char* end = encoder.appendToBuffer(buffer.data(), text);
        sqlite3_bind_text(m_stmt, pos, buffer.constData(), static_cast<int>(end - buffer.constData()), SQLITE_STATIC);
    }
    }
}

bool NativeSqliteWriter::step(QString* error)
{
    const int rc = sqlite3_step(m_stmt);
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
    if (rc != SQLITE_DONE) {
        if (error)
            *error = errorText();
        return false;
    }
    return true;
}

} // namespace caiji
