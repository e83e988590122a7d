#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli import …` (see CliApp's usage).
class ImportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::ImportCommand)

public:
    using CliCommand::CliCommand;
    int run() override;
};

} // namespace caiji::cli
