#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli verify WS CODE`: whether the data a letter confirmed is still the data of the
/// workspace. Exit 0 when it is, 1 with the changed tables when not, 2 for a mistyped or unknown code.
class VerifyCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::VerifyCommand)

public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    QString prepare() override;
    int runOn(Session* session, Workspace* ws, int round) override;

private:
    QString m_code;
};

} // namespace caiji::cli
