#include "NativeSqliteStatement.h"

#include <sqlite3.h>

#include <QDate>
#include <QSqlDriver>
#include <QStringEncoder>

#include <cstring>

namespace caiji {

sqlite3* NativeSqliteStatement::handleOf(const QSqlDatabase& db)
{
    if (!db.isValid() || !db.driver())
        return nullptr;
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3* const*>(v.constData());
}

NativeSqliteStatement::NativeSqliteStatement(sqlite3* db, const QString& sql)
    : m_db(db)
{
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(m_db, utf8.constData(), static_cast<int>(utf8.size()), &m_stmt, nullptr) != SQLITE_OK) {
        m_stmt = nullptr;
        m_prepareError = QString::fromUtf8(sqlite3_errmsg(m_db));
    }
}

NativeSqliteStatement::~NativeSqliteStatement()
{
    if (m_stmt)
        sqlite3_finalize(m_stmt);
}

QString NativeSqliteStatement::errorText() const
{
    return m_stmt ? QString::fromUtf8(sqlite3_errmsg(m_db)) : m_prepareError;
}

void NativeSqliteStatement::bind(int i, const QVariant& v)
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

bool NativeSqliteStatement::step(QString* error)
{
    if (!m_stmt) {
        if (error)
            *error = m_prepareError;
        return false;
    }
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

int NativeSqliteStatement::changes() const
{
    return sqlite3_changes(m_db);
}

bool NativeSqliteStatement::next(QString* error)
{
    if (!m_stmt) {
        if (error)
            *error = m_prepareError;
        return false;
    }
    const int rc = sqlite3_step(m_stmt);
    if (rc == SQLITE_ROW)
        return true;
    if (rc != SQLITE_DONE && error)
        *error = errorText();
    return false;
}

void NativeSqliteStatement::reset()
{
    sqlite3_reset(m_stmt);
    sqlite3_clear_bindings(m_stmt);
}

bool NativeSqliteStatement::isNull(int column) const
{
    return sqlite3_column_type(m_stmt, column) == SQLITE_NULL;
}

qint64 NativeSqliteStatement::integer(int column) const
{
    return sqlite3_column_int64(m_stmt, column);
}

QString NativeSqliteStatement::text(int column) const
{
    const char* text = reinterpret_cast<const char*>(sqlite3_column_text(m_stmt, column));
    return QString::fromUtf8(text, sqlite3_column_bytes(m_stmt, column));
}

QVariant NativeSqliteStatement::value(int column) const
{
    switch (sqlite3_column_type(m_stmt, column)) {
    case SQLITE_INTEGER:
        return QVariant(static_cast<qlonglong>(sqlite3_column_int64(m_stmt, column)));
    case SQLITE_FLOAT:
        return QVariant(sqlite3_column_double(m_stmt, column));
    case SQLITE_TEXT:
        return QVariant(text(column));
    case SQLITE_BLOB: {
        const char* data = static_cast<const char*>(sqlite3_column_blob(m_stmt, column));
        return QVariant(QByteArray(data, sqlite3_column_bytes(m_stmt, column)));
    }
    default:
        return QVariant();
    }
}

bool NativeSqliteStatement::same(int a, int b) const
{
    const int ta = sqlite3_column_type(m_stmt, a);
    const int tb = sqlite3_column_type(m_stmt, b);
    if (ta == SQLITE_NULL || tb == SQLITE_NULL)
        return ta == tb;
    const bool numA = ta == SQLITE_INTEGER || ta == SQLITE_FLOAT;
    const bool numB = tb == SQLITE_INTEGER || tb == SQLITE_FLOAT;
    if (numA && numB) {
        if (ta == SQLITE_INTEGER && tb == SQLITE_INTEGER)
            return sqlite3_column_int64(m_stmt, a) == sqlite3_column_int64(m_stmt, b);
        return sqlite3_column_double(m_stmt, a) == sqlite3_column_double(m_stmt, b);
    }
    if (numA != numB)
        return false;
    // Text with text, a blob with a blob: byte for byte (the column's own encoding, UTF-8).
    const void* x
        = ta == SQLITE_TEXT ? static_cast<const void*>(sqlite3_column_text(m_stmt, a)) : sqlite3_column_blob(m_stmt, a);
    const int nx = sqlite3_column_bytes(m_stmt, a);
    const void* y
        = tb == SQLITE_TEXT ? static_cast<const void*>(sqlite3_column_text(m_stmt, b)) : sqlite3_column_blob(m_stmt, b);
    const int ny = sqlite3_column_bytes(m_stmt, b);
    return ta == tb && nx == ny && (nx == 0 || memcmp(x, y, static_cast<size_t>(nx)) == 0);
}

} // namespace caiji
