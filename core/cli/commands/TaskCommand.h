#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli task submit|confirm|review|accept|return WS --table CODE [--department NAME]
/// [--reason TEXT] [--comment TEXT] [--all]`: one step of the collection process, as the
/// signed-in account (exit 1 with what blocks it, 2 when the account may not).
class TaskCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::TaskCommand)

public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    QString prepare() override;
    int runOn(Session* session, Workspace* ws, int round) override;

private:
    QString m_action;
};

} // namespace caiji::cli
