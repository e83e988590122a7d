#pragma once

#include "../catalog/Catalog.h"
#include "SqlDialect.h"
#include "WorkspaceLocation.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

#include <memory>

namespace caiji {

class WalCheckpointer;

/// One open workspace: a database (SQLite file or PostgreSQL database) with the workspace
/// tables, the installed catalog and one typed table per catalog table.
/// A Workspace owns one connection and must be used from the thread that opened it; other
/// threads call openConnection() for a connection of their own.
class Workspace
{
    Q_DECLARE_TR_FUNCTIONS(caiji::Workspace)

public:
    ~Workspace();
    Workspace(const Workspace&) = delete;
    Workspace& operator=(const Workspace&) = delete;

    /// Creates a new workspace at location with catalog installed. Refuses an existing
    /// workspace file or a PostgreSQL database that already holds tables.
    static std::unique_ptr<Workspace> create(const QString& location, const Catalog& catalog, QString* error);
    /// Opens an existing workspace, migrating an older schema forward.
    static std::unique_ptr<Workspace> open(const QString& location, QString* error);
    static std::unique_ptr<Workspace> open(const WorkspaceLocation& location, QString* error);

    const WorkspaceLocation& location() const { return m_location; }
    const SqlDialect& dialect() const { return m_dialect; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_connection, false); }
    /// How long a write of this connection waits for another's transaction on SQLite before it
    /// gives up as busy (a minute unless set: the command line and background jobs wait; the
    /// window waits briefly and lets its edits wait without blocking, see GridEditor).
    void setBusyTimeout(int milliseconds);
    int busyTimeout() const { return m_busyTimeoutMs; }
    const Catalog& catalog() const { return m_catalog; }
    int schemaVersion() const { return m_schemaVersion; }

    /// A new connection to the same workspace for another thread (closeConnection() when done).
    QSqlDatabase openConnection(const QString& name, QString* error) const;
    static void closeConnection(const QString& name);

    /// Empty unless the SQLite file is open in a way that is not safe with the other computers
    /// that have it open (WorkspacePresence): then what, in words for the user.
    QString sharingWarning() const { return m_sharingWarning; }
    /// Renews this program's note beside the file (every WorkspacePresence::kRefreshMs while a
    /// window stays open) and looks again who else has it open; returns sharingWarning().
    QString refreshPresence();
    /// The thread that copies a SQLite file's write-ahead log back into it, or nullptr (another
    /// backend, a rollback journal, or it could not start: SQLite's own checkpoint then).
    WalCheckpointer* checkpointer() const { return m_checkpointer.get(); }

    /// The login that edits are attributed to (the CLI and demo use "system").
    QString currentUser() const { return m_user; }
    void setCurrentUser(const QString& login) { m_user = login; }

    QString setting(const QString& key, const QString& fallback = QString()) const;
    bool setSetting(const QString& key, const QString& value, QString* error);

    /// Current UTC time in the workspace's timestamp format (ISO 8601 with milliseconds).
    static QString now();

private:
    Workspace() = default;
    bool migrate(QString* error);
    bool install(const Catalog& catalog, QString* error);
    bool loadCatalog(QString* error);
    static QString newConnectionName();
    /// Registers the SQLite file as open (OpenWorkspaceFiles) until this workspace closes.
    void holdFile();
    QString journalMode() const;

    WorkspaceLocation m_location;
    SqlDialect m_dialect;
    QString m_connection;
    Catalog m_catalog;
    int m_schemaVersion = 0;
    int m_busyTimeoutMs = 60000; ///< as WorkspaceLocation opens the connection
    QString m_user = QStringLiteral("system");
    bool m_held = false;
    std::unique_ptr<class WorkspacePresence> m_presence;
    std::unique_ptr<class WalCheckpointer> m_checkpointer;
    QString m_sharingWarning;
};

} // namespace caiji
