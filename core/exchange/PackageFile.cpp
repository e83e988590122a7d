#include "PackageFile.h"

#include "../catalog/Catalog.h"
#include "../storage/NativeSqliteStatement.h"
#include "../storage/SqlDialect.h"
#include "../storage/SqlUtil.h"
#include "../storage/SqliteImage.h"
#include "../storage/StoredValue.h"
#include "../storage/Workspace.h"

#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtConcurrent/QtConcurrentRun>

#include <sqlite3.h>

namespace caiji {

PackageFile::PackageFile() = default;

namespace {
/// SQLite's own check of every page, on a connection of its own (it may run on a worker).
QString quickCheck(const QByteArray& image)
{
    QString result;
    sqlite3* db = SqliteImage::open(image, &result);
    if (!db)
        return result;
    {
        NativeSqliteStatement q(db, QStringLiteral("PRAGMA quick_check"));
        QString failure;
        result = q.isValid() && q.next(&failure) ? q.text(0) : (failure.isEmpty() ? q.errorText() : failure);
    }
    sqlite3_close(db);
    return result;
}
} // namespace

PackageFile::~PackageFile()
{
    // The check reads the bytes that go with this.
    m_check.waitForFinished();
    if (!m_connection.isEmpty()) {
        {
            QSqlDatabase db = QSqlDatabase::database(m_connection, false);
            db.close();
        }
        QSqlDatabase::removeDatabase(m_connection);
    }
}

QSqlDatabase PackageFile::db() const
{
    return QSqlDatabase::database(m_connection, false);
}

QString PackageFile::damaged(const QString& check) const
{
    return tr("%1 is damaged (%2): ask the department to send it again.").arg(m_name, check.left(120));
}

bool PackageFile::verified(QString* error)
{
    if (!m_check.isValid())
        return true;
    const QString check = m_check.result();
    if (check == QLatin1String("ok"))
        return true;
    if (error)
        *error = damaged(check);
    return false;
}

bool PackageFile::open(QByteArray bytes, const QString& name, QString* error, Check mode)
{
    m_name = name;
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!bytes.startsWith(QByteArrayLiteral("SQLite format 3")))
        return fail(tr("%1 is not a Caiji package (not an SQLite file, or damaged).").arg(name));
    // Taken, not shared: making it readable would otherwise copy it whole.
    m_image = std::move(bytes);
    SqliteImage::makeReadable(&m_image);
    if (mode != Check::Trusted)
        m_check = QtConcurrent::run(quickCheck, m_image);
    m_connection = QStringLiteral("caiji-package-") + QUuid::createUuid().toString(QUuid::WithoutBraces);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), m_connection);
    db.setDatabaseName(QStringLiteral(":memory:"));
    QString why;
    if (!db.open())
        why = db.lastError().text();
    else
        SqliteImage::load(NativeSqliteStatement::handleOf(db), QStringLiteral("main"), m_image, &why);
    if (!why.isEmpty())
        return fail(tr("%1 cannot be opened: %2").arg(name, why));
    // A truncated or altered file: SQLite's own check says so before any row is trusted (and
    // before anything else is said about a file that is not whole).
    if (mode == Check::Now && !verified(error))
        return false;
    if (!db.tables().contains(QStringLiteral("cj_meta")))
        why = tr("%1 is not a Caiji package.").arg(name);
    else if (!PackageManifest::read(db, &m_manifest, &why))
        why = tr("%1: %2").arg(name, why);
    if (!why.isEmpty())
        return verified(error) && fail(why);
    return true;
}

bool PackageFile::attachBase(const PackageFile& base, QString* error)
{
    if (m_baseAttached)
        return true;
    m_baseAttached
        = SqliteImage::attach(NativeSqliteStatement::handleOf(db()), QStringLiteral("base"), base.image(), error);
    return m_baseAttached;
}

bool PackageFile::readRows(const QSqlDatabase& db, const Table& table, int round, const QString& department,
    RowMap* out, QString* error, const QSet<QString>* only, bool checkStored)
{
    QStringList cols {QStringLiteral("\"_id\""), QStringLiteral("\"_deleted\""), QStringLiteral("\"_version\""),
        QStringLiteral("\"_updated_by\""), QStringLiteral("\"_updated_at\""), QStringLiteral("\"_round\""),
        QStringLiteral("\"_dept\"")};
    for (const Field& f : table.fields)
        cols.append(SqlDialect::quote(f.key));
    out->clear();
    constexpr int kMeta = 7;
    QString failure;
    // Read the same from Qt's driver and from SQLite's own statement (both give value(i)).
    const auto take = [&](const auto& q) {
        const QString id = q.value(0).toString();
        if (!failure.isEmpty() || (only && !only->contains(id)) || q.value(5).toInt() != round
            || q.value(6).toString() != department)
            return;
        RowSnapshot r;
        r.deleted = q.value(1).toInt() != 0;
        r.version = q.value(2).toLongLong();
        r.by = q.value(3).toString();
        r.at = q.value(4).toString();
        r.values.reserve(table.fields.size());
        for (int c = 0; c < table.fields.size(); ++c) {
            if (!checkStored) {
                r.values.append(SqlDialect::fromDatabase(table.fields[c], q.value(kMeta + c)));
                continue;
            }
            QVariant value;
            if (!StoredValue::read(table, c, q.value(kMeta + c), &value, &failure))
                return;
            r.values.append(value);
        }
        out->insert(id, r);
    };
    const QString select = QStringLiteral("SELECT %1 FROM %2 WHERE ")
                               .arg(cols.join(QLatin1Char(',')), SqlDialect::quote(table.sqlName()));
    bool ok = false;
    sqlite3* handle = only ? NativeSqliteStatement::handleOf(db) : nullptr;
    const bool byId = only && (handle || only->size() <= kByIdRows);
    if (handle) {
        // Straight on SQLite, the ids as one JSON array, however many: a statement with hundreds
        // of placeholders took a millisecond to prepare, per batch, and Qt's driver looks each
        // placeholder up by name.
        NativeSqliteStatement q(handle, select + QStringLiteral("\"_id\" IN (SELECT value FROM json_each(?))"));
        if (!q.isValid()) {
            if (error)
                *error = q.errorText();
            return false;
        }
        const QByteArray ids = SqlUtil::jsonList(QStringList(only->cbegin(), only->cend()));
        q.bind(0, ids);
        QString stepError;
        while (q.next(&stepError) && failure.isEmpty())
            take(q);
        ok = stepError.isEmpty();
        if (!ok && error)
            *error = stepError;
    } else if (byId) {
        // A few rows of a large table (those a package added or both sides changed): found by
        // id, not picked out of every row of the department (the round and department are
        // checked here: asked in SQL too, SQLite would read the department's rows by them).
        ok = SqlUtil::selectIn(db, select + QStringLiteral("\"_id\" IN (%in)"), {},
            QStringList(only->cbegin(), only->cend()), kIdBatch, take, error);
    } else {
        QSqlQuery q(db);
        q.setForwardOnly(true);
        ok = SqlUtil::exec(
            db, select + QStringLiteral("\"_round\" = ? AND \"_dept\" = ?"), {round, department}, error, &q);
        while (ok && q.next() && failure.isEmpty())
            take(q);
    }
    if (!failure.isEmpty() && error)
        *error = failure;
    return ok && failure.isEmpty();
}

bool PackageFile::rows(
    const Table& table, const QString& department, RowMap* out, QString* error, const QSet<QString>* only) const
{
    return readRows(db(), table, m_manifest.round, department, out, error, only, true);
}

bool PackageFile::versions(
    const Table& table, const QString& department, QHash<QString, qint64>* out, QString* error, bool others) const
{
    QSqlQuery q(db());
    q.setForwardOnly(true);
    if (!SqlUtil::exec(db(),
            QStringLiteral("SELECT \"_id\", \"_version\" FROM %1 WHERE \"_round\" = ? AND \"_dept\" %2 ?")
                .arg(SqlDialect::quote(table.sqlName()), others ? QStringLiteral("<>") : QStringLiteral("=")),
            {m_manifest.round, department}, error, &q))
        return false;
    while (q.next())
        out->insert(q.value(0).toString(), q.value(1).toLongLong());
    return true;
}

QHash<QString, QString> PackageFile::taskStates() const
{
    QHash<QString, QString> out;
    QSqlQuery q(db());
    if (!SqlUtil::exec(db(),
            QStringLiteral("SELECT table_code, state FROM cj_assignment WHERE round = ? AND department = ?"),
            {m_manifest.round, m_manifest.department}, nullptr, &q))
        return out;
    while (q.next())
        out.insert(q.value(0).toString(), q.value(1).toString());
    return out;
}

} // namespace caiji
