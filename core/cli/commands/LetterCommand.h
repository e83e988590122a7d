#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli letter WS --department NAME [--round YEAR] OUT.pdf`: the department's 上报确认书 as
/// a PDF (a draft until its head has confirmed every task); the last line printed is the 校验码.
/// `letter WS --number N OUT.pdf` reprints a letter of the registry (已作废 when void);
/// `letter WS --number N --scan FILE` attaches the signed paper's scan; `letter WS --list` lists
/// the round's letters.
class LetterCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::LetterCommand)

public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    QString prepare() override;
    int runOn(Session* session, Workspace* ws, int round) override;

private:
    int list(Session* session, int round);
    int attach(Session* session);

    QString m_pdf;
};

} // namespace caiji::cli
