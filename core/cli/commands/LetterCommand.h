#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli letter WS --department NAME [--round YEAR] OUT.pdf`: the department's 上报确认书 as
/// a PDF (a draft until its head has confirmed every task); the last line printed is the 校验码.
class LetterCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::LetterCommand)

public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    QString prepare() override;
    int runOn(Session* session, Workspace* ws, int round) override;

private:
    QString m_pdf;
};

} // namespace caiji::cli
