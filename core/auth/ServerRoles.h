#pragma once

#include "Accounts.h"

#include <QCoreApplication>
#include <QString>

namespace caiji {

class Workspace;

/// What a PostgreSQL server enforces by itself, so that a client that skips Caiji's checks still
/// cannot read or write what it must not (issue 9, item 3): one login role per account, group
/// roles for all accounts, the office and leadership, one role per department that may read
/// whole tables; row-level security on every data table from the access matrix AccessPolicy
/// computes (cj_access, read by SECURITY DEFINER functions); column privileges that show other
/// departments only the keys and names of source tables; the journal insert-only for everyone
/// but the office. The workspace's creator (who may create roles) installs it.
class ServerRoles
{
    Q_DECLARE_TR_FUNCTIONS(caiji::ServerRoles)

public:
    explicit ServerRoles(Workspace& ws)
        : m_ws(ws)
    {
    }

    /// The login role of an account in this workspace's database.
    static QString roleName(const QString& database, const QString& login);
    /// Whether the server roles are installed (PostgreSQL only).
    bool installed() const;
    /// Creates the group roles, functions, policies and grants; run again after departments or
    /// the catalog change (it replaces what it made).
    bool install(QString* error);
    /// Creates (or updates) the login role of an account with its password and its groups.
    bool addLogin(const User& user, const QString& password, QString* error);
    bool dropLogin(const QString& login, QString* error);
    /// Whether the server accepts this password for the account's role (a fresh connection).
    bool passwordWorks(const QString& login, const QString& password) const;
    /// Sets the account's role password on the server (needs a connection allowed to).
    bool setPassword(const QString& login, const QString& password, QString* error);

    /// Recomputes the server's access matrix (cj_access) from AccessPolicy with the workspace's
    /// division of tables, for a collector of every department.
    bool fillAccess(QString* error);

private:
    QString prefix() const;
    bool run(const QStringList& statements, QString* error);

    Workspace& m_ws;
};

} // namespace caiji
