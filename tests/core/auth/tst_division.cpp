// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "TestWorkspace.h"
#include "core/auth/Division.h"
#include "core/auth/ServerRoles.h"
#include "core/storage/Directory.h"
#include "core/storage/SqlUtil.h"
#include "core/workflow/Assignments.h"
#include "core/workflow/TaskTransitions.h"
#include "core/write/WriteGateway.h"

#include <QTest>

using namespace caiji;

// The division of the tables (任务分解表), on both backends: the catalog's until the office
// changes it; access rights, the running round's tasks and the domain review follow it; a task a
// department has begun is not taken away; nothing is written when the division is refused.
class TestDivision : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;

    static QSet<QString> tasksOf(Workspace& ws, const QString& table)
    {
        QSet<QString> out;
        for (const Assignment& a : Assignments(ws).all(2024)) {
            if (a.tableCode == table)
                out.insert(a.department + (a.isLead ? "*" : ""));
        }
        return out;
    }

private slots:
    void catalogDivisionUntilChanged_data() { test::TestLocations::addBackendRows(); }
    void catalogDivisionUntilChanged()
    {
        QFETCH(QString, backend);
        QString error;
        auto ws = Workspace::create(m_locations.fresh(backend), test::miniCatalog(), &error);
        QVERIFY(ws);
        test::addCollege(*ws);
        Division d;
        QVERIFY2(Division::load(*ws, &d, &error), qPrintable(error));
        // 6-1-2-1: 教务处 leads, every 院系 fills its own rows.
        QCOMPARE(d.of("6-1-2-1").lead, QStringLiteral("JWC"));
        QCOMPARE(d.of("6-1-2-1").contributing, (QStringList {"YX01", "YX02"}));
        QVERIFY(d.fills("6-1-2-1", "YX02") && !d.leads("6-1-2-1", "YX02") && d.reviews("6-1-2-1", "JWC"));
        QVERIFY(!d.fills("X-01", "YX01"));
        QCOMPARE(tasksOf(*ws, "X-01"), (QSet<QString> {"KYZX*"}));
        QVERIFY(d.check(ws->catalog(), Directory(*ws).departments()).isEmpty());
        QCOMPARE(d.changedFrom(Division::fromCatalog(ws->catalog(), Directory(*ws).departments())), QStringList());

        // The office gives X-01 to the two 院系 as well and has 教务处 review it.
        const auto office = test::ownerGateway(*ws);
        TableDivision x = d.of("X-01");
        x.contributing = {"YX01", "YX02"};
        x.reviewer = "JWC";
        d.set("X-01", x);
        QStringList changed;
        QVERIFY2(office->saveDivision(d, "科研数据由院系分报", &changed, &error), qPrintable(error));
        QCOMPARE(changed, QStringList {"X-01"});
        QCOMPARE(tasksOf(*ws, "X-01"), (QSet<QString> {"KYZX*", "YX01", "YX02"}));
        QCOMPARE(SqlUtil::scalar(ws->db(), "SELECT new_value FROM cj_journal WHERE op = 'division'").toString(),
            QStringLiteral("X-01"));
        // Saved twice: nothing more is written.
        QVERIFY(office->saveDivision(d, QString(), &changed, &error));
        QVERIFY(changed.isEmpty());
        QCOMPARE(SqlUtil::scalar(ws->db(), "SELECT COUNT(*) FROM cj_journal WHERE op = 'division'").toInt(), 1);

        // Everyone who signs in from now on follows it.
        Division reread;
        QVERIFY(Division::load(*ws, &reread, &error));
        QCOMPARE(reread.of("X-01"), x);
        const Table& x01 = *ws->catalog().table("X-01");
        const auto yx01 = test::policyAs(*ws, "c", Role::Collector, "YX01");
        QVERIFY(yx01->fills(x01, "YX01"));
        QVERIFY(yx01->allows(Action::Edit, x01, "YX01"));
        QVERIFY(!yx01->allows(Action::Edit, x01, "YX02"));
        QCOMPARE(yx01->readScope(x01), ReadScope::OwnRows);
        // 教务处's reviewer reads every row of X-01 and passes the 院系' confirmed tasks; 科研中心,
        // which leads it, does not review it any more.
        const auto jwc = test::policyAs(*ws, "r", Role::Reviewer, "JWC");
        QCOMPARE(jwc->readScope(x01), ReadScope::AllRows);
        QVERIFY(jwc->allows(Action::Review, x01, "YX01"));
        QVERIFY(TaskTransitions::denial(*jwc, x01, "YX01", TaskAction::Review, TaskState::Confirmed, true).isEmpty());
        const auto kyzx = test::policyAs(*ws, "k", Role::Reviewer, "KYZX");
        QVERIFY(!TaskTransitions::denial(*kyzx, x01, "YX01", TaskAction::Review, TaskState::Confirmed, true).isEmpty());
        WriteGateway jwcGateway(*ws, jwc);
        QVERIFY(!jwcGateway.hasDomainReview(x01, "YX01")); // no active reviewer account of 教务处 yet
    }

    void refusedChangesWriteNothing_data() { test::TestLocations::addBackendRows(); }
    void refusedChangesWriteNothing()
    {
        QFETCH(QString, backend);
        QString error;
        auto ws = Workspace::create(m_locations.fresh(backend), test::miniCatalog(), &error);
        QVERIFY(ws);
        test::addCollege(*ws);
        const auto office = test::ownerGateway(*ws);
        const Table& teaching = *ws->catalog().table("6-1-2-1");
        QVector<QVariant> row(teaching.fields.size());
        row[teaching.fieldIndex("jgh")] = "0001";
        QVERIFY(
            office->insertRows(teaching, 2024, "YX02", {row}, nullptr, &error, {WriteOrigin::Load, "setup", false}));
        Division d;
        QVERIFY(Division::load(*ws, &d, &error));
        const Division before = d;
        // A collector does not divide the tables.
        WriteGateway collector(*ws, test::policyAs(*ws, "c", Role::Collector, "JWC"));
        QVERIFY(!collector.saveDivision(d, QString(), nullptr, &error));
        // 信息工程学院 has a row of 6-1-2-1: it keeps the table.
        TableDivision t = d.of("6-1-2-1");
        t.contributing = {"YX01"};
        d.set("6-1-2-1", t);
        QVERIFY(!office->saveDivision(d, QString(), nullptr, &error));
        QVERIFY2(error.contains("信息工程学院") && error.contains("6-1-2-1"), qPrintable(error));
        // A table without a lead, an unknown department, a department twice.
        Division broken = before;
        broken.set("7-2", {QString(), {"YX01"}, QString()});
        QVERIFY(!office->saveDivision(broken, QString(), nullptr, &error));
        QVERIFY2(error.contains("7-2"), qPrintable(error));
        broken = before;
        broken.set("7-2", {"JWC", {"YX09"}, QString()});
        QVERIFY(!office->saveDivision(broken, QString(), nullptr, &error));
        QVERIFY2(error.contains("YX09"), qPrintable(error));
        broken.set("7-2", {"JWC", {"JWC"}, QString()});
        QVERIFY(!office->saveDivision(broken, QString(), nullptr, &error));
        // Nothing was written by any of them.
        QCOMPARE(SqlUtil::scalar(ws->db(), "SELECT COUNT(*) FROM cj_division").toInt(), 0);
        QCOMPARE(tasksOf(*ws, "6-1-2-1"), (QSet<QString> {"JWC*", "YX01", "YX02"}));
        // A task nobody began goes: 机电工程学院 is taken off 6-1-2-1, and 教务处 no longer leads
        // 7-2 (信息工程学院 does).
        d = before;
        t = d.of("6-1-2-1");
        t.contributing = {"YX02"};
        d.set("6-1-2-1", t);
        d.set("7-2", {"YX02", {"JWC", "YX01"}, QString()});
        QVERIFY2(office->saveDivision(d, QString(), nullptr, &error), qPrintable(error));
        QCOMPARE(tasksOf(*ws, "6-1-2-1"), (QSet<QString> {"JWC*", "YX02"}));
        QCOMPARE(tasksOf(*ws, "7-2"), (QSet<QString> {"YX02*", "JWC", "YX01"}));
        QVERIFY(!test::policyAs(*ws, "c", Role::Collector, "YX01")->fills(teaching, "YX01"));
    }

    // On PostgreSQL the server's access matrix follows the division.
    void serverAccessFollows()
    {
        QString error;
        const QString loc = m_locations.fresh("postgresql");
        auto ws = Workspace::create(loc, test::miniCatalog(), &error);
        QVERIFY(ws);
        test::addCollege(*ws);
        QVERIFY2(ServerRoles(*ws).install(&error), qPrintable(error));
        auto writes = [&](const char* dept) {
            return SqlUtil::scalar(ws->db(),
                "SELECT writes FROM cj_access WHERE table_code = 'X-01' AND department = ?",
                {QString::fromLatin1(dept)})
                .toString();
        };
        QCOMPARE(writes("YX01"), QString());
        Division d;
        QVERIFY(Division::load(*ws, &d, &error));
        d.set("X-01", {"KYZX", {"YX01"}, QString()});
        QVERIFY2(test::ownerGateway(*ws)->saveDivision(d, QString(), nullptr, &error), qPrintable(error));
        QCOMPARE(writes("YX01"), QStringLiteral("own"));
        QCOMPARE(writes("YX02"), QString());
    }
};

QTEST_GUILESS_MAIN(TestDivision)
#include "tst_division.moc"
