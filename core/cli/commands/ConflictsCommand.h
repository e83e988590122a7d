#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli conflicts WS [--json]` lists the conflicts of staged merges;
/// `caiji-cli resolve WS ID (--master|--package|--base|--value TEXT) [--note TEXT]` decides one.
class ConflictsCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::ConflictsCommand)

public:
    ConflictsCommand(QTextStream& out, QTextStream& err, CliArgs args, bool resolve)
        : WorkspaceCommand(out, err, std::move(args))
        , m_resolve(resolve)
    {
    }

protected:
    QString prepare() override;
    int runOn(Session* session, Workspace* ws, int round) override;

private:
    bool m_resolve;
    qint64 m_id = 0;
    QString m_choice;
};

} // namespace caiji::cli
