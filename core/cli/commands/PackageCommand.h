#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli package export WS --department NAME [--round YEAR] [--seal] OUT.caijipkg`: the office
/// issues a department package (core/exchange/PackageExporter); `package return PKG OUT`: the
/// department writes the file it sends back (sealed when issued sealed).
class PackageCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::PackageCommand)

public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    QString prepare() override;
    int runOn(Session* session, Workspace* ws, int round) override;

private:
    QString m_sub;
    QString m_file;
};

/// `caiji-cli merge WS PKG… [--json]`: stages each returned package and commits it when no
/// conflict is open (exit 1 listing them otherwise).
class MergeCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::MergeCommand)

public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    QString prepare() override;
    int runOn(Session* session, Workspace* ws, int round) override;

private:
    QStringList m_packages;
};

} // namespace caiji::cli
