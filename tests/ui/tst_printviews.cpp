// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
// Printing from the window (issue 12): the print preview and Qt's print system paint the same
// pages as the PDF; the table on screen prints in the official layout; the letters' registry
// with its states, the signed scan attached and the 校验码 or a scan checked, as each role sees it.
#include "PdfPages.h"
#include "TestWorkspace.h"
#include "WindowTest.h"
#include "core/documents/LetterPrinter.h"
#include "core/documents/PdfPrinter.h"
#include "core/documents/TablePrintout.h"
#include "core/documents/Templates.h"
#include "core/i18n/Translations.h"
#include "core/model/TableRowModel.h"
#include "core/session/Session.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "ui/admin/TemplatesDialog.h"
#include "ui/documents/LetterActions.h"
#include "ui/documents/LettersDialog.h"
#include "ui/documents/LettersModel.h"
#include "ui/documents/PrintPreview.h"
#include "ui/grid/TablePane.h"

#include <QAbstractItemModelTester>
#include <QAction>
#include <QPrintPreviewDialog>
#include <QPrintPreviewWidget>
#include <QPrinter>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace caiji;

class TestPrintViews : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;
    QString m_demo;

    std::unique_ptr<MainWindow> open(const char* login) { return test::openWindow(m_demo, login); }
    /// The preview of a printout, shown; its page count once it has painted.
    static int previewPages(QWidget* parent, const Printout& p, const QString& shot)
    {
        QPrinter printer(QPrinter::HighResolution);
        std::unique_ptr<QPrintPreviewDialog> dialog(PrintPreview::create(parent, p, &printer));
        dialog->show();
        if (!QTest::qWaitForWindowExposed(dialog.get()))
            return -1;
        auto* preview = dialog->findChild<QPrintPreviewWidget*>();
        if (!QTest::qWaitFor([preview] { return preview && preview->pageCount() > 0; }, 20000))
            return -1;
        test::screenshot(dialog.get(), shot);
        return preview->pageCount();
    }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("zh_CN"));
        m_demo = m_locations.fresh(QStringLiteral("sqlite"));
        test::makeSmallDemo(m_demo);
        // 机电工程学院's head has confirmed its tasks: its letter is numbered when printed.
        QString error;
        auto ws = Workspace::open(m_demo, &error);
        QVERIFY(SqlUtil::exec(ws->db(),
            "UPDATE cj_assignment SET state = 'confirmed' WHERE round = 2024 AND department = 'YX01'", &error));
    }

    // The head's letter through Qt's print system (a printer writing PDF here) reads like the
    // PDF the command line writes, and the preview shows its pages.
    void letterThroughThePrintSystem()
    {
        auto w = open("yx01_fzr");
        Printout printout;
        ConfirmationLetter letter;
        QString error;
        QVERIFY2(LetterPrinter::prepare(w->session()->gateway(), 2024, "YX01", &printout, &letter, &error),
            qPrintable(error));
        QPrinter printer(QPrinter::HighResolution);
        printer.setOutputFormat(QPrinter::PdfFormat);
        const QString pdf = m_locations.tempPath("printed.pdf");
        printer.setOutputFileName(pdf);
        const int pages = PdfPrinter::paint(printout, &printer);
        QVERIFY(pages >= 1);
        const QString text = test::pdfText(pdf);
        QVERIFY2(text.contains("机电工程学院") && text.contains(letter.code) && text.contains("2024-YX01-001"),
            qPrintable(text));
        QCOMPARE(previewPages(w.get(), printout, "caiji-print-preview.png"), pages);
    }

    // 文件 → 打印本表 (Ctrl+P) prints the table on screen, the department's rows the account reads.
    void tableOnScreen()
    {
        auto w = open("yx01_cjy");
        QVERIFY(w->showTable("6-1-2-1"));
        bool listed = false;
        for (QAction* a : w->findChildren<QAction*>())
            listed = listed || a->shortcut() == QKeySequence(QKeySequence::Print);
        QVERIFY(listed);
        Printout printout;
        qint64 rows = 0;
        QString error;
        QVERIFY2(TablePrintout::build(w->session()->workspace(), w->session()->policy(), 2024, "6-1-2-1",
                     w->tablePane()->department(), &printout, &rows, &error),
            qPrintable(error));
        QTRY_COMPARE_WITH_TIMEOUT(static_cast<qint64>(w->tablePane()->model()->rowCount()), rows, 20000);
        QVERIFY(printout.landscape);
        QVERIFY(previewPages(w.get(), printout, "caiji-table-preview.png") > 1);
    }

    // The registry as each role sees it: the head attaches the signed scan and checks the code;
    // the office sees every department's letters; another department sees none of these; the
    // command line reads the same state.
    void lettersDialogByRole()
    {
        {
            auto w = open("yx01_fzr");
            const QString pdf = m_locations.tempPath("yx01.pdf");
            QString message;
            QVERIFY2(LetterActions::print(*w->session(), "YX01", pdf, &message), qPrintable(message));
            LettersDialog d(*w->session(), w.get());
            QAbstractItemModelTester tester(d.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
            QCOMPARE(d.model()->rowCount(), 1);
            const IssuedLetter issued = d.model()->letterAt(0);
            QCOMPARE(issued.number, QStringLiteral("2024-YX01-001"));
            bool matches = false;
            QVERIFY2(d.verify(issued.code.toLower(), &matches, &message), qPrintable(message));
            QVERIFY(matches);
            // The signed paper comes back scanned; the scan verifies and is attached.
            const QString scan = m_locations.tempPath("yx01-signed");
            test::renderPage(pdf, 2, scan, 150);
            QVERIFY2(d.verify(scan + ".png", &matches, &message), qPrintable(message));
            QVERIFY(matches);
            QVERIFY2(d.attachScan(issued.number, scan + ".png", &message), qPrintable(message));
            QCOMPARE(d.model()->index(0, LettersModel::State).data(LettersModel::StateRole).toString(),
                QStringLiteral("signed"));
            QVERIFY(d.model()->index(0, LettersModel::Scan).data().toString().contains("yx01-signed.png"));
            QCOMPARE(d.model()->index(0, LettersModel::Data).data().toString(), QStringLiteral("一致"));
            QVERIFY(!d.verify("0000-0000-0000-0000-0", &matches, &message));
            Printout reprint;
            QVERIFY2(d.printoutOf(issued.number, &reprint, &message), qPrintable(message));
            QVERIFY(reprint.watermark.isEmpty());
            d.resize(1100, 420);
            d.show();
            QVERIFY(QTest::qWaitForWindowExposed(&d));
            test::screenshot(&d, "caiji-letters-dialog.png");
            // A row of the department goes (a revision not printed again): the list says so.
            {
                QString error;
                auto other = Workspace::open(m_demo, &error);
                QVERIFY(SqlUtil::exec(other->db(),
                    "UPDATE t_6_1_2_1 SET \"_deleted\" = 1 WHERE \"_id\" = (SELECT \"_id\" FROM t_6_1_2_1 WHERE "
                    "\"_dept\" = 'YX01' AND \"_deleted\" = 0 ORDER BY \"_seq\" LIMIT 1)",
                    &error));
            }
            d.reload();
            QVERIFY2(d.model()->index(0, LettersModel::Data).data().toString().contains("改动"),
                qPrintable(d.model()->index(0, LettersModel::Data).data().toString()));
            QVERIFY(d.model()->index(0, LettersModel::Data).data(Qt::ToolTipRole).toString().contains("6-1-2-1"));
        }
        const test::CliResult listed = test::runCli({"letter", m_demo, "--list"});
        QVERIFY2(listed.out.contains("2024-YX01-001") && listed.out.contains("已签回"), qPrintable(listed.out));
        {
            auto office = open("admin");
            LettersDialog d(*office->session(), office.get());
            QCOMPARE(d.model()->rowCount(), 1);
        }
        {
            auto other = open("yx02_fzr");
            LettersDialog d(*other->session(), other.get());
            QCOMPARE(d.model()->rowCount(), 0);
            QString message;
            QVERIFY(!d.attachScan("2024-YX01-001", m_locations.tempPath("yx01-signed.png"), &message));
            Printout reprint;
            QVERIFY(!d.printoutOf("2024-YX01-001", &reprint, &message));
        }
    }

    // 管理 → 文书模板: the office exports a template, edits it, imports it back and the printout
    // follows; a broken one changes nothing; the command line sees the same template; a
    // department's account changes none.
    void templatesByTheOffice()
    {
        auto w = open("admin");
        TemplatesDialog d(w->session()->workspace(), w->session()->policy(), w.get());
        QCOMPARE(d.list()->topLevelItemCount(), Templates::kinds().size());
        const QString html = m_locations.tempPath("table-template.html");
        QString message;
        QVERIFY2(d.exportKind("table", html, &message), qPrintable(message));
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        f.close();
        QVERIFY(text.contains("学校名称"));
        test::writeFile(html, text.replace("学校名称", "院校名称").toUtf8());
        QVERIFY2(d.importKind("table", html, &message), qPrintable(message));
        QVERIFY(Templates::isOwn(w->session()->workspace(), "table"));
        Printout printout;
        QString error;
        QVERIFY(TablePrintout::build(
            w->session()->workspace(), w->session()->policy(), 2024, "7-1-1", {}, &printout, nullptr, &error));
        QVERIFY(printout.html.contains("院校名称"));
        const QString viaCli = m_locations.tempPath("table-cli.html");
        QCOMPARE(test::runCli({"template", "export", m_demo, "table", viaCli}).code, 0);
        QFile cliFile(viaCli);
        QVERIFY(cliFile.open(QIODevice::ReadOnly));
        QVERIFY(QString::fromUtf8(cliFile.readAll()).contains("院校名称"));
        test::writeFile(html, "{{#rows}}\n");
        QVERIFY(!d.importKind("table", html, &message));
        QVERIFY2(message.contains("行"), qPrintable(message));
        QVERIFY(Templates::text(w->session()->workspace(), "table").contains("院校名称"));
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        test::screenshot(&d, "caiji-templates.png");
        QVERIFY2(d.resetKind("table", &message), qPrintable(message));
        QVERIFY(!Templates::isOwn(w->session()->workspace(), "table"));
        auto head = open("yx01_fzr");
        TemplatesDialog refused(head->session()->workspace(), head->session()->policy(), head.get());
        QVERIFY(!refused.resetKind("letter", &message));
        QVERIFY(!message.isEmpty());
    }
};

QTEST_MAIN(TestPrintViews)
#include "tst_printviews.moc"
