#pragma once

#include "../CliCommand.h"

namespace caiji {
class Division;
}

namespace caiji::cli {

/// `caiji-cli division show WS [--json] | export WS OUT.xlsx | import WS IN.xlsx [--reason TEXT] |
/// set WS --table CODE --lead NAME [--fill NAMES] [--review NAME] [--reason TEXT]`: the office's
/// division of the tables among the departments (任务分解表); the tasks of the running rounds follow.
class DivisionCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::DivisionCommand)

public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    QString prepare() override;
    int runOn(Session* session, Workspace* ws, int round) override;

private:
    int save(Session* session, const Division& division);

    QString m_sub;
    QString m_file;
};

} // namespace caiji::cli
