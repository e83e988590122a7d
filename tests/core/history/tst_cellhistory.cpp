// History replay (issue 9, item 7): after a random sequence of edits, deletions and restores
// through the write gateway, the value of every cell at every moment in between is recovered
// from the journal and the rows. Both backends.
#include "TestWorkspace.h"
#include "core/history/CellHistory.h"
#include "core/storage/SqlUtil.h"
#include "core/write/WriteGateway.h"

#include <QRandomGenerator>
#include <QTest>
#include <QThread>

using namespace caiji;

class TestCellHistory : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;

    struct Snapshot
    {
        QString at;
        QHash<QString, QVector<QVariant>> values; ///< row id → values of the watched fields
        QHash<QString, bool> live;
    };

    static QString tick()
    {
        // Journal times have millisecond resolution: keep steps apart.
        QThread::msleep(3);
        const QString at = Workspace::now();
        QThread::msleep(3);
        return at;
    }

private slots:
    void replayRandomEdits_data() { test::TestLocations::addBackendRows(); }
    void replayRandomEdits()
    {
        QFETCH(QString, backend);
        auto ws = test::miniWorkspace(m_locations, backend);
        const auto gateway = test::ownerGateway(*ws, QStringLiteral("editor"));
        const Table& t = *ws->catalog().table(QStringLiteral("7-2"));
        const QStringList watched
            = {QStringLiteral("kcmc"), QStringLiteral("xf"), QStringLiteral("zxs"), QStringLiteral("sfhxkc")};
        QVector<int> columns;
        for (const QString& f : watched)
            columns.append(t.fieldIndex(f));
        QString error;
        const QString before = tick();
        QVector<QVector<QVariant>> rows;
        for (int i = 0; i < 5; ++i) {
            QVector<QVariant> r(t.fields.size());
            r[t.fieldIndex(QStringLiteral("kcdm"))] = QStringLiteral("K%1").arg(i);
            r[columns[0]] = QStringLiteral("课程%1").arg(i);
            r[columns[1]] = 2.0;
            r[columns[2]] = qint64(32);
            r[columns[3]] = false;
            rows.append(r);
        }
        QVector<QString> ids;
        QVERIFY2(gateway->insertRows(t, 2024, QStringLiteral("JWC"), rows, &ids, &error,
                     {WriteOrigin::Import, QStringLiteral("import"), false}),
            qPrintable(error));
        QHash<QString, QVector<QVariant>> state;
        QHash<QString, qint64> versions;
        QHash<QString, bool> live;
        for (int i = 0; i < ids.size(); ++i) {
            state[ids[i]] = {rows[i][columns[0]], rows[i][columns[1]], rows[i][columns[2]], rows[i][columns[3]]};
            versions[ids[i]] = 1;
            live[ids[i]] = true;
        }
        QVector<Snapshot> snapshots = {{tick(), state, live}};
        QRandomGenerator rng(20241202);
        for (int step = 0; step < 40; ++step) {
            const QString id = ids[rng.bounded(static_cast<int>(ids.size()))];
            const int roll = rng.bounded(10);
            if (roll == 0) {
                // Delete or bring back.
                const bool del = live[id];
                const EditResult r = gateway->setDeleted(
                    t, 2024, {{id, versions[id]}}, del, {WriteOrigin::Edit, QString(), true, true});
                QVERIFY2(r.ok && r.conflicts.isEmpty(), qPrintable(r.error));
                versions[id] += 1;
                live[id] = !del;
            } else if (live[id]) {
                const int w = rng.bounded(static_cast<int>(watched.size()));
                QVariant v;
                switch (w) {
                case 0:
                    v = QStringLiteral("课程%1").arg(rng.bounded(1000));
                    break;
                case 1:
                    v = rng.bounded(8) + 0.5;
                    break;
                case 2:
                    v = qint64(rng.bounded(200));
                    break;
                default:
                    v = rng.bounded(2) == 1;
                    break;
                }
                if (rng.bounded(6) == 0)
                    v = QVariant(); // emptied
                const EditResult r = gateway->applyCells(t, 2024, {{id, versions[id], columns[w], v}},
                    {WriteOrigin::Edit, rng.bounded(4) == 0 ? QStringLiteral("undo") : QString(), false});
                QVERIFY2(r.ok && r.conflicts.isEmpty(), qPrintable(r.error));
                versions[id] += 1;
                state[id][w] = v;
            } else {
                continue;
            }
            snapshots.append({tick(), state, live});
        }
        QVERIFY(snapshots.size() > 30);
        CellHistory history(*ws, t);
        for (const Snapshot& s : std::as_const(snapshots)) {
            for (const QString& id : std::as_const(ids)) {
                for (int w = 0; w < watched.size(); ++w) {
                    QVariant value;
                    bool existed = false;
                    QVERIFY2(history.valueAt(id, watched[w], s.at, &value, &existed, &error), qPrintable(error));
                    QCOMPARE(existed, s.live.value(id));
                    const QVariant want = s.values.value(id).at(w);
                    QVERIFY2(value == want || (value.isNull() && want.isNull()),
                        qPrintable(QStringLiteral("%1 %2 at %3: %4 ≠ %5")
                                       .arg(id, watched[w], s.at, value.toString(), want.toString())));
                }
            }
        }
        // Before the rows were made, they did not exist.
        QVariant value;
        bool existed = true;
        QVERIFY(history.valueAt(ids.first(), QStringLiteral("kcmc"), before, &value, &existed, &error));
        QVERIFY(!existed);
        // A cell's history: made by an import, then each of its changes, with author and reason.
        QVector<CellVersion> steps;
        QVERIFY(history.history(ids.first(), QStringLiteral("zxs"), &steps, &error));
        QCOMPARE(steps.first().op, QStringLiteral("insert"));
        QCOMPARE(steps.first().login, QStringLiteral("editor"));
        QCOMPARE(steps.first().reason, QStringLiteral("import"));
        QCOMPARE(steps.first().after.toLongLong(), 32);
        QCOMPARE(CellHistory::describe(steps.first()), CellHistory::tr("Imported"));
        for (int i = 1; i < steps.size(); ++i)
            QVERIFY(steps[i].at >= steps[i - 1].at);
        QVERIFY(!history.history(QStringLiteral("nope"), QStringLiteral("zxs"), &steps, &error));
        QVERIFY(!history.history(ids.first(), QStringLiteral("nofield"), &steps, &error));
    }
};

QTEST_GUILESS_MAIN(TestCellHistory)
#include "tst_cellhistory.moc"
