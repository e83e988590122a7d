#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli status …` (see CliApp's usage).
class StatusCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::StatusCommand)

public:
    using CliCommand::CliCommand;
    int run() override;
};

} // namespace caiji::cli
