// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "TestWorkspace.h"
#include "core/storage/SqlUtil.h"
#include "core/workflow/Deadlines.h"
#include "core/write/WriteGateway.h"

#include <QTest>

using namespace caiji;

// The round's schedule on the working-day calendar, the lock at a deadline, and exceptions
// that run out by themselves, on both backends.
class TestDeadlines : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;

    std::unique_ptr<Workspace> make(const QString& backend)
    {
        QString error;
        auto ws = Workspace::create(m_locations.fresh(backend), test::miniCatalog(), &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        test::addCollege(*ws);
        return ws;
    }

private slots:
    void scheduleFollowsTheCalendar_data() { test::TestLocations::addBackendRows(); }
    void scheduleFollowsTheCalendar()
    {
        QFETCH(QString, backend);
        auto ws = make(backend);
        auto office = test::policyAs(*ws, "o", Role::SupervisorAdmin, "DDKH");
        Deadlines d(*ws, 2024);
        QString error;
        QVERIFY(!d.schedule(
            *test::policyAs(*ws, "c", Role::Collector, "JWC"), QDate(2024, 10, 14), QDate(2024, 11, 15), 5, &error));
        QVERIFY2(d.schedule(*office, QDate(2024, 10, 14), QDate(2024, 11, 15), 5, &error), qPrintable(error));
        const QHash<QString, QDate> all = d.all();
        // Data-source tables five working days before collection opens, across 国庆 2024.
        QCOMPARE(all.value("6-1-1|ZZRS"), QDate(2024, 10, 8));
        QCOMPARE(all.value("7-2|YX01"), QDate(2024, 10, 8));
        QCOMPARE(all.value("6-1-2-1|YX01"), QDate(2024, 11, 15));
        QVERIFY(!d.schedule(*office, QDate(2024, 11, 15), QDate(2024, 10, 14), 5, &error)); // due before opening
        QVERIFY(d.setDeadline(*office, "6-1-2-1", "YX02", QDate(2024, 11, 20), &error));
        QCOMPARE(d.all().value("6-1-2-1|YX02"), QDate(2024, 11, 20));
        QVERIFY(!d.setDeadline(*office, "6-1-2-1", "ZZRS", QDate(2024, 11, 20), &error)); // not its task
    }

    void deadlineLocksUntilAnException_data() { test::TestLocations::addBackendRows(); }
    void deadlineLocksUntilAnException()
    {
        QFETCH(QString, backend);
        auto ws = make(backend);
        auto office = test::policyAs(*ws, "o", Role::SupervisorAdmin, "DDKH");
        WriteGateway collector(*ws, test::policyAs(*ws, "c", Role::Collector, "YX01"));
        const Table& t = *ws->catalog().table("6-1-2-1");
        Deadlines d(*ws, 2024);
        const QDate today = QDate::currentDate();
        QString error;
        QVERIFY(d.setDeadline(*office, "6-1-2-1", "YX01", today, &error));
        QVERIFY(collector.checkWrite(t, 2024, "YX01", WriteOrigin::Edit).isEmpty()); // the last day still counts
        QVERIFY(d.setDeadline(*office, "6-1-2-1", "YX01", today.addDays(-1), &error));
        const QString locked = collector.checkWrite(t, 2024, "YX01", WriteOrigin::Edit);
        QVERIFY(locked.contains(today.addDays(-1).toString(Qt::ISODate)));
        QVERIFY(!collector.checkWrite(t, 2024, "YX01", WriteOrigin::Import).isEmpty());
        // An exception needs a reason; one that ran out yesterday does not help.
        QVERIFY(!d.grantException(*office, "6-1-2-1", "YX01", today.addDays(3), " ", &error));
        QVERIFY(!d.grantException(
            *test::policyAs(*ws, "h", Role::Head, "YX01"), "6-1-2-1", "YX01", today.addDays(3), "补录", &error));
        QVERIFY(d.grantException(*office, "6-1-2-1", "YX01", today.addDays(-1), "补录", &error));
        QVERIFY(!collector.checkWrite(t, 2024, "YX01", WriteOrigin::Edit).isEmpty());
        QVERIFY(d.grantException(*office, "6-1-2-1", "YX01", today.addDays(2), "教务系统延迟导出", &error));
        QVERIFY(collector.checkWrite(t, 2024, "YX01", WriteOrigin::Edit).isEmpty());
        QCOMPARE(d.exceptionUntil("6-1-2-1", "YX01", today), today.addDays(2));
        QVERIFY(!d.exceptionUntil("6-1-2-1", "YX01", today.addDays(3)).isValid()); // it runs out by itself
        // Other departments' tasks keep their own deadlines.
        QVERIFY(collector.checkWrite(t, 2024, "YX02", WriteOrigin::Edit).contains("YX02") == false);
    }
};

QTEST_GUILESS_MAIN(TestDeadlines)
#include "tst_deadlines.moc"
