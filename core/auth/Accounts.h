#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace caiji {

class AccessPolicy;
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
    /// The password typed again as a signature (a head's confirmation): the stored hash, or on a
    /// PostgreSQL server with roles the server itself (accounts there cannot read the hashes).
    bool checkPassword(const QString& login, const QString& password) const;
    /// A sign-in: false with the reason when the password is wrong, the account disabled or
    /// locked. After kMaxFailures wrong passwords in a row the account locks for kLockMinutes.
    bool signIn(const QString& login, const QString& password, QString* why);

    /// The supervision office disables (or enables again) an account.
    /// The office creates an account: a login of letters, digits, '.', '_' or '-', a name, a
    /// department for departmental roles, at least one role, a password that is not weak; on
    /// PostgreSQL with server roles the server login too. Nothing is created when one is wrong.
    bool create(const AccessPolicy& policy, const User& user, const QString& password, QString* error);
    bool setActive(const AccessPolicy& policy, const QString& login, bool active, QString* error);
    /// The supervision office gives an account a new password (and lifts a lock).
    bool resetPassword(const AccessPolicy& policy, const QString& login, const QString& password, QString* error);
    /// The account holder changes its own password, knowing the old one.
    bool changePassword(const QString& login, const QString& oldPassword, const QString& newPassword, QString* error);
    /// Why a new password is too weak (fewer than 8 characters, no letter or no digit), or empty.
    static QString weakness(const QString& password);

    static constexpr int kMaxFailures = 5;
    static constexpr int kLockMinutes = 15;

private:
    Workspace& m_ws;
};

} // namespace caiji
