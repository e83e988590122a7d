#undef QT_NO_CAST_FROM_ASCII
#include "core/io/CsvReader.h"
#include "core/io/SheetSource.h"
#include "core/io/XlsxReader.h"
#include "core/io/XlsxWriter.h"

#include <QTemporaryDir>
#include <QTest>

using namespace caiji;

namespace {
const QString kDir = QStringLiteral(CAIJI_TEST_DATA_DIR "/xlsx/");

QVector<QPair<int, QStringList>> readAll(SheetSource& source, int sheet)
{
    QVector<QPair<int, QStringList>> rows;
    QString error;
    if (!source.readSheet(sheet, [&](int r, const QStringList& cells) { rows.append({r, cells}); return true; }, &error))
        qFatal("%s", qPrintable(error));
    return rows;
}
} // namespace

class TestXlsxReader : public QObject
{
    Q_OBJECT

private slots:
    void openpyxlFile()
    {
        XlsxReader r;
        QString error;
        QVERIFY2(r.open(kDir + "openpyxl.xlsx", &error), qPrintable(error));
        QCOMPARE(r.sheets().size(), 2);
        QCOMPARE(r.sheets()[0].name, QStringLiteral("在校生"));
        QVERIFY(!r.sheets()[0].hidden);
        QVERIFY(r.sheets()[1].hidden);
        const auto rows = readAll(r, 0);
        QCOMPARE(rows.size(), 3); // the empty row is skipped
        QCOMPARE(rows[0].second.value(0), QStringLiteral("学号"));
        QCOMPARE(rows[1].first, 2);
        const QStringList a = rows[1].second;
        QCOMPARE(a.value(0), QStringLiteral("0020240001")); // leading zeros kept
        QCOMPARE(a.value(1), QStringLiteral("欧阳娜娜"));
        QCOMPARE(a.value(3), QStringLiteral("2005-02-28"));  // a real date, not a serial
        QCOMPARE(a.value(4), QStringLiteral("13080220050228002X"));
        QCOMPARE(a.value(5), QStringLiteral("510201"));
        QCOMPARE(a.value(6), QStringLiteral("2024"));         // a number without ".0"
        QCOMPARE(a.value(8), QStringLiteral("0"));
        QCOMPARE(a.value(9), QStringLiteral("否"));
        QCOMPARE(rows[2].first, 4);
        QCOMPARE(rows[2].second.value(8), QStringLiteral("1234.5"));
        QCOMPARE(rows[2].second.value(9), QStringLiteral("是"));
        QCOMPARE(r.sheetIndex(QStringLiteral("说明")), 1);
        QCOMPARE(r.sheetIndex(QStringLiteral("1")), 0);
        QCOMPARE(r.sheetIndex(QStringLiteral("无此表")), -1);
    }

    void excelLikeFile()
    {
        XlsxReader r;
        QString error;
        QVERIFY2(r.open(kDir + "excel-like.xlsx", &error), qPrintable(error));
        QCOMPARE(r.sheets()[0].name, QStringLiteral("隐藏"));
        QVERIFY(r.sheets()[0].hidden);
        QCOMPARE(r.sheets()[1].name, QStringLiteral("A6-1-1 校内专任教师基本情况"));
        const auto rows = readAll(r, 1);
        QCOMPARE(rows.size(), 4);
        // Two-row header: the merged cells' text is in their top-left cell only.
        QCOMPARE(rows[0].second, (QStringList{"教工号", "姓名", "专业技术职务", "", "出生年月"}));
        QCOMPARE(rows[1].second, (QStringList{"", "", "等级", "名称"}));
        const QStringList d = rows[2].second;
        QCOMPARE(d.value(0), QStringLiteral("00123"));        // text-formatted shared string
        QCOMPARE(d.value(1), QStringLiteral("张伟 "));        // rich-text runs joined, phonetic guide left out
        QCOMPARE(d.value(2), QStringLiteral("副高级"));
        QCOMPARE(d.value(3), QStringLiteral("副教授"));       // formula: its cached value
        QCOMPARE(d.value(4), QStringLiteral("1979-01-01"));   // 1904 date system, custom 年月日 format
        QCOMPARE(d.value(5), QStringLiteral("0.3"));          // float noise gone
        QCOMPARE(d.value(6), QStringLiteral("是"));
        QCOMPARE(rows[3].first, 5);
        QCOMPARE(rows[3].second.value(0), QStringLiteral("00124")); // inline string
        QCOMPARE(rows[3].second.value(1), QStringLiteral("李娜"));
        QCOMPARE(rows[3].second.value(4), QStringLiteral("29280")); // a general-format number stays a number
    }

    void libreOfficeFiles_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("1900 date system") << "libreoffice/libreoffice.xlsx";
        QTest::newRow("1904 date system") << "libreoffice/libreoffice-1904.xlsx";
    }
    void libreOfficeFiles()
    {
        // Written by LibreOffice Calc from libreoffice*.fods (see make_fixtures.py).
        QFETCH(QString, file);
        XlsxReader r;
        QString error;
        QVERIFY2(r.open(kDir + file, &error), qPrintable(error));
        QCOMPARE(r.sheets().size(), 2);
        QCOMPARE(r.sheets()[0].name, QStringLiteral("A10-1 在校生信息"));
        QVERIFY(!r.sheets()[0].hidden);
        QCOMPARE(r.sheets()[1].name, QStringLiteral("填表说明"));
        QVERIFY(r.sheets()[1].hidden);
        const auto rows = readAll(r, 0);
        QCOMPARE(rows.size(), 5); // the empty row 4 is skipped
        QCOMPARE(rows[0].second, (QStringList{"学号", "姓名", "基本信息", "", "身份证号", "欠费金额（元）", "是否订单（定向）培养", "备注", "", "入学时间"}));
        QCOMPARE(rows[1].second, (QStringList{"", "", "性别", "出生日期"}));
        const QStringList a = rows[2].second;
        QCOMPARE(a.value(0), QStringLiteral("0020240001"));         // text format, leading zeros
        QCOMPARE(a.value(1), QStringLiteral("欧阳娜娜"));           // rich text: the runs joined
        QCOMPARE(a.value(3), QStringLiteral("2005-02-28"));         // a 年月日 date format
        QCOMPARE(a.value(4), QStringLiteral("13080220050228002X"));
        QCOMPARE(a.value(5), QStringLiteral("1234.5"));             // shown as 1234.50, the value is 1234.5
        QCOMPARE(a.value(6), QStringLiteral("是"));
        QCOMPARE(a.value(7), QStringLiteral("第一行\n第二行"));     // two paragraphs: a line break
        QCOMPARE(a.value(8), QString());                            // the empty column
        QCOMPARE(a.value(9), QStringLiteral("2024-09-01 08:30:00")); // date and time
        QCOMPARE(rows[3].first, 5);
        const QStringList b = rows[3].second;
        QCOMPARE(b.value(3), QStringLiteral("2004-11-03 00:00:00")); // a date in a date-and-time format
        QCOMPARE(b.value(5), QStringLiteral("2469"));               // a formula's result
        QCOMPARE(b.value(6), QStringLiteral("否"));
        QCOMPARE(b.value(7), QStringLiteral("  前后有空格  "));     // spaces kept
        QCOMPARE(b.value(9), QStringLiteral("0.15"));               // 15 %
        const QStringList c = rows[4].second;
        QCOMPARE(c.value(0), QStringLiteral("００２０２４０００３")); // full-width digits as typed
        QCOMPARE(c.value(1), QStringLiteral("王五"));               // a text formula's result
        QCOMPARE(c.value(5), QStringLiteral("0.3"));                // 0.1+0.2 without float noise
    }

    void stopsEarly()
    {
        XlsxReader r;
        QString error;
        QVERIFY(r.open(kDir + "openpyxl.xlsx", &error));
        int seen = 0;
        QVERIFY(r.readSheet(0, [&](int, const QStringList&) { return ++seen < 2; }, &error));
        QCOMPARE(seen, 2);
    }

    void malformed_data()
    {
        QTest::addColumn<QString>("file");
        QTest::addColumn<QString>("mention");
        QTest::addColumn<bool>("atOpen");
        QTest::newRow("truncated") << "malformed/truncated.xlsx" << "truncated.xlsx" << true;
        QTest::newRow("not a zip") << "malformed/not-a-zip.xlsx" << "not-a-zip.xlsx" << true;
        QTest::newRow("old xls") << "malformed/old-excel.xls" << ".xls" << true;
        QTest::newRow("encrypted") << "malformed/encrypted.xlsx" << "encrypted.xlsx" << true;
        QTest::newRow("zip bomb") << "malformed/zip-bomb.xlsx" << "zip-bomb.xlsx" << false;
        QTest::newRow("broken xml") << "malformed/broken-xml.xlsx" << "sheet1.xml" << false;
        QTest::newRow("missing file") << "malformed/none.xlsx" << "none.xlsx" << true;
    }
    void malformed()
    {
        QFETCH(QString, file);
        QFETCH(QString, mention);
        QFETCH(bool, atOpen);
        XlsxReader r;
        QString error;
        const bool opened = r.open(kDir + file, &error);
        if (atOpen) {
            QVERIFY(!opened);
        } else {
            QVERIFY2(opened, qPrintable(error));
            bool any = false;
            QVERIFY(!r.readSheet(r.sheetIndex(QStringLiteral("A6-1-1 校内专任教师基本情况")), [&](int, const QStringList&) { any = true; return true; }, &error));
        }
        QVERIFY2(error.contains(mention), qPrintable(error));
    }

    void csvEncodingsAndDelimiters()
    {
        CsvReader gbk;
        QString error;
        QVERIFY2(gbk.open(kDir + "gbk.csv", &error), qPrintable(error));
        QCOMPARE(gbk.encoding(), QStringLiteral("GB18030"));
        QCOMPARE(gbk.delimiter(), QLatin1Char(';'));
        auto rows = readAll(gbk, 0);
        QCOMPARE(rows.size(), 2);
        QCOMPARE(rows[1].second, (QStringList{"0020240001", "欧阳娜娜", "女"}));
        CsvReader bom;
        QVERIFY(bom.open(kDir + "utf8-bom.csv", &error));
        QCOMPARE(bom.encoding(), QStringLiteral("UTF-8"));
        rows = readAll(bom, 0);
        QCOMPARE(rows[0].second.value(0), QStringLiteral("学号")); // no BOM left on the first header
        QCOMPARE(rows[1].second.value(2), QStringLiteral("第一行\n第二行，含逗号"));
        CsvReader wrong;
        QVERIFY(!wrong.open(kDir + "openpyxl.xlsx", &error));
        QVERIFY(error.contains(QStringLiteral("openpyxl.xlsx")));
    }

    void legacyXls()
    {
        QString error;
        auto source = SheetSource::open(kDir + "legacy.xls", &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->sheets().first().name, QStringLiteral("教职工"));
        const auto rows = readAll(*source, 0);
        QCOMPARE(rows.size(), 3);
        QCOMPARE(rows[0].second.value(1), QStringLiteral("姓名"));
        QCOMPARE(rows[1].second, (QStringList{"00123", "张伟", "198203", "12", "2012-09-01"}));
        QCOMPARE(rows[2].second.value(3), QStringLiteral("2.5"));
        // Not an .xls at all, and an .xls that is only a header: refused, naming the file.
        QVERIFY(!SheetSource::open(kDir + "malformed/old-excel.xls", &error));
        QVERIFY2(error.contains("old-excel.xls"), qPrintable(error));
    }

    void libreOfficeXls()
    {
        // LibreOffice's Excel 97-2003 export of the same sheet: FreeXL reads values, but not
        // formula results, booleans or which sheet is hidden; BiffExtras adds them.
        QString error;
        auto source = SheetSource::open(kDir + "libreoffice/libreoffice.xls", &error);
        QVERIFY2(source, qPrintable(error));
        QCOMPARE(source->sheets().size(), 2);
        QVERIFY(!source->sheets()[0].hidden);
        QCOMPARE(source->sheets()[1].name, QStringLiteral("填表说明"));
        QVERIFY(source->sheets()[1].hidden);
        QCOMPARE(source->firstVisibleSheet(), 0);
        const auto rows = readAll(*source, 0);
        QCOMPARE(rows.size(), 5);
        QCOMPARE(rows[1].second, (QStringList{"", "", "性别", "出生日期"}));
        const QStringList a = rows[2].second;
        QCOMPARE(a.mid(0, 7), (QStringList{"0020240001", "欧阳娜娜", "女", "2005-02-28", "13080220050228002X", "1234.5", "是"}));
        QCOMPARE(a.value(7), QStringLiteral("第一行\n第二行"));
        QCOMPARE(a.value(9), QStringLiteral("2024-09-01 08:30:00"));
        const QStringList b = rows[3].second;
        QCOMPARE(b.value(5), QStringLiteral("2469")); // a formula's stored result
        QCOMPARE(b.value(6), QStringLiteral("否"));
        QCOMPARE(b.value(7), QStringLiteral("  前后有空格  "));
        QCOMPARE(rows[4].second.value(0), QStringLiteral("００２０２４０００３"));
        QCOMPARE(rows[4].second.value(5), QStringLiteral("0.3"));
        // (LibreOffice stores no text result for the 王五 formula in .xls; Excel's STRING
        // records are covered in tst_biffextras.)
    }

    void writtenFilesReadBack()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("out.xlsx"));
        XlsxWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        QVERIFY(w.addSheet(QStringLiteral("表:一/二"), &error));
        w.writeHeader({QStringLiteral("学号"), QStringLiteral("日期"), QStringLiteral("数")});
        w.writeText(1, 0, QStringLiteral("000123"));
        w.writeDate(1, 1, QStringLiteral("2024-09-01"));
        w.writeNumber(1, 2, 12.5);
        QVERIFY2(w.close(&error), qPrintable(error));
        XlsxReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        QCOMPARE(r.sheets().first().name, QStringLiteral("表_一_二"));
        const auto rows = readAll(r, 0);
        QCOMPARE(rows[1].second, (QStringList{"000123", "2024-09-01", "12.5"}));
    }

    void sheetNamesStayUnique()
    {
        // Excel's 31 characters cut two long titles to the same name (and compares without
        // case): the second gets a number instead of failing the whole workbook.
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("names.xlsx"));
        const QString longName = QStringLiteral("6-1-2-1 校内专任教师授课情况（含理论课、实践课、实习实训）");
        XlsxWriter w;
        QString error;
        QVERIFY(w.open(path, &error));
        QStringList given;
        for (const QString& name : {longName, longName + QStringLiteral("二"), QStringLiteral("abc"), QStringLiteral("ABC")}) {
            QVERIFY2(w.addSheet(name, &error), qPrintable(error));
            w.writeHeader({QStringLiteral("列")});
            given.append(w.sheetName());
        }
        QVERIFY(w.close(&error));
        QCOMPARE(given[0], longName.left(31));
        QCOMPARE(given[1], longName.left(27) + QStringLiteral(" (2)"));
        QCOMPARE(given[2], QStringLiteral("abc"));
        QCOMPARE(given[3], QStringLiteral("ABC (2)"));
        XlsxReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        QStringList read;
        for (const SheetInfo& s : r.sheets())
            read.append(s.name);
        QCOMPARE(read, given);
    }
};

QTEST_GUILESS_MAIN(TestXlsxReader)
#include "tst_xlsxreader.moc"
