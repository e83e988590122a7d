// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "TestWorkspace.h"
#include "core/storage/RowInserter.h"
#include "core/storage/SqlUtil.h"
#include "core/validation/RuleCatalog.h"
#include "core/validation/SummaryBuilder.h"
#include "core/validation/Validator.h"

#include <QDate>
#include <QTest>

using namespace caiji;

// The national catalog's cross-table rules that compare a table with another one, on both
// backends: `match` (a row's counterpart elsewhere), row conditions with lists and negations,
// one-record figures not yet filled in, and the summary computed from several staff tables.
class TestCrossTableRules : public QObject
{
    Q_OBJECT

private:
    test::TestLocations m_locations;

    std::unique_ptr<Workspace> make(const QString& backend)
    {
        QString error;
        auto ws = Workspace::create(m_locations.fresh(backend), test::builtinCatalog(), &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        test::addCollege(*ws);
        return ws;
    }

    void add(Workspace& ws, const char* code, const QHash<const char*, QVariant>& values)
    {
        const Table& t = *ws.catalog().table(QString::fromLatin1(code));
        QVector<QVariant> row(t.fields.size());
        for (auto it = values.constBegin(); it != values.constEnd(); ++it) {
            const int c = t.fieldIndex(QString::fromLatin1(it.key()));
            if (c < 0)
                qFatal("%s has no field %s", code, it.key());
            row[c] = it.value();
        }
        RowInserter ins(ws, t, 2024);
        ins.add(QStringLiteral("JWC"), row);
        QString error;
        if (!ins.flush(&error))
            qFatal("%s", qPrintable(error));
    }

    QVector<Finding> findings(Workspace& ws, const QString& rule)
    {
        QVector<Finding> all;
        QString error;
        Validator v(ws, 2024);
        if (!v.run(&all, &error))
            qFatal("%s", qPrintable(error));
        QVector<Finding> out;
        for (const Finding& f : std::as_const(all)) {
            if (f.rule == rule)
                out.append(f);
        }
        return out;
    }

    bool exec(Workspace& ws, const QString& sql)
    {
        QString error;
        const bool ok = SqlUtil::exec(ws.db(), sql, &error);
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

private slots:
    void everyNationalRuleRuns()
    {
        const Catalog c = test::builtinCatalog();
        QStringList listed = RuleCatalog::rulesThatCannotRun(c);
        QVERIFY2(listed.isEmpty(), qPrintable(listed.join(QLatin1Char('\n'))));
    }

    void matchFindsTheCounterpart_data() { test::TestLocations::addBackendRows(); }
    void matchFindsTheCounterpart()
    {
        QFETCH(QString, backend);
        auto ws = make(backend);
        add(*ws, "7-1-1", {{"zydm", "510201"}, {"zymc", "计算机应用技术"}, {"tzny", "202406"}});
        add(*ws, "11-1", {{"zydm", "510201"}, {"zymc", "计算机应用技术"}, {"bdlx", "2"}, {"bdny", "202406"}});
        // A change of direction is not dated in 7-1-1; a major 7-1-1 lacks is a wrong reference.
        add(*ws, "11-1", {{"zydm", "510201"}, {"bdlx", "6"}, {"bdny", "202403"}});
        add(*ws, "11-1", {{"zydm", "999999"}, {"bdlx", "1"}, {"bdny", "202403"}});
        QVERIFY(findings(*ws, "11-1-yz").isEmpty());
        QVERIFY(exec(*ws, "UPDATE t_11_1 SET bdny = '202405' WHERE bdlx = '2'"));
        QVector<Finding> f = findings(*ws, "11-1-yz");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().table, QStringLiteral("11-1"));
        QCOMPARE(f.first().field, QStringLiteral("bdny"));
        QCOMPARE(f.first().values, (QStringList {"202405", "202406"}));
        QCOMPARE(f.first().severity, Severity::Warning);
        QVERIFY2(f.first().message.contains("停招年月") && f.first().message.contains("7-1-1"),
            qPrintable(f.first().message));
        // Evidence of an award is the award's record in 9-6-2, found by its name.
        add(*ws, "X-14", {{"lb", "1"}, {"mc", "全国职业院校技能大赛一等奖"}});
        add(*ws, "X-14", {{"lb", "2"}, {"mc", "二级学院治理改革"}});
        add(*ws, "8-9", {{"xmmc", "二级学院治理改革"}});
        f = findings(*ws, "X-14-gj");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().field, QStringLiteral("mc"));
        QVERIFY2(f.first().message.contains("9-6-2"), qPrintable(f.first().message));
        add(*ws, "9-6-2", {{"xmmc", "全国职业院校技能大赛一等奖"}});
        QVERIFY(findings(*ws, "X-14-gj").isEmpty());
        // An edit of 9-6-2 re-checks X-14.
        QVERIFY(RuleCatalog::dependentTables(ws->catalog(), "9-6-2").contains("X-14"));
        QVERIFY(RuleCatalog::dependentTables(ws->catalog(), "7-1-1").contains("11-1"));
    }

    void conditionsSelectTheRowsCounted_data() { test::TestLocations::addBackendRows(); }
    void conditionsSelectTheRowsCounted()
    {
        QFETCH(QString, backend);
        auto ws = make(backend);
        // Classrooms are the 普通, 多媒体, 智慧 and 一体化 kinds of teaching place.
        int n = 0;
        for (const char* kind : {"1", "2", "4", "6", "7"})
            add(*ws, "X-25", {{"csbh", QString::number(++n)}, {"csmc", "场所"}, {"cslx", kind}});
        add(*ws, "3-4", {{"jss", qint64(3)}});
        QVERIFY(findings(*ws, "X-25-js").isEmpty());
        QVERIFY(exec(*ws, "UPDATE t_3_4 SET jss = 5"));
        const QVector<Finding> f = findings(*ws, "X-25-js");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().values, (QStringList {"3", "5"}));
        // Registered new students against the 报到数 of the majors.
        add(*ws, "12-1", {{"xh", "1"}, {"sfbd", true}});
        add(*ws, "12-1", {{"xh", "2"}, {"sfbd", false}});
        add(*ws, "12-1", {{"xh", "3"}, {"sfbd", true}});
        add(*ws, "7-6-1", {{"zydm", "510201"}, {"bds", qint64(2)}});
        QVERIFY(findings(*ws, "12-1-zs").isEmpty());
        QVERIFY(exec(*ws, "UPDATE t_7_6_1 SET bds = 3"));
        QCOMPARE(findings(*ws, "12-1-zs").size(), 1);
    }

    void blankFiguresAreNotCompared_data() { test::TestLocations::addBackendRows(); }
    void blankFiguresAreNotCompared()
    {
        QFETCH(QString, backend);
        auto ws = make(backend);
        add(*ws, "3-1", {{"zdmj", 450000.0}, {"xxcqhj", 200000.0}});
        // The office has not entered the published figures yet: nothing to compare with.
        add(*ws, "X-28", {{"tjsd", QDate(2023, 9, 1)}});
        QVERIFY(findings(*ws, "3-1-sytj").isEmpty());
        QVERIFY(findings(*ws, "X-28-zd").isEmpty());
        QVERIFY(exec(*ws, "UPDATE t_x_28 SET zdmj = 450000, xxcqjzmj = 199000"));
        QVERIFY(findings(*ws, "X-28-zd").isEmpty());
        const QVector<Finding> f = findings(*ws, "3-1-sytj");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().severity, Severity::Info);
        QCOMPARE(f.first().values, (QStringList {"200000", "199000"}));
    }

    void minorityTeachersFromFourTables_data() { test::TestLocations::addBackendRows(); }
    void minorityTeachersFromFourTables()
    {
        QFETCH(QString, backend);
        auto ws = make(backend);
        add(*ws, "6-1-1", {{"jgh", "1"}, {"mz", "01"}});
        add(*ws, "6-1-1", {{"jgh", "2"}, {"mz", "03"}});
        add(*ws, "6-1-1", {{"jgh", "3"}, {"mz", "03"}});
        add(*ws, "6-3-1", {{"jgh", "W1"}, {"mz", "03"}});
        add(*ws, "6-3-1", {{"jgh", "W2"}, {"mz", "08"}});
        add(*ws, "6-4-1", {{"jgh", "K1"}, {"mz", "01"}});
        const auto gateway = test::ownerGateway(*ws);
        SummaryBuilder builder(*gateway, 2024);
        QVERIFY(builder.dependents("6-3-1").contains("11-4"));
        int changed = 0;
        QString error;
        QVERIFY2(builder.rebuild("11-4", &changed, &error), qPrintable(error));
        auto count = [&](const QString& sql) { return SqlUtil::scalar(ws->db(), sql).toLongLong(); };
        QCOMPARE(count("SELECT COUNT(*) FROM t_11_4 WHERE \"_deleted\" = 0"), 2); // 回族, 壮族; no 汉族
        QCOMPARE(count("SELECT zrjs FROM t_11_4 WHERE mz = '03'"), 2);
        QCOMPARE(count("SELECT xwjz FROM t_11_4 WHERE mz = '03'"), 1);
        QCOMPARE(count("SELECT jkry FROM t_11_4 WHERE mz = '03'"), 0);
        QCOMPARE(count("SELECT zrjs FROM t_11_4 WHERE mz = '08'"), 0);
        QCOMPARE(count("SELECT xwjz FROM t_11_4 WHERE mz = '08'"), 1);
        for (const char* rule : {"11-4-mz", "11-4-jk", "11-4-jz", "11-4-wk"})
            QVERIFY2(findings(*ws, rule).isEmpty(), rule);
        // Behind the builder's back, the figure no longer agrees.
        QVERIFY(exec(*ws, "UPDATE t_11_4 SET zrjs = 5 WHERE mz = '03'"));
        const QVector<Finding> f = findings(*ws, "11-4-mz");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().values, (QStringList {"5", "2"}));
    }

    void practiceDaysPerTeacher_data() { test::TestLocations::addBackendRows(); }
    void practiceDaysPerTeacher()
    {
        QFETCH(QString, backend);
        auto ws = make(backend);
        add(*ws, "6-1-1", {{"jgh", "0001"}, {"qysj_bxn", qint64(30)}});
        add(*ws, "6-1-1", {{"jgh", "0002"}});
        add(*ws, "X-07", {{"jgh", "0001"}, {"sjts", qint64(10)}});
        add(*ws, "X-07", {{"jgh", "0001"}, {"sjts", qint64(20)}});
        // A stay of a teacher 6-1-1 does not have is a wrong reference, reported as such only.
        add(*ws, "X-07", {{"jgh", "0404"}, {"sjts", qint64(5)}});
        QVERIFY(findings(*ws, "X-07-ts").isEmpty());
        QVERIFY(exec(*ws, "UPDATE t_x_07 SET sjts = 25 WHERE sjts = 20"));
        const QVector<Finding> f = findings(*ws, "X-07-ts");
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().table, QStringLiteral("6-1-1"));
        QCOMPARE(f.first().field, QStringLiteral("qysj_bxn"));
        QCOMPARE(f.first().values, (QStringList {"30", "35"}));
        QVERIFY(RuleCatalog::dependentTables(ws->catalog(), "X-07").contains("6-1-1"));
    }
};

QTEST_GUILESS_MAIN(TestCrossTableRules)
#include "tst_crosstablerules.moc"
