// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "TestWorkspace.h"
#include "core/model/RowLoader.h"
#include "core/model/TableQuery.h"
#include "core/session/Rounds.h"
#include "core/storage/Directory.h"
#include "core/storage/SqlUtil.h"
#include "core/workflow/Assignments.h"
#include "core/write/WriteGateway.h"

#include <QSqlQuery>
#include <QTest>

using namespace caiji;

// Next year's round from last year's, on both backends: sources and one-record forms carried
// (沿用上年 until touched), detail tables empty, tasks assigned; close freezes, reopen needs a reason.
class TestRounds : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;

    static QVector<QVariant> row(const Table& t, const QHash<QString, QVariant>& values)
    {
        QVector<QVariant> v(t.fields.size());
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            v[t.fieldIndex(it.key())] = it.value();
        return v;
    }

private slots:
    void openCloseReopen_data() { test::TestLocations::addBackendRows(); }
    void openCloseReopen()
    {
        QFETCH(QString, backend);
        QString error;
        auto ws = Workspace::create(m_locations.fresh(backend), test::miniCatalog(), &error);
        QVERIFY(ws);
        test::addCollege(*ws);
        const auto owner = test::ownerGateway(*ws);
        const Catalog& c = ws->catalog();
        const WriteIntent load {WriteOrigin::Load, "setup", false};
        const Table& staff = *c.table("6-1-1");
        const Table& school = *c.table("1-1");
        const Table& teaching = *c.table("6-1-2-1");
        QVERIFY(owner->insertRows(staff, 2024, "ZZRS",
            {row(staff, {{"jgh", "0001"}, {"xm", "张三"}}), row(staff, {{"jgh", "0002"}, {"xm", "李四"}})}, nullptr,
            &error, load));
        QVERIFY(
            owner->insertRows(school, 2024, "DZB", {row(school, {{"xxbsm", "4113014444"}})}, nullptr, &error, load));
        QVERIFY(owner->insertRows(teaching, 2024, "YX01", {row(teaching, {{"jgh", "0001"}})}, nullptr, &error, load));
        // Only the office opens rounds.
        WriteGateway collector(*ws, test::policyAs(*ws, "c", Role::Collector, "ZZRS"));
        qint64 carried = 0;
        QVERIFY(!Rounds(collector).open(2025, 2024, &carried, &error));
        QVERIFY(!Rounds(*owner).open(2025, 2019, &carried, &error)); // no such round to start from
        QVERIFY2(Rounds(*owner).open(2025, 2024, &carried, &error), qPrintable(error));
        QCOMPARE(carried, 3);
        QVERIFY(!Rounds(*owner).open(2025, 2024, &carried, &error)); // once
        auto count = [&](const QString& table, int round) {
            return SqlUtil::scalar(ws->db(),
                QStringLiteral("SELECT COUNT(*) FROM %1 WHERE \"_round\" = ? AND \"_deleted\" = 0").arg(table), {round})
                .toLongLong();
        };
        QCOMPARE(count("t_6_1_1", 2025), 2);
        QCOMPARE(count("t_1_1", 2025), 1);
        QCOMPARE(count("t_6_1_2_1", 2025), 0);
        QCOMPARE(count("t_6_1_1", 2024), 2); // last year's stay as they were
        QVERIFY(Assignments(*ws).all(2025).size() == Assignments(*ws).all(2024).size());
        Rounds rounds(*owner);
        QCOMPARE(rounds.untouchedCarried(2025, staff, "ZZRS"), 2);
        QCOMPARE(rounds.untouchedCarried(2025, teaching, "YX01"), 0);
        // A carried row someone changes is no longer 沿用上年.
        const QString id
            = SqlUtil::scalar(ws->db(), "SELECT \"_id\" FROM t_6_1_1 WHERE \"_round\" = 2025 AND jgh = '0002'")
                  .toString();
        QTest::qWait(5);
        const EditResult e
            = collector.applyCells(staff, 2025, {{id, 1, staff.fieldIndex("xm"), QStringLiteral("李斯")}});
        QVERIFY2(e.ok, qPrintable(e.error));
        QCOMPARE(rounds.untouchedCarried(2025, staff, "ZZRS"), 1);
        // The grid's query marks the same rows 沿用上年 (the last column of a page).
        TableQuery query;
        query.table = staff;
        query.round = 2025;
        query.setBackend(ws->dialect().backend());
        query.carriedAt = Rounds::carriedAt(*ws, 2025);
        QVERIFY(!query.carriedAt.isEmpty());
        QVERIFY(Rounds::carriedAt(*ws, 2024).isEmpty());
        QSqlQuery page(ws->db());
        QVERIFY2(SqlUtil::exec(ws->db(), query.pageSql(10, true), query.pageValues({}, true), &error, &page),
            qPrintable(error));
        QHash<QString, bool> marked;
        while (page.next()) {
            const GridRow r = RowLoader::readRow(page, staff, true);
            marked.insert(r.values.at(staff.fieldIndex("jgh")).toString(), r.carried);
        }
        QCOMPARE(marked, (QHash<QString, bool> {{"0001", true}, {"0002", false}}));
        // Closed: frozen for everyone; reopened only with a reason.
        QVERIFY(!Rounds(collector).close(2025, &error));
        QVERIFY(rounds.close(2025, &error));
        QVERIFY(!collector.checkWrite(staff, 2025, "ZZRS", WriteOrigin::Edit).isEmpty());
        QVERIFY(!owner->checkWrite(staff, 2025, "ZZRS", WriteOrigin::Import).isEmpty());
        QVERIFY(!rounds.reopen(2025, "  ", &error));
        QVERIFY(rounds.reopen(2025, "补报校外基地", &error));
        QVERIFY(collector.checkWrite(staff, 2025, "ZZRS", WriteOrigin::Edit).isEmpty());
        QCOMPARE(SqlUtil::scalar(ws->db(), "SELECT reason FROM cj_journal WHERE op = 'round-open'").toString(),
            QStringLiteral("补报校外基地"));
    }

    void aggregateApproveReport_data() { test::TestLocations::addBackendRows(); }
    void aggregateApproveReport()
    {
        QFETCH(QString, backend);
        QString error;
        auto ws = Workspace::create(m_locations.fresh(backend), test::miniCatalog(), &error);
        QVERIFY(ws);
        test::addCollege(*ws);
        WriteGateway office(*ws, test::policyAs(*ws, "o", Role::SupervisorAdmin, "DDKH"));
        WriteGateway leader(*ws, test::policyAs(*ws, "l", Role::Leader, "DZB"));
        WriteGateway collector(*ws, test::policyAs(*ws, "c", Role::Collector, "ZZRS"));
        QVERIFY(SqlUtil::exec(ws->db(), "UPDATE cj_assignment SET state = 'accepted' WHERE round = 2024", &error));
        QVERIFY(SqlUtil::exec(ws->db(),
            "UPDATE cj_assignment SET state = 'confirmed' WHERE round = 2024 AND table_code = '6-1-1'", &error));
        QStringList pending;
        // Not while a task waits, and the waiting one is named.
        QVERIFY(!Rounds(office).aggregate(2024, &pending, &error));
        QCOMPARE(pending.size(), 1);
        QVERIFY2(pending.first().contains("6-1-1"), qPrintable(pending.first()));
        QVERIFY(!Rounds(leader).approve(2024, &error)); // nothing aggregated yet
        QVERIFY(SqlUtil::exec(ws->db(), "UPDATE cj_assignment SET state = 'accepted' WHERE round = 2024", &error));
        QVERIFY(!Rounds(collector).aggregate(2024, &pending, &error));
        QVERIFY2(Rounds(office).aggregate(2024, &pending, &error), qPrintable(error));
        QCOMPARE(Rounds(office).state(2024), QStringLiteral("merged"));
        // The aggregated data is what leadership approves: nobody writes it meanwhile.
        QVERIFY(!collector.checkWrite(*ws->catalog().table("6-1-1"), 2024, "ZZRS", WriteOrigin::Edit).isEmpty());
        QVERIFY(!Rounds(office).approve(2024, &error));
        QVERIFY2(Rounds(leader).approve(2024, &error), qPrintable(error));
        QVERIFY(!Rounds(leader).report(2024, &error));
        QVERIFY(Rounds(office).report(2024, &error));
        QCOMPARE(Rounds(office).state(2024), QStringLiteral("reported"));
        QCOMPARE(SqlUtil::scalar(ws->db(), "SELECT login FROM cj_journal WHERE op = 'round-approved'").toString(),
            QStringLiteral("l"));
    }
};

QTEST_GUILESS_MAIN(TestRounds)
#include "tst_rounds.moc"
