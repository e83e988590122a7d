#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli demo …` (see CliApp's usage).
class DemoCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::DemoCommand)

public:
    using CliCommand::CliCommand;
    int run() override;
};

} // namespace caiji::cli
