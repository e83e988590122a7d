#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli export …` (see CliApp's usage).
class ExportCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::ExportCommand)

public:
    using CliCommand::CliCommand;
    int run() override;
};

} // namespace caiji::cli
