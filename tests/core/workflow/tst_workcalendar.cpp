// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "TestWorkspace.h"
#include "core/workflow/WorkCalendar.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QTest>

using namespace caiji;

// Working-day arithmetic against the State Council's calendars 2024–2026 (春节, 国庆 and their
// 调休 make-up days), and the years the office adds.
class TestWorkCalendar : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;

private slots:
    void workingDays_data()
    {
        QTest::addColumn<QDate>("date");
        QTest::addColumn<bool>("working");
        QTest::newRow("2024 春节 make-up Sunday") << QDate(2024, 2, 4) << true;
        QTest::newRow("2024 除夕 was not a day off") << QDate(2024, 2, 9) << true;
        QTest::newRow("2024 春节") << QDate(2024, 2, 12) << false;
        QTest::newRow("2024 春节 make-up after") << QDate(2024, 2, 18) << true;
        QTest::newRow("2024 劳动节 make-up Saturday") << QDate(2024, 5, 11) << true;
        QTest::newRow("2024 国庆") << QDate(2024, 10, 7) << false;
        QTest::newRow("2025 除夕 is a holiday now") << QDate(2025, 1, 28) << false;
        QTest::newRow("2025 春节 make-up Sunday") << QDate(2025, 1, 26) << true;
        QTest::newRow("2025 国庆 merged with 中秋") << QDate(2025, 10, 8) << false;
        QTest::newRow("2025 国庆 make-up Saturday") << QDate(2025, 10, 11) << true;
        QTest::newRow("2026 元旦 make-up Sunday") << QDate(2026, 1, 4) << true;
        QTest::newRow("2026 春节 9 days") << QDate(2026, 2, 23) << false;
        QTest::newRow("2026 plain Saturday") << QDate(2026, 3, 7) << false;
        QTest::newRow("2026 plain Monday") << QDate(2026, 3, 9) << true;
        QTest::newRow("2027 unknown: Monday to Friday") << QDate(2027, 1, 1) << true;
    }
    void workingDays()
    {
        QFETCH(QDate, date);
        QFETCH(bool, working);
        QCOMPARE(WorkCalendar::official().isWorkingDay(date), working);
    }

    void arithmetic_data()
    {
        QTest::addColumn<QDate>("from");
        QTest::addColumn<int>("days");
        QTest::addColumn<QDate>("to");
        QTest::newRow("into 春节 2024") << QDate(2024, 2, 8) << 1 << QDate(2024, 2, 9);
        QTest::newRow("across 春节 2024") << QDate(2024, 2, 8) << 2 << QDate(2024, 2, 18);
        QTest::newRow("across 国庆 2025") << QDate(2025, 9, 30) << 1 << QDate(2025, 10, 9);
        QTest::newRow("onto the make-up Saturday") << QDate(2025, 9, 30) << 3 << QDate(2025, 10, 11);
        QTest::newRow("back across 春节 2026") << QDate(2026, 2, 24) << -1 << QDate(2026, 2, 14);
        QTest::newRow("sources due 5 before 2024-10-14") << QDate(2024, 10, 14) << -5 << QDate(2024, 10, 8);
        QTest::newRow("across the year") << QDate(2025, 12, 31) << 1 << QDate(2026, 1, 4);
    }
    void arithmetic()
    {
        QFETCH(QDate, from);
        QFETCH(int, days);
        QFETCH(QDate, to);
        const WorkCalendar c = WorkCalendar::official();
        QCOMPARE(c.addWorkingDays(from, days), to);
        QCOMPARE(c.workingDaysBetween(from, to), days);
        QCOMPARE(c.workingDaysBetween(to, from), -days);
    }

    void shipsTheOfficialYears()
    {
        const WorkCalendar c = WorkCalendar::official();
        QCOMPARE(c.years(), (QList<int> {2024, 2025, 2026}));
        QVERIFY(!c.knows(2027));
        // 国庆 2024: Monday 30 September to Saturday 12 October holds five working days.
        QCOMPARE(c.workingDaysBetween(QDate(2024, 9, 30), QDate(2024, 10, 12)), 5);
    }

    void badYearsAreRefused_data()
    {
        QTest::addColumn<QString>("json");
        QTest::addColumn<QString>("names");
        QTest::newRow("no year") << R"({"off": []})"
                                 << "year";
        QTest::newRow("not a date") << R"({"year": 2027, "off": ["2027-02-30"]})"
                                    << "2027-02-30";
        QTest::newRow("another year") << R"({"year": 2027, "off": ["2026-10-01"]})"
                                      << "2026-10-01";
        QTest::newRow("both") << R"({"year": 2027, "off": ["2027-02-06"], "workdays": ["2027-02-06"]})"
                              << "2027-02-06";
        QTest::newRow("weekday worked") << R"({"year": 2027, "workdays": ["2027-02-08"]})"
                                        << "2027-02-08";
    }
    void badYearsAreRefused()
    {
        QFETCH(QString, json);
        QFETCH(QString, names);
        CalendarYear y;
        QString error;
        QVERIFY(!WorkCalendar::parseYear(QJsonDocument::fromJson(json.toUtf8()).object(), &y, &error));
        QVERIFY2(error.contains(names), qPrintable(error));
    }

    void theOfficeAddsAYear_data() { test::TestLocations::addBackendRows(); }
    void theOfficeAddsAYear()
    {
        QFETCH(QString, backend);
        auto ws = test::miniWorkspace(m_locations, backend);
        const QJsonObject y2027 {{"year", 2027}, {"source", "国务院办公厅通知（2026）"},
            {"off", QJsonArray {"2027-01-01", "2027-02-08"}}, {"workdays", QJsonArray {"2027-02-06"}}};
        QString error;
        QVERIFY(!WorkCalendar::saveYear(*ws, *test::policyAs(*ws, "c", Role::Collector, "JWC"), y2027, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(WorkCalendar::saveYear(*ws, *test::policyAs(*ws, "o", Role::SupervisorAdmin, "DDKH"), y2027, &error),
            qPrintable(error));
        const WorkCalendar c = WorkCalendar::of(*ws);
        QVERIFY(c.knows(2027));
        QVERIFY(!c.isWorkingDay(QDate(2027, 2, 8)));
        QVERIFY(c.isWorkingDay(QDate(2027, 2, 6)));
        QVERIFY(!c.isWorkingDay(QDate(2026, 10, 1))); // the shipped years stay
    }
};

QTEST_GUILESS_MAIN(TestWorkCalendar)
#include "tst_workcalendar.moc"
