#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli status …` (see CliApp's usage).
class StatusCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::StatusCommand)

public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    QString prepare() override;
    int runOn(Session* session, Workspace* ws, int round) override;
};

} // namespace caiji::cli
