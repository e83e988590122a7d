// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "TestWorkspace.h"
#include "core/auth/Accounts.h"
#include "core/session/TaskWorkflow.h"
#include "core/storage/RowInserter.h"
#include "core/storage/SqlUtil.h"
#include "core/write/WriteGateway.h"

#include <QSignalSpy>
#include <QTest>

using namespace caiji;

Q_DECLARE_METATYPE(caiji::TaskState)

namespace {
const char* kPassword = "Head@2024";
}

// The collection process on both backends: every transition of a task, and every role's
// forbidden ones. 6-1-2-1 of 机电工程学院 (YX01) passes 教务处's domain reviewer; 10-2-1 of
// 学工处 is its own lead and goes straight to the office.
class TestTaskWorkflow : public QObject
{
    Q_OBJECT

private:
    test::TestLocations m_locations;
    QHash<QString, std::shared_ptr<Workspace>> m_shared;

    std::unique_ptr<Workspace> make(const QString& backend)
    {
        QString error;
        auto ws = Workspace::create(m_locations.fresh(backend), test::miniCatalog(), &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        test::addCollege(*ws);
        Accounts accounts(*ws);
        const QVector<User> users = {{"h1", "机电院长", "YX01", {Role::Head}, true},
            {"r1", "教务审核", "JWC", {Role::Reviewer}, true}, {"h2", "学工处长", "XGC", {Role::Head}, true}};
        for (const User& u : users) {
            if (!accounts.addUser(u, QString::fromLatin1(kPassword), &error))
                qFatal("%s", qPrintable(error));
        }
        return ws;
    }

    static std::unique_ptr<WriteGateway> as(Workspace& ws, const char* login, Role role, const char* dept)
    {
        return std::make_unique<WriteGateway>(ws, test::policyAs(ws, login, role, dept));
    }

    static void setState(Workspace& ws, const char* table, const char* dept, TaskState s)
    {
        QString error;
        if (!SqlUtil::exec(ws.db(),
                "UPDATE cj_assignment SET state = ? WHERE round = 2024 AND table_code = ? AND department = ?",
                {taskStateToString(s), table, dept}, &error))
            qFatal("%s", qPrintable(error));
    }

    static void addRow(Workspace& ws, const char* table, const char* dept)
    {
        const Table& t = *ws.catalog().table(table);
        RowInserter ins(ws, t, 2024);
        ins.add(dept, QVector<QVariant>(t.fields.size())); // every required value missing
        QString error;
        if (!ins.flush(&error))
            qFatal("%s", qPrintable(error));
    }

private slots:
    void cleanupTestCase() { m_shared.clear(); }

    void offeredByRoleAndState_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<TaskState>("state");
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("role");
        QTest::addColumn<QString>("dept");
        QTest::addColumn<QStringList>("actions");
        struct Who
        {
            const char* login;
            Role role;
            const char* dept;
        };
        const Who who[] = {{"c1", Role::Collector, "YX01"}, {"h1", Role::Head, "YX01"}, {"r1", Role::Reviewer, "JWC"},
            {"o1", Role::SupervisorAdmin, "DDKH"}, {"l1", Role::Leader, ""}, {"c2", Role::Collector, "YX02"},
            {"h2", Role::Head, "YX02"}};
        // Who may do what, by state, to 6-1-2-1 of YX01 (with domain review).
        const QHash<TaskState, QHash<QString, QStringList>> expected = {
            {TaskState::NotStarted, {{"c1", {"submit"}}}},
            {TaskState::Returned, {{"c1", {"submit"}}}},
            {TaskState::Submitted, {{"h1", {"confirm", "return"}}, {"o1", {"return"}}}},
            {TaskState::Confirmed, {{"r1", {"review", "return"}}, {"o1", {"return", "unlock"}}}},
            {TaskState::DomainReviewed, {{"o1", {"accept", "return", "unlock"}}}},
            {TaskState::Accepted, {{"o1", {"return", "unlock"}}}},
            {TaskState::Revising, {{"c1", {"submit"}}}},
        };
        for (const QString backend : {"sqlite", "postgresql"}) {
            for (auto s = expected.constBegin(); s != expected.constEnd(); ++s) {
                for (const Who& w : who) {
                    QTest::addRow("%s %s %s", qPrintable(backend), qPrintable(taskStateToString(s.key())), w.login)
                        << backend << s.key() << QString(w.login) << int(w.role) << QString(w.dept)
                        << s.value().value(w.login);
                }
            }
        }
    }
    void offeredByRoleAndState()
    {
        QFETCH(QString, backend);
        QFETCH(TaskState, state);
        QFETCH(QString, login);
        QFETCH(int, role);
        QFETCH(QString, dept);
        QFETCH(QStringList, actions);
        if (!m_shared.contains(backend)) // one per backend: passwords hash slowly
            m_shared.insert(backend, std::shared_ptr<Workspace>(make(backend).release()));
        Workspace& ws = *m_shared.value(backend);
        setState(ws, "6-1-2-1", "YX01", state);
        WriteGateway gateway(ws, test::policyAs(ws, login, Role(role), dept));
        QStringList got;
        for (TaskAction a : TaskWorkflow(gateway, 2024).offered("6-1-2-1", "YX01"))
            got.append(taskActionToString(a));
        QCOMPARE(got, actions);
        // And the gateway refuses every other action, with a reason.
        for (const char* name : {"submit", "confirm", "review", "accept", "return", "unlock"}) {
            if (actions.contains(name))
                continue;
            TaskAction a;
            QVERIFY(taskActionFromString(name, &a));
            QString error;
            QVERIFY(!gateway.moveTask(2024, {"6-1-2-1", "YX01", a, "理由", {}}, nullptr, &error));
            QVERIFY2(!error.isEmpty(), name);
        }
    }

    void walkThroughEveryTransition_data() { test::TestLocations::addBackendRows(); }
    void walkThroughEveryTransition()
    {
        QFETCH(QString, backend);
        auto ws = make(backend);
        auto c1 = as(*ws, "c1", Role::Collector, "YX01");
        auto h1 = as(*ws, "h1", Role::Head, "YX01");
        auto r1 = as(*ws, "r1", Role::Reviewer, "JWC");
        auto o1 = as(*ws, "o1", Role::SupervisorAdmin, "DDKH");
        QSignalSpy moved(&o1->feed(), &ChangeFeed::tasksChanged);
        // Errors block a submission, and the collector learns which.
        addRow(*ws, "6-1-2-1", "YX01");
        TaskOutcome r = TaskWorkflow(*c1, 2024).submit("6-1-2-1", "YX01");
        QCOMPARE(r.kind, TaskOutcome::Blocked);
        QVERIFY(!r.blocking.isEmpty());
        QVERIFY2(r.blocking.first().contains("教工号"), qPrintable(r.blocking.join('\n')));
        QVERIFY(SqlUtil::exec(ws->db(), "UPDATE t_6_1_2_1 SET \"_deleted\" = 1", nullptr));
        r = TaskWorkflow(*c1, 2024).submit("6-1-2-1", "YX01");
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.state, TaskState::Submitted);
        // Submitted data is locked for everyone, the office included.
        const Table& t = *ws->catalog().table("6-1-2-1");
        QVERIFY(!c1->checkWrite(t, 2024, "YX01", WriteOrigin::Edit).isEmpty());
        QVERIFY(!o1->checkWrite(t, 2024, "YX01", WriteOrigin::Import).isEmpty());
        // The head signs with the password.
        r = TaskWorkflow(*h1, 2024).confirm("6-1-2-1", "YX01", "wrong");
        QCOMPARE(r.kind, TaskOutcome::Blocked);
        r = TaskWorkflow(*h1, 2024).confirm("6-1-2-1", "YX01", kPassword);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.state, TaskState::Confirmed);
        // Not accepted before the domain reviewer passed it.
        r = TaskWorkflow(*o1, 2024).accept("6-1-2-1", "YX01");
        QCOMPARE(r.kind, TaskOutcome::NotAllowed);
        r = TaskWorkflow(*r1, 2024).review("6-1-2-1", "YX01");
        QVERIFY2(r.ok(), qPrintable(r.message));
        // A return needs a reason, and carries comments anchored to the table and a cell.
        r = TaskWorkflow(*o1, 2024).returnTask("6-1-2-1", "YX01", "  ");
        QCOMPARE(r.kind, TaskOutcome::NotAllowed);
        QCOMPARE(TaskWorkflow(*o1, 2024).state("6-1-2-1", "YX01"), TaskState::DomainReviewed);
        addRow(*ws, "6-1-2-1", "YX01"); // the office's own row to point at (written behind the lock)
        const QString rowId
            = SqlUtil::scalar(ws->db(), "SELECT \"_id\" FROM t_6_1_2_1 WHERE \"_deleted\" = 0").toString();
        QVERIFY(SqlUtil::exec(ws->db(), "UPDATE t_6_1_2_1 SET \"_deleted\" = 1", nullptr));
        r = TaskWorkflow(*o1, 2024).returnTask("6-1-2-1", "YX01", "授课学期有误",
            {{0, QString(), QString(), "请全表核对", {}, {}, {}, {}, {}, {}},
                {0, rowId, "skxq", "应为 1 或 2", {}, {}, {}, {}, {}, {}}});
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.state, TaskState::Returned);
        QVERIFY(c1->checkWrite(t, 2024, "YX01", WriteOrigin::Edit).isEmpty());
        TaskComments comments(*ws, 2024);
        QVector<TaskComment> list = comments.of("6-1-2-1", "YX01");
        QCOMPARE(list.size(), 2);
        QCOMPARE(list.at(1).field, QStringLiteral("skxq"));
        QCOMPARE(list.at(1).rowId, rowId);
        QCOMPARE(list.at(1).state, QStringLiteral("open"));
        QCOMPARE(comments.openCounts().value("6-1-2-1|YX01"), 2);
        QString error;
        QVERIFY(!comments.answer(r1->policy(), list.at(1).id, "不是我的", &error));
        // Answered through the workflow, every view of the tasks hears of it.
        QSignalSpy heard(&c1->feed(), &ChangeFeed::tasksChanged);
        QSignalSpy refusedHeard(&r1->feed(), &ChangeFeed::tasksChanged);
        QVERIFY(!TaskWorkflow(*r1, 2024).answerComment(list.at(1).id, "不是我的", &error));
        QCOMPARE(refusedHeard.size(), 0); // refused: nothing written, nothing announced
        QVERIFY(TaskWorkflow(*c1, 2024).answerComment(list.at(1).id, "已改为 1", &error));
        QCOMPARE(heard.size(), 1);
        QVERIFY(!comments.close(c1->policy(), list.at(1).id, &error));
        QVERIFY(comments.close(o1->policy(), list.at(1).id, &error));
        QCOMPARE(comments.of("6-1-2-1", "YX01").at(1).state, QStringLiteral("closed"));
        // Round two, to the end.
        QVERIFY(TaskWorkflow(*c1, 2024).submit("6-1-2-1", "YX01").ok());
        QVERIFY(TaskWorkflow(*h1, 2024).confirm("6-1-2-1", "YX01", kPassword).ok());
        QVERIFY(TaskWorkflow(*r1, 2024).review("6-1-2-1", "YX01").ok());
        r = TaskWorkflow(*o1, 2024).accept("6-1-2-1", "YX01");
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.state, TaskState::Accepted);
        // Every transition is journaled, and each published on the feed of the session that made
        // it (the office's: the return and the acceptance).
        const QVector<TaskEvent> events = TaskWorkflow(*o1, 2024).history("6-1-2-1", "YX01");
        QCOMPARE(events.size(), 8);
        QCOMPARE(events.at(3).action, TaskAction::Return);
        QCOMPARE(events.at(3).reason, QStringLiteral("授课学期有误"));
        QCOMPARE(events.at(3).login, QStringLiteral("o1"));
        QCOMPARE(events.at(3).from, TaskState::DomainReviewed);
        QCOMPARE(events.at(1).login, QStringLiteral("h1"));
        QCOMPARE(events.last().to, TaskState::Accepted);
        QCOMPARE(moved.size(), 2);
        QCOMPARE(moved.first().first().toInt(), 2024);
    }

    // After confirmation the department asks, the office unlocks for a time (修订), the
    // department edits and submits again; once the time runs out the data locks again.
    void unlockForRevision_data() { test::TestLocations::addBackendRows(); }
    void unlockForRevision()
    {
        QFETCH(QString, backend);
        auto ws = make(backend);
        auto c1 = as(*ws, "c1", Role::Collector, "YX01");
        auto h1 = as(*ws, "h1", Role::Head, "YX01");
        auto c2 = as(*ws, "c2", Role::Collector, "YX02");
        auto o1 = as(*ws, "o1", Role::SupervisorAdmin, "DDKH");
        const Table& t = *ws->catalog().table("6-1-2-1");
        setState(*ws, "6-1-2-1", "YX01", TaskState::Accepted);
        QVERIFY(!c1->checkWrite(t, 2024, "YX01", WriteOrigin::Edit).isEmpty());
        QCOMPARE(TaskWorkflow(*c2, 2024).requestUnlock("6-1-2-1", "YX01", "改", {}).kind, TaskOutcome::NotAllowed);
        QCOMPARE(TaskWorkflow(*h1, 2024).requestUnlock("6-1-2-1", "YX01", " ", {}).kind, TaskOutcome::Blocked);
        QVERIFY(TaskWorkflow(*h1, 2024).requestUnlock("6-1-2-1", "YX01", "漏报两门课", "课程代码 K7、K8").ok());
        // The office sees the request waiting; another department's collector does not.
        const QVector<UnlockRequest> waiting = TaskWorkflow(*o1, 2024).unlockRequests();
        QCOMPARE(waiting.size(), 1);
        QCOMPARE(waiting.first().scope, QStringLiteral("课程代码 K7、K8"));
        QCOMPARE(waiting.first().requestedBy, QStringLiteral("h1"));
        QCOMPARE(TaskWorkflow(*h1, 2024).unlockRequests().size(), 1);
        QVERIFY(TaskWorkflow(*as(*ws, "c9", Role::Collector, "XGC"), 2024).unlockRequests().isEmpty());
        const QDate today = QDate::currentDate();
        QCOMPARE(
            TaskWorkflow(*o1, 2024).unlock("6-1-2-1", "YX01", " ", today.addDays(3)).kind, TaskOutcome::NotAllowed);
        QCOMPARE(
            TaskWorkflow(*o1, 2024).unlock("6-1-2-1", "YX01", "补报", today.addDays(-1)).kind, TaskOutcome::NotAllowed);
        QCOMPARE(
            TaskWorkflow(*h1, 2024).unlock("6-1-2-1", "YX01", "补报", today.addDays(3)).kind, TaskOutcome::NotAllowed);
        const TaskOutcome r = TaskWorkflow(*o1, 2024).unlock("6-1-2-1", "YX01", "补报漏报课程", today.addDays(3));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(r.state, TaskState::Revising);
        QCOMPARE(SqlUtil::scalar(ws->db(), "SELECT state FROM cj_unlock WHERE requested_by = 'h1'").toString(),
            QStringLiteral("granted"));
        QVERIFY(TaskWorkflow(*o1, 2024).unlockRequests().isEmpty());
        QVERIFY(c1->checkWrite(t, 2024, "YX01", WriteOrigin::Edit).isEmpty());
        // Once the granted days are over, the data locks again.
        QVERIFY(SqlUtil::exec(
            ws->db(), "UPDATE cj_unlock SET until = ?", {today.addDays(-1).toString(Qt::ISODate)}, nullptr));
        QVERIFY(!c1->checkWrite(t, 2024, "YX01", WriteOrigin::Edit).isEmpty());
        // The revision ends as it began: submitted and confirmed again.
        QVERIFY(TaskWorkflow(*c1, 2024).submit("6-1-2-1", "YX01").ok());
        QVERIFY(TaskWorkflow(*h1, 2024).confirm("6-1-2-1", "YX01", kPassword).ok());
        // A revision of one field: that field changes, the others and the rows stay as confirmed.
        QCOMPARE(TaskWorkflow(*o1, 2024).unlock("6-1-2-1", "YX01", "改学期", today.addDays(3), {"nosuch"}).kind,
            TaskOutcome::Blocked);
        QVERIFY(TaskWorkflow(*o1, 2024).unlock("6-1-2-1", "YX01", "改学期", today.addDays(3), {"skxq"}).ok());
        QVector<QVariant> row(t.fields.size());
        row[t.fieldIndex("jgh")] = "0001";
        QString error;
        QVERIFY(!c1->insertRows(t, 2024, "YX01", {row}, nullptr, &error, {WriteOrigin::Edit, {}, false}));
        QVERIFY2(error.contains(t.field("skxq")->name), qPrintable(error));
        {
            WriteGateway::Scope unit(*c1);
            QVERIFY(!c1->inserter(t, 2024, "YX01", {WriteOrigin::Import, {}, false}, &error));
        }
        QVERIFY(SqlUtil::exec(ws->db(),
            "INSERT INTO t_6_1_2_1 (\"_id\", \"_round\", \"_dept\", \"_version\", \"_deleted\", \"_created_at\", jgh) "
            "VALUES ('r1', 2024, 'YX01', 1, 0, '2024-01-01', '0001')",
            &error));
        const EditResult other = c1->applyCells(t, 2024, {{"r1", 1, t.fieldIndex("jgh"), QStringLiteral("0002")}});
        QVERIFY(!other.ok);
        QVERIFY2(other.error.contains(t.field("jgh")->name), qPrintable(other.error));
        const EditResult opened = c1->applyCells(t, 2024, {{"r1", 1, t.fieldIndex("skxq"), QStringLiteral("1")}});
        QVERIFY2(opened.ok, qPrintable(opened.error));
    }

    void bulkAcceptAndNoDomainReview_data() { test::TestLocations::addBackendRows(); }
    void bulkAcceptAndNoDomainReview()
    {
        QFETCH(QString, backend);
        auto ws = make(backend);
        auto c2 = as(*ws, "c2", Role::Collector, "XGC");
        auto h2 = as(*ws, "h2", Role::Head, "XGC");
        auto o1 = as(*ws, "o1", Role::SupervisorAdmin, "DDKH");
        const Table& dropouts = *ws->catalog().table("10-2-1");
        QVERIFY(!o1->hasDomainReview(dropouts, "XGC")); // 学工处 leads its own table
        for (const char* table : {"10-2-1", "10-1"}) {
            QVERIFY(TaskWorkflow(*c2, 2024).submit(table, "XGC").ok());
            QVERIFY(TaskWorkflow(*h2, 2024).confirm(table, "XGC", kPassword).ok());
        }
        // A domain review is nobody's to pass here.
        QCOMPARE(TaskWorkflow(*o1, 2024).offered("10-2-1", "XGC"),
            (QVector<TaskAction> {TaskAction::Accept, TaskAction::Return, TaskAction::Unlock}));
        int accepted = 0;
        const TaskOutcome r = TaskWorkflow(*o1, 2024).acceptAll("XGC", &accepted);
        QVERIFY2(r.ok(), qPrintable(r.message));
        QCOMPARE(accepted, 2);
        QCOMPARE(TaskWorkflow(*o1, 2024).state("10-1", "XGC"), TaskState::Accepted);
        // The head may not bulk-accept.
        setState(*ws, "10-2-1", "XGC", TaskState::Confirmed);
        QCOMPARE(TaskWorkflow(*h2, 2024).acceptAll("XGC", &accepted).kind, TaskOutcome::NotAllowed);
        QCOMPARE(accepted, 0);
        QCOMPARE(TaskWorkflow(*o1, 2024).state("10-2-1", "XGC"), TaskState::Confirmed);
    }

    void changesSinceReturnAreListed_data() { test::TestLocations::addBackendRows(); }
    void changesSinceReturnAreListed()
    {
        QFETCH(QString, backend);
        auto ws = make(backend);
        auto c2 = as(*ws, "c2", Role::Collector, "XGC");
        auto o1 = as(*ws, "o1", Role::SupervisorAdmin, "DDKH");
        const Table& students = *ws->catalog().table("10-1");
        QVector<QString> ids;
        QString error;
        QVector<QVariant> row(students.fields.size());
        row[students.fieldIndex("xh")] = "2024001";
        row[students.fieldIndex("xm")] = "王五";
        QVERIFY2(c2->insertRows(students, 2024, "XGC", {row}, &ids, &error, {WriteOrigin::Edit, {}, false}),
            qPrintable(error));
        setState(*ws, "10-1", "XGC", TaskState::Submitted);
        QVERIFY(TaskWorkflow(*o1, 2024).returnTask("10-1", "XGC", "姓名有误").ok());
        QTest::qWait(5); // the edit comes after the return, by the clock the journal keeps
        const qint64 version = SqlUtil::scalar(ws->db(), "SELECT \"_version\" FROM t_10_1").toLongLong();
        const EditResult e = c2->applyCells(
            students, 2024, {{ids.first(), version, students.fieldIndex("xm"), QStringLiteral("王武")}});
        QVERIFY2(e.ok, qPrintable(e.error));
        const QVector<CellChangeSince> changes = TaskWorkflow(*o1, 2024).changesSinceReturn("10-1", "XGC");
        QCOMPARE(changes.size(), 1);
        QCOMPARE(changes.first().field, QStringLiteral("xm"));
        QCOMPARE(changes.first().newValue, QStringLiteral("王武"));
        QCOMPARE(changes.first().login, QStringLiteral("c2"));
        QCOMPARE(changes.first().kind, CellChangeSince::Cell);
        // A row added and another deleted are listed too, in the order they happened.
        row[students.fieldIndex("xh")] = "2024002";
        QTest::qWait(5);
        QVector<QString> more;
        QVERIFY2(c2->insertRows(students, 2024, "XGC", {row}, &more, &error, {WriteOrigin::Edit, {}, false}),
            qPrintable(error));
        QTest::qWait(5);
        const qint64 v2 = SqlUtil::scalar(ws->db(), "SELECT \"_version\" FROM t_10_1 WHERE \"_id\" = ?", {ids.first()})
                              .toLongLong();
        QVERIFY(c2->setDeleted(students, 2024, {{ids.first(), v2}}, true).ok);
        const QVector<CellChangeSince> all = TaskWorkflow(*o1, 2024).changesSinceReturn("10-1", "XGC");
        QCOMPARE(all.size(), 3);
        QCOMPARE(all.at(1).kind, CellChangeSince::Added);
        QCOMPARE(all.at(1).rowId, more.first());
        QCOMPARE(all.at(2).kind, CellChangeSince::Deleted);
        QCOMPARE(all.at(2).rowId, ids.first());
    }
};

QTEST_GUILESS_MAIN(TestTaskWorkflow)
#include "tst_taskworkflow.moc"
