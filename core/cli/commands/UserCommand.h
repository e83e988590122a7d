#pragma once

#include "../CliCommand.h"

namespace caiji {
class Accounts;
}

namespace caiji::cli {

/// `caiji-cli user list WS | add WS LOGIN --name NAME --role ROLE[,ROLE] [--department NAME] |
/// disable WS LOGIN | enable WS LOGIN | reset-password WS LOGIN |
/// passwd WS`: the office keeps the accounts; everyone changes their own password (the new one
/// from CAIJI_NEW_PASSWORD or typed).
class UserCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::UserCommand)

public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    QString prepare() override;
    int runOn(Session* session, Workspace* ws, int round) override;

private:
    int add(Session* session, Accounts& accounts);

    QString m_sub;
    QString m_login;
};

} // namespace caiji::cli
