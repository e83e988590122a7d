#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace caiji {

class Catalog;
class Directory;
class Session;
class Workspace;

/// The command line as parsed: words, --name value options and --flags.
struct CliArgs
{
    QStringList positional;
    QHash<QString, QString> options;
    QStringList flags;
};

/// What every `caiji-cli` command shares: the parsed arguments, the output streams, the exit
/// codes, opening the workspace named first as --user (or its owner) on the round asked for,
/// and the usage text. One subclass per command (cli/commands).
class CliCommand
{
    Q_DECLARE_TR_FUNCTIONS(caiji::CliApp)

public:
    enum Exit
    {
        Ok = 0,
        Problems = 1,
        BadInput = 2,
    };

    CliCommand(QTextStream& out, QTextStream& err, CliArgs args);
    virtual ~CliCommand();

    virtual int run() = 0;
    /// Prints `problem` (if any) and the usage; the exit code that goes with it.
    int usage(const QString& problem = QString());

protected:
    int fail(int code, const QString& message);
    bool hasFlag(const QString& name) const { return m_flags.contains(name); }
    QString option(const QString& name) const { return m_options.value(name); }
    bool loadCatalogFor(Catalog* out);
    /// The workspace named first on the command line, signed in as --user (or its owner), on
    /// the round asked for (or the latest).
    std::unique_ptr<Session> openSession(int* round, int* exitCode);
    /// openSession() into m_session and m_round; false with the exit code when it fails.
    bool openWorkspace(int* exitCode);
    bool resolveRound(Directory& dir, int* round);
    /// The password the account signed in with (a head's confirmation signs with it again).
    QString signInPassword() const { return m_password; }

    QTextStream& m_out;
    QTextStream& m_err;
    QStringList m_positional;
    QHash<QString, QString> m_options;
    QStringList m_flags;
    std::unique_ptr<Session> m_session;
    int m_round = 0;
    QString m_password;
};

/// A command on a workspace: checks its arguments, opens the workspace as --user (or its
/// owner) on the round, then runs.
class WorkspaceCommand : public CliCommand
{
public:
    using CliCommand::CliCommand;
    int run() final;

protected:
    /// Takes the arguments apart; empty when they are usable, else what is wrong with them.
    virtual QString prepare() = 0;
    virtual int runOn(Session* session, Workspace* ws, int round) = 0;
};

} // namespace caiji
