#include "core/edit/ClipboardTable.h"

#include <QTest>

using namespace caiji;

using Rows = QVector<QStringList>;

class TestClipboardTable : public QObject
{
    Q_OBJECT

private slots:
    void parse_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<Rows>("rows");
        // What Excel 2016 on Windows puts on the clipboard for a 2x3 range.
        QTest::newRow("excel 2x3") << QStringLiteral("教工号\t姓名\t性别\r\n00123\t张伟\t男\r\n")
                                   << Rows{{QStringLiteral("教工号"), QStringLiteral("姓名"), QStringLiteral("性别")},
                                           {QStringLiteral("00123"), QStringLiteral("张伟"), QStringLiteral("男")}};
        // WPS on UOS uses LF only and no trailing line break.
        QTest::newRow("wps lf") << QStringLiteral("a\tb\nc\td") << Rows{{QStringLiteral("a"), QStringLiteral("b")}, {QStringLiteral("c"), QStringLiteral("d")}};
        // A cell with a line break (Alt+Enter) is quoted, quotes doubled.
        QTest::newRow("excel multiline cell") << QStringLiteral("\"第一行\n第二行\"\tx\r\n\"他说\"\"好\"\"\"\ty\r\n")
                                              << Rows{{QStringLiteral("第一行\n第二行"), QStringLiteral("x")},
                                                      {QStringLiteral("他说\"好\""), QStringLiteral("y")}};
        QTest::newRow("empty cells kept") << QStringLiteral("\t\tc\r\n") << Rows{{QString(), QString(), QStringLiteral("c")}};
        QTest::newRow("single empty cell") << QStringLiteral("\r\n") << Rows{{QString()}};
        QTest::newRow("single value") << QStringLiteral("42") << Rows{{QStringLiteral("42")}};
        QTest::newRow("quote inside cell not at start") << QStringLiteral("5\"3\tx") << Rows{{QStringLiteral("5\"3"), QStringLiteral("x")}};
        QTest::newRow("leading zeros untouched") << QStringLiteral("000123\t0.50\r\n") << Rows{{QStringLiteral("000123"), QStringLiteral("0.50")}};
        QTest::newRow("empty") << QString() << Rows{};
    }
    void parse()
    {
        QFETCH(QString, text);
        QFETCH(Rows, rows);
        QCOMPARE(ClipboardTable::parse(text), rows);
    }

    void roundTrip()
    {
        const Rows rows = {{QStringLiteral("a\tb"), QStringLiteral("多\n行"), QStringLiteral("\"q\"")}, {QString(), QStringLiteral("0012"), QStringLiteral("x")}};
        QCOMPARE(ClipboardTable::parse(ClipboardTable::format(rows)), rows);
        QCOMPARE(ClipboardTable::format({{QStringLiteral("1"), QStringLiteral("2")}}), QStringLiteral("1\t2\r\n"));
    }
};

QTEST_APPLESS_MAIN(TestClipboardTable)
#include "tst_clipboardtable.moc"
