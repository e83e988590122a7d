#include "core/cli/CliApp.h"
#include "core/i18n/Translations.h"

#include <QCoreApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("caiji-cli"));
    caiji::Translations::install();
    QTextStream out(stdout);
    QTextStream err(stderr);
    caiji::CliApp cli(out, err);
    const int code = cli.run(QCoreApplication::arguments().mid(1));
    out.flush();
    err.flush();
    return code;
}
