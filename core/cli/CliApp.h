#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QTextStream>

#include <memory>

namespace caiji {

class Catalog;

/// The `caiji-cli` commands (DESIGN section 6). Results go to `out` (text or --json),
/// messages to `err`. Exit status: 0 success, 1 ran and found problems, 2 bad usage or input.
class CliApp
{
    Q_DECLARE_TR_FUNCTIONS(caiji::CliApp)

public:
    enum Exit
    {
        Ok = 0,
        Problems = 1,
        BadInput = 2,
    };

    CliApp(QTextStream& out, QTextStream& err)
        : m_out(out)
        , m_err(err)
    {
    }

    /// args excludes the program name.
    int run(const QStringList& args);

private:
    bool parse(const QStringList& args);
    int usage(const QString& problem = QString());
    int cmdInit();
    int cmdDemo();
    int cmdCatalog();
    int cmdStatus();
    int cmdValidate();
    int cmdImport();
    int cmdRules();
    int cmdExport();
    bool resolveRound(class Directory& dir, int* round);
    /// The workspace named first on the command line, signed in as --user (or its owner), on
    /// the round asked for (or the latest).
    std::unique_ptr<class Session> openSession(int* round, int* exitCode);
    bool loadCatalogFor(Catalog* out);
    int fail(int code, const QString& message);
    bool hasFlag(const QString& name) const { return m_flags.contains(name); }
    QString option(const QString& name) const { return m_options.value(name); }

    QTextStream& m_out;
    QTextStream& m_err;
    QStringList m_positional;
    QHash<QString, QString> m_options;
    QStringList m_flags;
};

} // namespace caiji
