#include "SqlUtil.h"

#include "WorkspaceActivity.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>

namespace caiji {

namespace {
// Open transactions per connection of this thread: depth, whether an inner one failed, and
// whether the outermost could not begin (then the nested ones do not try again).
struct Nesting
{
    int depth = 0;
    bool failed = false;
    bool unbegun = false;
    QString beginError;
    bool busy = false; ///< the last outermost begin found another connection writing
};
thread_local QHash<QString, Nesting> t_nesting;

bool isBusy(const QSqlError& e)
{
    // SQLITE_BUSY (5) and SQLITE_LOCKED (6), extended codes included (BUSY_SNAPSHOT is 517).
    bool ok = false;
    const int code = e.nativeErrorCode().toInt(&ok);
    return ok && ((code & 0xff) == 5 || (code & 0xff) == 6);
}
} // namespace

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
        if (error) {
            // Refused because its transaction could not begin (the connection reads only
            // meanwhile): the reason is that, not the read-only refusal.
            const QString unbegun = t_nesting.value(db.connectionName()).beginError;
            *error = t_nesting.value(db.connectionName()).unbegun
                ? Transaction::tr("Could not start a database transaction: %1").arg(unbegun)
                : tr("Database error: %1").arg(describe(q));
        }
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
    Nesting& n = t_nesting[m_db.connectionName()];
    if (n.depth == 0) {
        // Every transaction here writes. On SQLite it takes the write lock when it begins
        // (IMMEDIATE), waiting up to the busy timeout for another writer: a deferred one that
        // read first and then wrote failed at once with "database is locked" whenever another
        // connection (a background job) had committed in between, busy timeout or not.
        QSqlError failure;
        if (m_db.driverName() == QLatin1String("QSQLITE")) {
            QSqlQuery begin(m_db);
            m_active = begin.exec(QStringLiteral("BEGIN IMMEDIATE"));
            failure = begin.lastError();
        } else {
            m_active = m_db.transaction();
            failure = m_db.lastError();
        }
        m_outermost = true;
        n.failed = false;
        n.busy = !m_active && isBusy(failure);
        if (!m_active) {
            m_beginError = n.busy ? tr("another program is writing to the workspace and did not finish in time: %1")
                                        .arg(WorkspaceActivity::describe(m_db))
                                  : failure.text();
            // Nothing may be written without the transaction: statements that follow would
            // each commit on their own, half a change. The connection reads only until this
            // transaction is over.
            n.unbegun = true;
            n.beginError = m_beginError;
            if (m_db.driverName() == QLatin1String("QSQLITE"))
                QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only = 1"));
            else
                QSqlQuery(m_db).exec(QStringLiteral("SET default_transaction_read_only = on"));
        }
    } else {
        m_active = !n.unbegun;
        m_beginError = n.beginError;
    }
    ++n.depth;
}

Transaction::~Transaction()
{
    if (m_done)
        return; // committed: counted out already
    Nesting& n = t_nesting[m_db.connectionName()];
    --n.depth;
    if (!m_active) {
        if (n.depth == 0 && n.unbegun) {
            n.unbegun = false;
            if (m_db.driverName() == QLatin1String("QSQLITE"))
                QSqlQuery(m_db).exec(QStringLiteral("PRAGMA query_only = 0"));
            else
                QSqlQuery(m_db).exec(QStringLiteral("SET default_transaction_read_only = off"));
        }
        return;
    }
    if (m_outermost)
        m_db.rollback();
    else
        n.failed = true;
}

bool Transaction::begun(QString* error) const
{
    if (m_active)
        return true;
    if (error)
        *error = tr("Could not start a database transaction: %1").arg(m_beginError);
    return false;
}

bool Transaction::busy(const QSqlDatabase& db)
{
    return t_nesting.value(db.connectionName()).busy;
}

void Transaction::clearBusy(const QSqlDatabase& db)
{
    const auto it = t_nesting.find(db.connectionName());
    if (it != t_nesting.end())
        it->busy = false;
}

bool Transaction::commit(QString* error)
{
    if (!m_active) {
        if (error)
            *error = tr("Could not start a database transaction: %1").arg(m_beginError);
        return false;
    }
    m_done = true;
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

QByteArray SqlUtil::jsonList(const QStringList& values)
{
    QJsonArray list;
    for (const QString& v : values)
        list.append(v);
    return QJsonDocument(list).toJson(QJsonDocument::Compact);
}

bool SqlUtil::selectIn(QSqlDatabase db, const QString& sql, const QVariantList& before, const QStringList& values,
    int batch, const std::function<void(const QSqlQuery&)>& row, QString* error)
{
    if (db.driverName() == QLatin1String("QSQLITE")) {
        // All at once, as one JSON array: Qt's driver looks each placeholder of a batch up by
        // name, and a statement with hundreds of them is slow to prepare.
        if (values.isEmpty())
            return true;
        QSqlQuery q(db);
        q.setForwardOnly(true);
        if (!exec(db, QString(sql).replace(QLatin1String("%in"), QLatin1String("SELECT value FROM json_each(?)")),
                QVariantList(before) << QString::fromUtf8(jsonList(values)), error, &q))
            return false;
        while (q.next())
            row(q);
        return true;
    }
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
    if (m_sqlite) {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size=-%1").arg(kBulkKib));
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA temp.cache_size=-%1").arg(kBulkKib));
    }
}

BulkWriteCache::~BulkWriteCache()
{
    if (m_sqlite) {
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA cache_size=-%1").arg(kEverydayKib));
        QSqlQuery(m_db).exec(QStringLiteral("PRAGMA temp.cache_size=-%1").arg(kEverydayKib));
    }
}

} // namespace caiji
