#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace caiji {

enum class Backend
{
    Sqlite,
    Postgres,
};

/// Where a workspace lives: an SQLite file path, or a postgresql:// URL
/// (postgresql://user:password@host:port/database, or ?host=/socket/dir for a Unix socket).
class WorkspaceLocation
{
    Q_DECLARE_TR_FUNCTIONS(caiji::WorkspaceLocation)

public:
    Backend backend = Backend::Sqlite;
    QString path;
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;

    static bool parse(const QString& text, WorkspaceLocation* out, QString* error);
    /// The location as a user should see it (password hidden).
    QString displayName() const;
    /// Opens a new connection under connectionName. For SQLite, mustExist refuses a missing file.
    QSqlDatabase connect(const QString& connectionName, bool mustExist, QString* error) const;
    /// Whether an SQLite file sits on another machine's disk (a UNC path, a mapped drive, a
    /// CIFS/SMB or NFS mount): WAL's shared memory does not work across machines there, so the
    /// rollback journal is used (see README, "several people at once").
    static bool onNetworkShare(const QString& path);
};

} // namespace caiji
