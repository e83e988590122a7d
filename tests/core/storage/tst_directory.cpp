#include "TestWorkspace.h"
#include "core/auth/Accounts.h"
#include "core/storage/Directory.h"
#include "core/storage/SqlUtil.h"
#include "core/workflow/Assignments.h"

#include <QTest>

using namespace caiji;

class TestDirectory : public QObject
{
    Q_OBJECT

private:
    test::TestLocations m_locations;

    std::unique_ptr<Workspace> makeWorkspace(const QString& backend)
    {
        QString error;
        auto ws = Workspace::create(m_locations.fresh(backend), test::miniCatalog(), &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        Directory dir(*ws);
        for (const Department& d : Directory::seedOffices())
            dir.addDepartment(d, &error);
        dir.addDepartment(
            {QStringLiteral("YX01"), QStringLiteral("机电工程学院"), QString(), QStringLiteral("school"), 100}, &error);
        dir.addDepartment(
            {QStringLiteral("YX02"), QStringLiteral("信息工程学院"), QString(), QStringLiteral("school"), 101}, &error);
        return ws;
    }

private slots:
    void departments_data() { test::TestLocations::addBackendRows(); }
    void departments()
    {
        QFETCH(QString, backend);
        auto ws = makeWorkspace(backend);
        Directory dir(*ws);
        const QVector<Department> all = dir.departments();
        QCOMPARE(all.size(), 15);
        QCOMPARE(all.first().name, QStringLiteral("督导考核办公室"));
        QVERIFY(all.last().isSchool());
        Department d;
        QVERIFY(dir.findDepartment(QStringLiteral("学工处（团委、武装部）"), &d));
        QCOMPARE(d.code, QStringLiteral("XGC"));
        QVERIFY(dir.findDepartment(QStringLiteral("jwc"), &d));
        QCOMPARE(d.name, QStringLiteral("教务处"));
        QVERIFY(!dir.findDepartment(QStringLiteral("宣传部"), &d));
        QString error;
        QVERIFY(!dir.addDepartment(
            {QStringLiteral("JWC"), QStringLiteral("重复"), QString(), QStringLiteral("office"), 0}, &error));
        QVERIFY(!error.isEmpty());
        QCOMPARE(dir.departments().size(), 15);
    }

    void roundsAndAssignments_data() { test::TestLocations::addBackendRows(); }
    void roundsAndAssignments()
    {
        QFETCH(QString, backend);
        auto ws = makeWorkspace(backend);
        Directory dir(*ws);
        QString error;
        Round bad;
        bad.year = 1990;
        QVERIFY(!dir.addRound(bad, &error));
        Round r;
        r.year = 2024;
        r.name = QStringLiteral("2024年采集");
        r.periodStart = QDate(2023, 9, 1);
        r.periodEnd = QDate(2024, 8, 31);
        QVERIFY2(dir.addRound(r, &error), qPrintable(error));
        QCOMPARE(dir.latestRound().year, 2024);
        QCOMPARE(dir.latestRound().periodEnd, QDate(2024, 8, 31));
        QVERIFY2(Assignments(*ws).assignCatalog(2024, &error), qPrintable(error));
        const QVector<Assignment> as = Assignments(*ws).all(2024);
        // 7-2 课程设置: 教务处 leads, both 院系 fill their own rows.
        QStringList courseDepts;
        QString lead;
        for (const Assignment& a : as) {
            if (a.tableCode == QLatin1String("7-2")) {
                courseDepts.append(a.department);
                if (a.isLead)
                    lead = a.department;
            }
            QCOMPARE(a.state, TaskState::NotStarted);
        }
        courseDepts.sort();
        QCOMPARE(courseDepts, (QStringList {QStringLiteral("JWC"), QStringLiteral("YX01"), QStringLiteral("YX02")}));
        QCOMPARE(lead, QStringLiteral("JWC"));
        // Every table has exactly one lead.
        for (const Table& t : ws->catalog().tables) {
            int leads = 0;
            for (const Assignment& a : as)
                leads += (a.tableCode == t.code && a.isLead) ? 1 : 0;
            QVERIFY2(leads == 1, qPrintable(t.code));
        }
        // Assigning twice changes nothing.
        QVERIFY(Assignments(*ws).assignCatalog(2024, &error));
        QCOMPARE(Assignments(*ws).all(2024).size(), as.size());
        QVERIFY(
            Assignments(*ws).setState(2024, QStringLiteral("7-2"), QStringLiteral("YX01"), TaskState::Filling, &error));
        for (const Assignment& a : Assignments(*ws).all(2024)) {
            if (a.tableCode == QLatin1String("7-2") && a.department == QLatin1String("YX01"))
                QCOMPARE(a.state, TaskState::Filling);
        }
    }

    void usersAndPasswords_data() { test::TestLocations::addBackendRows(); }
    void usersAndPasswords()
    {
        QFETCH(QString, backend);
        auto ws = makeWorkspace(backend);
        Accounts dir(*ws);
        QString error;
        QVERIFY2(dir.addUser({QStringLiteral("jwc_cjy"), QStringLiteral("张伟"), QStringLiteral("JWC"),
                                 {Role::Collector, Role::Reviewer}},
                     QStringLiteral("密码Secret1"), &error),
            qPrintable(error));
        QVERIFY(dir.verifyPassword(QStringLiteral("jwc_cjy"), QStringLiteral("密码Secret1")));
        QVERIFY(!dir.verifyPassword(QStringLiteral("jwc_cjy"), QStringLiteral("密码secret1")));
        QVERIFY(!dir.verifyPassword(QStringLiteral("nobody"), QStringLiteral("x")));
        const QVector<User> users = dir.users();
        QCOMPARE(users.size(), 1);
        QCOMPARE(users.first().displayName, QStringLiteral("张伟"));
        QCOMPARE(users.first().roles.size(), 2);
        // The stored hash is Argon2id, never the password.
        const QVariant hash = SqlUtil::scalar(ws->db(), QStringLiteral("SELECT password_hash FROM cj_user"));
        QVERIFY(hash.toString().startsWith(QLatin1String("$argon2id$")));
        QVERIFY(!hash.toString().contains(QStringLiteral("Secret1")));
        // A user of a department that does not exist is refused.
        QVERIFY(!dir.addUser(
            {QStringLiteral("x"), QStringLiteral("某人"), QStringLiteral("NOPE"), {Role::Head}}, QString(), &error));
    }
};

QTEST_GUILESS_MAIN(TestDirectory)
#include "tst_directory.moc"
