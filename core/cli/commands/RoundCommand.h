#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli round open WS --year YEAR [--from YEAR]`, `round close WS --year YEAR`,
/// `round reopen WS --year YEAR --reason TEXT`, `round schedule WS --opens DATE --due DATE
/// [--source-days N]`: the supervision office's rounds.
class RoundCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::RoundCommand)

public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    QString prepare() override;
    int runOn(Session* session, Workspace* ws, int round) override;

private:
    QString m_sub;
};

} // namespace caiji::cli
