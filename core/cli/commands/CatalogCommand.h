#pragma once

#include "../CliCommand.h"

namespace caiji::cli {

/// `caiji-cli catalog …` (see CliApp's usage).
class CatalogCommand : public CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::cli::CatalogCommand)

public:
    using CliCommand::CliCommand;
    int run() override;
};

} // namespace caiji::cli
