#pragma once

#include "CliCommand.h"

#include <QCoreApplication>
#include <QStringList>
#include <QTextStream>

namespace caiji {

/// The `caiji-cli` commands (DESIGN section 6): parses the command line and runs the command
/// it names (cli/commands, one class each). Results go to `out` (text or --json), messages to
/// `err`. Exit status: 0 success, 1 ran and found problems, 2 bad usage, input or rights.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(caiji::CliApp)

public:
    using Exit = CliCommand::Exit;
    static constexpr Exit Ok = CliCommand::Ok;
    static constexpr Exit Problems = CliCommand::Problems;
    static constexpr Exit BadInput = CliCommand::BadInput;

    CliApp(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    {
    }

    /// args excludes the program name.
    int run(const QStringList& args);

private:
    bool parse(const QStringList& args, CliArgs* out);

    QTextStream& m_out;
    QTextStream& m_err;
};

} // namespace caiji
