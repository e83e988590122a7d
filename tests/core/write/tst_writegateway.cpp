// The one door for writes (issue 9): rights and task locks are checked on every write, a refused
// write changes nothing, and the consequences (summaries, task states) follow in core whoever
// wrote. Both backends.
#include "TestWorkspace.h"
#include "core/auth/Accounts.h"
#include "core/session/Session.h"
#include "core/session/SummaryRefresh.h"
#include "core/storage/Directory.h"
#include "core/storage/SqlUtil.h"
#include "core/workflow/Assignments.h"
#include "core/write/WriteGateway.h"

#include <QSignalSpy>
#include <QTest>

using namespace caiji;

class TestWriteGateway : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;
    QString m_location;

    /// The mini workspace with two 院系, round 2024 assigned, accounts, and source rows.
    void prepare(const QString& backend)
    {
        m_location = m_locations.fresh(backend);
        QString error;
        {
            auto ws = Workspace::create(m_location, test::summaryCatalog(), &error);
            QVERIFY2(ws, qPrintable(error));
            test::addCollege(*ws);
            Accounts accounts(*ws);
            const QString pw = QStringLiteral("pw");
            QVERIFY(accounts.addUser(
                {QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("DDKH"), {Role::SupervisorAdmin}},
                pw, &error));
            QVERIFY(accounts.addUser(
                {QStringLiteral("yx01_cjy"), QStringLiteral("甲"), QStringLiteral("YX01"), {Role::Collector}}, pw,
                &error));
            QVERIFY(accounts.addUser(
                {QStringLiteral("yx01_fzr"), QStringLiteral("乙"), QStringLiteral("YX01"), {Role::Head}}, pw, &error));
            QVERIFY(accounts.addUser(
                {QStringLiteral("yld"), QStringLiteral("丙"), QStringLiteral("DZB"), {Role::Leader}}, pw, &error));
            const auto owner = test::ownerGateway(*ws);
            const WriteIntent setup {WriteOrigin::Load, QStringLiteral("setup"), false};
            auto row = [&](const QString& code, const QHash<QString, QVariant>& values) {
                const Table& t = *ws->catalog().table(code);
                QVector<QVariant> v(t.fields.size());
                for (auto it = values.constBegin(); it != values.constEnd(); ++it)
                    v[t.fieldIndex(it.key())] = it.value();
                return v;
            };
            QVERIFY(owner->insertRows(*ws->catalog().table(QStringLiteral("6-1-1")), 2024, QStringLiteral("ZZRS"),
                {row(QStringLiteral("6-1-1"),
                    {{QStringLiteral("jgh"), QStringLiteral("0001")}, {QStringLiteral("xm"), QStringLiteral("张三")}})},
                nullptr, &error, setup));
            QVERIFY(owner->insertRows(*ws->catalog().table(QStringLiteral("7-1-1")), 2024, QStringLiteral("JWC"),
                {row(QStringLiteral("7-1-1"), {{QStringLiteral("zydm"), QStringLiteral("510201")}})}, nullptr, &error,
                setup));
            QVERIFY(owner->insertRows(*ws->catalog().table(QStringLiteral("7-2")), 2024, QStringLiteral("JWC"),
                {row(QStringLiteral("7-2"), {{QStringLiteral("kcdm"), QStringLiteral("K1")}})}, nullptr, &error,
                setup));
            QVERIFY(owner->insertRows(*ws->catalog().table(QStringLiteral("6-1-2-1")), 2024, QStringLiteral("YX02"),
                {teaching(*ws, 32)}, nullptr, &error, setup));
        }
    }

    QVector<QVariant> teaching(Workspace& ws, qint64 hours)
    {
        const Table& t = *ws.catalog().table(QStringLiteral("6-1-2-1"));
        QVector<QVariant> v(t.fields.size());
        v[t.fieldIndex(QStringLiteral("jgh"))] = QStringLiteral("0001");
        v[t.fieldIndex(QStringLiteral("zydm"))] = QStringLiteral("510201");
        v[t.fieldIndex(QStringLiteral("kcdm"))] = QStringLiteral("K1");
        v[t.fieldIndex(QStringLiteral("jxgzl"))] = hours;
        return v;
    }

    std::unique_ptr<Session> signIn(const QString& login)
    {
        QString error;
        auto s = Session::open(m_location, {login, QStringLiteral("pw")}, &error);
        if (!s)
            qWarning("%s", qPrintable(error));
        return s;
    }

    static qint64 count(Workspace& ws, const QString& sql, const QVariantList& binds = {})
    {
        return SqlUtil::scalar(ws.db(), sql, binds).toLongLong();
    }

    static QString state(Workspace& ws, const QString& table, const QString& dept)
    {
        return SqlUtil::scalar(ws.db(),
            QStringLiteral("SELECT state FROM cj_assignment WHERE round = 2024 AND table_code = ? AND department = ?"),
            {table, dept})
            .toString();
    }

private slots:
    void refusedWritesChangeNothing_data() { test::TestLocations::addBackendRows(); }
    void refusedWritesChangeNothing()
    {
        QFETCH(QString, backend);
        prepare(backend);
        const auto s = signIn(QStringLiteral("yx01_cjy"));
        QVERIFY(s);
        Workspace& ws = s->workspace();
        const Table& t = *ws.catalog().table(QStringLiteral("6-1-2-1"));
        const qint64 rows = count(ws, QStringLiteral("SELECT COUNT(*) FROM t_6_1_2_1"));
        const qint64 journal = count(ws, QStringLiteral("SELECT COUNT(*) FROM cj_journal"));
        QSignalSpy events(&s->gateway().feed(), &ChangeFeed::changed);
        QString error;
        // Rows of another 院系: refused, naming the account and the right.
        QVERIFY(!s->gateway().insertRows(t, 2024, QStringLiteral("YX02"), {teaching(ws, 16)}, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("yx01_cjy")) && error.contains(actionDisplayName(Action::Edit)),
            qPrintable(error));
        const QString theirs
            = SqlUtil::scalar(ws.db(), QStringLiteral("SELECT \"_id\" FROM t_6_1_2_1 WHERE \"_dept\" = 'YX02'"))
                  .toString();
        EditResult r
            = s->gateway().applyCells(t, 2024, {{theirs, 1, t.fieldIndex(QStringLiteral("jxgzl")), qint64(99)}});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("YX02")) || r.error.contains(QStringLiteral("信息工程学院")),
            qPrintable(r.error));
        r = s->gateway().setDeleted(t, 2024, {{theirs, 1}}, true);
        QVERIFY(!r.ok);
        // Another department's source table, and a summary table.
        QVERIFY(!s->gateway().insertRows(*ws.catalog().table(QStringLiteral("6-1-1")), 2024, QStringLiteral("YX01"),
            {QVector<QVariant>(ws.catalog().table(QStringLiteral("6-1-1"))->fields.size())}, nullptr, &error));
        QVERIFY(!s->gateway().insertRows(*ws.catalog().table(QStringLiteral("6-1-2-2")), 2024, QStringLiteral("YX01"),
            {QVector<QVariant>(4)}, nullptr, &error));
        QCOMPARE(count(ws, QStringLiteral("SELECT COUNT(*) FROM t_6_1_2_1")), rows);
        QCOMPARE(count(ws, QStringLiteral("SELECT jxgzl FROM t_6_1_2_1 WHERE \"_id\" = ?"), {theirs}), 32);
        QCOMPARE(count(ws, QStringLiteral("SELECT COUNT(*) FROM cj_journal")), journal);
        QCOMPARE(events.count(), 0);
        // Its own rows go in.
        QVERIFY2(s->gateway().insertRows(t, 2024, QStringLiteral("YX01"), {teaching(ws, 16)}, nullptr, &error),
            qPrintable(error));
        QCOMPARE(count(ws, QStringLiteral("SELECT COUNT(*) FROM t_6_1_2_1")), rows + 1);
        // A head reads and confirms; it does not type.
        const auto head = signIn(QStringLiteral("yx01_fzr"));
        QVERIFY(!head->gateway().insertRows(
            t, 2024, QStringLiteral("YX01"), {teaching(head->workspace(), 8)}, nullptr, &error));
        QVERIFY2(error.contains(QStringLiteral("yx01_fzr")), qPrintable(error));
        const auto leader = signIn(QStringLiteral("yld"));
        QVERIFY(!leader->gateway().insertRows(
            t, 2024, QStringLiteral("YX01"), {teaching(leader->workspace(), 8)}, nullptr, &error));
        // A wrong password signs nobody in.
        QVERIFY(!Session::open(m_location, {QStringLiteral("yx01_cjy"), QStringLiteral("wrong")}, &error));
        QVERIFY(!error.isEmpty());
    }

    void lockedTasksRefuseWrites_data() { test::TestLocations::addBackendRows(); }
    void lockedTasksRefuseWrites()
    {
        QFETCH(QString, backend);
        prepare(backend);
        const auto s = signIn(QStringLiteral("yx01_cjy"));
        Workspace& ws = s->workspace();
        const Table& t = *ws.catalog().table(QStringLiteral("6-1-2-1"));
        QString error;
        QVERIFY(Assignments(ws).setState(2024, t.code, QStringLiteral("YX01"), TaskState::Confirmed, &error));
        QVERIFY(!s->gateway().insertRows(t, 2024, QStringLiteral("YX01"), {teaching(ws, 16)}, nullptr, &error));
        QVERIFY2(error.contains(taskStateDisplayName(TaskState::Confirmed)), qPrintable(error));
        // Even the office does not write into a confirmed task: it returns it first.
        const auto office = signIn(QStringLiteral("admin"));
        QVERIFY(!office->gateway().insertRows(t, 2024, QStringLiteral("YX01"), {teaching(ws, 16)}, nullptr, &error));
        // Returned for correction: writable again, and being filled once written.
        QVERIFY(Assignments(ws).setState(2024, t.code, QStringLiteral("YX01"), TaskState::Returned, &error));
        QVERIFY2(s->gateway().insertRows(t, 2024, QStringLiteral("YX01"), {teaching(ws, 16)}, nullptr, &error),
            qPrintable(error));
        QCOMPARE(state(ws, t.code, QStringLiteral("YX01")), taskStateToString(TaskState::Filling));
        // A closed round changes no more.
        QVERIFY(
            SqlUtil::exec(ws.db(), QStringLiteral("UPDATE cj_round SET state = 'closed' WHERE year = 2024"), &error));
        QVERIFY(!s->gateway().insertRows(t, 2024, QStringLiteral("YX01"), {teaching(ws, 8)}, nullptr, &error));
        QVERIFY(error.contains(QStringLiteral("2024")));
    }

    void consequencesFollowInCore_data() { test::TestLocations::addBackendRows(); }
    void consequencesFollowInCore()
    {
        QFETCH(QString, backend);
        prepare(backend);
        const auto s = signIn(QStringLiteral("yx01_cjy"));
        Workspace& ws = s->workspace();
        const Table& t = *ws.catalog().table(QStringLiteral("6-1-2-1"));
        QCOMPARE(state(ws, t.code, QStringLiteral("YX01")), taskStateToString(TaskState::NotStarted));
        QCOMPARE(count(ws, QStringLiteral("SELECT COUNT(*) FROM t_6_1_2_2")), 0);
        QSignalSpy events(&s->gateway().feed(), &ChangeFeed::changed);
        QString error;
        QVERIFY2(s->gateway().insertRows(
                     t, 2024, QStringLiteral("YX01"), {teaching(ws, 16), teaching(ws, 8)}, nullptr, &error),
            qPrintable(error));
        // The summary follows its details (32 of YX02 + 16 + 8), and the task is being filled.
        QCOMPARE(count(ws, QStringLiteral("SELECT jxgzl FROM t_6_1_2_2 WHERE jgh = '0001' AND \"_deleted\" = 0")), 56);
        QCOMPARE(state(ws, t.code, QStringLiteral("YX01")), taskStateToString(TaskState::Filling));
        QCOMPARE(state(ws, t.code, QStringLiteral("YX02")), taskStateToString(TaskState::NotStarted));
        // One event for the detail table, then the computed summary's.
        QCOMPARE(events.count(), 2);
        const ChangeEvent first = events.at(0).at(0).value<ChangeEvent>();
        QCOMPARE(first.table, t.code);
        QCOMPARE(first.rowCount, 2);
        QCOMPARE(first.departments, QSet<QString> {QStringLiteral("YX01")});
        QCOMPARE(first.login, QStringLiteral("yx01_cjy"));
        QCOMPARE(events.at(1).at(0).value<ChangeEvent>().origin, WriteOrigin::Computed);
        // A unit of work that is rolled back publishes nothing and leaves nothing.
        events.clear();
        {
            WriteGateway::Scope scope(s->gateway());
            QVERIFY(s->gateway().insertRows(t, 2024, QStringLiteral("YX01"), {teaching(ws, 100)}, nullptr, &error));
        }
        QCOMPARE(events.count(), 0);
        QCOMPARE(count(ws, QStringLiteral("SELECT jxgzl FROM t_6_1_2_2 WHERE jgh = '0001' AND \"_deleted\" = 0")), 56);
        QCOMPARE(count(ws, QStringLiteral("SELECT COUNT(*) FROM t_6_1_2_1 WHERE jxgzl = 100")), 0);
        // An edit through the gateway moves the summary too.
        const QString id
            = SqlUtil::scalar(ws.db(), QStringLiteral("SELECT \"_id\" FROM t_6_1_2_1 WHERE jxgzl = 8")).toString();
        const EditResult r
            = s->gateway().applyCells(t, 2024, {{id, 1, t.fieldIndex(QStringLiteral("jxgzl")), qint64(10)}});
        QVERIFY2(r.ok && r.conflicts.isEmpty(), qPrintable(r.error));
        QCOMPARE(count(ws, QStringLiteral("SELECT jxgzl FROM t_6_1_2_2 WHERE jgh = '0001' AND \"_deleted\" = 0")), 58);
    }

    void keyChangesAreCarriedOrRefused_data() { test::TestLocations::addBackendRows(); }
    void keyChangesAreCarriedOrRefused()
    {
        QFETCH(QString, backend);
        prepare(backend);
        const auto s = signIn(QStringLiteral("admin"));
        Workspace& ws = s->workspace();
        const Table& staff = *ws.catalog().table(QStringLiteral("6-1-1"));
        const int jgh = staff.fieldIndex(QStringLiteral("jgh"));
        const QString id
            = SqlUtil::scalar(ws.db(), QStringLiteral("SELECT \"_id\" FROM t_6_1_1 WHERE jgh = '0001'")).toString();
        const qint64 journal = count(ws, QStringLiteral("SELECT COUNT(*) FROM cj_journal"));
        // Asked without consent: refused, the rows that use the key listed, nothing changed.
        EditResult r = s->gateway().applyCells(staff, 2024, {{id, 1, jgh, QStringLiteral("0009")}});
        QVERIFY(!r.ok);
        QCOMPARE(r.keyChanges.size(), 1);
        QCOMPARE(r.keyChanges.first().before, QStringLiteral("0001"));
        QCOMPARE(r.keyChanges.first().after, QStringLiteral("0009"));
        QCOMPARE(r.keyChanges.first().dependents.size(), 1);
        QCOMPARE(r.keyChanges.first().dependents.first().table, QStringLiteral("6-1-2-1"));
        QCOMPARE(r.keyChanges.first().dependents.first().department, QStringLiteral("YX02"));
        QCOMPARE(r.keyChanges.first().rows(), 1);
        QVERIFY2(r.error.contains(QStringLiteral("6-1-2-1")) && r.error.contains(QStringLiteral("0001")),
            qPrintable(r.error));
        QCOMPARE(count(ws, QStringLiteral("SELECT COUNT(*) FROM t_6_1_1 WHERE jgh = '0001'")), 1);
        QCOMPARE(count(ws, QStringLiteral("SELECT COUNT(*) FROM cj_journal")), journal);
        // With consent: carried into 6-1-2-1 in the same step, journaled as a cascade, and the
        // summary follows.
        WriteIntent carry;
        carry.cascadeKeys = true;
        r = s->gateway().applyCells(staff, 2024, {{id, 1, jgh, QStringLiteral("0009")}}, carry);
        QVERIFY2(r.ok && r.conflicts.isEmpty(), qPrintable(r.error));
        QCOMPARE(
            count(ws, QStringLiteral("SELECT COUNT(*) FROM t_6_1_2_1 WHERE jgh = '0009' AND \"_deleted\" = 0")), 1);
        QCOMPARE(count(ws, QStringLiteral("SELECT COUNT(*) FROM t_6_1_2_1 WHERE jgh = '0001'")), 0);
        QCOMPARE(
            count(ws,
                QStringLiteral("SELECT COUNT(*) FROM cj_journal WHERE reason = 'cascade' AND table_code = '6-1-2-1'")),
            1);
        QCOMPARE(count(ws, QStringLiteral("SELECT jxgzl FROM t_6_1_2_2 WHERE jgh = '0009' AND \"_deleted\" = 0")), 32);
        // A confirmed task of another department stops the cascade, and with it the change.
        QString error;
        QVERIFY(Assignments(ws).setState(
            2024, QStringLiteral("6-1-2-1"), QStringLiteral("YX02"), TaskState::Confirmed, &error));
        r = s->gateway().applyCells(staff, 2024, {{id, 2, jgh, QStringLiteral("0010")}}, carry);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(taskStateDisplayName(TaskState::Confirmed)), qPrintable(r.error));
        QCOMPARE(count(ws, QStringLiteral("SELECT COUNT(*) FROM t_6_1_1 WHERE jgh = '0009'")), 1);
        QCOMPARE(count(ws, QStringLiteral("SELECT COUNT(*) FROM t_6_1_2_1 WHERE jgh = '0009'")), 1);
        // Deleting a row whose key is used is refused (a replace import does this) …
        r = s->gateway().setDeleted(staff, 2024, {{id, 2}}, true);
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("0009")), qPrintable(r.error));
        QCOMPARE(count(ws, QStringLiteral("SELECT \"_deleted\" FROM t_6_1_1 WHERE \"_id\" = ?"), {id}), 0);
        // … unless the same unit of work puts the key back.
        {
            WriteGateway::Scope scope(s->gateway());
            r = s->gateway().setDeleted(staff, 2024, {{id, 2}}, true);
            QVERIFY2(r.ok, qPrintable(r.error));
            QVector<QVariant> again(staff.fields.size());
            again[jgh] = QStringLiteral("0009");
            again[staff.fieldIndex(QStringLiteral("xm"))] = QStringLiteral("张三");
            QVERIFY2(s->gateway().insertRows(staff, 2024, QStringLiteral("ZZRS"), {again}, nullptr, &error,
                         {WriteOrigin::Import, {}, false}),
                qPrintable(error));
            QVERIFY2(scope.commit(&error), qPrintable(error));
        }
        QCOMPARE(count(ws, QStringLiteral("SELECT COUNT(*) FROM t_6_1_1 WHERE jgh = '0009' AND \"_deleted\" = 0")), 1);
    }

    void summariesFollowOnAWorker_data() { test::TestLocations::addBackendRows(); }
    void summariesFollowOnAWorker()
    {
        QFETCH(QString, backend);
        prepare(backend);
        const auto s = signIn(QStringLiteral("yx01_cjy"));
        s->recomputeSummariesInBackground();
        Workspace& ws = s->workspace();
        const Table& t = *ws.catalog().table(QStringLiteral("6-1-2-1"));
        QSignalSpy done(s->summaries(), &SummaryRefresh::recomputed);
        QString error;
        QVERIFY2(s->gateway().insertRows(t, 2024, QStringLiteral("YX01"), {teaching(ws, 16)}, nullptr, &error),
            qPrintable(error));
        // The write returned; its summary follows on the worker, as the same account.
        QVERIFY(done.wait(20000));
        QCOMPARE(done.first().first().toStringList(), QStringList {QStringLiteral("6-1-2-2")});
        QCOMPARE(count(ws, QStringLiteral("SELECT jxgzl FROM t_6_1_2_2 WHERE jgh = '0001' AND \"_deleted\" = 0")), 48);
        QCOMPARE(
            SqlUtil::scalar(ws.db(), QStringLiteral("SELECT \"_created_by\" FROM t_6_1_2_2 WHERE \"_deleted\" = 0"))
                .toString(),
            QStringLiteral("yx01_cjy"));
        // Edits meanwhile are taken up by the next recompute.
        done.clear();
        QVERIFY(s->gateway().insertRows(t, 2024, QStringLiteral("YX01"), {teaching(ws, 4)}, nullptr, &error));
        QVERIFY(s->gateway().insertRows(t, 2024, QStringLiteral("YX01"), {teaching(ws, 4)}, nullptr, &error));
        QTRY_COMPARE_WITH_TIMEOUT(
            count(ws, QStringLiteral("SELECT jxgzl FROM t_6_1_2_2 WHERE jgh = '0001' AND \"_deleted\" = 0")), 56,
            20000);
    }

    void switchUserKeepsTheWorkspace_data() { test::TestLocations::addBackendRows(); }
    void switchUserKeepsTheWorkspace()
    {
        QFETCH(QString, backend);
        prepare(backend);
        auto s = signIn(QStringLiteral("yld"));
        Workspace* before = &s->workspace();
        QString error;
        QVERIFY(!s->switchUser({QStringLiteral("admin"), QStringLiteral("nope")}, &error));
        QCOMPARE(s->actor().login, QStringLiteral("yld")); // a failed switch keeps who was signed in
        QVERIFY2(s->switchUser({QStringLiteral("admin"), QStringLiteral("pw")}, &error), qPrintable(error));
        QCOMPARE(&s->workspace(), before);
        QVERIFY(s->actor().isOffice());
        QVERIFY(s->denial(Action::Administer).isEmpty());
        // On PostgreSQL nobody is the owner: an account is needed.
        if (backend == QLatin1String("postgresql")) {
            QVERIFY(!Session::open(m_location, {}, &error));
            QVERIFY(error.contains(QStringLiteral("--user")));
        } else {
            const auto owner = Session::open(m_location, {}, &error);
            QVERIFY(owner && owner->actor().owner);
        }
    }
};

QTEST_GUILESS_MAIN(TestWriteGateway)
#include "tst_writegateway.moc"
