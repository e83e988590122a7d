// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "TestWorkspace.h"
#include "core/cli/CliApp.h"
#include "core/demo/DemoBuilder.h"
#include "core/documents/ConfirmationLetter.h"
#include "core/i18n/Translations.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"

#include <QDir>
#include <QImage>
#include <QProcess>
#include <QRegularExpression>
#include <QTest>

#include <zbar.h>

using namespace caiji;
using namespace zbar; // the C API, in a namespace when compiled as C++

// The confirmation letter from the command line: a PDF with the college, the department, its
// tables, the 校验码 on every page and a QR code a decoder reads back; a draft until confirmed;
// only the department and the office print it; a broken template is refused by its line.
class TestLetter : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;
    QString m_demo;

    struct Run
    {
        int code;
        QString out;
        QString err;
    };
    static Run cli(const QStringList& args)
    {
        QString out;
        QString err;
        QTextStream o(&out);
        QTextStream e(&err);
        CliApp app(o, e);
        const int code = app.run(args);
        o.flush();
        e.flush();
        return {code, out, err};
    }
    static QString pdfText(const QString& pdf)
    {
        QProcess p;
        p.start("pdftotext", {"-layout", pdf, "-"});
        p.waitForFinished(30000);
        // Text extraction gives some ideographs as the radicals whose glyphs they share (⾏ for 行,
        // ⻚ for 页): read them back as the characters printed.
        QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
        static const QHash<QChar, QChar> supplement = {{u'⻅', u'见'}, {u'⻋', u'车'}, {u'⻓', u'长'}, {u'⻔', u'门'},
            {u'⻚', u'页'}, {u'⻛', u'风'}, {u'⻜', u'飞'}, {u'⻢', u'马'}, {u'⻩', u'黄'}, {u'⻬', u'齐'},
            {u'⻮', u'齿'}, {u'⻰', u'龙'}, {u'⺠', u'民'}};
        for (QChar& c : text)
            c = supplement.value(c, c);
        return text;
    }
    /// The first page as a picture to look at (CAIJI_SCREENSHOT_DIR, default the temp folder).
    static void shot(const QString& pdf, const QString& name)
    {
        const QString dir = qEnvironmentVariable("CAIJI_SCREENSHOT_DIR", QDir::tempPath());
        QProcess p;
        p.start("pdftoppm", {"-r", "80", "-png", "-singlefile", "-f", "1", "-l", "1", pdf, QDir(dir).filePath(name)});
        p.waitForFinished(30000);
        qInfo("screenshot: %s.png", qPrintable(QDir(dir).filePath(name)));
    }
    static QByteArray qrOfLastPage(const QString& pdf, const QString& png)
    {
        QProcess p;
        p.start("pdftoppm", {"-r", "150", "-png", "-singlefile", "-l", "99", "-f", "2", pdf, png});
        p.waitForFinished(30000);
        const QImage gray = QImage(png + ".png").convertToFormat(QImage::Format_Grayscale8);
        if (gray.isNull())
            return {};
        QByteArray pixels;
        for (int y = 0; y < gray.height(); ++y)
            pixels.append(reinterpret_cast<const char*>(gray.constScanLine(y)), gray.width());
        zbar_image_scanner_t* scanner = zbar_image_scanner_create();
        zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 1);
        zbar_image_t* image = zbar_image_create();
        zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
        zbar_image_set_size(image, gray.width(), gray.height());
        zbar_image_set_data(image, pixels.constData(), pixels.size(), nullptr);
        QByteArray out;
        if (zbar_scan_image(scanner, image) > 0) {
            const zbar_symbol_t* s = zbar_image_first_symbol(image);
            out = QByteArray(zbar_symbol_get_data(s), static_cast<int>(zbar_symbol_get_data_length(s)));
        }
        zbar_image_destroy(image);
        zbar_image_scanner_destroy(scanner);
        return out;
    }

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
