// The PostgreSQL server enforces the rights by itself (issue 9, item 3): raw SQL as each
// account's own role, skipping Caiji entirely, can still read and write only what it may.
// PostgreSQL only: an SQLite file has no server (whoever holds the file holds the data).
#include "TestWorkspace.h"
#include "core/auth/Accounts.h"
#include "core/auth/ServerRoles.h"
#include "core/session/Session.h"
#include "core/session/SummaryRefresh.h"
#include "core/session/TaskWorkflow.h"
#include "core/storage/Directory.h"
#include "core/storage/SqlUtil.h"
#include "core/workflow/Assignments.h"
#include "core/write/WriteGateway.h"

#include <QDate>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>

using namespace caiji;

class TestServerRoles : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;
    QString m_location;
    WorkspaceLocation m_loc;
    QStringList m_connections;

    QSqlDatabase as(const QString& login)
    {
        const QString name = QStringLiteral("raw-%1-%2").arg(login).arg(m_connections.size());
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(m_loc.host);
        db.setPort(m_loc.port);
        db.setDatabaseName(m_loc.database);
        db.setUserName(ServerRoles::roleName(m_loc.database, login));
        db.setPassword(QStringLiteral("pw"));
        if (!db.open())
            qWarning("%s", qPrintable(db.lastError().text()));
        m_connections.append(name);
        return db;
    }

    static bool runs(QSqlDatabase db, const QString& sql, int* affected = nullptr, QVariant* first = nullptr)
    {
        QSqlQuery q(db);
        if (!q.exec(sql))
            return false;
        if (affected)
            *affected = q.numRowsAffected();
        if (first && q.next())
            *first = q.value(0);
        return true;
    }

    static QVector<QVariant> row(const Table& t, const QHash<QString, QVariant>& values)
    {
        QVector<QVariant> v(t.fields.size());
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            v[t.fieldIndex(it.key())] = it.value();
        return v;
    }

private slots:
    void initTestCase()
    {
        if (qEnvironmentVariableIsEmpty("CAIJI_TEST_PG"))
            QFAIL("CAIJI_TEST_PG names no PostgreSQL server (scripts/test starts one)");
        m_location = m_locations.fresh(QStringLiteral("postgresql"));
        QString error;
        QVERIFY(WorkspaceLocation::parse(m_location, &m_loc, &error));
        auto ws = Workspace::create(m_location, test::summaryCatalog(), &error);
        QVERIFY2(ws, qPrintable(error));
        test::addCollege(*ws);
        ServerRoles roles(*ws);
        QVERIFY(!roles.installed());
        QVERIFY2(roles.install(&error), qPrintable(error));
        QVERIFY(roles.installed());
        const QVector<User> users = {
            {QStringLiteral("admin"), QStringLiteral("管理员"), QStringLiteral("DDKH"), {Role::SupervisorAdmin}},
            {QStringLiteral("yld"), QStringLiteral("院领导"), QStringLiteral("DZB"), {Role::Leader}},
            {QStringLiteral("jwc_cjy"), QStringLiteral("教务采集"), QStringLiteral("JWC"), {Role::Collector}},
            {QStringLiteral("xgc_cjy"), QStringLiteral("学工采集"), QStringLiteral("XGC"), {Role::Collector}},
            {QStringLiteral("yx01_cjy"), QStringLiteral("机电采集"), QStringLiteral("YX01"), {Role::Collector}},
            {QStringLiteral("yx01_fzr"), QStringLiteral("机电负责"), QStringLiteral("YX01"), {Role::Head}},
        };
        for (const User& u : users) {
            QVERIFY2(Accounts(*ws).addUser(u, QStringLiteral("pw"), &error), qPrintable(error));
            QVERIFY2(roles.addLogin(u, QStringLiteral("pw"), &error), qPrintable(error));
        }
        // Rows of several departments, made by the owner.
        const auto owner = test::ownerGateway(*ws);
        const WriteIntent load {WriteOrigin::Load, QStringLiteral("setup"), false};
        const Catalog& c = ws->catalog();
        QVERIFY(owner->insertRows(*c.table(QStringLiteral("10-1")), 2024, QStringLiteral("XGC"),
            {row(*c.table(QStringLiteral("10-1")),
                 {{QStringLiteral("xh"), QStringLiteral("2024001")}, {QStringLiteral("xm"), QStringLiteral("王五")},
                     {QStringLiteral("sfzh"), QStringLiteral("110101200001011234")}}),
                row(*c.table(QStringLiteral("10-1")),
                    {{QStringLiteral("xh"), QStringLiteral("2024002")},
                        {QStringLiteral("xm"), QStringLiteral("赵六")}})},
            nullptr, &error, load));
        QVERIFY(owner->insertRows(*c.table(QStringLiteral("6-1-1")), 2024, QStringLiteral("ZZRS"),
            {row(*c.table(QStringLiteral("6-1-1")),
                {{QStringLiteral("jgh"), QStringLiteral("0001")}, {QStringLiteral("xm"), QStringLiteral("张三")}})},
            nullptr, &error, load));
        QVERIFY(owner->insertRows(*c.table(QStringLiteral("7-1-1")), 2024, QStringLiteral("JWC"),
            {row(*c.table(QStringLiteral("7-1-1")), {{QStringLiteral("zydm"), QStringLiteral("510201")}})}, nullptr,
            &error, load));
        QVERIFY(owner->insertRows(*c.table(QStringLiteral("7-2")), 2024, QStringLiteral("JWC"),
            {row(*c.table(QStringLiteral("7-2")), {{QStringLiteral("kcdm"), QStringLiteral("K1")}})}, nullptr, &error,
            load));
        const Table& teaching = *c.table(QStringLiteral("6-1-2-1"));
        for (const QString dept : {QStringLiteral("YX01"), QStringLiteral("YX02"), QStringLiteral("YX02")}) {
            QVERIFY(owner->insertRows(teaching, 2024, dept,
                {row(teaching,
                    {{QStringLiteral("jgh"), QStringLiteral("0001")},
                        {QStringLiteral("zydm"), QStringLiteral("510201")},
                        {QStringLiteral("kcdm"), QStringLiteral("K1")}, {QStringLiteral("jxgzl"), qint64(32)}})},
                nullptr, &error, load));
        }
    }

    void collectorReadsKeysAndNamesOfOthersSourceTables()
    {
        QSqlDatabase jwc = as(QStringLiteral("jwc_cjy"));
        QVERIFY(jwc.isOpen());
        QVERIFY2(!runs(jwc, QStringLiteral("SELECT sfzh FROM t_10_1")), "an identity number of 学工处's students");
        QVERIFY(!runs(jwc, QStringLiteral("SELECT * FROM t_10_1")));
        QVariant n;
        QVERIFY(runs(jwc, QStringLiteral("SELECT COUNT(xm) FROM t_10_1"), nullptr, &n));
        QCOMPARE(n.toInt(), 2);
        // It writes nothing of 10-1, whatever the SQL.
        int affected = -1;
        QVERIFY(runs(jwc, QStringLiteral("UPDATE t_10_1 SET xm = 'x'"), &affected));
        QCOMPARE(affected, 0);
        QVERIFY(!runs(jwc,
            QStringLiteral("INSERT INTO t_10_1 (\"_id\", \"_round\", \"_dept\", xh) VALUES ('a', 2024, 'JWC', '9')")));
        // Its own source table: every row is its to keep; nothing is ever deleted outright.
        QVERIFY(runs(jwc,
            QStringLiteral(
                "INSERT INTO t_7_1_1 (\"_id\", \"_round\", \"_dept\", zydm) VALUES ('m1', 2024, 'JWC', '510202')")));
        QVERIFY(!runs(jwc, QStringLiteral("DELETE FROM t_7_1_1")));
        // A table it fills with the 院系: its own rows, never in a 院系's name.
        QVERIFY(runs(jwc,
            QStringLiteral(
                "INSERT INTO t_6_1_2_1 (\"_id\", \"_round\", \"_dept\", jgh) VALUES ('t1', 2024, 'JWC', '0001')")));
        QVERIFY(!runs(jwc,
            QStringLiteral(
                "INSERT INTO t_6_1_2_1 (\"_id\", \"_round\", \"_dept\", jgh) VALUES ('t2', 2024, 'YX01', '0001')")));
        // 教务处 leads 6-1-2-1: it reads every 院系's rows (and the one it just added).
        QVERIFY(runs(jwc, QStringLiteral("SELECT COUNT(*) FROM t_6_1_2_1"), nullptr, &n));
        QCOMPARE(n.toInt(), 4);
    }

    void schoolSeesAndWritesItsOwnRows()
    {
        QSqlDatabase yx = as(QStringLiteral("yx01_cjy"));
        QVariant n;
        QVERIFY(runs(yx, QStringLiteral("SELECT COUNT(*) FROM t_6_1_2_1"), nullptr, &n));
        QCOMPARE(n.toInt(), 1);
        int affected = -1;
        QVERIFY(runs(yx, QStringLiteral("UPDATE t_6_1_2_1 SET jxgzl = 1"), &affected));
        QCOMPARE(affected, 1); // its own row only
        QVERIFY(!runs(yx, QStringLiteral("SELECT password_hash FROM cj_user")));
        QVERIFY(!runs(yx, QStringLiteral("DELETE FROM cj_journal")));
        QVERIFY(!runs(yx, QStringLiteral("UPDATE cj_journal SET reason = 'x'")));
        QVERIFY(!runs(yx, QStringLiteral("INSERT INTO cj_journal (at, login, op) VALUES ('x', 'admin', 'update')")));
        QVERIFY(runs(yx, QStringLiteral("INSERT INTO cj_journal (at, login, op) VALUES ('x', 'yx01_cjy', 'update')")));
        // A head reads but does not write.
        QSqlDatabase head = as(QStringLiteral("yx01_fzr"));
        QVERIFY(runs(head, QStringLiteral("SELECT COUNT(*) FROM t_6_1_2_1"), nullptr, &n));
        QCOMPARE(n.toInt(), 1);
        QVERIFY(runs(head, QStringLiteral("UPDATE t_6_1_2_1 SET jxgzl = 2"), &affected));
        QCOMPARE(affected, 0);
    }

    // A task submitted (and beyond) is locked by the server too, and nobody but the office
    // moves a task the way the workflow does not: raw SQL cannot unlock a submission.
    void lockedTasksAndTheirMovesAreTheServers()
    {
        QSqlDatabase office = as(QStringLiteral("admin"));
        QSqlDatabase yx = as(QStringLiteral("yx01_cjy"));
        QSqlDatabase head = as(QStringLiteral("yx01_fzr"));
        QSqlDatabase leader = as(QStringLiteral("yld"));
        const QString task = QStringLiteral(" WHERE round = 2024 AND table_code = '6-1-2-1' AND department = 'YX01'");
        int affected = -1;
        QVERIFY(runs(yx, QStringLiteral("UPDATE cj_assignment SET state = 'submitted'") + task, &affected));
        QCOMPARE(affected, 1);
        // The data of a submitted task no longer changes, not even by hand.
        QVERIFY(runs(yx, QStringLiteral("UPDATE t_6_1_2_1 SET jxgzl = 5"), &affected));
        QCOMPARE(affected, 0);
        QVERIFY(!runs(yx,
            QStringLiteral("INSERT INTO t_6_1_2_1 (\"_id\", \"_round\", \"_dept\", jgh) VALUES ('x1', 2024, "
                           "'YX01', '0001')")));
        QVERIFY(runs(office, QStringLiteral("UPDATE t_6_1_2_1 SET jxgzl = 5 WHERE \"_dept\" = 'YX01'"), &affected));
        QCOMPARE(affected, 0);
        // The collector cannot take it back; the head confirms; the leader moves nothing.
        QVERIFY(!runs(yx, QStringLiteral("UPDATE cj_assignment SET state = 'filling'") + task));
        QVERIFY(!runs(yx, QStringLiteral("UPDATE cj_assignment SET state = 'returned'") + task));
        QVERIFY(!runs(head, QStringLiteral("UPDATE cj_assignment SET state = 'accepted'") + task));
        QVERIFY(!runs(leader, QStringLiteral("UPDATE cj_assignment SET state = 'confirmed'") + task));
        QVERIFY(runs(head, QStringLiteral("UPDATE cj_assignment SET state = 'confirmed'") + task, &affected));
        QCOMPARE(affected, 1);
        QVERIFY(!runs(head, QStringLiteral("UPDATE cj_assignment SET state = 'filling'") + task));
        // Returned by the office, the rows are the department's to correct again.
        QVERIFY(runs(office, QStringLiteral("UPDATE cj_assignment SET state = 'returned'") + task, &affected));
        QCOMPARE(affected, 1);
        QVERIFY(runs(yx, QStringLiteral("UPDATE t_6_1_2_1 SET jxgzl = 1"), &affected));
        QCOMPARE(affected, 1);
        QVERIFY(runs(yx, QStringLiteral("UPDATE cj_assignment SET state = 'filling'") + task, &affected));
        QCOMPARE(affected, 1);
        // Past its deadline the task is locked by the server too, until an exception runs.
        const QString yesterday = QDate::currentDate().addDays(-1).toString(Qt::ISODate);
        const QString tomorrow = QDate::currentDate().addDays(1).toString(Qt::ISODate);
        QVERIFY(runs(office, QStringLiteral("UPDATE cj_assignment SET deadline = '%1'").arg(yesterday) + task));
        QVERIFY(runs(yx, QStringLiteral("UPDATE t_6_1_2_1 SET jxgzl = 1"), &affected));
        QCOMPARE(affected, 0);
        QVERIFY(!runs(yx,
            QStringLiteral("INSERT INTO cj_deadline_exception (round, table_code, department, until, reason, "
                           "granted_by, granted_at) VALUES (2024, '6-1-2-1', 'YX01', '%1', 'x', 'yx01_cjy', 'now')")
                .arg(tomorrow)));
        QVERIFY(runs(office,
            QStringLiteral("INSERT INTO cj_deadline_exception (round, table_code, department, until, reason, "
                           "granted_by, granted_at) VALUES (2024, '6-1-2-1', 'YX01', '%1', '补录', 'admin', 'now')")
                .arg(tomorrow)));
        QVERIFY(runs(yx, QStringLiteral("UPDATE t_6_1_2_1 SET jxgzl = 1"), &affected));
        QCOMPARE(affected, 1);
        QVERIFY(runs(office, QStringLiteral("UPDATE cj_assignment SET deadline = NULL") + task));
        QVERIFY(runs(office, QStringLiteral("DELETE FROM cj_deadline_exception")));
        // Each account adds to the task journal.
        QVERIFY(runs(yx,
            QStringLiteral("INSERT INTO cj_task_event (round, table_code, department, action, from_state, to_state, "
                           "login, role, at) VALUES (2024, '6-1-2-1', 'YX01', 'submit', 'filling', 'submitted', "
                           "'yx01_cjy', 'collector', 'now')")));
    }

    // The head signs a confirmation with the password on a server where accounts cannot read
    // the stored hashes: the server checks it.
    void headConfirmsThroughTheServer()
    {
        QSqlDatabase office = as(QStringLiteral("admin"));
        QVERIFY(runs(office,
            QStringLiteral("UPDATE cj_assignment SET state = 'submitted' WHERE round = 2024 AND table_code = '6-1-2-1' "
                           "AND department = 'YX01'")));
        QString error;
        const auto head = Session::open(m_location, {QStringLiteral("yx01_fzr"), QStringLiteral("pw")}, &error);
        QVERIFY2(head, qPrintable(error));
        TaskWorkflow workflow(head->gateway(), 2024);
        QCOMPARE(workflow.confirm(QStringLiteral("6-1-2-1"), QStringLiteral("YX01"), QStringLiteral("nope")).kind,
            TaskOutcome::Blocked);
        const TaskOutcome r = workflow.confirm(QStringLiteral("6-1-2-1"), QStringLiteral("YX01"), QStringLiteral("pw"));
        QVERIFY2(r.ok(), qPrintable(r.message));
        QVERIFY(runs(office,
            QStringLiteral("UPDATE cj_assignment SET state = 'filling' WHERE round = 2024 AND table_code = '6-1-2-1' "
                           "AND department = 'YX01'")));
    }

    void officeAndLeadershipReadEverything()
    {
        QSqlDatabase leader = as(QStringLiteral("yld"));
        QVariant v;
        QVERIFY(runs(leader, QStringLiteral("SELECT sfzh FROM t_10_1 WHERE xh = '2024001'"), nullptr, &v));
        QCOMPARE(v.toString(), QStringLiteral("110101200001011234"));
        QVERIFY(!runs(leader,
            QStringLiteral(
                "INSERT INTO t_7_1_1 (\"_id\", \"_round\", \"_dept\", zydm) VALUES ('m3', 2024, 'JWC', '1')")));
        QSqlDatabase office = as(QStringLiteral("admin"));
        int affected = -1;
        QVERIFY(runs(office, QStringLiteral("UPDATE t_10_1 SET xm = xm"), &affected));
        QCOMPARE(affected, 2);
        QVERIFY(runs(office, QStringLiteral("SELECT COUNT(*) FROM cj_journal"), nullptr, &v));
        QVERIFY(v.toInt() > 0);
    }

    void rowChecksRunOncePerStatement()
    {
        // Rights are looked up once per statement (an InitPlan), never once per row: a per-row
        // SECURITY DEFINER call made an account's paste of 10,000 rows three times slower.
        QSqlDatabase yx = as(QStringLiteral("yx01_cjy"));
        for (const QString& sql : {QStringLiteral("SELECT COUNT(*) FROM t_6_1_2_1"),
                 QStringLiteral("UPDATE t_6_1_2_1 SET jxgzl = jxgzl WHERE jxgzl > 0")}) {
            QSqlQuery q(yx);
            QVERIFY2(q.exec(QStringLiteral("EXPLAIN (VERBOSE) ") + sql), qPrintable(q.lastError().text()));
            QString plan;
            while (q.next())
                plan += q.value(0).toString() + QLatin1Char('\n');
            QVERIFY2(plan.contains(QLatin1String("InitPlan")), qPrintable(plan));
            // The rows' filter only compares with the InitPlans' results; it calls no function.
            for (const QString& line : plan.split(QLatin1Char('\n'))) {
                if (line.contains(QLatin1String("Filter:")))
                    QVERIFY2(!line.contains(QLatin1String("cj_")), qPrintable(plan));
            }
        }
    }

    void caijiSignsInAsTheAccountsRole()
    {
        QString error;
        const auto s = Session::open(m_location, {QStringLiteral("yx01_cjy"), QStringLiteral("pw")}, &error);
        QVERIFY2(s, qPrintable(error));
        QCOMPARE(s->workspace().db().userName(), ServerRoles::roleName(m_loc.database, QStringLiteral("yx01_cjy")));
        const Table& teaching = *s->workspace().catalog().table(QStringLiteral("6-1-2-1"));
        QVERIFY2(s->gateway().insertRows(teaching, 2024, QStringLiteral("YX01"),
                     {row(teaching,
                         {{QStringLiteral("jgh"), QStringLiteral("0001")},
                             {QStringLiteral("zydm"), QStringLiteral("510201")},
                             {QStringLiteral("kcdm"), QStringLiteral("K1")}, {QStringLiteral("jxgzl"), qint64(16)}})},
                     nullptr, &error),
            qPrintable(error));
        // The summary over every 院系 is not this account's to compute under the server's
        // rules: the office's session does it when it signs in.
        QCOMPARE(SummaryRefresh::stale(s->workspace()), QStringList {QStringLiteral("6-1-2-2@2024")});
        const auto office = Session::open(m_location, {QStringLiteral("admin"), QStringLiteral("pw")}, &error);
        QVERIFY2(office, qPrintable(error));
        QVERIFY(SummaryRefresh::stale(office->workspace()).isEmpty());
        QCOMPARE(SqlUtil::scalar(office->workspace().db(),
                     QStringLiteral("SELECT jxgzl FROM t_6_1_2_2 WHERE jgh = '0001' AND \"_deleted\" = 0"))
                     .toInt(),
            1 + 32 + 32 + 16 + 0);
    }

    void cleanupTestCase()
    {
        for (const QString& c : std::as_const(m_connections))
            QSqlDatabase::removeDatabase(c);
        // Roles belong to the server, not the database: take this test's away again.
        QString error;
        auto ws = Workspace::open(m_location, &error);
        QVERIFY(ws);
        const QString prefix = ServerRoles::roleName(m_loc.database, QString()).section(QStringLiteral("_u_"), 0, 0);
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT rolname FROM pg_roles WHERE rolname LIKE '%1%%'").arg(prefix)));
        QStringList roles;
        while (q.next())
            roles.append(q.value(0).toString());
        QVERIFY(roles.size() >= 6);
        for (const QString& r : std::as_const(roles))
            SqlUtil::exec(ws->db(), QStringLiteral("DROP OWNED BY \"%1\"").arg(r), &error);
        ws.reset();
        for (const QString& r : std::as_const(roles)) {
            auto again = Workspace::open(m_location, &error);
            SqlUtil::exec(again->db(), QStringLiteral("DROP ROLE IF EXISTS \"%1\"").arg(r), &error);
        }
    }
};

QTEST_GUILESS_MAIN(TestServerRoles)
#include "tst_serverroles.moc"
