#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli import …` (see CliApp's usage).
class ImportCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::ImportCommand)

public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    QString prepare() override;
    int runOn(Session* session, Workspace* ws, int round) override;
};

} // namespace caiji::cli
