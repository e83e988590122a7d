#include "GuiBench.h"

#include "BenchReport.h"
#include "ui/MainWindow.h"
#include "ui/quality/QualityConsole.h"

#include <QElapsedTimer>
#include <QEventLoop>
#include <QTimer>

#include <algorithm>

namespace caiji::bench {

int runGui(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty()) {
        err << "usage: caiji-bench gui WS" << Qt::endl;
        return 2;
    }
    MainWindow window;
    QString error;
    if (!window.openWorkspace(args.first(), &error)) {
        err << error << Qt::endl;
        return 2;
    }
    window.show();
    QualityConsole* console = window.qualityConsole();
    // The check the window starts when the workspace opens runs first; the measured one follows.
    while (console->isChecking())
        QCoreApplication::processEvents(QEventLoop::WaitForMoreEvents, 50);
    QElapsedTimer clock;
    qint64 last = 0;
    qint64 longest = 0;
    QTimer tick;
    tick.setInterval(5);
    QObject::connect(&tick, &QTimer::timeout, [&] {
        const qint64 now = clock.nsecsElapsed();
        longest = std::max(longest, now - last);
        last = now;
    });
    QEventLoop loop;
    bool ok = false;
    QObject::connect(console, &QualityConsole::validated, &loop, [&] {
        ok = true;
        loop.quit();
    });
    QObject::connect(console, &QualityConsole::validationFailed, &loop, [&](const QString& e) {
        err << e << Qt::endl;
        loop.quit();
    });
    clock.start();
    tick.start();
    if (!console->startValidation()) {
        err << "the validation did not start" << Qt::endl;
        return 1;
    }
    loop.exec();
    const double totalMs = clock.nsecsElapsed() / 1e6;
    if (!ok)
        return 1;
    report(out, QStringLiteral("gui.validate_total"), totalMs, QStringLiteral("ms"));
    report(out, QStringLiteral("gui.longest_event_loop_stall"), longest / 1e6, QStringLiteral("ms"));
    return 0;
}

} // namespace caiji::bench
