// core/ must stay free of Qt Widgets (DESIGN 3): it is what the CLI, the tests and a future
// server build on. This checks both the link line and every #include in core/.
#include <QDirIterator>
#include <QFile>
#include <QHash>
#include <QRegularExpression>
#include <QSet>
#include <QTest>

#include <functional>

class TestLayering : public QObject
{
    Q_OBJECT

private slots:
    void coreDoesNotLinkWidgets()
    {
        const QString libs = QStringLiteral(CAIJI_CORE_LINK_LIBS);
        QVERIFY2(libs.contains(QLatin1String("Qt6::Core")), qPrintable(libs));
        QVERIFY2(!libs.contains(QLatin1String("Widgets")), qPrintable(libs));
        QVERIFY2(!libs.contains(QLatin1String("PrintSupport")), qPrintable(libs));
    }

    void coreIncludesNoWidgetsOrUi()
    {
        static const QRegularExpression bad(
            QStringLiteral("^\\s*#\\s*include\\s*[<\"](QtWidgets/|QtPrintSupport/|ui/|\\.\\./\\.\\./ui/|"
                           "Q(Widget|MainWindow|Dialog|MessageBox|Application|TableView|TreeView|Label|"
                           "PushButton|LineEdit|ComboBox|Printer|FileDialog|Menu|Action|StyledItemDelegate)\\b)"),
            QRegularExpression::MultilineOption);
        QDirIterator it(QStringLiteral(CAIJI_SOURCE_DIR "/core"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
            QDir::Files, QDirIterator::Subdirectories);
        int files = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const QString text = QString::fromUtf8(f.readAll());
            const auto m = bad.match(text);
            QVERIFY2(!m.hasMatch(), qPrintable(path + QStringLiteral(": ") + m.captured(0)));
            ++files;
        }
        QVERIFY(files > 20);
    }

    // The folders of core depend on each other in one direction only (no include cycles), so
    // that each can be understood, tested and replaced from the bottom up.
    void coreFoldersHaveNoCycles()
    {
        static const QRegularExpression include(
            QStringLiteral("^\\s*#\\s*include\\s*\"(?:\\.\\./|core/)(\\w+)/"), QRegularExpression::MultilineOption);
        QHash<QString, QSet<QString>> deps;
        QDirIterator it(QStringLiteral(CAIJI_SOURCE_DIR "/core"), {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
            QDir::Files, QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString folder
                = QDir(QStringLiteral(CAIJI_SOURCE_DIR "/core")).relativeFilePath(path).section(QLatin1Char('/'), 0, 0);
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            auto matches = include.globalMatch(QString::fromUtf8(f.readAll()));
            while (matches.hasNext()) {
                const QString to = matches.next().captured(1);
                if (to != folder)
                    deps[folder].insert(to);
            }
        }
        QVERIFY(deps.size() > 8);
        // Depth-first search; a folder met again on the current path closes a cycle.
        QStringList path;
        QSet<QString> done;
        std::function<QString(const QString&)> visit = [&](const QString& folder) -> QString {
            if (path.contains(folder))
                return (path.mid(path.indexOf(folder)) << folder).join(QStringLiteral(" -> "));
            if (done.contains(folder))
                return QString();
            path.append(folder);
            for (const QString& next : deps.value(folder)) {
                const QString cycle = visit(next);
                if (!cycle.isEmpty())
                    return cycle;
            }
            path.removeLast();
            done.insert(folder);
            return QString();
        };
        for (auto d = deps.constBegin(); d != deps.constEnd(); ++d) {
            const QString cycle = visit(d.key());
            QVERIFY2(cycle.isEmpty(), qPrintable(QStringLiteral("include cycle: ") + cycle));
        }
    }

    // One door for every write (DESIGN 3.5a): only core/write makes the writers of data tables;
    // everyone else asks the WriteGateway (which hands out checked bulk inserters).
    void onlyTheGatewayMakesWriters()
    {
        static const QRegularExpression makes(
            QStringLiteral("RowInserter\\s+\\w+\\s*\\(|make_unique<RowInserter>|EditService\\s+\\w+\\s*\\([^)]*\\)\\s*;"
                           "[^\\n]*\\n[^\\n]*\\.(applyCells|insertRows|setDeleted)"));
        QDirIterator it(QStringLiteral(CAIJI_SOURCE_DIR), {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, QDir::Files,
            QDirIterator::Subdirectories);
        int checked = 0;
        while (it.hasNext()) {
            const QString path = it.next();
            if (!path.contains(QLatin1String("/core/")) && !path.contains(QLatin1String("/ui/"))
                && !path.contains(QLatin1String("/app/")))
                continue;
            if (path.contains(QLatin1String("/core/write/"))
                || path.contains(QLatin1String("/core/storage/RowInserter")) || path.contains(QLatin1String("/tests/"))
                || path.contains(QLatin1String("/build")))
                continue;
            QFile f(path);
            QVERIFY(f.open(QIODevice::ReadOnly));
            const auto m = makes.match(QString::fromUtf8(f.readAll()));
            QVERIFY2(!m.hasMatch(), qPrintable(path + QStringLiteral(": ") + m.captured(0)));
            ++checked;
        }
        QVERIFY(checked > 50);
    }
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
