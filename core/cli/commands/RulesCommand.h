#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli rules …` (see CliApp's usage).
class RulesCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::RulesCommand)

public:
    using CliCommand::CliCommand;
    int run() override;
};

} // namespace caiji::cli
