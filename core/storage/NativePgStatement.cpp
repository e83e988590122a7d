#include "NativePgStatement.h"

#include <QDate>
#include <QDateTime>
#include <QSqlDriver>

#include <atomic>
#include <libpq-fe.h>

namespace caiji {

pg_conn* NativePgStatement::handleOf(const QSqlDatabase& db)
{
    if (!db.isValid() || db.driverName() != QLatin1String("QPSQL"))
        return nullptr;
    const QVariant h = db.driver()->handle();
    // QPSQL declares the handle's type by libpq's struct name (pg_conn*; PGconn is its typedef).
    if (!h.isValid() || (qstrcmp(h.typeName(), "pg_conn*") != 0 && qstrcmp(h.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn* const*>(h.data());
}

NativePgStatement::NativePgStatement(pg_conn* conn, const QString& sql)
    : m_conn(conn)
{
    static std::atomic<int> counter {0};
    m_name = "cj_native_" + QByteArray::number(++counter);
    // ? → $n, outside quoted literals.
    QString text;
    text.reserve(sql.size() + sql.size() / 4);
    bool quoted = false;
    for (const QChar c : sql) {
        if (c == QLatin1Char('\''))
            quoted = !quoted;
        if (c == QLatin1Char('?') && !quoted)
            text += QLatin1Char('$') + QString::number(++m_params);
        else
            text += c;
    }
    m_values.resize(m_params);
    m_null.fill(true, m_params);
    PGresult* r = PQprepare(m_conn, m_name.constData(), text.toUtf8().constData(), m_params, nullptr);
    m_prepared = r && PQresultStatus(r) == PGRES_COMMAND_OK;
    if (!m_prepared)
        m_error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    PQclear(r);
}

NativePgStatement::~NativePgStatement()
{
    PQclear(m_result);
    if (m_prepared) {
        // A failed transaction refuses DEALLOCATE too; the name then goes with the session.
        PQclear(PQexec(m_conn, ("DEALLOCATE " + m_name).constData()));
    }
}

void NativePgStatement::bind(int i, const QVariant& value)
{
    if (i < 0 || i >= m_params)
        return;
    m_null[i] = value.isNull() || !value.isValid();
    if (m_null[i])
        return;
    switch (value.typeId()) {
    case QMetaType::Bool:
        m_values[i] = value.toBool() ? QByteArrayLiteral("true") : QByteArrayLiteral("false");
        break;
    case QMetaType::Double:
    case QMetaType::Float:
        m_values[i] = QByteArray::number(value.toDouble(), 'g', 17);
        break;
    case QMetaType::QDate:
        m_values[i] = value.toDate().toString(Qt::ISODate).toUtf8();
        break;
    case QMetaType::QDateTime:
        m_values[i] = value.toDateTime().toString(Qt::ISODateWithMs).toUtf8();
        break;
    case QMetaType::QByteArray:
        m_values[i] = value.toByteArray();
        break;
    default:
        m_values[i] = value.toString().toUtf8();
    }
}

bool NativePgStatement::exec(QString* error)
{
    PQclear(m_result);
    m_result = nullptr;
    QVector<const char*> params(m_params);
    for (int i = 0; i < m_params; ++i)
        params[i] = m_null[i] ? nullptr : m_values[i].constData();
    m_result = PQexecPrepared(m_conn, m_name.constData(), m_params, params.constData(), nullptr, nullptr, 0);
    const ExecStatusType s = m_result ? PQresultStatus(m_result) : PGRES_FATAL_ERROR;
    if (s == PGRES_COMMAND_OK || s == PGRES_TUPLES_OK)
        return true;
    if (error)
        *error = QString::fromUtf8(PQerrorMessage(m_conn)).trimmed();
    return false;
}

int NativePgStatement::rows() const
{
    return m_result ? PQntuples(m_result) : 0;
}

QString NativePgStatement::value(int row, int column) const
{
    if (!m_result || PQgetisnull(m_result, row, column))
        return QString();
    return QString::fromUtf8(PQgetvalue(m_result, row, column), PQgetlength(m_result, row, column));
}

} // namespace caiji
