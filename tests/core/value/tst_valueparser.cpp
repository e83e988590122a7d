#include "TestWorkspace.h"
#include "core/value/ValueParser.h"

#include <QDate>
#include <QTest>

using namespace caiji;

class TestValueParser : public QObject
{
    Q_OBJECT

private:
    Catalog m_cat;

    const Field& field(const char* table, const char* key)
    {
        return *m_cat.table(QString::fromLatin1(table))->field(QString::fromLatin1(key));
    }

private slots:
    void initTestCase() { m_cat = test::miniCatalog(); }

    void parse_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QString>("text");
        QTest::addColumn<bool>("ok");
        QTest::addColumn<QVariant>("value");
        // Identifiers stay text: leading zeros kept, never numbers, full-width digits accepted.
        QTest::newRow("student number keeps zeros") << "10-1"
                                                    << "xh"
                                                    << "0020240001" << true << QVariant(QStringLiteral("0020240001"));
        QTest::newRow("full-width student number")
            << "10-1"
            << "xh" << QStringLiteral("２０２４０１") << true << QVariant(QStringLiteral("202401"));
        QTest::newRow("student number with dash") << "10-1"
                                                  << "xh"
                                                  << "2024-01" << false << QVariant();
        QTest::newRow("long id number stays text")
            << "10-1"
            << "sfzh"
            << "13080220050228002X" << true << QVariant(QStringLiteral("13080220050228002X"));
        QTest::newRow("id number as excel number") << "10-1"
                                                   << "sfzh"
                                                   << "1.30802E+17" << false << QVariant();
        QTest::newRow("text trimmed") << "10-1"
                                      << "xm" << QStringLiteral("  欧阳 娜娜 ") << true
                                      << QVariant(QStringLiteral("欧阳 娜娜"));
        QTest::newRow("required empty") << "10-1"
                                        << "xm"
                                        << "  " << false << QVariant();
        QTest::newRow("optional empty") << "10-1"
                                        << "byyx"
                                        << "" << true << QVariant();
        // Codes by code, label, "code label", full-width code.
        QTest::newRow("code by label") << "10-1"
                                       << "xb" << QStringLiteral("女") << true << QVariant(QStringLiteral("2"));
        QTest::newRow("code by code") << "10-1"
                                      << "mz"
                                      << "11" << true << QVariant(QStringLiteral("11"));
        QTest::newRow("code and label") << "10-1"
                                        << "mz" << QStringLiteral("11 满族") << true << QVariant(QStringLiteral("11"));
        QTest::newRow("full-width code") << "10-1"
                                         << "mz" << QStringLiteral("０１") << true << QVariant(QStringLiteral("01"));
        QTest::newRow("unknown code") << "10-1"
                                      << "mz" << QStringLiteral("火星族") << false << QVariant();
        // Numbers.
        QTest::newRow("integer") << "6-1-2-1"
                                 << "jxgzl"
                                 << "64" << true << QVariant(qint64(64));
        QTest::newRow("integer thousands") << "6-1-2-1"
                                           << "jxgzl"
                                           << "1,200" << true << QVariant(qint64(1200));
        QTest::newRow("integer full-width") << "6-1-2-1"
                                            << "jxgzl" << QStringLiteral("６４") << true << QVariant(qint64(64));
        QTest::newRow("integer with fraction") << "6-1-2-1"
                                               << "jxgzl"
                                               << "64.5" << false << QVariant();
        QTest::newRow("integer out of range") << "6-1-2-1"
                                              << "jxgzl"
                                              << "5000" << false << QVariant();
        QTest::newRow("integer negative") << "6-1-2-1"
                                          << "jxgzl"
                                          << "-1" << false << QVariant();
        QTest::newRow("decimal") << "10-1"
                                 << "qfje"
                                 << "1234.56" << true << QVariant(1234.56);
        QTest::newRow("decimal with unit typed") << "10-1"
                                                 << "qfje" << QStringLiteral("100元") << false << QVariant();
        QTest::newRow("decimal too precise") << "7-2"
                                             << "xf"
                                             << "2.25" << false << QVariant();
        QTest::newRow("decimal one place") << "7-2"
                                           << "xf"
                                           << "2.5" << true << QVariant(2.5);
        QTest::newRow("year") << "10-1"
                              << "nj" << QStringLiteral("2023年") << true << QVariant(qint64(2023));
        QTest::newRow("not a year") << "10-1"
                                    << "nj"
                                    << "23" << false << QVariant();
        // Dates and 年月.
        QTest::newRow("date iso") << "10-1"
                                  << "csrq"
                                  << "2005-02-28" << true << QVariant(QDate(2005, 2, 28));
        QTest::newRow("date slashes") << "10-1"
                                      << "csrq"
                                      << "2005/2/8" << true << QVariant(QDate(2005, 2, 8));
        QTest::newRow("date chinese") << "10-1"
                                      << "csrq" << QStringLiteral("2005年2月8日") << true
                                      << QVariant(QDate(2005, 2, 8));
        QTest::newRow("date compact") << "10-1"
                                      << "csrq"
                                      << "20050208" << true << QVariant(QDate(2005, 2, 8));
        QTest::newRow("date invalid day") << "10-1"
                                          << "csrq"
                                          << "2005-02-30" << false << QVariant();
        QTest::newRow("date excel serial") << "10-1"
                                           << "csrq"
                                           << "38401" << false << QVariant();
        QTest::newRow("date with a midnight time") << "10-1"
                                                   << "csrq"
                                                   << "2004-11-03 00:00:00" << true << QVariant(QDate(2004, 11, 3));
        QTest::newRow("date with a time of day") << "10-1"
                                                 << "csrq"
                                                 << "2004-11-03 08:30:00" << false << QVariant();
        QTest::newRow("yearmonth") << "10-1"
                                   << "rxny"
                                   << "202309" << true << QVariant(QStringLiteral("202309"));
        QTest::newRow("yearmonth dash") << "10-1"
                                        << "rxny"
                                        << "2023-9" << true << QVariant(QStringLiteral("202309"));
        QTest::newRow("yearmonth chinese")
            << "10-1"
            << "rxny" << QStringLiteral("2023年9月") << true << QVariant(QStringLiteral("202309"));
        QTest::newRow("yearmonth month 13") << "10-1"
                                            << "rxny"
                                            << "202313" << false << QVariant();
        QTest::newRow("yearmonth from an Excel date") << "10-1"
                                                      << "rxny"
                                                      << "2023-09-01" << true << QVariant(QStringLiteral("202309"));
        QTest::newRow("yearmonth from a date and time")
            << "10-1"
            << "rxny"
            << "2023-09-01 00:00" << true << QVariant(QStringLiteral("202309"));
        // Booleans.
        QTest::newRow("bool 是") << "10-1"
                                 << "sfdxpy" << QStringLiteral("是") << true << QVariant(true);
        QTest::newRow("bool 否") << "10-1"
                                 << "sfdxpy" << QStringLiteral("否") << true << QVariant(false);
        QTest::newRow("bool Y") << "10-1"
                                << "sfdxpy"
                                << "y" << true << QVariant(true);
        QTest::newRow("bool nonsense") << "10-1"
                                       << "sfdxpy" << QStringLiteral("也许") << false << QVariant();
        // Length.
        QTest::newRow("too long") << "6-1-1"
                                  << "jgh"
                                  << "123456789012345678901" << false << QVariant();
    }
    void parse()
    {
        QFETCH(QString, table);
        QFETCH(QString, key);
        QFETCH(QString, text);
        QFETCH(bool, ok);
        QFETCH(QVariant, value);
        const Field& f = *m_cat.table(table)->field(key);
        const ParsedValue p = ValueParser::parse(m_cat, f, text);
        QVERIFY2(p.ok == ok, qPrintable(p.message));
        if (ok) {
            QCOMPARE(p.value, value);
            QVERIFY(p.message.isEmpty());
        } else {
            QVERIFY(!p.message.isEmpty());
            QVERIFY(p.value.isNull());
        }
    }

    void messagesNameTheProblem()
    {
        ParsedValue p = ValueParser::parse(m_cat, field("6-1-2-1", "jxgzl"), QStringLiteral("5000"));
        QVERIFY(p.message.contains(QLatin1String("5000")));
        QVERIFY(p.message.contains(QLatin1String("2000")));
        p = ValueParser::parse(m_cat, field("10-1", "xm"), QString());
        QVERIFY(p.message.contains(QStringLiteral("姓名")));
        p = ValueParser::parse(m_cat, field("10-1", "mz"), QStringLiteral("火星族"));
        QVERIFY(p.message.contains(QStringLiteral("民族")));
    }

    void checkCanonical()
    {
        QVERIFY(ValueParser::check(m_cat, field("10-1", "mz"), QStringLiteral("11")).ok);
        QVERIFY(!ValueParser::check(m_cat, field("10-1", "mz"), QStringLiteral("99")).ok);
        QVERIFY(!ValueParser::check(m_cat, field("10-1", "xm"), QVariant()).ok);
        QVERIFY(ValueParser::check(m_cat, field("10-1", "byyx"), QVariant()).ok);
        QVERIFY(!ValueParser::check(m_cat, field("6-1-1", "qysj_bxn"), qint64(400)).ok);
        QVERIFY(!ValueParser::check(m_cat, field("10-1", "rxny"), QStringLiteral("2023-09")).ok);
    }
};

QTEST_GUILESS_MAIN(TestValueParser)
#include "tst_valueparser.moc"
