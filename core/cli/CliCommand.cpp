#include "CliCommand.h"

#include "../catalog/Catalog.h"
#include "../catalog/CatalogJson.h"
#include "../session/Session.h"
#include "../storage/Directory.h"
#include "../storage/Workspace.h"
#include "TerminalPassword.h"

namespace caiji {

CliCommand::CliCommand(QTextStream& out, QTextStream& err, CliArgs args)
    : m_out(out)
    , m_err(err)
    , m_positional(std::move(args.positional))
    , m_options(std::move(args.options))
    , m_flags(std::move(args.flags))
{
}

CliCommand::~CliCommand() = default;

int WorkspaceCommand::run()
{
    const QString problem = prepare();
    if (!problem.isEmpty())
        return usage(problem);
    int code = Ok;
    if (!openWorkspace(&code))
        return code;
    return runOn(m_session.get(), &m_session->workspace(), m_round);
}

bool CliCommand::openWorkspace(int* exitCode)
{
    m_session = openSession(&m_round, exitCode);
    return m_session != nullptr;
}

int CliCommand::fail(int code, const QString& message)
{
    m_err << message << Qt::endl;
    return code;
}

int CliCommand::usage(const QString& problem)
{
    if (!problem.isEmpty())
        m_err << problem << Qt::endl;
    m_err << tr(
        "Usage:\n"
        "  caiji-cli init WS [--catalog FILE]          create a workspace (file path or postgresql://...)\n"
        "  caiji-cli demo WS [--scale small|large]     create a workspace with a demo college\n"
        "  caiji-cli catalog list [--json]             the catalog's tables\n"
        "  caiji-cli catalog show CODE [--json]        one table's fields\n"
        "  caiji-cli catalog check FILE                check a catalog file\n"
        "  caiji-cli status WS [--round YEAR] [--json] tasks with states and row counts\n"
        "  caiji-cli validate WS [--round YEAR] [--department NAME] [--json] [--xlsx OUT.xlsx]\n"
        "                                              check the data; exit 1 when errors remain\n"
        "  caiji-cli import WS --table CODE FILE [--sheet NAME] [--mode update|replace|append]\n"
        "                  [--department NAME] [--dry-run] [--remove-referenced] [--rejected OUT.xlsx] [--json]\n"
        "                                              import xlsx/xls/csv (update by key by default; replace\n"
        "                                              keeps rows other tables use unless --remove-referenced);\n"
        "                                              exit 1 when rows were rejected\n"
        "  caiji-cli export WS (--table CODE | --national | --all) OUT.(xlsx|csv) [--department NAME] [--codes] "
        "[--force] [--json]\n"
        "                                              one table, the national workbook, every table of the round,\n"
        "                                              or (--department alone) that department's tables\n"
        "  caiji-cli rules list WS | add WS --table CODE RULE.json | remove WS ID\n"
        "                                              validation rules added to one workspace\n"
        "  caiji-cli round open WS --year YEAR [--from YEAR] | close WS --year YEAR | reopen WS --year YEAR\n"
        "                  --reason TEXT | schedule WS --opens DATE --due DATE [--source-days N]\n"
        "                                              the office's rounds: open next year's from last year's,\n"
        "                                              close, reopen with a reason, deadlines in working days\n"
        "  caiji-cli user list WS | add WS LOGIN --name NAME --role ROLE[,ROLE] [--department NAME]\n"
        "                  | disable|enable|reset-password WS LOGIN | passwd WS\n"
        "                                              accounts (the office); roles: collector, head, reviewer,\n"
        "                                              supervisor, leader; passwd: your own password;\n"
        "                                              new passwords from CAIJI_NEW_PASSWORD or typed\n"
        "  caiji-cli division show WS [--json] | export WS OUT.xlsx | import WS IN.xlsx [--reason TEXT]\n"
        "                  | set WS --table CODE --lead NAME [--fill NAMES] [--review NAME] [--reason TEXT]\n"
        "                                              the division of the tables among departments (任务分解表);\n"
        "                                              the running round's tasks follow it\n"
        "  caiji-cli task submit|confirm|review|accept|return|unlock|request-unlock WS --table CODE\n"
        "                  [--department NAME] [--until DATE] [--fields F1,F2]\n"
        "                  [--reason TEXT] [--comment TEXT] [--json]; task accept WS --all --department NAME\n"
        "                                              one step of the collection process as --user; exit 1\n"
        "                                              with what blocks it, 2 when the account may not\n"
        "  caiji-cli task deadline|extend WS --table CODE [--department NAME] --until DATE [--reason TEXT]\n"
        "                                              the office sets a task's deadline, or lets a late task\n"
        "                                              be filled until a day (extend needs a reason)\n"
        "  caiji-cli letter WS --department NAME [--round YEAR] OUT.pdf\n"
        "                                              the department's confirmation letter (a draft until\n"
        "                                              confirmed); the last line is its verification code\n"
        "  caiji-cli letter WS --number N OUT.pdf      reprints a registered letter (void ones marked so)\n"
        "  caiji-cli letter WS --number N --scan FILE  attaches the signed letter's scan: signed and returned\n"
        "  caiji-cli letter WS --list [--round YEAR]   the round's letters with number, code and state\n"
        "  caiji-cli verify WS CODE|SCAN               whether the data still matches the letter with this\n"
        "                                              verification code, or whose scan or photo this is\n"
        "                                              (its QR code); exit 1 with the changed tables\n"
        "  caiji-cli print WS --table CODE [--department NAME] OUT.pdf\n"
        "                                              a table in the official layout; --notice --department\n"
        "                                              NAME: the return notice; --findings: the findings list\n"
        "  caiji-cli package export WS --department NAME [--round YEAR] [--seal] OUT.caijipkg\n"
        "                                              the office issues a department's package to fill offline\n"
        "                                              (--seal: it goes back encrypted for the office)\n"
        "  caiji-cli package return PKG OUT.caijipkg   the department writes the file it sends back\n"
        "  caiji-cli merge WS PKG... [--json]          merges returned packages; exit 1 with the conflicts\n"
        "                                              staged when any (the master is then unchanged)\n"
        "  caiji-cli conflicts WS [--json]             the conflicts of staged merges\n"
        "  caiji-cli resolve WS ID (--master|--package|--base|--value TEXT) [--note TEXT]\n"
        "                                              decides a conflict; merge the package again to commit\n"
        "  caiji-cli template export WS KIND OUT.html | import WS KIND IN.html | reset WS KIND\n"
        "                                              KIND: letter, table, notice or findings;\n"
        "                                              the office edits a printout's template (a broken one\n"
        "                                              is refused naming its line)\n"
        "Commands on a workspace take --user LOGIN (password from CAIJI_PASSWORD or typed) and are held to\n"
        "that account's rights; without --user an SQLite file is used as its owner (whoever holds the file\n"
        "holds its data); a PostgreSQL workspace needs --user.\n"
        "Catalog commands read --catalog FILE, or --workspace WS, or the built-in catalog.\n"
        "Exit status: 0 success, 1 problems found, 2 bad usage or unreadable input.")
          << Qt::endl;
    return problem.isEmpty() ? Ok : BadInput;
}

bool CliCommand::loadCatalogFor(Catalog* out)
{
    QString error;
    if (!option(QStringLiteral("workspace")).isEmpty()) {
        auto ws = Workspace::open(option(QStringLiteral("workspace")), &error);
        if (!ws) {
            m_err << error << Qt::endl;
            return false;
        }
        *out = ws->catalog();
        return true;
    }
    const QString path
        = option(QStringLiteral("catalog")).isEmpty() ? Catalog::builtinPath() : option(QStringLiteral("catalog"));
    if (!CatalogJson::load(path, out, &error)) {
        m_err << error << Qt::endl;
        return false;
    }
    return true;
}

std::unique_ptr<Session> CliCommand::openSession(int* round, int* exitCode)
{
    QString error;
    auto ws = Workspace::open(m_positional.first(), &error);
    if (!ws) {
        *exitCode = fail(BadInput, error);
        return nullptr;
    }
    // Who is acting comes first: nothing of the workspace is told to someone not signed in.
    Credentials who;
    who.login = option(QStringLiteral("user"));
    std::unique_ptr<Session> session;
    if (who.login.isEmpty() && ws->location().backend == Backend::Sqlite) {
        session = Session::asOwner(std::move(ws), QStringLiteral("caiji-cli"), &error);
    } else {
        if (!who.login.isEmpty()) {
            bool ok = false;
            who.password = TerminalPassword::read(tr("Password for %1: ").arg(who.login), &ok);
            if (!ok) {
                *exitCode = fail(BadInput,
                    tr("No password for %1: set CAIJI_PASSWORD or run caiji-cli on a terminal.").arg(who.login));
                return nullptr;
            }
        }
        m_password = who.password;
        // Signed in anew: on a PostgreSQL server with roles, as the account's own role.
        ws.reset();
        session = Session::open(m_positional.first(), who, &error);
    }
    if (!session) {
        *exitCode = fail(BadInput, error);
        return nullptr;
    }
    if (!session->workspace().sharingWarning().isEmpty())
        m_err << tr("Warning: %1").arg(session->workspace().sharingWarning()) << Qt::endl;
    Directory dir(session->workspace());
    if (!resolveRound(dir, round) || !session->setRound(*round, &error)) {
        if (!error.isEmpty())
            m_err << error << Qt::endl;
        *exitCode = BadInput;
        return nullptr;
    }
    return session;
}

bool CliCommand::resolveRound(Directory& dir, int* round)
{
    if (!option(QStringLiteral("round")).isEmpty()) {
        bool ok = false;
        *round = option(QStringLiteral("round")).toInt(&ok);
        if (!ok) {
            usage(tr("--round must be a year, not \"%1\".").arg(option(QStringLiteral("round"))));
            return false;
        }
    } else {
        *round = dir.latestRound().year;
    }
    for (const Round& r : dir.rounds()) {
        if (r.year == *round)
            return true;
    }
    m_err << (*round == 0 ? tr("The workspace has no collection round yet.")
                          : tr("The workspace has no round %1.").arg(*round))
          << Qt::endl;
    return false;
}

} // namespace caiji
