// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "TestWorkspace.h"
#include "core/session/Session.h"
#include "core/session/SummaryRefresh.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/write/WriteGateway.h"

#include <QTest>

using namespace caiji;

/// Summaries follow their details even when the program dies between the write and the
/// recompute: the write marks the summary stale in its own transaction.
class TestSummaryRefresh : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;

    /// Two teachers and one detail row of 0001 (16 hours), summary computed.
    static std::unique_ptr<Session> college(const QString& location)
    {
        QString error;
        auto ws = Workspace::create(location, test::summaryCatalog(), &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        test::addCollege(*ws);
        auto s = Session::asOwner(std::move(ws), "admin", &error, 2024);
        if (!s)
            qFatal("%s", qPrintable(error));
        const Table& staff = *s->workspace().catalog().table("6-1-1");
        for (const char* jgh : {"0001", "0002"})
            insert(*s, staff, {{"jgh", QString::fromLatin1(jgh)}, {"xm", "教师" + QString::fromLatin1(jgh)}});
        insert(*s, detail(*s), {{"jgh", "0001"}, {"kcdm", "K1"}, {"jxgzl", qint64(16)}});
        return s;
    }

    static const Table& detail(Session& s) { return *s.workspace().catalog().table("6-1-2-1"); }

    static void insert(Session& s, const Table& t, const QHash<QString, QVariant>& values)
    {
        QVector<QVariant> row(t.fields.size());
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            row[t.fieldIndex(it.key())] = it.value();
        QString error;
        // The rows are the test's: checked by other tests, not by this one.
        const WriteIntent intent {WriteOrigin::Import, "test", false};
        if (!s.gateway().insertRows(t, 2024, "YX01", {row}, nullptr, &error, intent))
            qFatal("%s", qPrintable(error));
    }

    static qint64 hoursOf0001(Session& s)
    {
        return SqlUtil::scalar(
            s.workspace().db(), "SELECT jxgzl FROM t_6_1_2_2 WHERE jgh = '0001' AND \"_deleted\" = 0")
            .toLongLong();
    }

private slots:
    void aWriteRecomputesAndLeavesNoMark_data() { test::TestLocations::addBackendRows(); }
    void aWriteRecomputesAndLeavesNoMark()
    {
        QFETCH(QString, backend);
        const auto s = college(m_locations.fresh(backend));
        QCOMPARE(hoursOf0001(*s), 16);
        insert(*s, detail(*s), {{"jgh", "0001"}, {"kcdm", "K2"}, {"jxgzl", qint64(32)}});
        QCOMPARE(hoursOf0001(*s), 48);
        QVERIFY(SummaryRefresh::stale(s->workspace()).isEmpty());
    }

    void aWriteRolledBackMarksNothing_data() { test::TestLocations::addBackendRows(); }
    void aWriteRolledBackMarksNothing()
    {
        QFETCH(QString, backend);
        const auto s = college(m_locations.fresh(backend));
        {
            WriteGateway::Scope scope(s->gateway());
            insert(*s, detail(*s), {{"jgh", "0001"}, {"kcdm", "K2"}, {"jxgzl", qint64(32)}});
        } // not committed
        QVERIFY(SummaryRefresh::stale(s->workspace()).isEmpty());
        QCOMPARE(hoursOf0001(*s), 16);
    }

    // The program dies after the detail's commit, before the summary's: the mark the write left
    // makes the next session that signs in recompute it.
    void aKillBeforeTheRecomputeIsCaughtUp_data() { test::TestLocations::addBackendRows(); }
    void aKillBeforeTheRecomputeIsCaughtUp()
    {
        QFETCH(QString, backend);
        const QString location = m_locations.fresh(backend);
        {
            const auto s = college(location);
            // What the kill prevents: the recompute after the commit.
            QVERIFY(disconnect(&s->gateway().feed(), nullptr, s->summaries(), nullptr));
            insert(*s, detail(*s), {{"jgh", "0001"}, {"kcdm", "K2"}, {"jxgzl", qint64(32)}});
            QCOMPARE(hoursOf0001(*s), 16);
            QCOMPARE(SummaryRefresh::stale(s->workspace()), QStringList {"6-1-2-2@2024"});
        }
        QString error;
        auto ws = Workspace::open(location, &error);
        QVERIFY2(ws, qPrintable(error));
        const auto next = Session::asOwner(std::move(ws), "admin", &error, 2024);
        QVERIFY2(next, qPrintable(error));
        QCOMPARE(hoursOf0001(*next), 48);
        QVERIFY(SummaryRefresh::stale(next->workspace()).isEmpty());
    }

    // Two writes before one recompute: one mark, cleared by the recompute that saw both.
    void marksOfOneSummaryAreOne_data() { test::TestLocations::addBackendRows(); }
    void marksOfOneSummaryAreOne()
    {
        QFETCH(QString, backend);
        const auto s = college(m_locations.fresh(backend));
        QVERIFY(disconnect(&s->gateway().feed(), nullptr, s->summaries(), nullptr));
        insert(*s, detail(*s), {{"jgh", "0001"}, {"kcdm", "K2"}, {"jxgzl", qint64(32)}});
        insert(*s, detail(*s), {{"jgh", "0002"}, {"kcdm", "K2"}, {"jxgzl", qint64(8)}});
        QCOMPARE(SummaryRefresh::stale(s->workspace()), QStringList {"6-1-2-2@2024"});
        QString error;
        QVERIFY2(s->summaries()->rebuildStale(&error), qPrintable(error));
        QVERIFY(SummaryRefresh::stale(s->workspace()).isEmpty());
        QCOMPARE(hoursOf0001(*s), 48);
    }
};

QTEST_MAIN(TestSummaryRefresh)
#include "tst_summaryrefresh.moc"
