#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli validate …` (see CliApp's usage).
class ValidateCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::ValidateCommand)

public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    QString prepare() override;
    int runOn(Session* session, Workspace* ws, int round) override;
};

} // namespace caiji::cli
