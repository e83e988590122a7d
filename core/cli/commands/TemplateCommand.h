#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli template export WS letter OUT.html | import WS letter IN.html | reset WS letter`: the
/// office takes a printout's template out to edit it in a text editor and brings it back; a broken
/// template is refused naming its line and changes nothing; reset goes back to the shipped one.
class TemplateCommand : public WorkspaceCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::TemplateCommand)

public:
    using WorkspaceCommand::WorkspaceCommand;

protected:
    QString prepare() override;
    int runOn(Session* session, Workspace* ws, int round) override;

private:
    QString m_sub;
    QString m_kind;
    QString m_file;
};

} // namespace caiji::cli
