// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "PdfPages.h"
#include "TestWorkspace.h"
#include "core/auth/AccessPolicy.h"
#include "core/demo/DemoBuilder.h"
#include "core/documents/PdfPrinter.h"
#include "core/documents/TablePrintout.h"
#include "core/documents/Templates.h"
#include "core/i18n/Translations.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/write/WriteGateway.h"

#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace caiji;

// The printouts besides the letter (DESIGN 3.6): a table in the official layout, the return
// notice and the findings list, from their templates, with the header repeated on every page.
class TestPrintouts : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;
    QString m_demo;

    using Run = test::CliResult;
    static Run cli(const QStringList& args) { return test::runCli(args); }
    static int pagesOf(const QString& text)
    {
        const QRegularExpression re("共\\s*(\\d+)\\s*页");
        const QRegularExpressionMatch m = re.match(text);
        return m.hasMatch() ? m.captured(1).toInt() : 0;
    }
    /// Whether the PDF's first page is wider than high.
    static bool landscape(const QString& pdf)
    {
        QProcess p;
        p.start("pdfinfo", {pdf});
        p.waitForFinished(30000);
        const QRegularExpressionMatch m
            = QRegularExpression("Page size:\\s*([\\d.]+) x ([\\d.]+)").match(QString::fromUtf8(p.readAll()));
        return m.hasMatch() && m.captured(1).toDouble() > m.captured(2).toDouble();
    }

private slots:
    void initTestCase()
    {
        Translations::install("zh_CN");
        m_demo = m_locations.fresh("sqlite");
        test::makeSmallDemo(m_demo);
    }

    // A wide table with national header rows: landscape, every page headed by the group and the
    // field names, every row once, the department's rows only when asked.
    void tableInOfficialLayout()
    {
        const QString pdf = m_locations.tempPath("6-1-2-1.pdf");
        Run r = cli({"print", m_demo, "--table", "6-1-2-1", pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString error;
        auto ws = Workspace::open(m_demo, &error);
        const qint64 rows
            = SqlUtil::scalar(ws->db(), "SELECT COUNT(*) FROM t_6_1_2_1 WHERE \"_round\" = 2024 AND \"_deleted\" = 0")
                  .toLongLong();
        QVERIFY(rows > 60);
        QVERIFY2(r.out.contains(QString::number(rows)), qPrintable(r.out));
        const QString text = test::pdfText(pdf);
        const int pages = pagesOf(text);
        QVERIFY2(pages > 1, qPrintable(text.left(2000)));
        QVERIFY(landscape(pdf));
        QCOMPARE(text.count("6-1-2-1 校内专任教师授课情况"), pages + 1); // page headers and the title
        QCOMPARE(text.count("实训项目名称"), pages);
        QCOMPARE(text.count(QRegularExpression("第\\s*\\d+\\s*页\\s*共")), pages);
        test::shotOfPdf(pdf, "caiji-table-printout", 2);
        // The national header rows: the group over its three fields, the others over both rows.
        Actor owner;
        owner.login = "owner";
        owner.owner = true;
        const auto policy = AccessPolicy::load(*ws, owner, &error);
        QVERIFY(policy);
        Printout printout;
        qint64 printed = 0;
        QVERIFY2(
            TablePrintout::build(*ws, *policy, 2024, "6-1-2-1", {}, &printout, &printed, &error), qPrintable(error));
        QCOMPARE(printed, rows);
        QCOMPARE(printout.grid.headerRows, 2);
        QCOMPARE(printout.grid.columns, ws->catalog().table("6-1-2-1")->fields.size() + 1);
        int below = 0;
        for (const PrintGrid::Head& h : printout.grid.header) {
            if (h.text == "主要开设实践项目名称（全称）")
                QVERIFY(h.row == 0 && h.columnSpan == 3 && h.rowSpan == 1);
            else if (h.row == 0)
                QVERIFY2(h.rowSpan == 2 && h.columnSpan == 1, qPrintable(h.text));
            below += h.row == 1 ? 1 : 0;
        }
        QCOMPARE(below, 3);
        // Of one department: its rows only.
        r = cli({"print", m_demo, "--table", "6-1-2-1", "--department", "YX01", pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const qint64 own = SqlUtil::scalar(ws->db(),
            "SELECT COUNT(*) FROM t_6_1_2_1 WHERE \"_round\" = 2024 AND \"_deleted\" = 0 AND \"_dept\" = 'YX01'")
                               .toLongLong();
        QVERIFY(own > 0 && own < rows);
        QVERIFY2(r.out.contains(QString::number(own)), qPrintable(r.out));
        // A narrow table prints portrait; an unknown table is named.
        QCOMPARE(cli({"print", m_demo, "--table", "6-1-2-2", pdf}).code, 0);
        QVERIFY(!landscape(pdf));
        r = cli({"print", m_demo, "--table", "99-9", pdf});
        QVERIFY2(r.code == 2 && r.err.contains("99-9"), qPrintable(r.err));
    }

    // A department prints its own rows; another department's personal table is refused.
    void printsWhatTheAccountReads()
    {
        qputenv("CAIJI_PASSWORD", DemoBuilder::kDemoPassword);
        const QString pdf = m_locations.tempPath("own.pdf");
        Run r = cli({"print", m_demo, "--table", "6-1-2-1", pdf, "--user", "yx01_cjy"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString error;
        auto ws = Workspace::open(m_demo, &error);
        const qint64 own = SqlUtil::scalar(ws->db(),
            "SELECT COUNT(*) FROM t_6_1_2_1 WHERE \"_round\" = 2024 AND \"_deleted\" = 0 AND \"_dept\" = 'YX01'")
                               .toLongLong();
        QVERIFY2(r.out.contains(QString::number(own)), qPrintable(r.out));
        QFile::remove(pdf);
        r = cli({"print", m_demo, "--table", "6-1-2-1", "--department", "教务处", pdf, "--user", "yx01_cjy"});
        QCOMPARE(r.code, 2);
        QVERIFY(!QFile::exists(pdf));
        // The college's leadership reads every department's rows and prints them; the return notice
        // is theirs to see too.
        r = cli({"print", m_demo, "--table", "6-1-2-1", pdf, "--user", "yld"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const qint64 all
            = SqlUtil::scalar(ws->db(), "SELECT COUNT(*) FROM t_6_1_2_1 WHERE \"_round\" = 2024 AND \"_deleted\" = 0")
                  .toLongLong();
        QVERIFY2(r.out.contains(QString::number(all)), qPrintable(r.out));
        qunsetenv("CAIJI_PASSWORD");
    }

    // Paginating the grid loses and repeats no row, whatever the heights of the rows.
    void gridKeepsEveryRowOnce_data()
    {
        QTest::addColumn<int>("rows");
        QTest::addColumn<bool>("tallRows");
        QTest::newRow("none") << 0 << false;
        QTest::newRow("one page") << 5 << false;
        QTest::newRow("many pages") << 400 << false;
        QTest::newRow("wrapped rows") << 120 << true;
    }
    void gridKeepsEveryRowOnce()
    {
        QFETCH(int, rows);
        QFETCH(bool, tallRows);
        Printout p;
        p.html = "<p>表头说明</p>";
        p.grid.columns = 3;
        p.grid.header = {{"编号", 0, 0, 1, 1}, {"名称", 0, 1, 1, 1}, {"说明", 0, 2, 1, 1}};
        p.grid.rightAligned = {false, false, false};
        p.grid.empty = "没有记录";
        for (int i = 0; i < rows; ++i)
            p.grid.rows.append({QString("R%1").arg(i, 4, 10, QChar('0')), "名称",
                tallRows && i % 3 == 0 ? QString("很长的说明").repeated(60) : QString("短")});
        const QString pdf = m_locations.tempPath("grid.pdf");
        QString error;
        int pages = 0;
        QVERIFY2(PdfPrinter::print(p, pdf, &pages, &error), qPrintable(error));
        const QString text = test::pdfText(pdf);
        for (int i = 0; i < rows; ++i)
            QCOMPARE(text.count(QString("R%1").arg(i, 4, 10, QChar('0'))), 1);
        QCOMPARE(text.count("编号"), rows == 0 ? 1 : pages);
        QCOMPARE(text.contains("没有记录"), rows == 0);
        QVERIFY(rows < 100 || pages > 2);
    }

    // The return notice: the returned tasks with their reasons and the comments on rows and cells.
    void returnNotice()
    {
        const QString copy = m_locations.tempPath("notice.caiji");
        QVERIFY(QFile::copy(m_demo, copy));
        const QString pdf = m_locations.tempPath("notice.pdf");
        Run r = cli({"print", copy, "--notice", "--department", "教务处", pdf});
        QVERIFY2(r.code == 2 && r.err.contains("教务处"), qPrintable(r.err)); // nothing returned yet
        QString error;
        {
            auto ws = Workspace::open(copy, &error);
            QVERIFY(SqlUtil::exec(ws->db(),
                "UPDATE cj_assignment SET state = 'submitted' WHERE round = 2024 AND department = 'JWC' AND "
                "table_code = '7-1-1'",
                &error));
            const QString row = SqlUtil::scalar(
                ws->db(), "SELECT \"_id\" FROM t_7_1_1 WHERE \"_dept\" = 'JWC' ORDER BY \"_seq\" LIMIT 1")
                                    .toString();
            const QString key
                = SqlUtil::scalar(ws->db(), "SELECT zydm FROM t_7_1_1 WHERE \"_id\" = ?", {row}).toString();
            const auto office = test::ownerGateway(*ws);
            TaskComment onTable;
            onTable.text = "请补齐停招专业";
            TaskComment onCell;
            onCell.rowId = row;
            onCell.field = "xz";
            onCell.text = "学制与专业目录不符";
            TaskState reached;
            QVERIFY2(office->moveTask(2024, {"7-1-1", "JWC", TaskAction::Return, "专业信息有误", {onTable, onCell}},
                         &reached, &error),
                qPrintable(error));
            r = cli({"print", copy, "--notice", "--department", "教务处", pdf});
            QVERIFY2(r.code == 0, qPrintable(r.err));
            const QString text = test::pdfText(pdf);
            for (const QString& expected : {QString("退回修改通知"), QString("7-1-1 开设专业"), QString("专业信息有误"),
                     QString("请补齐停招专业"), QString("学制与专业目录不符"), key, QString("学制")})
                QVERIFY2(text.contains(expected), qPrintable(expected + "\n" + text));
            test::shotOfPdf(pdf, "caiji-return-notice");
        }
        // Only the department, the office and the leadership print it.
        qputenv("CAIJI_PASSWORD", DemoBuilder::kDemoPassword);
        QCOMPARE(cli({"print", copy, "--notice", "--department", "教务处", pdf, "--user", "jwc_fzr"}).code, 0);
        QCOMPARE(cli({"print", copy, "--notice", "--department", "教务处", pdf, "--user", "yx01_cjy"}).code, 2);
        qunsetenv("CAIJI_PASSWORD");
    }

    // The findings list: what the check found, errors first, for the account's own rows.
    void findingsList()
    {
        const QString pdf = m_locations.tempPath("findings.pdf");
        const Run v = cli({"validate", m_demo, "--json"});
        const Run r = cli({"print", m_demo, "--findings", pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = test::pdfText(pdf);
        QVERIFY(text.contains("核查问题清单"));
        const QRegularExpressionMatch errors = QRegularExpression("\"errors\":\\s*(\\d+)").match(v.out);
        QVERIFY(errors.hasMatch());
        QVERIFY2(text.contains(QString("错误 %1 条").arg(errors.captured(1))), qPrintable(text.left(1500)));
        test::shotOfPdf(pdf, "caiji-findings-list");
        qputenv("CAIJI_PASSWORD", DemoBuilder::kDemoPassword);
        QCOMPARE(cli({"print", m_demo, "--findings", "--department", "教务处", pdf, "--user", "yx01_cjy"}).code, 2);
        qunsetenv("CAIJI_PASSWORD");
    }

    // Every kind of template goes out and comes back; a broken one is refused by its line.
    void everyTemplateKind_data()
    {
        QTest::addColumn<QString>("kind");
        for (const QString& k : Templates::kinds())
            QTest::newRow(qPrintable(k)) << k;
    }
    void everyTemplateKind()
    {
        QFETCH(QString, kind);
        const QString copy = m_locations.tempPath(kind + ".caiji");
        QFile::remove(copy);
        QVERIFY(QFile::copy(m_demo, copy));
        const QString html = m_locations.tempPath(kind + ".html");
        QCOMPARE(cli({"template", "export", copy, kind, html}).code, 0);
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        const QString text = QString::fromUtf8(f.readAll());
        DocumentTemplate t;
        QString error;
        QVERIFY2(t.parse(text, Templates::schema(kind), &error), qPrintable(error));
        test::writeFile(html, (text + "\n{{nosuchname}}\n").toUtf8());
        const Run r = cli({"template", "import", copy, kind, html});
        QVERIFY2(r.code == 2 && r.err.contains("nosuchname") && r.err.contains("行"), qPrintable(r.err));
        QCOMPARE(cli({"template", "import", copy, "nosuchkind", html}).code, 2);
    }
};

QTEST_MAIN(TestPrintouts)
#include "tst_printouts.moc"
