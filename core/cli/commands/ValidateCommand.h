#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli validate …` (see CliApp's usage).
class ValidateCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::ValidateCommand)

public:
    using CliCommand::CliCommand;
    int run() override;
};

} // namespace caiji::cli
