#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli init …` (see CliApp's usage).
class InitCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::InitCommand)

public:
    using CliCommand::CliCommand;
    int run() override;
};

} // namespace caiji::cli
