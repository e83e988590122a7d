#include "TestWorkspace.h"
#include "core/storage/Directory.h"
#include "core/storage/RowInserter.h"
#include "core/storage/SqlUtil.h"
#include "core/workflow/Assignments.h"
#include "core/workflow/TaskOverview.h"

#include <QTest>

using namespace caiji;

class TestTaskOverview : public QObject
{
    Q_OBJECT

private:
    test::TestLocations m_locations;

private slots:
    void statesAndCounts_data() { test::TestLocations::addBackendRows(); }
    void statesAndCounts()
    {
        QFETCH(QString, backend);
        QString error;
        auto ws = Workspace::create(m_locations.fresh(backend), test::miniCatalog(), &error);
        QVERIFY(ws);
        Directory dir(*ws);
        for (const Department& d : Directory::seedOffices())
            QVERIFY(dir.addDepartment(d, &error));
        QVERIFY(dir.addDepartment(
            {QStringLiteral("YX01"), QStringLiteral("机电工程学院"), QString(), QStringLiteral("school"), 100},
            &error));
        Round r;
        r.year = 2024;
        r.name = QStringLiteral("2024");
        r.periodStart = QDate(2023, 9, 1);
        r.periodEnd = QDate(2024, 8, 31);
        QVERIFY(dir.addRound(r, &error));
        QVERIFY(Assignments(*ws).assignCatalog(2024, &error));
        const Table& courses = *ws->catalog().table(QStringLiteral("7-2"));
        {
            Transaction tx(ws->db());
            RowInserter ins(*ws, courses, 2024);
            for (int i = 0; i < 5; ++i)
                ins.add(QStringLiteral("YX01"), QVector<QVariant>(courses.fields.size()));
            ins.add(QStringLiteral("JWC"), QVector<QVariant>(courses.fields.size()));
            QVERIFY(ins.flush(&error));
            QVERIFY(tx.commit(&error));
        }
        // A deleted row and a row of another round do not count.
        QVERIFY(SqlUtil::exec(ws->db(),
            QStringLiteral("UPDATE t_7_2 SET \"_deleted\" = 1 WHERE \"_seq\" = (SELECT MIN(\"_seq\") FROM t_7_2)"),
            &error));
        QVERIFY(Assignments(*ws).setState(
            2024, QStringLiteral("7-2"), QStringLiteral("YX01"), TaskState::Submitted, &error));
        QVector<TaskRow> tasks;
        QVERIFY2(TaskOverview::load(*ws, 2024, &tasks, &error), qPrintable(error));
        QCOMPARE(tasks.size(), Assignments(*ws).all(2024).size());
        bool sawSchool = false;
        bool sawLead = false;
        for (const TaskRow& t : tasks) {
            if (t.tableCode != QLatin1String("7-2"))
                continue;
            if (t.departmentCode == QLatin1String("YX01")) {
                sawSchool = true;
                QCOMPARE(t.rowCount, 4);
                QCOMPARE(t.state, TaskState::Submitted);
                QCOMPARE(t.departmentName, QStringLiteral("机电工程学院"));
                QVERIFY(!t.isLead);
            } else if (t.departmentCode == QLatin1String("JWC")) {
                sawLead = true;
                QCOMPARE(t.rowCount, 1);
                QVERIFY(t.isLead);
                QCOMPARE(t.tableName, QStringLiteral("课程设置"));
            }
        }
        QVERIFY(sawSchool && sawLead);
        // Offices come first, in the seed's order; 院系 last.
        QCOMPARE(tasks.first().departmentCode, QStringLiteral("JWC"));
        QCOMPARE(tasks.last().departmentCode, QStringLiteral("YX01"));
        QCOMPARE(taskStateDisplayName(TaskState::NotStarted), QStringLiteral("Not started"));
    }
};

QTEST_GUILESS_MAIN(TestTaskOverview)
#include "tst_taskoverview.moc"
