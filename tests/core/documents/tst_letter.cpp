// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "PdfPages.h"
#include "TestWorkspace.h"
#include "core/cli/CliApp.h"
#include "core/demo/DemoBuilder.h"
#include "core/documents/ConfirmationLetter.h"
#include "core/documents/Fingerprint.h"
#include "core/documents/LetterRegistry.h"
#include "core/documents/QrCode.h"
#include "core/i18n/Translations.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/write/WriteGateway.h"

#include <QCryptographicHash>
#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace caiji;

// The confirmation letter from the command line: a PDF with the college, the department, its
// tables, the 校验码 on every page and a QR code a decoder reads back; a draft until confirmed;
// only the department and the office print it; a broken template is refused by its line.
class TestLetter : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;
    QString m_demo;

    using Run = test::CliResult;
    static Run cli(const QStringList& args) { return test::runCli(args); }
    static QString pdfText(const QString& pdf) { return test::pdfText(pdf); }
    static void shot(const QString& pdf, const QString& name) { test::shotOfPdf(pdf, name); }
    static QByteArray qrOfLastPage(const QString& pdf, const QString& png) { return test::qrOfPage(pdf, 2, png); }

private slots:
    void initTestCase()
    {
        Translations::install("zh_CN");
        m_demo = m_locations.fresh("sqlite");
        test::makeSmallDemo(m_demo);
    }

    void draftThenConfirmed()
    {
        const QString pdf = m_locations.tempPath("letter.pdf");
        Run r = cli({"letter", m_demo, "--department", "教务处", pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString error;
        auto ws = Workspace::open(m_demo, &error);
        QVERIFY(ws);
        ConfirmationLetter letter;
        QVERIFY2(ConfirmationLetter::build(*ws, 2024, "JWC", &letter, &error), qPrintable(error));
        QVERIFY(letter.draft);
        QCOMPARE(r.out.trimmed().split('\n').last(), letter.code);
        const QString text = pdfText(pdf);
        for (const QString& expected :
            {QStringLiteral("上报确认书"), QStringLiteral("教务处"), letter.code, letter.number, QStringLiteral("草稿"),
                QStringLiteral("6-1-2-2"), QStringLiteral("校内专任教师教学工作量")})
            QVERIFY2(text.contains(expected), qPrintable(expected + "\n" + text));
        // 第 x 页 共 y 页 on every page.
        QCOMPARE(text.count(QRegularExpression("第\\s*[12]\\s*页\\s*共\\s*2\\s*页")), 2);
        // The number and 校验码 head every page.
        QCOMPARE(text.count(letter.code), 3); // both page headers and the letter's own line
        QCOMPARE(qrOfLastPage(pdf, m_locations.tempPath("letter-page")), letter.qrPayload());
        shot(pdf, "caiji-letter-draft");
        // Confirmed: no longer a draft, and the same data gives the same code.
        QVERIFY(SqlUtil::exec(ws->db(),
            "UPDATE cj_assignment SET state = 'confirmed' WHERE round = 2024 AND department = 'JWC'", &error));
        r = cli({"letter", m_demo, "--department", "JWC", pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(r.out.trimmed().split('\n').last(), letter.code);
        QVERIFY(!pdfText(pdf).contains(QStringLiteral("草稿")));
        shot(pdf, "caiji-letter");
        // Registered: 2024-JWC-001; printed again with the same data, the same letter.
        QVERIFY(pdfText(pdf).contains("2024-JWC-001"));
        QCOMPARE(cli({"letter", m_demo, "--department", "JWC", pdf}).code, 0);
        QVERIFY(pdfText(pdf).contains("2024-JWC-001"));
        r = cli({"verify", m_demo, letter.code.toLower()});
        QVERIFY2(r.code == 0 && r.out.contains("2024-JWC-001"), qPrintable(r.out + r.err));
        // The data changes after the letter (a revision): the letter no longer matches, and says where.
        QVERIFY(SqlUtil::exec(
            ws->db(), "UPDATE cj_assignment SET state = 'revising' WHERE round = 2024 AND department = 'JWC'", &error));
        {
            const auto owner = test::ownerGateway(*ws, "jwc_cjy");
            const Table& majors = *ws->catalog().table("7-1-1");
            QSqlQuery q(ws->db());
            QVERIFY(SqlUtil::exec(ws->db(),
                "SELECT \"_id\", \"_version\", xz FROM t_7_1_1 WHERE \"_round\" = 2024 AND \"_dept\" = 'JWC' "
                "ORDER BY \"_seq\" LIMIT 1",
                {}, &error, &q));
            QVERIFY(q.next());
            const EditResult e = owner->applyCells(majors, 2024,
                {{q.value(0).toString(), q.value(1).toLongLong(), majors.fieldIndex("xz"),
                    q.value(2).toInt() == 3 ? 4 : 3}});
            QVERIFY2(e.ok, qPrintable(e.error));
        }
        r = cli({"verify", m_demo, letter.code});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.out.contains("7-1-1") && !r.out.contains("7-2:"), qPrintable(r.out));
        // Confirmed again: a new letter, 002, replaces 001, which is now void.
        QVERIFY(SqlUtil::exec(ws->db(),
            "UPDATE cj_assignment SET state = 'confirmed' WHERE round = 2024 AND department = 'JWC'", &error));
        r = cli({"letter", m_demo, "--department", "JWC", pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString newCode = r.out.trimmed().split('\n').last();
        QVERIFY(newCode != letter.code);
        const QString replaced = pdfText(pdf);
        QVERIFY(replaced.contains("2024-JWC-002") && replaced.contains("2024-JWC-001"));
        QCOMPARE(cli({"verify", m_demo, newCode}).code, 0);
        r = cli({"verify", m_demo, letter.code});
        QVERIFY2(r.code == 1 && r.out.contains(QStringLiteral("作废")), qPrintable(r.out));
        // A mistyped code, and a code no letter has.
        QString typo = letter.code;
        typo[0] = typo[0] == 'A' ? 'B' : 'A';
        QCOMPARE(cli({"verify", m_demo, typo}).code, 2);
        QCOMPARE(cli({"verify", m_demo, Fingerprint::code(QByteArray(32, 'x'))}).code, 2);
    }

    // The registry on both backends: numbered once, kept while the data is the same, void and
    // replaced after a change; verify says which table changed.
    void registryOnBothBackends_data() { test::TestLocations::addBackendRows(); }
    void registryOnBothBackends()
    {
        QFETCH(QString, backend);
        QString error;
        auto ws = Workspace::create(m_locations.fresh(backend), test::miniCatalog(), &error);
        QVERIFY(ws);
        test::addCollege(*ws);
        const auto owner = test::ownerGateway(*ws);
        const Table& students = *ws->catalog().table("10-1");
        QVector<QVariant> row(students.fields.size());
        row[students.fieldIndex("xh")] = "2024001";
        row[students.fieldIndex("xm")] = "王五";
        QVector<QString> ids;
        QVERIFY(owner->insertRows(students, 2024, "XGC", {row}, &ids, &error, {WriteOrigin::Load, "setup", false}));
        QVERIFY(
            SqlUtil::exec(ws->db(), "UPDATE cj_assignment SET state = 'confirmed' WHERE department = 'XGC'", &error));
        ConfirmationLetter first;
        QVERIFY2(ConfirmationLetter::build(*ws, 2024, "XGC", &first, &error), qPrintable(error));
        QVERIFY(!first.draft);
        LetterRegistry registry(*owner);
        QVERIFY2(registry.issue(&first, &error), qPrintable(error));
        QCOMPARE(first.number, QStringLiteral("2024-XGC-001"));
        ConfirmationLetter again = first;
        QVERIFY(registry.issue(&again, &error));
        QCOMPARE(again.number, first.number);
        LetterCheck check;
        QVERIFY2(registry.verify(first.code, &check, &error), qPrintable(error));
        QVERIFY(check.matches);
        // A revision changes a name.
        QVERIFY(
            SqlUtil::exec(ws->db(), "UPDATE cj_assignment SET state = 'revising' WHERE department = 'XGC'", &error));
        const qint64 v = SqlUtil::scalar(ws->db(), "SELECT \"_version\" FROM t_10_1").toLongLong();
        QVERIFY(owner->applyCells(students, 2024, {{ids.first(), v, students.fieldIndex("xm"), "王武"}}).ok);
        QVERIFY(
            SqlUtil::exec(ws->db(), "UPDATE cj_assignment SET state = 'confirmed' WHERE department = 'XGC'", &error));
        QVERIFY(registry.verify(first.code, &check, &error));
        QVERIFY(!check.matches);
        QCOMPARE(check.changedTables.size(), 1);
        QVERIFY2(check.changedTables.first().startsWith("10-1") && check.changedTables.first().contains("1"),
            qPrintable(check.changedTables.first()));
        ConfirmationLetter second;
        QVERIFY(ConfirmationLetter::build(*ws, 2024, "XGC", &second, &error));
        QVERIFY(registry.issue(&second, &error));
        QCOMPARE(second.number, QStringLiteral("2024-XGC-002"));
        QCOMPARE(second.replaces, first.number);
        const QVector<IssuedLetter> all = registry.letters(2024);
        QCOMPARE(all.size(), 2);
        QCOMPARE(all.at(0).state, QStringLiteral("issued"));
        QCOMPARE(all.at(1).state, QStringLiteral("void"));
        QVERIFY(registry.verify(second.code, &check, &error));
        QVERIFY(check.matches);
        // The signed scan is kept in the workspace, byte for byte, and the letter is 已签回.
        QByteArray bytes("%PDF-1.4 not really a scan");
        bytes.append(QByteArray(70000, '\x01')).append('\0').append("tail");
        QVERIFY2(registry.attachScan(second.number, "signed.pdf", bytes, {}, &error), qPrintable(error));
        QByteArray back;
        QString name;
        QVERIFY2(registry.scan(second.number, &back, &name, &error), qPrintable(error));
        QCOMPARE(back, bytes);
        QCOMPARE(name, QStringLiteral("signed.pdf"));
        QCOMPARE(registry.letters(2024).at(0).state, QStringLiteral("signed"));
        QVERIFY(!registry.attachScan(first.number, "signed.pdf", bytes, {}, &error)); // void
        QVERIFY(!registry.scan(first.number, &back, &name, &error));
        // A draft gets no number.
        QVERIFY(SqlUtil::exec(ws->db(), "UPDATE cj_assignment SET state = 'filling' WHERE department = 'XGC'", &error));
        ConfirmationLetter draft;
        QVERIFY(ConfirmationLetter::build(*ws, 2024, "XGC", &draft, &error));
        QVERIFY(draft.draft);
        QVERIFY(!registry.issue(&draft, &error));
    }

    // The signed paper comes back: its scan is attached (已签回) and kept with its hash; verify
    // reads the QR code off a scan or a photo; after a change the old letter reprints marked
    // 已作废, naming the one that replaced it; scans that are not the letter's are refused.
    void scanVerifyAndVoidReprint()
    {
        const QString ws = m_locations.tempPath("scan.caiji");
        test::makeSmallDemo(ws);
        QString error;
        {
            auto w = Workspace::open(ws, &error);
            QVERIFY(SqlUtil::exec(w->db(),
                "UPDATE cj_assignment SET state = 'confirmed' WHERE round = 2024 AND department = 'JWC'", &error));
        }
        const QString pdf = m_locations.tempPath("to-sign.pdf");
        Run r = cli({"letter", ws, "--department", "教务处", pdf});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // The PDF itself and a scan of its last page both verify.
        r = cli({"verify", ws, pdf});
        QVERIFY2(r.code == 0 && r.out.contains("2024-JWC-001"), qPrintable(r.out + r.err));
        const QString scan = m_locations.tempPath("signed-scan");
        test::renderPage(pdf, 2, scan, 150);
        r = cli({"verify", ws, scan + ".png"});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        // A phone's photo: smaller, a little turned, JPEG.
        QImage photo = QImage(scan + ".png").transformed(QTransform().rotate(4), Qt::SmoothTransformation);
        QVERIFY(photo.save(m_locations.tempPath("photo.jpg"), "JPG", 85));
        r = cli({"verify", ws, m_locations.tempPath("photo.jpg")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        // Attached: signed and returned, the scan kept with its hash.
        r = cli({"letter", ws, "--number", "2024-JWC-001", "--scan", scan + ".png"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = cli({"letter", ws, "--list"});
        QVERIFY2(r.out.contains("2024-JWC-001") && r.out.contains(QStringLiteral("已签回")), qPrintable(r.out));
        {
            auto w = Workspace::open(ws, &error);
            QFile f(scan + ".png");
            QVERIFY(f.open(QIODevice::ReadOnly));
            QCOMPARE(
                SqlUtil::scalar(w->db(), "SELECT scan_hash FROM cj_letter WHERE number = '2024-JWC-001'").toString(),
                QString::fromLatin1(QCryptographicHash::hash(f.readAll(), QCryptographicHash::Sha256).toHex()));
            // The data changes in a revision; confirmed again, the next print is 002 and 001 is void.
            QVERIFY(SqlUtil::exec(w->db(),
                "UPDATE cj_assignment SET state = 'revising' WHERE round = 2024 AND department = 'JWC'", &error));
            const auto owner = test::ownerGateway(*w, "jwc_cjy");
            const Table& majors = *w->catalog().table("7-1-1");
            QSqlQuery q(w->db());
            QVERIFY(SqlUtil::exec(w->db(),
                "SELECT \"_id\", \"_version\", xz FROM t_7_1_1 WHERE \"_round\" = 2024 AND \"_dept\" = 'JWC' "
                "ORDER BY \"_seq\" LIMIT 1",
                {}, &error, &q));
            QVERIFY(q.next());
            QVERIFY(owner
                        ->applyCells(majors, 2024,
                            {{q.value(0).toString(), q.value(1).toLongLong(), majors.fieldIndex("xz"),
                                q.value(2).toInt() == 3 ? 4 : 3}})
                        .ok);
            QVERIFY(SqlUtil::exec(w->db(),
                "UPDATE cj_assignment SET state = 'confirmed' WHERE round = 2024 AND department = 'JWC'", &error));
        }
        // The signed scan no longer matches: verify names the table.
        r = cli({"verify", ws, scan + ".png"});
        QVERIFY2(r.code == 1 && r.out.contains("7-1-1"), qPrintable(r.out + r.err));
        QCOMPARE(cli({"letter", ws, "--department", "教务处", pdf}).code, 0);
        // The old letter reprints as it was, marked void, naming its successor.
        const QString old = m_locations.tempPath("void.pdf");
        r = cli({"letter", ws, "--number", "2024-JWC-001", old});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QString text = pdfText(old);
        QVERIFY2(
            text.contains(QStringLiteral("已作废")) && text.contains("2024-JWC-002") && text.contains("2024-JWC-001"),
            qPrintable(text));
        shot(old, "caiji-letter-void");
        // The old scan goes to no other letter, and a void letter takes no scan.
        r = cli({"letter", ws, "--number", "2024-JWC-002", "--scan", scan + ".png"});
        QVERIFY2(r.code == 2 && r.err.contains("2024-JWC-001"), qPrintable(r.err));
        r = cli({"letter", ws, "--number", "2024-JWC-001", "--scan", scan + ".png"});
        QVERIFY2(r.code == 2 && r.err.contains(QStringLiteral("作废")), qPrintable(r.err));
        QCOMPARE(cli({"letter", ws, "--number", "2024-JWC-404", old}).code, 2);
        // A picture with no code, a file that is no picture, a forged code.
        QImage blank(600, 800, QImage::Format_RGB32);
        blank.fill(Qt::white);
        QVERIFY(blank.save(m_locations.tempPath("blank.png")));
        r = cli({"verify", ws, m_locations.tempPath("blank.png")});
        QVERIFY2(r.code == 2 && r.err.contains(QStringLiteral("二维码")), qPrintable(r.err));
        test::writeFile(m_locations.tempPath("notes.txt"), "not a scan");
        QCOMPARE(cli({"verify", ws, m_locations.tempPath("notes.txt")}).code, 2);
        const QImage forged = QrCode::image("CAIJI-LETTER 1 2024-JWC-002 " + QByteArray(64, 'a'), 8, &error);
        QVERIFY(forged.save(m_locations.tempPath("forged.png")));
        r = cli({"verify", ws, m_locations.tempPath("forged.png")});
        QVERIFY2(r.code == 2 && r.err.contains("2024-JWC-002"), qPrintable(r.err));
        // Another department neither attaches nor reprints it.
        qputenv("CAIJI_PASSWORD", DemoBuilder::kDemoPassword);
        QCOMPARE(cli({"letter", ws, "--number", "2024-JWC-002", old, "--user", "yx01_cjy"}).code, 2);
        qunsetenv("CAIJI_PASSWORD");
    }

    void onlyTheDepartmentAndTheOffice()
    {
        qputenv("CAIJI_PASSWORD", DemoBuilder::kDemoPassword);
        const QString pdf = m_locations.tempPath("other.pdf");
        QCOMPARE(cli({"letter", m_demo, "--department", "教务处", pdf, "--user", "yx01_cjy"}).code, 2);
        QVERIFY(!QFile::exists(pdf));
        const Run r = cli({"letter", m_demo, "--department", "教务处", pdf, "--user", "jwc_fzr"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(cli({"letter", m_demo, "--department", "教务处", pdf, "--user", "admin"}).code, 0);
        qunsetenv("CAIJI_PASSWORD");
    }

    // The office exports the template, edits it, imports it back; a broken one is refused by its
    // line and changes nothing; reset brings the shipped one back.
    void templateOutAndBack()
    {
        const QString copy = m_locations.tempPath("template-cli.caiji");
        QVERIFY(QFile::copy(m_demo, copy));
        const QString html = m_locations.tempPath("letter.html");
        QVERIFY2(cli({"template", "export", copy, "letter", html}).code == 0, "export");
        QFile f(html);
        QVERIFY(f.open(QIODevice::ReadOnly));
        QString text = QString::fromUtf8(f.readAll());
        f.close();
        QVERIFY(text.contains("{{#tables}}"));
        QVERIFY(text.contains("上报确认书"));
        // Broken: refused by its line, nothing taken.
        test::writeFile(html, QByteArray("{{college}}\n{{#tables}}\n{{code}}\n"));
        Run r = cli({"template", "import", copy, "letter", html});
        QVERIFY2(r.code == 2 && r.err.contains("第 2 行"), qPrintable(r.err));
        QString error;
        QVERIFY(Workspace::open(copy, &error)->setting("template.letter").isEmpty());
        // Edited: the letter prints with it.
        text.replace("上报确认书", "数据上报确认单");
        test::writeFile(html, text.toUtf8());
        QCOMPARE(cli({"template", "import", copy, "letter", html}).code, 0);
        const QString pdf = m_locations.tempPath("edited.pdf");
        QCOMPARE(cli({"letter", copy, "--department", "教务处", pdf}).code, 0);
        QVERIFY(pdfText(pdf).contains("数据上报确认单"));
        // Only the office changes templates.
        qputenv("CAIJI_PASSWORD", DemoBuilder::kDemoPassword);
        QCOMPARE(cli({"template", "reset", copy, "letter", "--user", "jwc_fzr"}).code, 2);
        qunsetenv("CAIJI_PASSWORD");
        QCOMPARE(cli({"template", "reset", copy, "letter"}).code, 0);
        QCOMPARE(cli({"letter", copy, "--department", "教务处", pdf}).code, 0);
        QVERIFY(!pdfText(pdf).contains("数据上报确认单"));
    }

    void brokenTemplateIsRefused()
    {
        const QString copy = m_locations.tempPath("template.caiji");
        QVERIFY(QFile::copy(m_demo, copy));
        QString error;
        {
            auto ws = Workspace::open(copy, &error);
            QVERIFY(ws->setSetting("template.letter", "<p>{{college}}</p>\n<p>{{principal}}</p>", &error));
        }
        const QString pdf = m_locations.tempPath("broken.pdf");
        const Run r = cli({"letter", copy, "--department", "教务处", pdf});
        QCOMPARE(r.code, 2);
        QVERIFY2(r.err.contains("第 2 行") && r.err.contains("principal"), qPrintable(r.err));
        QVERIFY(!QFile::exists(pdf));
    }
};

QTEST_MAIN(TestLetter)
#include "tst_letter.moc"
