#pragma once

// What the widget tests share: a main window signed in as a demo account, and a picture of a
// widget saved where a person looks at it (CAIJI_SCREENSHOT_DIR, default the temp folder).
#include "core/demo/DemoBuilder.h"
#include "ui/MainWindow.h"

#include <QDir>
#include <QTest>

#include <memory>

namespace caiji::test {

inline void screenshot(QWidget* w, const QString& name)
{
    const QString dir = qEnvironmentVariable("CAIJI_SCREENSHOT_DIR", QDir::tempPath());
    const QString path = QDir(dir).filePath(name);
    w->grab().save(path);
    qInfo("screenshot: %s", qPrintable(path));
}

/// The window on `location`, signed in as a demo account, shown at an office PC's 1366×768.
inline std::unique_ptr<MainWindow> openWindow(const QString& location, const char* login)
{
    auto w = std::make_unique<MainWindow>();
    QString error;
    if (!w->signInAndOpen(
            location, &error, QString::fromLatin1(login), QString::fromLatin1(DemoBuilder::kDemoPassword)))
        qFatal("%s", qPrintable(error));
    w->resize(1366, 768);
    w->show();
    if (!QTest::qWaitForWindowExposed(w.get()))
        qFatal("no window");
    return w;
}

} // namespace caiji::test
