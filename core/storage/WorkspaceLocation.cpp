#include "WorkspaceLocation.h"

#include "WorkspacePresence.h"

#include "SqlUtil.h"

#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QStorageInfo>
#include <QUrl>
#include <QUrlQuery>

namespace caiji {

bool WorkspaceLocation::parse(const QString& text, WorkspaceLocation* out, QString* error)
{
    WorkspaceLocation loc;
    const QString t = text.trimmed();
    if (t.isEmpty()) {
        if (error)
            *error = tr("No workspace given: name a .caiji file or a postgresql:// address.");
        return false;
    }
    if (t.startsWith(QLatin1String("postgresql://")) || t.startsWith(QLatin1String("postgres://"))) {
        const QUrl url(t, QUrl::StrictMode);
        if (!url.isValid() || url.path().size() <= 1) {
            if (error)
                *error = tr("The PostgreSQL address \"%1\" is not valid; expected "
                            "postgresql://user@host:port/database.")
                             .arg(t);
            return false;
        }
        loc.backend = Backend::Postgres;
        loc.host = url.host();
        loc.port = url.port(5432);
        loc.database = url.path().mid(1);
        loc.user = url.userName();
        loc.password = url.password();
        const QUrlQuery q(url);
        if (q.hasQueryItem(QStringLiteral("host")))
            loc.host = q.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        if (loc.host.isEmpty())
            loc.host = QStringLiteral("localhost");
        *out = loc;
        return true;
    }
    if (t.contains(QLatin1String("://"))) {
        if (error)
            *error = tr("Unsupported workspace address \"%1\": use a file path or postgresql://.").arg(t);
        return false;
    }
    loc.backend = Backend::Sqlite;
    loc.path = QFileInfo(t).absoluteFilePath();
    *out = loc;
    return true;
}

QString WorkspaceLocation::displayName() const
{
    if (backend == Backend::Sqlite)
        return path;
    return QStringLiteral("postgresql://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

bool WorkspaceLocation::onNetworkShare(const QString& path)
{
    // A UNC path (\\server\share), or a folder mounted from another machine: a mapped drive
    // or a mount point says so by its file system (cifs, smb3, nfs, …), not by its path.
    if (path.startsWith(QLatin1String("//")) || path.startsWith(QLatin1String("\\\\")))
        return true;
    const QByteArray type = QStorageInfo(QFileInfo(path).absolutePath()).fileSystemType().toLower();
    static const QByteArrayList remote {"cifs", "smb", "smb2", "smb3", "smbfs", "nfs", "nfs4", "afs", "9p",
        "fuse.sshfs", "ncpfs", "davfs", "fuse.davfs2"};
    return remote.contains(type);
}

QSqlDatabase WorkspaceLocation::connect(const QString& connectionName, bool mustExist, QString* error) const
{
    if (backend == Backend::Sqlite) {
        const QFileInfo fi(path);
        if (mustExist && !fi.exists()) {
            if (error)
                *error = tr("Workspace file %1 does not exist.").arg(path);
            return QSqlDatabase();
        }
        if (mustExist && (!fi.isFile() || !fi.isReadable())) {
            if (error)
                *error = tr("Workspace file %1 cannot be read.").arg(path);
            return QSqlDatabase();
        }
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), connectionName);
        db.setDatabaseName(path);
        db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=60000"));
        if (!db.open()) {
            if (error)
                *error = tr("Cannot open workspace file %1: %2").arg(path, db.lastError().text());
            return QSqlDatabase();
        }
        QSqlQuery q(db);
        // A file on a network share must not use WAL (its shared memory does not work across
        // machines); the rollback journal plus the busy timeout is safe there. Nor one that
        // another computer has open: the computer that holds a shared folder sees its own disk.
        const bool shared = onNetworkShare(path) || !WorkspacePresence::elsewhere(path).isEmpty();
        q.exec(shared ? QStringLiteral("PRAGMA journal_mode=DELETE") : QStringLiteral("PRAGMA journal_mode=WAL"));
        q.exec(QStringLiteral("PRAGMA synchronous=NORMAL"));
        q.exec(QStringLiteral("PRAGMA foreign_keys=ON"));
        q.exec(QStringLiteral("PRAGMA cache_size=-%1").arg(BulkWriteCache::kEverydayKib));
        return db;
    }
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), connectionName);
    db.setHostName(host);
    db.setPort(port);
    db.setDatabaseName(database);
    db.setUserName(user);
    db.setPassword(password);
    db.setConnectOptions(QStringLiteral("connect_timeout=10"));
    if (!db.open()) {
        if (error)
            *error = tr("Cannot connect to PostgreSQL workspace %1: %2").arg(displayName(), db.lastError().text());
        return QSqlDatabase();
    }
    QSqlQuery q(db);
    q.exec(QStringLiteral("SET client_min_messages TO WARNING"));
    return db;
}

} // namespace caiji
