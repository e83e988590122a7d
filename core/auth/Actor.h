#pragma once

#include "Accounts.h"

#include <QString>
#include <QVector>

namespace caiji {

/// Who is acting: the signed-in account, or the workspace's owner. Every read and write of the
/// data goes through an AccessPolicy built for one actor.
struct Actor
{
    QString login;
    QString displayName;
    QString department; ///< department code; empty for the owner and office-wide accounts
    QVector<Role> roles;
    /// The workspace owner: whoever holds an SQLite file without signing in holds its data
    /// (the CLI without --user, the demo builder). May do everything an office administrator may.
    bool owner = false;

    static Actor workspaceOwner(const QString& attributedAs = QStringLiteral("system"))
    {
        Actor a;
        a.login = attributedAs;
        a.owner = true;
        return a;
    }
    static Actor fromUser(const User& u) { return {u.login, u.displayName, u.department, u.roles, false}; }

    bool has(Role r) const { return roles.contains(r); }
    /// 督导办: reads and writes everything, administers the workspace.
    bool isOffice() const { return owner || has(Role::SupervisorAdmin); }
};

} // namespace caiji
