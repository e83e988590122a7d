// core/ must stay free of Qt Widgets (DESIGN 3): it is what the CLI, the tests and a future
// server build on. This checks both the link line and every #include in core/.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>
#include <QTest>

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
};

QTEST_GUILESS_MAIN(TestLayering)
#include "tst_layering.moc"
