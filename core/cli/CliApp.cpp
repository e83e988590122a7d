#include "CliApp.h"

#include "commands/CatalogCommand.h"
#include "commands/ConflictsCommand.h"
#include "commands/DemoCommand.h"
#include "commands/DivisionCommand.h"
#include "commands/ExportCommand.h"
#include "commands/ImportCommand.h"
#include "commands/InitCommand.h"
#include "commands/LetterCommand.h"
#include "commands/PackageCommand.h"
#include "commands/PrintCommand.h"
#include "commands/RoundCommand.h"
#include "commands/RulesCommand.h"
#include "commands/StatusCommand.h"
#include "commands/TaskCommand.h"
#include "commands/TemplateCommand.h"
#include "commands/UserCommand.h"
#include "commands/ValidateCommand.h"
#include "commands/VerifyCommand.h"

namespace caiji {

namespace {
const QStringList kValueOptions = {QStringLiteral("catalog"), QStringLiteral("scale"), QStringLiteral("round"),
    QStringLiteral("department"), QStringLiteral("table"), QStringLiteral("workspace"), QStringLiteral("xlsx"),
    QStringLiteral("sheet"), QStringLiteral("mode"), QStringLiteral("rejected"), QStringLiteral("user"),
    QStringLiteral("reason"), QStringLiteral("comment"), QStringLiteral("year"), QStringLiteral("from"),
    QStringLiteral("opens"), QStringLiteral("due"), QStringLiteral("source-days"), QStringLiteral("until"),
    QStringLiteral("name"), QStringLiteral("role"), QStringLiteral("lead"), QStringLiteral("fill"),
    QStringLiteral("review"), QStringLiteral("fields"), QStringLiteral("number"), QStringLiteral("scan"),
    QStringLiteral("value"), QStringLiteral("note")};
const QStringList kFlagOptions = {QStringLiteral("json"), QStringLiteral("help"), QStringLiteral("dry-run"),
    QStringLiteral("national"), QStringLiteral("codes"), QStringLiteral("force"), QStringLiteral("all"),
    QStringLiteral("remove-referenced"), QStringLiteral("list"), QStringLiteral("notice"), QStringLiteral("findings"),
    QStringLiteral("master"), QStringLiteral("package"), QStringLiteral("base"), QStringLiteral("seal")};

} // namespace

namespace {
/// The usage text alone (no command).
class Usage : public CliCommand
{
public:
    Usage(QTextStream& out, QTextStream& err)
        : CliCommand(out, err, {})
    {
    }
    int run() override { return usage(); }
};
} // namespace

bool CliApp::parse(const QStringList& args, CliArgs* out)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a.startsWith(QLatin1String("--"))) {
            QString name = a.mid(2);
            QString value;
            const int eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            }
            if (kFlagOptions.contains(name)) {
                out->flags.append(name);
            } else if (kValueOptions.contains(name)) {
                if (eq < 0) {
                    if (i + 1 >= args.size()) {
                        Usage(m_out, m_err).usage(tr("Option --%1 needs a value.").arg(name));
                        return false;
                    }
                    value = args[++i];
                }
                out->options.insert(name, value);
            } else {
                Usage(m_out, m_err).usage(tr("Unknown option --%1.").arg(name));
                return false;
            }
        } else {
            out->positional.append(a);
        }
    }
    return true;
}

int CliApp::run(const QStringList& args)
{
    CliArgs parsed;
    if (!parse(args, &parsed))
        return CliCommand::BadInput;
    if (parsed.flags.contains(QStringLiteral("help")))
        return Usage(m_out, m_err).usage();
    if (parsed.positional.isEmpty())
        return Usage(m_out, m_err).usage(tr("No command given."));
    const QString cmd = parsed.positional.takeFirst();
    std::unique_ptr<CliCommand> command;
    if (cmd == QLatin1String("init"))
        command = std::make_unique<cli::InitCommand>(m_out, m_err, parsed);
    else if (cmd == QLatin1String("demo"))
        command = std::make_unique<cli::DemoCommand>(m_out, m_err, parsed);
    else if (cmd == QLatin1String("catalog"))
        command = std::make_unique<cli::CatalogCommand>(m_out, m_err, parsed);
    else if (cmd == QLatin1String("status"))
        command = std::make_unique<cli::StatusCommand>(m_out, m_err, parsed);
    else if (cmd == QLatin1String("validate"))
        command = std::make_unique<cli::ValidateCommand>(m_out, m_err, parsed);
    else if (cmd == QLatin1String("import"))
        command = std::make_unique<cli::ImportCommand>(m_out, m_err, parsed);
    else if (cmd == QLatin1String("rules"))
        command = std::make_unique<cli::RulesCommand>(m_out, m_err, parsed);
    else if (cmd == QLatin1String("round"))
        command = std::make_unique<cli::RoundCommand>(m_out, m_err, parsed);
    else if (cmd == QLatin1String("user"))
        command = std::make_unique<cli::UserCommand>(m_out, m_err, parsed);
    else if (cmd == QLatin1String("template"))
        command = std::make_unique<cli::TemplateCommand>(m_out, m_err, parsed);
    else if (cmd == QLatin1String("verify"))
        command = std::make_unique<cli::VerifyCommand>(m_out, m_err, parsed);
    else if (cmd == QLatin1String("letter"))
        command = std::make_unique<cli::LetterCommand>(m_out, m_err, parsed);
    else if (cmd == QLatin1String("package"))
        command = std::make_unique<cli::PackageCommand>(m_out, m_err, parsed);
    else if (cmd == QLatin1String("merge"))
        command = std::make_unique<cli::MergeCommand>(m_out, m_err, parsed);
    else if (cmd == QLatin1String("conflicts") || cmd == QLatin1String("resolve"))
        command = std::make_unique<cli::ConflictsCommand>(m_out, m_err, parsed, cmd == QLatin1String("resolve"));
    else if (cmd == QLatin1String("print"))
        command = std::make_unique<cli::PrintCommand>(m_out, m_err, parsed);
    else if (cmd == QLatin1String("division"))
        command = std::make_unique<cli::DivisionCommand>(m_out, m_err, parsed);
    else if (cmd == QLatin1String("task"))
        command = std::make_unique<cli::TaskCommand>(m_out, m_err, parsed);
    else if (cmd == QLatin1String("export"))
        command = std::make_unique<cli::ExportCommand>(m_out, m_err, parsed);
    else
        return Usage(m_out, m_err).usage(tr("Unknown command \"%1\".").arg(cmd));
    return command->run();
}

} // namespace caiji
