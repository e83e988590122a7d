#include "core/i18n/Translations.h"
#include "core/model/TableRowModel.h"
#include "ui/MainWindow.h"
#include "ui/grid/GridView.h"
#include "ui/settings/UiSettings.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QMessageBox>
#include <QTimer>

int main(int argc, char* argv[])
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Caiji"));
    QApplication::setApplicationName(QStringLiteral("caiji"));
    QApplication::setApplicationVersion(QStringLiteral(CAIJI_VERSION));
    caiji::Translations::install(caiji::UiSettings::language());

    QCommandLineParser args;
    args.setApplicationDescription(QApplication::translate("main", "Caiji status data collection workbench"));
    args.addHelpOption();
    args.addVersionOption();
    args.addPositionalArgument(
        QStringLiteral("workspace"), QApplication::translate("main", "Workspace file or postgresql:// address"));
    const QCommandLineOption table(
        QStringLiteral("table"), QApplication::translate("main", "Table to show first"), QStringLiteral("code"));
    const QCommandLineOption user(
        QStringLiteral("user"), QApplication::translate("main", "Account to sign in with"), QStringLiteral("login"));
    const QCommandLineOption password(QStringLiteral("password"),
        QApplication::translate("main", "Password of that account (else asked)"), QStringLiteral("password"));
    const QCommandLineOption screenshot(QStringLiteral("screenshot"),
        QApplication::translate("main", "Save a picture of the window and quit"), QStringLiteral("png"));
    args.addOptions({table, user, password, screenshot});
    args.process(app);

    caiji::MainWindow window;
    QString location = args.positionalArguments().value(0);
    if (location.isEmpty())
        location = caiji::UiSettings::lastWorkspace();
    window.show();
    if (!location.isEmpty()) {
        QString error;
        if (!window.signInAndOpen(location, &error, args.value(user), args.value(password))) {
            if (!error.isEmpty())
                QMessageBox::warning(&window, QApplication::translate("main", "Caiji"), error);
        } else if (args.isSet(table)) {
            window.showTable(args.value(table));
        }
    }
    const QString shot = args.isSet(screenshot) ? args.value(screenshot) : qEnvironmentVariable("CAIJI_SCREENSHOT");
    if (!shot.isEmpty()) {
        QTimer::singleShot(1200, &window, [&window, shot] {
            window.grid()->fitColumns();
            QTimer::singleShot(300, &window, [&window, shot] {
                window.grab().save(shot);
                QApplication::quit();
            });
        });
    }
    return app.exec();
}
