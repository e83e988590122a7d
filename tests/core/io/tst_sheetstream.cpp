#include "FakeSheetSource.h"
#include "core/io/SheetStream.h"

#include <QTest>
#include <QThread>

#include <atomic>

using namespace caiji;

class TestSheetStream : public QObject
{
    Q_OBJECT

private slots:
    void everyRowInOrder_data()
    {
        QTest::addColumn<int>("rows");
        QTest::newRow("empty sheet") << 0;
        QTest::newRow("less than a batch") << 10;
        QTest::newRow("exactly a batch") << SheetStream::kBatchRows - 1; // + the header row
        QTest::newRow("more than the queue holds") << SheetStream::kBatchRows * (SheetStream::kMaxQueued + 3) + 7;
    }
    void everyRowInOrder()
    {
        QFETCH(int, rows);
        test::FakeSheetSource source({QStringLiteral("h")}, rows, [](int i) { return QStringList{QString::number(i)}; });
        SheetStream stream(source, 0);
        QVector<SheetRow> batch;
        int expected = 1;
        while (stream.next(&batch)) {
            QVERIFY(!batch.isEmpty());
            QVERIFY(batch.size() <= SheetStream::kBatchRows);
            for (const SheetRow& r : batch) {
                QCOMPARE(r.number, expected);
                QCOMPARE(r.cells.first(), expected == 1 ? QStringLiteral("h") : QString::number(expected - 2));
                ++expected;
            }
        }
        QCOMPARE(expected, rows + 2);
        QVERIFY(stream.error().isEmpty());
    }

    void aReadErrorArrivesAfterTheRowsBeforeIt()
    {
        test::FakeSheetSource source({QStringLiteral("h")}, 5000, [](int i) { return QStringList{QString::number(i)}; }, 2500);
        SheetStream stream(source, 0);
        QVector<SheetRow> batch;
        int seen = 0;
        while (stream.next(&batch))
            seen += static_cast<int>(batch.size());
        QCOMPARE(seen, 2501);
        QCOMPARE(stream.error(), QStringLiteral("fake.xlsx is damaged at row 2502"));
    }

    void stoppingEarlyStopsTheReader()
    {
        // The consumer takes one batch and goes: the reader, blocked on a full queue, must
        // stop instead of reading a million rows (or hanging the destructor).
        test::FakeSheetSource source({QStringLiteral("h")}, 1000000, [](int i) { return QStringList{QString::number(i)}; });
        {
            SheetStream stream(source, 0);
            QVector<SheetRow> batch;
            QVERIFY(stream.next(&batch));
        }
        QVERIFY(source.delivered() < SheetStream::kBatchRows * (SheetStream::kMaxQueued + 3));
    }

    void preparedOnTheReadersThreadOrByTheConsumer()
    {
        test::FakeSheetSource source({QStringLiteral("h")}, 40000, [](int i) { return QStringList{QString::number(i)}; });
        SheetStream stream(source, 0);
        std::atomic<int> calls{0};
        auto prepare = [&calls](SheetRow& r) {
            r.values = {r.cells.first().toInt() * 2};
            r.prepared = true;
            ++calls;
        };
        QVector<SheetRow> batch;
        QVERIFY(stream.next(&batch));
        stream.prepareWith(prepare);
        // A slow consumer: the reader fills the queue meanwhile and, with batches waiting,
        // prepares them itself.
        QThread::msleep(1000);
        int total = static_cast<int>(batch.size());
        int preparedAhead = 0;
        while (stream.next(&batch)) {
            for (SheetRow& r : batch) {
                if (r.prepared)
                    ++preparedAhead;
                else
                    prepare(r); // the consumer's share
                QCOMPARE(r.values.first().toInt(), r.cells.first().toInt() * 2);
            }
            total += static_cast<int>(batch.size());
        }
        QCOMPARE(total, 40001);
        QCOMPARE(calls.load(), 40001 - SheetStream::kBatchRows); // every row but the first batch's, once
        // Of the batches queued while the consumer slept, all but the first came prepared.
        QVERIFY2(preparedAhead >= (SheetStream::kMaxQueued - 2) * SheetStream::kBatchRows, qPrintable(QString::number(preparedAhead)));
    }
};

QTEST_GUILESS_MAIN(TestSheetStream)
#include "tst_sheetstream.moc"
