#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli print WS --table CODE [--department NAME] OUT.pdf`: a table in the official layout;
/// `print WS --notice --department NAME OUT.pdf`: the department's return notice;
/// `print WS --findings [--department NAME] OUT.pdf`: the findings list of a check.
class PrintCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::PrintCommand)

public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    QString prepare() override;
    int runOn(Session* session, Workspace* ws, int round) override;

private:
    QString m_pdf;
};

} // namespace caiji::cli
