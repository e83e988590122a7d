#include "Accounts.h"

#include "../storage/Directory.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "AccessPolicy.h"
#include "PasswordHasher.h"
#include "ServerRoles.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSqlQuery>

namespace caiji {

QString roleToString(Role r)
{
    switch (r) {
    case Role::SupervisorAdmin:
        return QStringLiteral("supervisor");
    case Role::Collector:
        return QStringLiteral("collector");
    case Role::Head:
        return QStringLiteral("head");
    case Role::Reviewer:
        return QStringLiteral("reviewer");
    case Role::Leader:
        return QStringLiteral("leader");
    }
    return QString();
}

bool roleFromString(const QString& s, Role* out)
{
    for (Role r : {Role::SupervisorAdmin, Role::Collector, Role::Head, Role::Reviewer, Role::Leader}) {
        if (roleToString(r) == s) {
            *out = r;
            return true;
        }
    }
    return false;
}

QString roleDisplayName(Role r)
{
    switch (r) {
    case Role::SupervisorAdmin:
        return QCoreApplication::translate("caiji::Role", "Supervision office administrator");
    case Role::Collector:
        return QCoreApplication::translate("caiji::Role", "Department data administrator");
    case Role::Head:
        return QCoreApplication::translate("caiji::Role", "Department head");
    case Role::Reviewer:
        return QCoreApplication::translate("caiji::Role", "Domain reviewer");
    case Role::Leader:
        return QCoreApplication::translate("caiji::Role", "College leadership");
    }
    return QString();
}

bool Accounts::addUser(const User& u, const QString& password, QString* error)
{
    const QString hash = password.isEmpty() ? QString() : PasswordHasher::hash(password);
    if (!password.isEmpty() && hash.isEmpty()) {
        if (error)
            *error = tr("Could not hash the password of user %1.").arg(u.login);
        return false;
    }
    return addUserWithHash(u, hash, error);
}

bool Accounts::addUserWithHash(const User& u, const QString& hash, QString* error)
{
    QSqlDatabase db = m_ws.db();
    Transaction tx(db);
    if (!SqlUtil::exec(db,
            QStringLiteral("INSERT INTO cj_user (login, display_name, department, password_hash, "
                           "created_at) VALUES (?, ?, ?, ?, ?)"),
            {u.login, u.displayName, u.department.isEmpty() ? QVariant() : QVariant(u.department),
                hash.isEmpty() ? QVariant() : QVariant(hash), Workspace::now()},
            error))
        return false;
    for (Role r : u.roles) {
        if (!SqlUtil::exec(db, QStringLiteral("INSERT INTO cj_user_role (login, role, department) VALUES (?, ?, ?)"),
                {u.login, roleToString(r), u.department}, error))
            return false;
    }
    return tx.commit(error);
}

QVector<User> Accounts::users(QString* error) const
{
    QVector<User> out;
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT u.login, u.display_name, u.department, r.role, u.active FROM cj_user u "
                           "LEFT JOIN cj_user_role r ON r.login = u.login ORDER BY u.login, r.role"),
            {}, error, &q))
        return out;
    while (q.next()) {
        const QString login = q.value(0).toString();
        if (out.isEmpty() || out.last().login != login)
            out.append({login, q.value(1).toString(), q.value(2).toString(), {}, q.value(4).toInt() != 0});
        Role r;
        if (roleFromString(q.value(3).toString(), &r))
            out.last().roles.append(r);
    }
    return out;
}

bool Accounts::find(const QString& login, User* out) const
{
    for (const User& u : users()) {
        if (u.login == login) {
            *out = u;
            return true;
        }
    }
    return false;
}

bool Accounts::verifyPassword(const QString& login, const QString& password) const
{
    const QVariant h = SqlUtil::scalar(
        m_ws.db(), QStringLiteral("SELECT password_hash FROM cj_user WHERE login = ? AND active = 1"), {login});
    return PasswordHasher::verify(h.toString(), password);
}

bool Accounts::checkPassword(const QString& login, const QString& password) const
{
    if (verifyPassword(login, password))
        return true;
    const ServerRoles roles(m_ws);
    return m_ws.location().backend == Backend::Postgres && roles.passwordWorks(login, password);
}

bool Accounts::signIn(const QString& login, const QString& password, QString* why)
{
    const QString wrong
        = tr("Sign-in failed: the account \"%1\" or its password is wrong, or the account is disabled.").arg(login);
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT active, failed_logins, locked_until FROM cj_user WHERE login = ?"), {login}, why, &q)
        || !q.next()) {
        *why = wrong;
        return false;
    }
    const QDateTime now = QDateTime::currentDateTimeUtc();
    const QDateTime lockedUntil = QDateTime::fromString(q.value(2).toString(), Qt::ISODateWithMs);
    if (lockedUntil.isValid() && lockedUntil > now) {
        *why = tr("The account \"%1\" is locked after %2 wrong passwords until %3. Try again then, or ask the "
                  "supervision office to reset the password.")
                   .arg(login)
                   .arg(kMaxFailures)
                   .arg(lockedUntil.toLocalTime().toString(QStringLiteral("HH:mm")));
        return false;
    }
    if (q.value(0).toInt() == 0 || !verifyPassword(login, password)) {
        const int failures = q.value(1).toInt() + 1;
        const bool lock = failures >= kMaxFailures;
        QString ignored;
        SqlUtil::exec(m_ws.db(),
            QStringLiteral("UPDATE cj_user SET failed_logins = ?, locked_until = ? WHERE login = ?"),
            {lock ? 0 : failures,
                lock ? QVariant(now.addSecs(kLockMinutes * 60).toString(Qt::ISODateWithMs)) : QVariant(), login},
            &ignored);
        *why = lock ? tr("The account \"%1\" is locked for %2 minutes after %3 wrong passwords.")
                          .arg(login)
                          .arg(kLockMinutes)
                          .arg(kMaxFailures)
                    : wrong;
        return false;
    }
    if (q.value(1).toInt() != 0 || !q.value(2).isNull()) {
        QString ignored;
        SqlUtil::exec(m_ws.db(),
            QStringLiteral("UPDATE cj_user SET failed_logins = 0, locked_until = NULL WHERE login = ?"), {login},
            &ignored);
    }
    return true;
}

QString Accounts::weakness(const QString& password)
{
    bool letter = false;
    bool digit = false;
    for (const QChar c : password) {
        letter = letter || c.isLetter();
        digit = digit || c.isDigit();
    }
    if (password.size() < 8 || !letter || !digit)
        return tr("A password needs at least 8 characters, with letters and digits.");
    return QString();
}

namespace {
bool storePassword(Workspace& ws, const QString& login, const QString& password, QString* error)
{
    const QString hash = PasswordHasher::hash(password);
    QSqlQuery q(ws.db());
    if (hash.isEmpty()
        || !SqlUtil::exec(ws.db(),
            QStringLiteral(
                "UPDATE cj_user SET password_hash = ?, failed_logins = 0, locked_until = NULL WHERE login = ?"),
            {hash, login}, error, &q))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = Accounts::tr("There is no account \"%1\".").arg(login);
        return false;
    }
    // On a PostgreSQL server with roles the server checks the password itself.
    ServerRoles roles(ws);
    return ws.location().backend != Backend::Postgres || !roles.installed()
        || roles.setPassword(login, password, error);
}
} // namespace

bool Accounts::create(const AccessPolicy& policy, const User& user, const QString& password, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const QString refused = policy.denial(Action::Administer);
    if (!refused.isEmpty())
        return fail(refused);
    static const QRegularExpression loginPattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{1,39}$"));
    if (!loginPattern.match(user.login).hasMatch())
        return fail(tr("The login \"%1\" is not usable: 2 to 40 letters, digits, '.', '_' or '-', starting with a "
                       "letter or digit.")
                        .arg(user.login));
    if (user.displayName.trimmed().isEmpty())
        return fail(tr("The account %1 needs a name.").arg(user.login));
    if (user.roles.isEmpty())
        return fail(tr("The account %1 needs a role.").arg(user.login));
    const bool departmental = user.roles.contains(Role::Collector) || user.roles.contains(Role::Head)
        || user.roles.contains(Role::Reviewer);
    if (departmental && user.department.isEmpty())
        return fail(tr("A department's data administrator, head or reviewer belongs to a department."));
    Department d;
    if (!user.department.isEmpty() && !Directory(m_ws).findDepartment(user.department, &d))
        return fail(tr("There is no department \"%1\".").arg(user.department));
    User found;
    if (find(user.login, &found))
        return fail(tr("The login %1 is taken (%2).").arg(user.login, found.displayName));
    const QString weak = weakness(password);
    if (!weak.isEmpty())
        return fail(weak);
    User u = user;
    u.department = d.code; // a name or a code was given
    u.displayName = user.displayName.trimmed();
    // One transaction: an account the server refuses a login for must not exist without it.
    Transaction tx(m_ws.db());
    if (!addUser(u, password, error))
        return false;
    ServerRoles server(m_ws);
    if (server.installed() && !server.addLogin(u, password, error))
        return false;
    return tx.commit(error);
}

bool Accounts::setActive(const AccessPolicy& policy, const QString& login, bool active, QString* error)
{
    const QString refused = policy.denial(Action::Administer);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    if (login == policy.actor().login && !active) {
        if (error)
            *error = tr("You cannot disable your own account.");
        return false;
    }
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(), QStringLiteral("UPDATE cj_user SET active = ? WHERE login = ?"),
            {active ? 1 : 0, login}, error, &q))
        return false;
    if (q.numRowsAffected() == 1)
        return true;
    if (error)
        *error = tr("There is no account \"%1\".").arg(login);
    return false;
}

bool Accounts::resetPassword(const AccessPolicy& policy, const QString& login, const QString& password, QString* error)
{
    const QString refused = policy.denial(Action::Administer);
    const QString weak = weakness(password);
    if (!refused.isEmpty() || !weak.isEmpty()) {
        if (error)
            *error = refused.isEmpty() ? weak : refused;
        return false;
    }
    Transaction tx(m_ws.db());
    return storePassword(m_ws, login, password, error) && tx.commit(error);
}

bool Accounts::changePassword(
    const QString& login, const QString& oldPassword, const QString& newPassword, QString* error)
{
    if (!checkPassword(login, oldPassword)) {
        if (error)
            *error = tr("The current password is not right.");
        return false;
    }
    const QString weak = weakness(newPassword);
    if (!weak.isEmpty()) {
        if (error)
            *error = weak;
        return false;
    }
    Transaction tx(m_ws.db());
    return storePassword(m_ws, login, newPassword, error) && tx.commit(error);
}

} // namespace caiji
