#include "SqlUtil.h"

#include <QHash>
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

namespace {
// Open transactions per connection of this thread: depth, and whether an inner one failed.
struct Nesting
{
    int depth = 0;
    bool failed = false;
};
thread_local QHash<QString, Nesting> t_nesting;
} // namespace

Transaction::Transaction(QSqlDatabase db)
    : m_db(db)
{
    Nesting& n = t_nesting[m_db.connectionName()];
    if (n.depth == 0) {
        // Every transaction here writes. On SQLite it takes the write lock when it begins
        // (IMMEDIATE), waiting up to the busy timeout for another writer: a deferred one that
        // read first and then wrote failed at once with "database is locked" whenever another
        // connection (a background job) had committed in between, busy timeout or not.
        if (m_db.driverName() == QLatin1String("QSQLITE")) {
            QSqlQuery begin(m_db);
            m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
            if (!m_active)
                m_beginError = SqlUtil::describe(begin);
        } else {
            m_active = m_db.transaction();
            if (!m_active)
                m_beginError = m_db.lastError().text();
        }
        m_outermost = true;
        n.failed = false;
    } else {
        m_active = true;
    }
    if (m_active)
        ++n.depth;
}

Transaction::~Transaction()
{
    if (!m_active)
        return;
    Nesting& n = t_nesting[m_db.connectionName()];
    --n.depth;
    if (m_outermost)
        m_db.rollback();
    else
        n.failed = true;
}

bool Transaction::commit(QString* error)
{
    if (!m_active) {
        if (error)
            *error = tr("Could not start a database transaction: %1").arg(m_beginError);
        return false;
    }
    m_active = false;
    Nesting& n = t_nesting[m_db.connectionName()];
    --n.depth;
    if (!m_outermost)
        return true; // the outer transaction commits
    if (n.failed) {
        n.failed = false;
        m_db.rollback();
        if (error)
            *error = tr("A step of this change failed; nothing was saved.");
        return false;
    }
    if (!m_db.commit()) {
        if (error)
            *error = tr("Could not save the changes: %1").arg(m_db.lastError().text());
        m_db.rollback();
        return false;
    }
    return true;
}

bool SqlUtil::selectIn(QSqlDatabase db, const QString& sql, const QVariantList& before, const QStringList& values,
    int batch, const std::function<void(const QSqlQuery&)>& row, QString* error)
{
    for (int i = 0; i < values.size(); i += batch) {
        const QStringList part = values.mid(i, batch);
        QVariantList binds = before;
        QStringList marks;
        for (const QString& v : part) {
            binds.append(v);
            marks.append(QStringLiteral("?"));
        }
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!exec(db, QString(sql).replace(QLatin1String("%in"), marks.join(QLatin1Char(','))), binds, error, &q))
            return false;
        while (q.next())
            row(q);
    }
    return true;
}

BulkWriteCache::BulkWriteCache(QSqlDatabase db)
    : m_db(db)
    , m_sqlite(db.driverName() == QLatin1String("QSQLITE"))
{
    if (m_sqlite)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size=-%1").arg(kBulkKib));
}

BulkWriteCache::~BulkWriteCache()
{
    if (m_sqlite)
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size=-%1").arg(kEverydayKib));
}

} // namespace caiji
