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
        QCOMPARE(id, QStringLiteral("01234567-89ab-7cde-bfff-ffffffffffff"));
        const QUuid u(id);
        QVERIFY(!u.isNull());
        QCOMPARE(u.variant(), QUuid::DCE); // Qt 6.4 has no name for version 7: the nibble says it
        QCOMPARE(id.at(14), QLatin1Char('7'));
        QCOMPARE(RowId::make(1, 0, 0), QStringLiteral("00000000-0001-7000-8000-000000000000"));
    }

    void idsMadeLaterSortLater()
    {
        static const QRegularExpression shape(QStringLiteral("^[0-9a-f]{8}-[0-9a-f]{4}-7[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$"));
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
        const qint64 ms = previous.left(8).toLongLong(nullptr, 16) << 16 | previous.mid(9, 4).toLongLong(nullptr, 16);
        QVERIFY(qAbs(ms - QDateTime::currentMSecsSinceEpoch()) < 60000);
    }
};

QTEST_GUILESS_MAIN(TestRowId)
#include "tst_rowid.moc"
