#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli export …` (see CliApp's usage).
class ExportCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::ExportCommand)

public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    QString prepare() override;
    int runOn(Session* session, Workspace* ws, int round) override;

private:
    bool m_national = false;
    bool m_all = false;
    QString m_table;
    QString m_department;
};

} // namespace caiji::cli
