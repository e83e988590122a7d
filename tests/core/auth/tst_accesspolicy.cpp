// The permission matrix (issue 9): role × department × table × action, decided by AccessPolicy
// alone; tst_writegateway and tst_cliapp hold the same rules through the write gateway and the
// command line on both backends.
#include "TestWorkspace.h"
#include "core/auth/AccessPolicy.h"
#include "core/catalog/Catalog.h"
#include "core/storage/Directory.h"

#include <QTest>

using namespace caiji;

namespace {
Actor actor(const QString& login, Role role, const QString& dept)
{
    Actor a;
    a.login = login;
    a.department = dept;
    a.roles = {role};
    return a;
}

AccessPolicy policyOf(const Actor& a)
{
    QHash<QString, QString> codes;
    for (const Department& d : Directory::seedOffices())
        codes.insert(d.name, d.code);
    return AccessPolicy(a, codes, {QStringLiteral("YX01"), QStringLiteral("YX02")});
}

Actor byName(const QString& who)
{
    if (who == QLatin1String("office"))
        return actor(QStringLiteral("admin"), Role::SupervisorAdmin, QStringLiteral("DDKH"));
    if (who == QLatin1String("owner"))
        return Actor::workspaceOwner();
    if (who == QLatin1String("leader"))
        return actor(QStringLiteral("yld"), Role::Leader, QStringLiteral("DZB"));
    if (who == QLatin1String("jwc-collector"))
        return actor(QStringLiteral("jwc_cjy"), Role::Collector, QStringLiteral("JWC"));
    if (who == QLatin1String("jwc-head"))
        return actor(QStringLiteral("jwc_fzr"), Role::Head, QStringLiteral("JWC"));
    if (who == QLatin1String("jwc-reviewer"))
        return actor(QStringLiteral("jwc_shy"), Role::Reviewer, QStringLiteral("JWC"));
    if (who == QLatin1String("xgc-collector"))
        return actor(QStringLiteral("xgc_cjy"), Role::Collector, QStringLiteral("XGC"));
    if (who == QLatin1String("yx01-collector"))
        return actor(QStringLiteral("yx01_cjy"), Role::Collector, QStringLiteral("YX01"));
    if (who == QLatin1String("nobody"))
        return actor(QStringLiteral("x"), Role::Collector, QString());
    qFatal("unknown actor %s", qPrintable(who));
}

Action actionByName(const QString& a)
{
    static const QHash<QString, Action> all = {
        {QStringLiteral("read"), Action::Read},
        {QStringLiteral("edit"), Action::Edit},
        {QStringLiteral("import"), Action::Import},
        {QStringLiteral("export"), Action::Export},
        {QStringLiteral("explain"), Action::Explain},
        {QStringLiteral("review"), Action::Review},
        {QStringLiteral("administer"), Action::Administer},
    };
    return all.value(a);
}
} // namespace

class TestAccessPolicy : public QObject
{
    Q_OBJECT

    Catalog m_catalog = test::builtinCatalog();

private slots:
    void matrix_data()
    {
        QTest::addColumn<QString>("who");
        QTest::addColumn<QString>("action");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("department");
        QTest::addColumn<bool>("allowed");
        struct Row
        {
            const char* who;
            const char* action;
            const char* table;
            const char* dept;
            bool allowed;
        };
        // 7-1-1 专业 (source, 教务处), 10-1 在校生 (source, 学工处), 6-1-2-1 授课 (detail, 教务处 +
        // 各院系), 6-1-2-2 (summary), 2 院校领导 (detail, 党政办公室).
        const Row rows[] = {
            // The office and the owner: everything but typing into summaries.
            {"office", "read", "10-1", "", true},
            {"office", "edit", "10-1", "XGC", true},
            {"office", "export", "10-1", "", true},
            {"office", "review", "6-1-2-1", "YX01", true},
            {"office", "administer", "", "", true},
            {"office", "edit", "6-1-2-2", "JWC", false},
            {"owner", "import", "6-1-2-1", "YX01", true},
            {"owner", "administer", "", "", true},
            // Leadership reads everything, changes and exports nothing.
            {"leader", "read", "10-1", "", true},
            {"leader", "read", "6-1-2-1", "YX01", true},
            {"leader", "edit", "7-1-1", "JWC", false},
            {"leader", "export", "7-1-1", "JWC", false},
            {"leader", "export", "", "", false},
            {"leader", "explain", "7-1-1", "JWC", false},
            {"leader", "administer", "", "", false},
            // A collector: its own tables whole when it leads them, its own rows otherwise.
            {"jwc-collector", "read", "7-1-1", "", true},
            {"jwc-collector", "edit", "7-1-1", "JWC", true},
            {"jwc-collector", "edit", "7-1-1", "YX01", true}, // the lead keeps all rows of its source table
            {"jwc-collector", "import", "7-1-1", "JWC", true},
            {"jwc-collector", "export", "7-1-1", "", true},
            {"jwc-collector", "explain", "7-1-1", "JWC", true},
            {"jwc-collector", "review", "7-1-1", "JWC", false},
            {"jwc-collector", "read", "6-1-2-1", "YX01", true}, // it leads 6-1-2-1: reads the 院系' rows
            {"jwc-collector", "edit", "6-1-2-1", "YX01", false}, // but does not type in them
            {"jwc-collector", "edit", "6-1-2-2", "JWC", false},
            // Another department's source table: keys and names only, nothing else.
            {"jwc-collector", "read", "10-1", "", true},
            {"jwc-collector", "edit", "10-1", "XGC", false},
            {"jwc-collector", "import", "10-1", "JWC", false},
            {"jwc-collector", "export", "10-1", "", false},
            {"jwc-collector", "export", "10-1", "XGC", false},
            {"jwc-collector", "explain", "10-1", "XGC", false},
            // Another department's detail table: nothing.
            {"jwc-collector", "read", "2", "", false},
            {"jwc-collector", "read", "2", "DZB", false},
            {"jwc-collector", "export", "", "", false},
            {"jwc-collector", "administer", "", "", false},
            // A 院系 collector: its own rows of the tables the 院系 fill.
            {"yx01-collector", "read", "6-1-2-1", "YX01", true},
            {"yx01-collector", "read", "6-1-2-1", "YX02", false},
            {"yx01-collector", "read", "6-1-2-1", "", false},
            {"yx01-collector", "edit", "6-1-2-1", "YX01", true},
            {"yx01-collector", "edit", "6-1-2-1", "YX02", false},
            {"yx01-collector", "import", "6-1-2-1", "JWC", false},
            {"yx01-collector", "export", "6-1-2-1", "YX01", true},
            {"yx01-collector", "export", "6-1-2-1", "", false},
            {"yx01-collector", "explain", "6-1-2-1", "YX01", true},
            {"yx01-collector", "explain", "6-1-2-1", "YX02", false},
            {"yx01-collector", "read", "7-1-1", "", true}, // reference columns
            {"yx01-collector", "edit", "7-1-1", "YX01", false},
            // A head reads, exports and explains its department's data; it does not type.
            {"jwc-head", "read", "7-1-1", "", true},
            {"jwc-head", "export", "7-1-1", "JWC", true},
            {"jwc-head", "explain", "7-1-1", "JWC", true},
            {"jwc-head", "edit", "7-1-1", "JWC", false},
            {"jwc-head", "import", "7-1-1", "JWC", false},
            {"jwc-head", "review", "7-1-1", "JWC", false},
            // A domain reviewer reviews the tables its department leads, every department's rows.
            {"jwc-reviewer", "read", "6-1-2-1", "YX02", true},
            {"jwc-reviewer", "review", "6-1-2-1", "YX02", true},
            {"jwc-reviewer", "edit", "6-1-2-1", "JWC", false},
            {"jwc-reviewer", "review", "10-1", "XGC", false},
            {"jwc-reviewer", "read", "2", "", false},
            // 学工处 keeps 10-1.
            {"xgc-collector", "edit", "10-1", "XGC", true},
            {"xgc-collector", "read", "10-1", "", true},
            {"xgc-collector", "edit", "7-1-1", "JWC", false},
            // An account without a department has nothing.
            {"nobody", "read", "7-1-1", "", false},
            {"nobody", "edit", "2", "DZB", false},
        };
        for (const Row& r : rows) {
            QTest::addRow("%s %s %s %s", r.who, r.action, r.table, r.dept)
                << QString::fromLatin1(r.who) << QString::fromLatin1(r.action) << QString::fromLatin1(r.table)
                << QString::fromLatin1(r.dept) << r.allowed;
        }
    }

    void matrix()
    {
        QFETCH(QString, who);
        QFETCH(QString, action);
        QFETCH(QString, table);
        QFETCH(QString, department);
        QFETCH(bool, allowed);
        const Actor a = byName(who);
        const AccessPolicy policy = policyOf(a);
        QString refused;
        if (table.isEmpty()) {
            refused = policy.denial(actionByName(action));
        } else {
            const Table* t = m_catalog.table(table);
            QVERIFY2(t, qPrintable(table));
            refused = policy.denial(actionByName(action), *t, department);
        }
        QVERIFY2(refused.isEmpty() == allowed, qPrintable(refused.isEmpty() ? QStringLiteral("allowed") : refused));
        if (!allowed) {
            // The message names the account and the missing right.
            QVERIFY2(refused.contains(a.login), qPrintable(refused));
            QVERIFY2(refused.contains(actionDisplayName(actionByName(action))), qPrintable(refused));
        }
    }

    void referenceViewHasOnlyKeysAndNames()
    {
        const AccessPolicy jwc = policyOf(byName(QStringLiteral("jwc-collector")));
        const Table& students = *m_catalog.table(QStringLiteral("10-1"));
        QCOMPARE(jwc.readScope(students), ReadScope::ReferenceColumns);
        const Table view = jwc.readableView(students);
        QStringList keys;
        for (const Field& f : view.fields)
            keys.append(f.key);
        QCOMPARE(keys, (QStringList {QStringLiteral("xh"), QStringLiteral("xm")}));
        const Table& staff = *m_catalog.table(QStringLiteral("6-1-1"));
        keys.clear();
        for (const Field& f : jwc.readableView(staff).fields)
            keys.append(f.key);
        QCOMPARE(keys, (QStringList {QStringLiteral("jgh"), QStringLiteral("xm")}));
        // Its own tables and what the office reads stay whole.
        const Table& majors = *m_catalog.table(QStringLiteral("7-1-1"));
        QCOMPARE(jwc.readableView(majors).fields.size(), majors.fields.size());
        QCOMPARE(
            policyOf(byName(QStringLiteral("office"))).readableView(students).fields.size(), students.fields.size());
        // A 院系 reads its own rows of 6-1-2-1; the lead reads all of them.
        QCOMPARE(policyOf(byName(QStringLiteral("yx01-collector")))
                     .readDepartment(*m_catalog.table(QStringLiteral("6-1-2-1"))),
            QStringLiteral("YX01"));
        QVERIFY(jwc.readDepartment(*m_catalog.table(QStringLiteral("6-1-2-1"))).isEmpty());
    }

    // A department package carries other departments' keys and names only of the source tables
    // the department's own tables refer to; in it, the others are not there to read.
    void referencesLimitedToWhatTheTablesName()
    {
        // 后勤处's tables name only organisations (1-6); 教务处's name teachers, majors, courses …
        AccessPolicy hqc = policyOf(actor(QStringLiteral("hqc_cjy"), Role::Collector, QStringLiteral("HQC")));
        const QStringList named = hqc.referencedSources(m_catalog.tables);
        QCOMPARE(named, QStringList {QStringLiteral("1-6")});
        const QStringList jwc = policyOf(byName(QStringLiteral("jwc-collector"))).referencedSources(m_catalog.tables);
        QVERIFY2(jwc.contains(QStringLiteral("6-1-1")) && jwc.contains(QStringLiteral("7-1-1"))
                && !jwc.contains(QStringLiteral("10-1")),
            qPrintable(jwc.join(u',')));
        const Table& teachers = *m_catalog.table(QStringLiteral("6-1-1"));
        const Table& students = *m_catalog.table(QStringLiteral("10-1"));
        const Table& organisations = *m_catalog.table(QStringLiteral("1-6"));
        QCOMPARE(hqc.readScope(students), ReadScope::ReferenceColumns);
        hqc.limitReferences(named);
        QCOMPARE(hqc.readScope(students), ReadScope::None);
        QCOMPARE(hqc.readScope(teachers), ReadScope::None);
        QVERIFY(!hqc.allows(Action::Read, students));
        QCOMPARE(hqc.readScope(organisations), ReadScope::ReferenceColumns);
        QVERIFY(hqc.allows(Action::Read, organisations));
    }
};

QTEST_GUILESS_MAIN(TestAccessPolicy)
#include "tst_accesspolicy.moc"
