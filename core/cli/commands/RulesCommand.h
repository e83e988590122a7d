#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli rules …` (see CliApp's usage).
class RulesCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::RulesCommand)

public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    QString prepare() override;
    int runOn(Session* session, Workspace* ws, int round) override;

private:
    QString m_sub; ///< list, add or remove
};

} // namespace caiji::cli
