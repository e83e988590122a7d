#include "core/cli/CliApp.h"
#include "core/i18n/Translations.h"

#include <QGuiApplication>
#include <QTextStream>

#include <cstdio>

int main(int argc, char* argv[])
{
    // Printouts lay out text with fonts, which needs a GUI application; a command line has no
    // display, so it paints off screen unless told otherwise.
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QGuiApplication app(argc, argv);
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
