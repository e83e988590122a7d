#include "core/value/Checksums.h"

#include <QTest>

using namespace caiji;

class TestChecksums : public QObject
{
    Q_OBJECT

private slots:
    void idCard_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid digit") << QStringLiteral("11010519491231002X") << true;
        QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x") << true;
        QTest::newRow("valid numeric") << QStringLiteral("440524188001010014") << true;
        QTest::newRow("wrong check") << QStringLiteral("440524188001010015") << false;
        QTest::newRow("X where digit due") << QStringLiteral("44052418800101001X") << false;
        QTest::newRow("full-width digits") << QStringLiteral("４４０５２４１８８００１０１００１４") << true;
        QTest::newRow("full-width X") << QStringLiteral("11010519491231002Ｘ") << true;
        QTest::newRow("too short") << QStringLiteral("4405241880010100") << false;
        QTest::newRow("letters inside") << QStringLiteral("44052418800A010014") << false;
        QTest::newRow("spaces around") << QStringLiteral(" 440524188001010014 ") << true;
        QTest::newRow("empty") << QString() << false;
        // A right check digit over a birth date that is no real day, or lies ahead, is wrong.
        QTest::newRow("30 February") << QStringLiteral("110105199902300015") << false;
        QTest::newRow("born in 2099") << QStringLiteral("110105209912310010") << false;
    }
    void idCard()
    {
        QFETCH(QString, number);
        QFETCH(bool, valid);
        QCOMPARE(Checksums::isValidIdCard(number), valid);
    }

    void idCardCheckChar()
    {
        QCOMPARE(Checksums::idCardCheckChar(QStringLiteral("11010519491231002")), QLatin1Char('X'));
        QCOMPARE(Checksums::idCardCheckChar(QStringLiteral("44052418800101001")), QLatin1Char('4'));
        QVERIFY(Checksums::idCardCheckChar(QStringLiteral("4405241880010100")).isNull());
    }

    void creditCode_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<bool>("valid");
        QTest::newRow("valid") << QStringLiteral("91350100M000100Y43") << true;
        QTest::newRow("valid 2") << QStringLiteral("91110108551385082Q") << true;
        QTest::newRow("lower case") << QStringLiteral("91110108551385082q") << true;
        QTest::newRow("wrong check") << QStringLiteral("91110108551385082R") << false;
        QTest::newRow("forbidden letter I") << QStringLiteral("9111010855138508IQ") << false;
        QTest::newRow("short") << QStringLiteral("9111010855138508") << false;
    }
    void creditCode()
    {
        QFETCH(QString, code);
        QFETCH(bool, valid);
        QCOMPARE(Checksums::isValidCreditCode(code), valid);
    }

    void halfWidth()
    {
        QCOMPARE(Checksums::toHalfWidth(QStringLiteral("１２３ａＢ，")), QStringLiteral("123aB,"));
        QCOMPARE(Checksums::toHalfWidth(QStringLiteral("张三")), QStringLiteral("张三"));
    }
};

QTEST_APPLESS_MAIN(TestChecksums)
#include "tst_checksums.moc"
