#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace caiji {

class Workspace;

enum class Role
{
    SupervisorAdmin, ///< 督导办管理员
    Collector, ///< 部门采集员
    Head, ///< 部门负责人
    Reviewer, ///< 业务审核员
    Leader, ///< 院领导
};

QString roleToString(Role r);
bool roleFromString(const QString& s, Role* out);
QString roleDisplayName(Role r);

struct User
{
    QString login;
    QString displayName;
    QString department; ///< department code
    QVector<Role> roles;
    bool active = true;
};

/// The accounts of a workspace: who may sign in, with which roles in which department.
/// Passwords are kept only as Argon2id hashes (PasswordHasher).
class Accounts
{
    Q_DECLARE_TR_FUNCTIONS(caiji::Accounts)

public:
    explicit Accounts(Workspace& ws)
        : m_ws(ws)
    {
    }

    bool addUser(const User& u, const QString& password, QString* error);
    /// Adds a user whose password hash was made already (PasswordHasher::hash), or none yet.
    bool addUserWithHash(const User& u, const QString& passwordHash, QString* error);
    QVector<User> users(QString* error = nullptr) const;
    bool find(const QString& login, User* out) const;
    /// Checks a password against the stored Argon2id hash of an active account.
    bool verifyPassword(const QString& login, const QString& password) const;

private:
    Workspace& m_ws;
};

} // namespace caiji
