#include "Accounts.h"

#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "PasswordHasher.h"

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

} // namespace caiji
