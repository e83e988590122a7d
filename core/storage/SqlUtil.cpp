#include "SqlUtil.h"

#include <QSqlError>

namespace caiji {

QString SqlUtil::describe(const QSqlQuery& q)
{
    const QSqlError e = q.lastError();
    QString text = e.databaseText().trimmed();
    if (text.isEmpty())
        text = e.text().trimmed();
    return text;
}

bool SqlUtil::exec(QSqlDatabase db, const QString& sql, const QVariantList& values, QString* error, QSqlQuery* result)
{
    QSqlQuery q(db);
    q.setForwardOnly(true);
    bool ok = false;
    if (values.isEmpty()) {
        ok = q.exec(sql);
    } else {
        ok = q.prepare(sql);
        if (ok) {
            for (int i = 0; i < values.size(); ++i)
                q.bindValue(i, values.at(i));
            ok = q.exec();
        }
    }
    if (!ok) {
        if (error)
            *error = tr("Database error: %1").arg(describe(q));
        return false;
    }
    if (result)
        *result = std::move(q);
    return true;
}

QVariant SqlUtil::scalar(QSqlDatabase db, const QString& sql, const QVariantList& values, QString* error)
{
    QSqlQuery q(db);
    if (!exec(db, sql, values, error, &q))
        return QVariant();
    if (!q.next())
        return QVariant();
    return q.value(0);
}

Transaction::Transaction(QSqlDatabase db)
    : m_db(db)
{
    m_active = m_db.transaction();
}

Transaction::~Transaction()
{
    if (m_active)
        m_db.rollback();
}

bool Transaction::commit(QString* error)
{
    if (!m_active) {
        if (error)
            *error = tr("Could not start a database transaction: %1").arg(m_db.lastError().text());
        return false;
    }
    m_active = false;
    if (!m_db.commit()) {
        if (error)
            *error = tr("Could not save the changes: %1").arg(m_db.lastError().text());
        m_db.rollback();
        return false;
    }
    return true;
}

} // namespace caiji
