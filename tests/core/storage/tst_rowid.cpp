#include "core/storage/RowId.h"

#include <QDateTime>
#include <QRegularExpression>
#include <QSet>
#include <QTest>
#include <QUuid>

using namespace caiji;

class TestRowId : public QObject
{
    Q_OBJECT

private slots:
    void layoutOfVersion7()
    {
        // RFC 9562: 48 bits of Unix milliseconds, version 7, counter, variant 10, random bits.
        const QString id = RowId::make(0x0123456789AB, 0x0CDE, 0xFFFFFFFFFFFFFFFFull);
        QCOMPARE(id, QStringLiteral("014D2PF2DBFKFBZZZZZZZZZZZZ"));
        quint64 high = 0;
        quint64 low = 0;
        QVERIFY(RowId::decode(id, &high, &low));
        // The UUID it stands for: 01234567-89ab-7cde-bfff-ffffffffffff.
        const QUuid u(QStringLiteral("%1-%2-%3-%4-%5")
                          .arg(high >> 32, 8, 16, QLatin1Char('0'))
                          .arg((high >> 16) & 0xFFFF, 4, 16, QLatin1Char('0'))
                          .arg(high & 0xFFFF, 4, 16, QLatin1Char('0'))
                          .arg(low >> 48, 4, 16, QLatin1Char('0'))
                          .arg(low & 0xFFFFFFFFFFFFull, 12, 16, QLatin1Char('0')));
        QCOMPARE(u.toString(QUuid::WithoutBraces), QStringLiteral("01234567-89ab-7cde-bfff-ffffffffffff"));
        QCOMPARE(u.variant(), QUuid::DCE); // Qt 6.4 has no name for version 7: the nibble says it
        // Crockford's base32 of 0x00000000_00017000_80000000_00000000.
        QCOMPARE(RowId::make(1, 0, 0), QStringLiteral("0000000001E008000000000000"));
        QVERIFY(!RowId::decode(QStringLiteral("00000000-0001-7000-8000-000000000000"), &high, &low));
    }

    void idsMadeLaterSortLater()
    {
        static const QRegularExpression shape(QStringLiteral("^[0-7][0-9A-HJKMNP-TV-Z]{25}$"));
        QString previous;
        QSet<QString> seen;
        // Far more than 4,096 ids a millisecond: the counter overflows into the next
        // millisecond and the order still holds.
        for (int i = 0; i < 20000; ++i) {
            const QString id = RowId::next();
            QVERIFY2(shape.match(id).hasMatch(), qPrintable(id));
            QVERIFY2(id > previous, qPrintable(previous + QStringLiteral(" !< ") + id));
            seen.insert(id);
            previous = id;
        }
        QCOMPARE(seen.size(), 20000);
        // The time in the id is now (within a few seconds).
        quint64 high = 0;
        quint64 low = 0;
        QVERIFY(RowId::decode(previous, &high, &low));
        QCOMPARE((high >> 12) & 0xF, 7u); // version 7
        const qint64 ms = static_cast<qint64>(high >> 16);
        QVERIFY(qAbs(ms - QDateTime::currentMSecsSinceEpoch()) < 60000);
    }
};

QTEST_GUILESS_MAIN(TestRowId)
#include "tst_rowid.moc"
