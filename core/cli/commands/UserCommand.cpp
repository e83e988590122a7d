#include "UserCommand.h"

#include "../../auth/Accounts.h"
#include "../../session/Session.h"
#include "../../storage/SqlUtil.h"
#include "../../storage/Workspace.h"
#include "../TerminalPassword.h"

namespace caiji::cli {

QString UserCommand::prepare()
{
    static const QStringList withLogin = {
        QStringLiteral("add"), QStringLiteral("disable"), QStringLiteral("enable"), QStringLiteral("reset-password")};
    if (m_positional.isEmpty())
        return tr("user needs list, add, disable, enable, reset-password or passwd.");
    m_sub = m_positional.takeFirst();
    if (withLogin.contains(m_sub)) {
        if (m_positional.size() != 2)
            return tr("user %1 needs a workspace and an account.").arg(m_sub);
        m_login = m_positional.takeLast();
        return QString();
    }
    if (m_sub != QLatin1String("list") && m_sub != QLatin1String("passwd"))
        return tr("Unknown user command \"%1\".").arg(m_sub);
    if (m_positional.size() != 1)
        return tr("user %1 needs a workspace.").arg(m_sub);
    return QString();
}

int UserCommand::add(Session* session, Accounts& accounts)
{
    User u;
    u.login = m_login;
    u.displayName = option(QStringLiteral("name"));
    u.department = option(QStringLiteral("department"));
    for (const QString& r : option(QStringLiteral("role")).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        Role role;
        if (!roleFromString(r.trimmed(), &role))
            return fail(
                BadInput, tr("Unknown role \"%1\": collector, head, reviewer, supervisor or leader.").arg(r.trimmed()));
        u.roles.append(role);
    }
    bool ok = false;
    const QString password = TerminalPassword::read(tr("Password for %1: ").arg(m_login), &ok, "CAIJI_NEW_PASSWORD");
    if (!ok)
        return fail(BadInput, tr("No password: set CAIJI_NEW_PASSWORD or run caiji-cli on a terminal."));
    QString error;
    if (!accounts.create(session->policy(), u, password, &error))
        return fail(BadInput, error);
    m_out << tr("Account %1 (%2) created.").arg(u.login, u.displayName) << Qt::endl;
    return Ok;
}

int UserCommand::runOn(Session* session, Workspace* ws, int round)
{
    Q_UNUSED(round)
    Accounts accounts(*ws);
    QString error;
    if (m_sub == QLatin1String("list")) {
        const QString refused = session->denial(Action::Administer);
        if (!refused.isEmpty())
            return fail(BadInput, refused);
        for (const User& u : accounts.users(&error)) {
            QStringList roles;
            for (Role r : u.roles)
                roles.append(roleDisplayName(r));
            const QString locked = SqlUtil::scalar(
                ws->db(), QStringLiteral("SELECT locked_until FROM cj_user WHERE login = ?"), {u.login})
                                       .toString();
            m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                         .arg(u.login, u.displayName, u.department, roles.join(QLatin1Char(',')),
                             !u.active              ? tr("disabled")
                                 : locked.isEmpty() ? tr("active")
                                                    : tr("locked until %1").arg(locked))
                  << Qt::endl;
        }
        return error.isEmpty() ? Ok : fail(BadInput, error);
    }
    if (m_sub == QLatin1String("add"))
        return add(session, accounts);
    if (m_sub == QLatin1String("disable") || m_sub == QLatin1String("enable")) {
        const bool active = m_sub == QLatin1String("enable");
        if (!accounts.setActive(session->policy(), m_login, active, &error))
            return fail(BadInput, error);
        m_out << (active ? tr("Account %1 enabled.") : tr("Account %1 disabled.")).arg(m_login) << Qt::endl;
        return Ok;
    }
    bool ok = false;
    const QString password
        = TerminalPassword::read(tr("New password for %1: ").arg(m_login.isEmpty() ? session->actor().login : m_login),
            &ok, "CAIJI_NEW_PASSWORD");
    if (!ok)
        return fail(BadInput, tr("No new password: set CAIJI_NEW_PASSWORD or run caiji-cli on a terminal."));
    if (m_sub == QLatin1String("reset-password")) {
        if (!accounts.resetPassword(session->policy(), m_login, password, &error))
            return fail(BadInput, error);
        m_out << tr("The password of %1 is reset.").arg(m_login) << Qt::endl;
        return Ok;
    }
    if (session->actor().owner)
        return fail(BadInput, tr("passwd changes the password of the account signed in with --user."));
    if (!accounts.changePassword(session->actor().login, signInPassword(), password, &error))
        return fail(BadInput, error);
    m_out << tr("Your password is changed.") << Qt::endl;
    return Ok;
}

} // namespace caiji::cli
