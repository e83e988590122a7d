// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "TestWorkspace.h"
#include "core/demo/DemoBuilder.h"
#include "core/storage/Directory.h"
#include "core/storage/RowInserter.h"
#include "core/storage/SqlUtil.h"
#include "core/validation/Explanations.h"
#include "core/validation/FindingTally.h"
#include "core/validation/RuleCatalog.h"
#include "core/validation/Validator.h"
#include "core/validation/WorkspaceRules.h"
#include "core/value/ValueParser.h"

#include <QDate>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QTest>

using namespace caiji;

namespace {
using Values = QHash<QString, QVariant>;

// The mini catalog with explicit rules of every kind added.
Catalog ruledCatalog()
{
    Catalog c = test::miniCatalog();
    auto rules = [&c](const char* code) -> QJsonArray& {
        for (Table& t : c.tables) {
            if (t.code == QLatin1String(code))
                return t.rules;
        }
        qFatal("no table %s", code);
    };
    auto json = [](const char* text) { return QJsonDocument::fromJson(QByteArray(text)).object(); };
    rules("10-1").append(json(
        R"({"id":"sfzh","level":"field","severity":"error","kind":"checksum","field":"sfzh","checksum":"idcard"})"));
    rules("7-2").append(json(
        R"({"id":"xs","level":"row","severity":"error","kind":"compare","left":["xf"],"op":"<=","right":["zxs"],"message":"学分不得大于总学时"})"));
    rules("7-1-1").append(json(
        R"({"id":"order","level":"row","severity":"error","kind":"date-order","before":"xzny","after":"cxny","message":"撤销不得早于新增"})"));
    rules("7-1-1").append(
        json(R"({"id":"tz","level":"row","severity":"warning","kind":"required-if","field":"tzny","when":"cxny"})"));
    rules("7-2").append(json(R"({"id":"mc","level":"table","severity":"warning","kind":"unique","fields":["kcmc"]})"));
    rules("6-1-2-2").append(json(
        R"({"id":"gzl","level":"cross-table","severity":"error","kind":"aggregate-equals","field":"jxgzl","groupBy":"jgh","source":"6-1-2-1","sourceField":"jxgzl","aggregate":"sum"})"));
    rules("6-1-2-1").append(
        json(R"({"id":"bh","level":"cross-year","severity":"warning","kind":"change","field":"jxgzl","percent":30})"));
    // The kinds that compare fields of one row with each other.
    rules("6-1-2-1").append(json(
        R"({"id":"ks","level":"row","severity":"warning","kind":"compare","left":["sjskks"],"op":"<=","right":["jxgzl"],"factor":2,"message":"实际授课课时一般不应大于教学工作量的 2 倍"})"));
    rules("6-1-1").append(json(
        R"({"id":"csrq","level":"row","severity":"warning","kind":"birth-match","field":"csrq","idcard":"sfzh","message":"出生年月应与身份证号一致"})"));
    rules("7-1-1").append(json(
        R"({"id":"dl","level":"row","severity":"error","kind":"prefix","field":"zydl","of":"zydm","length":2,"message":"专业大类应与专业代码前两位一致"})"));
    rules("7-1-1").append(json(
        R"({"id":"zs","level":"row","severity":"warning","kind":"empty-if","fields":["tzny"],"when":"sfzs","equals":true,"message":"招生的专业不应有停招年月"})"));
    rules("10-1").append(json(
        R"({"id":"rx","level":"row","severity":"warning","kind":"year-match","field":"rxny","year":"nj","message":"入学年月的年份应与年级一致"})"));
    rules("7-2").append(json(
        R"({"id":"sx","level":"row","severity":"error","kind":"required-if","field":"kcsx","when":"kclx","equals":"C","message":"实践课须填写课程属性"})"));
    rules("7-2").append(json(
        R"({"id":"hz","level":"row","severity":"warning","kind":"flag-if","whenAny":[{"field":"sfxqhz","equals":true}],"message":"校企合作课程请说明合作企业"})"));
    rules("7-2").append(json(
        R"({"id":"tt","level":"cross-table","severity":"warning","kind":"totals","left":{"table":"7-2","aggregate":"sum","field":"zxs"},"op":"<=","right":{"table":"6-1-2-1","aggregate":"sum","field":"jxgzl"},"message":"课程总学时不应多于授课工作量"})"));
    rules("6-1-1").append(json(
        R"({"id":"ln","level":"cross-year","severity":"warning","kind":"change","field":"qysj_ln","direction":"not-below","message":"历年一线工作时间不应少于上一学年"})"));
    rules("10-1").append(json(
        R"({"id":"yi","level":"cross-table","severity":"warning","kind":"unique-across","field":"xm","tables":["6-1-1","10-1"],"message":"教工与学生同名，请核实"})"));
    // A catalog-wide change rule over main indicators named "table.field".
    c.rules.append(json(
        R"({"id":"zb","level":"cross-year","severity":"warning","kind":"change","percent":25,"fields":["6-1-2-2.jxgzl"],"message":"主要指标变化超过 25%"})"));
    return c;
}
} // namespace

class TestValidator : public QObject
{
    Q_OBJECT

private:
    test::TestLocations m_locations;

    std::unique_ptr<Workspace> make(const QString& backend)
    {
        QString error;
        auto ws = Workspace::create(m_locations.fresh(backend), ruledCatalog(), &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        Directory dir(*ws);
        for (const Department& d : Directory::seedOffices())
            dir.addDepartment(d, &error);
        for (int year : {2023, 2024}) {
            Round r;
            r.year = year;
            r.name = QString::number(year);
            r.periodStart = QDate(year - 1, 9, 1);
            r.periodEnd = QDate(year, 8, 31);
            dir.addRound(r, &error);
        }
        // Clean base data both years.
        for (int year : {2023, 2024}) {
            add(*ws, "6-1-1", year,
                {{"jgh", "0001"}, {"xm", "张三"}, {"xb", "1"}, {"csrq", "198001"}, {"ssxb", "JWC"}, {"xl", "3"}});
            add(*ws, "1-6", year, {{"jgbh", "JWC"}, {"jgmc", "教务处"}, {"jglb", "1"}});
            add(*ws, "7-1-1", year, {{"ssxb", "JWC"}, {"zydm", "510201"}, {"zymc", "计算机应用技术"}, {"sfzs", true}});
            add(*ws, "7-2", year,
                {{"kcdm", "K1"}, {"kcmc", "高等数学"}, {"kclx", "A"}, {"xf", 3.0}, {"zxs", qint64(48)}});
            add(*ws, "6-1-2-1", year,
                {{"jgh", "0001"}, {"zydm", "510201"}, {"kcdm", "K1"}, {"skxq", "1"},
                    {"jxgzl", qint64(year == 2023 ? 40 : 48)}});
            add(*ws, "6-1-2-2", year, {{"jgh", "0001"}, {"jxgzl", qint64(year == 2023 ? 40 : 48)}});
        }
        return ws;
    }

    void add(Workspace& ws, const char* code, int round, const QHash<const char*, QVariant>& values)
    {
        const Table& t = *ws.catalog().table(QString::fromLatin1(code));
        QVector<QVariant> row(t.fields.size());
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            row[t.fieldIndex(QString::fromLatin1(it.key()))] = it.value();
        RowInserter ins(ws, t, round);
        ins.add(QStringLiteral("JWC"), row);
        QString error;
        if (!ins.flush(&error))
            qFatal("%s", qPrintable(error));
    }

    QVector<Finding> run(Workspace& ws, int round = 2024)
    {
        QVector<Finding> out;
        QString error;
        Validator v(ws, round);
        if (!v.run(&out, &error))
            qFatal("%s", qPrintable(error));
        return out;
    }

private slots:
    void cleanDataHasNoFindings_data() { test::TestLocations::addBackendRows(); }
    void cleanDataHasNoFindings()
    {
        QFETCH(QString, backend);
        auto ws = make(backend);
        const QVector<Finding> f = run(*ws);
        QStringList all;
        for (const Finding& x : f)
            all.append(x.table + QLatin1Char(' ') + x.rule + QLatin1Char(' ') + x.message);
        QVERIFY2(f.isEmpty(), qPrintable(all.join(QLatin1Char('\n'))));
    }

    void findsEveryRuleKind_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QVariantMap>("row");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("field");
        struct Case
        {
            const char* name;
            const char* table;
            QVariantMap row;
            const char* rule;
            const char* field;
        };
        const QVector<Case> cases = {
            {"required", "6-1-1", {{"jgh", "0002"}, {"xm", "李四"}, {"xb", "2"}, {"csrq", "198502"}, {"ssxb", "JWC"}},
                "required", "xl"},
            {"range", "6-1-1",
                {{"jgh", "0003"}, {"xm", "王五"}, {"xb", "1"}, {"csrq", "198502"}, {"ssxb", "JWC"}, {"xl", "3"},
                    {"qysj_bxn", qint64(366)}},
                "range", "qysj_bxn"},
            {"code", "6-1-1",
                {{"jgh", "0004"}, {"xm", "赵六"}, {"xb", "9"}, {"csrq", "198502"}, {"ssxb", "JWC"}, {"xl", "3"}},
                "code", "xb"},
            {"pattern", "6-1-1",
                {{"jgh", "00-05"}, {"xm", "钱七"}, {"xb", "1"}, {"csrq", "198502"}, {"ssxb", "JWC"}, {"xl", "3"}},
                "pattern", "jgh"},
            {"yearmonth", "6-1-1",
                {{"jgh", "0006"}, {"xm", "孙八"}, {"xb", "1"}, {"csrq", "198513"}, {"ssxb", "JWC"}, {"xl", "3"}},
                "yearmonth", "csrq"},
            {"future date", "10-1",
                {{"xh", "S2"}, {"xm", "甲"}, {"xb", "1"}, {"sfzh", "11010519491231002X"}, {"zydm", "510201"},
                    {"nj", qint64(2024)}, {"rxny", "202409"}, {"csrq", QDate::currentDate().addDays(10)}},
                "future", "csrq"},
            {"id card wrong check digit", "10-1",
                {{"xh", "S3"}, {"xm", "乙"}, {"xb", "1"}, {"sfzh", "110105194912310021"}, {"zydm", "510201"},
                    {"nj", qint64(2024)}, {"rxny", "202309"}},
                "idcard", "sfzh"},
            {"reference", "6-1-2-1",
                {{"jgh", "0404"}, {"zydm", "510201"}, {"kcdm", "K1"}, {"skxq", "1"}, {"jxgzl", qint64(10)}},
                "reference", "jgh"},
            {"unique key", "7-2", {{"kcdm", "K1"}, {"kcmc", "线性代数"}, {"kclx", "A"}}, "unique-key", "kcdm"},
            {"declared unique", "7-2", {{"kcdm", "K2"}, {"kcmc", "高等数学"}, {"kclx", "A"}}, "mc", "kcmc"},
            {"compare", "7-2", {{"kcdm", "K3"}, {"kcmc", "实训"}, {"kclx", "C"}, {"xf", 30.0}, {"zxs", qint64(16)}},
                "xs", ""},
            {"date order", "7-1-1",
                {{"ssxb", "JWC"}, {"zydm", "510202"}, {"zymc", "网络"}, {"sfzs", false}, {"xzny", "202006"},
                    {"cxny", "201906"}, {"tzny", "201901"}},
                "order", "cxny"},
            {"required if", "7-1-1",
                {{"ssxb", "JWC"}, {"zydm", "510203"}, {"zymc", "软件"}, {"sfzs", false}, {"xzny", "201906"},
                    {"cxny", "202306"}},
                "tz", "tzny"},
            {"compare with a factor", "6-1-2-1",
                {{"jgh", "0001"}, {"zydm", "510201"}, {"kcdm", "K1"}, {"skxq", "2"}, {"jxgzl", qint64(10)},
                    {"sjskks", qint64(21)}},
                "ks", "sjskks"},
            {"birth date against the id card", "6-1-1",
                {{"jgh", "0007"}, {"xm", "周九"}, {"xb", "1"}, {"csrq", "198502"}, {"ssxb", "JWC"}, {"xl", "3"},
                    {"sfzh", "11010519491231002X"}},
                "csrq", "csrq"},
            {"prefix", "7-1-1",
                {{"ssxb", "JWC"}, {"zydm", "510204"}, {"zymc", "物联网"}, {"zydl", "46"}, {"sfzs", false}}, "dl",
                "zydl"},
            {"empty if", "7-1-1",
                {{"ssxb", "JWC"}, {"zydm", "510205"}, {"zymc", "大数据"}, {"sfzs", true}, {"tzny", "202001"}}, "zs",
                "tzny"},
            {"year match", "10-1",
                {{"xh", "S4"}, {"xm", "丙"}, {"xb", "1"}, {"sfzh", "11010519491231002X"}, {"zydm", "510201"},
                    {"nj", qint64(2024)}, {"rxny", "202309"}},
                "rx", "rxny"},
            {"required if equal", "7-2", {{"kcdm", "K5"}, {"kcmc", "实训二"}, {"kclx", "C"}}, "sx", "kcsx"},
            {"unique across tables", "10-1",
                {{"xh", "S5"}, {"xm", "张三"}, {"xb", "1"}, {"sfzh", "11010519491231002X"}, {"zydm", "510201"},
                    {"nj", qint64(2024)}, {"rxny", "202409"}},
                "yi", "xm"},
            {"flag if", "7-2", {{"kcdm", "K6"}, {"kcmc", "企业课"}, {"kclx", "A"}, {"sfxqhz", true}}, "hz", "sfxqhz"},
        };
        for (const char* backend : {"sqlite", "postgresql"}) {
            for (const Case& c : cases)
                QTest::addRow("%s %s", backend, c.name)
                    << QString::fromLatin1(backend) << QString::fromLatin1(c.table) << c.row
                    << QString::fromLatin1(c.rule) << QString::fromLatin1(c.field);
        }
    }
    void findsEveryRuleKind()
    {
        QFETCH(QString, backend);
        QFETCH(QString, table);
        QFETCH(QVariantMap, row);
        QFETCH(QString, rule);
        QFETCH(QString, field);
        auto ws = make(backend);
        const Table& t = *ws->catalog().table(table);
        QVector<QVariant> values(t.fields.size());
        for (auto it = row.constBegin(); it != row.constEnd(); ++it)
            values[t.fieldIndex(it.key())] = it.value();
        RowInserter ins(*ws, t, 2024);
        const QString id = ins.add(QStringLiteral("JWC"), values);
        QString error;
        QVERIFY(ins.flush(&error));
        const QVector<Finding> f = run(*ws);
        QVERIFY2(!f.isEmpty(), "nothing found");
        bool hit = false;
        QStringList all;
        for (const Finding& x : f) {
            all.append(x.rule + QLatin1Char(' ') + x.field + QLatin1Char(' ') + x.message);
            if (x.rule == rule && x.table == table && x.rowId == id && (field.isEmpty() || x.field == field)) {
                hit = true;
                QVERIFY(!x.message.isEmpty());
                QVERIFY(!x.rowKey.isEmpty());
                QCOMPARE(x.department, QStringLiteral("JWC"));
            }
        }
        QVERIFY2(hit, qPrintable(all.join(QLatin1Char('\n'))));
    }

    void fullScanRechecksStoredValues_data()
    {
        QTest::addColumn<QString>("backend");
        QTest::addColumn<QString>("table");
        QTest::addColumn<QString>("sql");
        QTest::addColumn<QString>("rule");
        QTest::addColumn<QString>("field");
        // Values written behind the program's back. A PostgreSQL column is typed, so only text
        // columns can hold nonsense there; an SQLite file can hold anything anywhere.
        for (const char* backend : {"sqlite", "postgresql"}) {
            const QString b = QString::fromLatin1(backend);
            QTest::addRow("%s malformed 年月", backend) << b << "6-1-1"
                                                        << "UPDATE t_6_1_1 SET csrq = '1980-1' WHERE jgh = '0001'"
                                                        << "yearmonth"
                                                        << "csrq";
            QTest::addRow("%s code not in list", backend) << b << "6-1-1"
                                                          << "UPDATE t_6_1_1 SET xb = '7' WHERE jgh = '0001'"
                                                          << "code"
                                                          << "xb";
        }
        QTest::newRow("sqlite text in a number") << QStringLiteral("sqlite") << "7-2"
                                                 << "UPDATE t_7_2 SET zxs = '四十八' WHERE kcdm = 'K1'"
                                                 << "type"
                                                 << "zxs";
        QTest::newRow("sqlite Excel serial date") << QStringLiteral("sqlite") << "10-1"
                                                  << "UPDATE t_10_1 SET csrq = '36892'"
                                                  << "date"
                                                  << "csrq";
        QTest::newRow("sqlite 30 February") << QStringLiteral("sqlite") << "10-1"
                                            << "UPDATE t_10_1 SET csrq = '2004-02-30'"
                                            << "date"
                                            << "csrq";
        QTest::newRow("sqlite yes/no holding 2") << QStringLiteral("sqlite") << "7-1-1"
                                                 << "UPDATE t_7_1_1 SET sfzs = 2"
                                                 << "boolean"
                                                 << "sfzs";
        QTest::newRow("sqlite too many decimals") << QStringLiteral("sqlite") << "7-2"
                                                  << "UPDATE t_7_2 SET xf = 3.14159 WHERE kcdm = 'K1'"
                                                  << "decimals"
                                                  << "xf";
    }
    void fullScanRechecksStoredValues()
    {
        QFETCH(QString, backend);
        QFETCH(QString, table);
        QFETCH(QString, sql);
        QFETCH(QString, rule);
        QFETCH(QString, field);
        auto ws = make(backend);
        QString error;
        if (table == QLatin1String("10-1"))
            add(*ws, "10-1", 2024,
                {{"xh", "S9"}, {"xm", "丁"}, {"xb", "1"}, {"sfzh", "11010519491231002X"}, {"zydm", "510201"},
                    {"nj", qint64(2024)}, {"rxny", "202409"}, {"csrq", QDate(1949, 12, 31)}});
        QVERIFY(run(*ws).isEmpty());
        QVERIFY2(SqlUtil::exec(ws->db(), sql, &error), qPrintable(error));
        const QVector<Finding> f = run(*ws);
        QStringList all;
        bool hit = false;
        for (const Finding& x : f) {
            all.append(x.rule + QLatin1Char(' ') + x.field + QLatin1Char(' ') + x.message);
            if (x.table == table && x.rule == rule && x.field == field) {
                hit = true;
                QCOMPARE(x.severity, Severity::Error);
                // Named as people know the field, never by its key.
                QVERIFY2(x.message.startsWith(ws->catalog().table(table)->field(field)->name), qPrintable(x.message));
            }
        }
        QVERIFY2(hit, qPrintable(all.join(QLatin1Char('\n'))));
    }

    void messagesSpeakTheUsersLanguage()
    {
        // Every field of the national catalog, given what people get wrong: the message names
        // the value and the format in words, never a regular expression or a field key.
        const Catalog c = test::builtinCatalog();
        static const QRegularExpression regex(QStringLiteral("[\\^\\$\\[\\]\\{\\}\\\\]"));
        const QStringList wrong = {QStringLiteral("abc"), QString(300, QLatin1Char('x')), QStringLiteral("2024-13-45"),
            QStringLiteral("1.23456789"), QStringLiteral("-5"), QStringLiteral("99999999")};
        int refused = 0;
        for (const Table& t : c.tables) {
            for (const Field& f : t.fields) {
                for (const QString& text : wrong) {
                    const ParsedValue p = ValueParser::parse(c, f, text);
                    if (p.ok)
                        continue;
                    ++refused;
                    QVERIFY2(!regex.match(p.message).hasMatch(), qPrintable(t.code + QLatin1Char(' ') + p.message));
                    QVERIFY2(!p.message.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(f.key))),
                        qPrintable(t.code + QLatin1Char(' ') + p.message));
                    QVERIFY(!p.rule.isEmpty());
                }
            }
        }
        QVERIFY(refused > 500);
        // And what a whole-round check of the demo says, row rules included.
        const QString location = m_locations.fresh(QStringLiteral("sqlite"));
        test::makeSmallDemo(location);
        QString error;
        auto ws = Workspace::open(location, &error);
        QVERIFY2(ws, qPrintable(error));
        for (const Finding& x : run(*ws)) {
            QVERIFY2(!regex.match(x.message).hasMatch(), qPrintable(x.message));
            const Field* f = ws->catalog().table(x.table)->field(x.field);
            if (f)
                QVERIFY2(!x.message.contains(QRegularExpression(QStringLiteral("\\b%1\\b").arg(f->key))),
                    qPrintable(x.message));
        }
    }

    void totalsCompareTwoTables_data() { test::TestLocations::addBackendRows(); }
    void totalsCompareTwoTables()
    {
        QFETCH(QString, backend);
        auto ws = make(backend);
        auto totals = [&] {
            QVector<Finding> out;
            for (const Finding& f : run(*ws)) {
                if (f.rule == QLatin1String("tt"))
                    out.append(f);
            }
            return out;
        };
        QVERIFY(totals().isEmpty()); // 48 hours against 48
        add(*ws, "7-2", 2024, {{"kcdm", "K7"}, {"kcmc", "选修"}, {"kclx", "A"}, {"zxs", qint64(100)}});
        const QVector<Finding> found = totals();
        QCOMPARE(found.size(), 1);
        QCOMPARE(found.first().table, QStringLiteral("7-2"));
        QCOMPARE(found.first().severity, Severity::Warning);
        QCOMPARE(found.first().values, (QStringList {QStringLiteral("148"), QStringLiteral("48")}));
        QVERIFY2(found.first().message.contains(QLatin1String("6-1-2-1")), qPrintable(found.first().message));
        // A department's own check leaves college-wide totals alone.
        Validator mine(*ws, 2024);
        mine.setDepartment(QStringLiteral("JWC"));
        QVector<Finding> out;
        QString error;
        QVERIFY(mine.run(&out, &error));
        QVERIFY(std::none_of(out.begin(), out.end(), [](const Finding& f) { return f.rule == QLatin1String("tt"); }));
        // Editing either table re-checks the other.
        QVERIFY(RuleCatalog::dependentTables(ws->catalog(), QStringLiteral("6-1-2-1")).contains(QStringLiteral("7-2")));
    }

    void nationalStaffingRatios()
    {
        // 专职辅导员 1:200 and 思政课专职教师 1:350 against the students of 10-1 (a totals rule
        // with a factor): the demo meets them; part-time counsellors do not count.
        const QString location = m_locations.fresh(QStringLiteral("sqlite"));
        test::makeSmallDemo(location);
        QString error;
        auto ws = Workspace::open(location, &error);
        QVERIFY2(ws, qPrintable(error));
        auto ratio = [&] {
            QStringList ids;
            for (const Finding& f : run(*ws)) {
                if (f.table == QLatin1String("X-20"))
                    ids.append(f.rule);
            }
            return ids;
        };
        QVERIFY(ratio().isEmpty());
        QVERIFY(SqlUtil::exec(ws->db(), QStringLiteral("UPDATE t_x_20 SET sfzz = 0 WHERE rylx = '2'"), &error));
        QCOMPARE(ratio(), QStringList {QStringLiteral("X-20-fdy")});
    }

    void dependentTablesOfAnEdit_data()
    {
        QTest::addColumn<QString>("table");
        QTest::addColumn<QStringList>("includes");
        QTest::addColumn<QStringList>("excludes");
        // Who references 教工号, shares the one-staff-table rule, and the table's own keys.
        QTest::newRow("staff") << "6-1-1" << QStringList {"6-1-1", "6-1-2-1", "6-2-1", "6-3-1", "X-07"}
                               << QStringList {"10-1", "1-3-2"};
        // The totals computed from the students, and who references a 学号.
        QTest::newRow("students") << "10-1" << QStringList {"10-1", "1-3-2", "11-2", "10-2-1", "11-3"}
                                  << QStringList {"6-1-1"};
        // A detail table feeds its summary and nothing references it.
        QTest::newRow("teaching") << "6-1-2-1" << QStringList {"6-1-2-2"} << QStringList {"6-1-2-1", "6-1-1"};
    }
    void dependentTablesOfAnEdit()
    {
        QFETCH(QString, table);
        QFETCH(QStringList, includes);
        QFETCH(QStringList, excludes);
        const QStringList got = RuleCatalog::dependentTables(test::builtinCatalog(), table);
        for (const QString& t : includes)
            QVERIFY2(got.contains(t), qPrintable(t + QStringLiteral(" missing from ") + got.join(QLatin1Char(' '))));
        for (const QString& t : excludes)
            QVERIFY2(!got.contains(t), qPrintable(t + QStringLiteral(" in ") + got.join(QLatin1Char(' '))));
    }

    void rulesThatCannotRunAreListed()
    {
        Catalog c = ruledCatalog();
        for (Table& t : c.tables) {
            if (t.code == QLatin1String("7-2")) {
                t.rules.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("note")},
                    {QStringLiteral("message"), QStringLiteral("只供人看的说明")}});
                t.rules.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("bad")},
                    {QStringLiteral("kind"), QStringLiteral("compare")},
                    {QStringLiteral("left"), QJsonArray {QStringLiteral("nope")}},
                    {QStringLiteral("op"), QStringLiteral("<=")},
                    {QStringLiteral("right"), QJsonArray {QStringLiteral("zxs")}}});
                t.rules.append(QJsonObject {{QStringLiteral("id"), QStringLiteral("odd")},
                    {QStringLiteral("kind"), QStringLiteral("telepathy")}});
            }
        }
        const QStringList idle = RuleCatalog::rulesThatCannotRun(c);
        QCOMPARE(idle.size(), 3);
        QVERIFY2(idle.filter(QStringLiteral("7-2 note")).size() == 1, qPrintable(idle.join(QLatin1Char('\n'))));
        QVERIFY2(idle.filter(QStringLiteral("nope")).size() == 1, qPrintable(idle.join(QLatin1Char('\n'))));
        QVERIFY2(idle.filter(QStringLiteral("telepathy")).size() == 1, qPrintable(idle.join(QLatin1Char('\n'))));
        // The national catalog states no rule that does not run.
        const QStringList listed = RuleCatalog::rulesThatCannotRun(test::builtinCatalog());
        QVERIFY2(listed.isEmpty(), qPrintable(listed.join(QLatin1Char('\n'))));
    }

    void summaryMustEqualDetails_data() { test::TestLocations::addBackendRows(); }
    void summaryMustEqualDetails()
    {
        QFETCH(QString, backend);
        auto ws = make(backend);
        add(*ws, "6-1-2-1", 2024,
            {{"jgh", "0001"}, {"zydm", "510201"}, {"kcdm", "K1"}, {"skxq", "2"}, {"jxgzl", qint64(32)}});
        const QVector<Finding> f = run(*ws);
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().rule, QStringLiteral("gzl"));
        QCOMPARE(f.first().values, (QStringList {QStringLiteral("48"), QStringLiteral("80")}));
    }

    void crossYearChangeWarns_data() { test::TestLocations::addBackendRows(); }
    void crossYearChangeWarns()
    {
        QFETCH(QString, backend);
        auto ws = make(backend);
        // 6-1-2-1 has no keys: the one row of each year is matched by the table's empty key; 48
        // against 40 is +20 %, under the 30 % threshold; 80 would be +100 %.
        QVERIFY(run(*ws).isEmpty());
        QString error;
        QVERIFY(
            SqlUtil::exec(ws->db(), QStringLiteral("UPDATE t_6_1_2_1 SET jxgzl = 80 WHERE \"_round\" = 2024"), &error));
        QVERIFY(
            SqlUtil::exec(ws->db(), QStringLiteral("UPDATE t_6_1_2_2 SET jxgzl = 80 WHERE \"_round\" = 2024"), &error));
        const QVector<Finding> f = run(*ws);
        QCOMPARE(f.size(), 2);
        QStringList rules;
        for (const Finding& x : f) {
            rules.append(x.table + QLatin1Char(' ') + x.rule);
            QCOMPARE(x.severity, Severity::Warning);
            QCOMPARE(x.level, QStringLiteral("cross-year"));
        }
        rules.sort();
        // The table's own rule, and the catalog-wide one over its main indicators.
        QCOMPARE(rules, (QStringList {QStringLiteral("6-1-2-1 bh"), QStringLiteral("6-1-2-2 zb")}));
        // A running total that falls against last year is flagged, one that grows is not.
        QVERIFY(SqlUtil::exec(ws->db(),
            QStringLiteral("UPDATE t_6_1_1 SET qysj_ln = CASE WHEN \"_round\" = 2023 THEN 10 ELSE 12 END"), &error));
        QCOMPARE(run(*ws).size(), 2);
        QVERIFY(
            SqlUtil::exec(ws->db(), QStringLiteral("UPDATE t_6_1_1 SET qysj_ln = 8 WHERE \"_round\" = 2024"), &error));
        const QVector<Finding> fell = run(*ws);
        QCOMPARE(fell.size(), 3);
        const auto ln
            = std::find_if(fell.begin(), fell.end(), [](const Finding& x) { return x.rule == QLatin1String("ln"); });
        QVERIFY(ln != fell.end());
        QCOMPARE(ln->field, QStringLiteral("qysj_ln"));
        QVERIFY2(ln->message.contains(QLatin1String("10")), qPrintable(ln->message));
    }

    void idCardEdgeCases_data()
    {
        QTest::addColumn<QString>("number");
        QTest::addColumn<bool>("flagged");
        QTest::newRow("X check digit") << QStringLiteral("11010519491231002X") << false;
        QTest::newRow("lower-case x") << QStringLiteral("11010519491231002x") << false;
        QTest::newRow("full-width digits") << QStringLiteral("４４０５２４１８８００１０１００１４") << false;
        QTest::newRow("wrong digit") << QStringLiteral("440524188001010015") << true;
    }
    void idCardEdgeCases()
    {
        QFETCH(QString, number);
        QFETCH(bool, flagged);
        auto ws = make(QStringLiteral("sqlite"));
        const Table& t = *ws->catalog().table(QStringLiteral("10-1"));
        QVector<QVariant> values(t.fields.size());
        values[t.fieldIndex(QStringLiteral("xh"))] = QStringLiteral("S9");
        values[t.fieldIndex(QStringLiteral("xm"))] = QStringLiteral("丙");
        values[t.fieldIndex(QStringLiteral("xb"))] = QStringLiteral("1");
        values[t.fieldIndex(QStringLiteral("sfzh"))] = number;
        values[t.fieldIndex(QStringLiteral("zydm"))] = QStringLiteral("510201");
        values[t.fieldIndex(QStringLiteral("nj"))] = qint64(2023);
        values[t.fieldIndex(QStringLiteral("rxny"))] = QStringLiteral("202309");
        RowInserter ins(*ws, t, 2024);
        ins.add(QStringLiteral("XGC"), values);
        QString error;
        QVERIFY(ins.flush(&error));
        bool found = false;
        for (const Finding& f : run(*ws))
            found = found || f.rule == QLatin1String("idcard");
        QCOMPARE(found, flagged);
    }

    void departmentAndIncrementalScope()
    {
        auto ws = make(QStringLiteral("sqlite"));
        add(*ws, "6-1-1", 2024, {{"jgh", "0009"}, {"xm", "甲"}, {"xb", "1"}, {"csrq", "198001"}, {"ssxb", "JWC"}});
        QVector<Finding> out;
        QString error;
        Validator other(*ws, 2024);
        other.setDepartment(QStringLiteral("XGC"));
        QVERIFY(other.run(&out, &error));
        QVERIFY(out.isEmpty());
        Validator mine(*ws, 2024);
        mine.setDepartment(QStringLiteral("JWC"));
        QVERIFY(mine.run(&out, &error));
        QCOMPARE(out.size(), 1);
        const QString id = out.first().rowId;
        out.clear();
        Validator rows(*ws, 2024);
        rows.setRows(QStringLiteral("6-1-1"), {id});
        QVERIFY(rows.run(&out, &error));
        QCOMPARE(out.size(), 1);
        out.clear();
        Validator elsewhere(*ws, 2024);
        elsewhere.setRows(QStringLiteral("6-1-1"), {QStringLiteral("not-a-row")});
        QVERIFY(elsewhere.run(&out, &error));
        QVERIFY(out.isEmpty());
    }

    void explanationsAreKeptAndReviewed_data() { test::TestLocations::addBackendRows(); }
    void explanationsAreKeptAndReviewed()
    {
        QFETCH(QString, backend);
        auto ws = make(backend);
        Finding f;
        f.rule = QStringLiteral("bh");
        f.table = QStringLiteral("6-1-2-1");
        f.rowId = QStringLiteral("row-1");
        f.field = QStringLiteral("jxgzl");
        f.department = QStringLiteral("JWC");
        f.severity = Severity::Warning;
        Explanations ex(*ws, 2024);
        const auto collector = test::policyAs(*ws, QStringLiteral("jwc_cjy"), Role::Collector, QStringLiteral("JWC"));
        const auto admin = test::policyAs(*ws, QStringLiteral("admin"), Role::SupervisorAdmin, QStringLiteral("DDKH"));
        const auto other = test::policyAs(*ws, QStringLiteral("xgc_cjy"), Role::Collector, QStringLiteral("XGC"));
        QString error;
        QVERIFY(!ex.explain(*collector, f, QStringLiteral("  "), &error));
        QVERIFY(!ex.review(*admin, f, true, &error)); // nothing to review yet
        // An error is corrected, never explained away.
        Finding wrong = f;
        wrong.severity = Severity::Error;
        error.clear();
        QVERIFY(!ex.explain(*collector, wrong, QStringLiteral("就是这样"), &error));
        QVERIFY(!error.isEmpty());
        QVERIFY(ex.all().isEmpty());
        // Another department explains nothing of 教务处's rows, and a collector reviews nothing.
        QVERIFY(!ex.explain(*other, f, QStringLiteral("不是我的"), &error));
        QVERIFY2(error.contains(QStringLiteral("xgc_cjy")), qPrintable(error));
        QVERIFY2(ex.explain(*collector, f, QStringLiteral("本学年新增两个教学班"), &error), qPrintable(error));
        QVERIFY(!ex.review(*collector, f, true, &error));
        QHash<QString, Explanation> all = ex.all();
        QCOMPARE(all.size(), 1);
        QCOMPARE(all.value(Explanations::keyOf(f)).status, QStringLiteral("pending"));
        QCOMPARE(all.value(Explanations::keyOf(f)).writtenBy, QStringLiteral("jwc_cjy"));
        QVERIFY(ex.review(*admin, f, false, &error));
        QCOMPARE(ex.all().value(Explanations::keyOf(f)).status, QStringLiteral("rejected"));
        // Rewriting it asks for review again.
        QVERIFY(ex.explain(*collector, f, QStringLiteral("本学年新增两个教学班，已附教学任务书"), &error));
        all = ex.all();
        QCOMPARE(all.value(Explanations::keyOf(f)).status, QStringLiteral("pending"));
        QVERIFY(all.value(Explanations::keyOf(f)).reviewedBy.isEmpty());
        // Waiting for review, the warning is still to be explained; accepted, it counts as done.
        FindingTally pending = FindingTally::perTask({f}, ex.all()).value(FindingTally::taskKey(f.table, f.department));
        QCOMPARE(pending.warnings, 1);
        QCOMPARE(pending.openWarnings(), 1);
        QVERIFY(!pending.clean());
        QVERIFY(ex.review(*admin, f, true, &error));
        QCOMPARE(ex.all().value(Explanations::keyOf(f)).reviewedBy, QStringLiteral("admin"));
        const FindingTally done
            = FindingTally::perTask({f}, ex.all()).value(FindingTally::taskKey(f.table, f.department));
        QCOMPARE(done.explained, 1);
        QVERIFY(done.clean());
        // Another round has its own explanations.
        QVERIFY(Explanations(*ws, 2023).all().isEmpty());
    }

    void totalsAndWorkspaceRules_data() { test::TestLocations::addBackendRows(); }
    void totalsAndWorkspaceRules()
    {
        QFETCH(QString, backend);
        auto ws = make(backend);
        WorkspaceRules rules(*ws);
        QString error;
        // Checked when added: unknown kinds, tables and fields are refused with the place named.
        QVERIFY(!rules.add("7-2", QJsonDocument::fromJson(R"({"id":"r1","kind":"sum-up"})").object(), &error));
        QVERIFY(error.contains("sum-up"));
        QVERIFY(!rules.add("7-2",
            QJsonDocument::fromJson(R"({"id":"r1","kind":"compare","left":["nope"],"op":"<=","right":["zxs"]})")
                .object(),
            &error));
        QVERIFY(error.contains("nope"));
        QVERIFY(!rules.add(
            "9-9", QJsonDocument::fromJson(R"({"id":"r1","kind":"unique","fields":["kcdm"]})").object(), &error));
        // The office adds a total: 1-1 has no numeric field, so use 7-2's 总学时 against a sum of 6-1-2-1.
        QVERIFY2(
            rules.add("7-2",
                QJsonDocument::fromJson(
                    R"({"id":"xs-total","level":"cross-table","severity":"warning","kind":"total-equals","field":"zxs","source":"6-1-2-1","aggregate":"sum","sourceField":"jxgzl","where":{"kcdm":"K1"}})")
                    .object(),
                &error),
            qPrintable(error));
        QCOMPARE(rules.all().value("7-2").size(), 1);
        QVector<Finding> f = run(*ws);
        QCOMPARE(f.size(), 0); // 48 = 48
        QVERIFY(SqlUtil::exec(ws->db(), "UPDATE t_7_2 SET zxs = 50 WHERE \"_round\" = 2024", &error));
        f = run(*ws);
        // (50 hours also exceed the 48 of the catalog's own "tt" totals rule.)
        f.erase(std::remove_if(f.begin(), f.end(), [](const Finding& x) { return x.rule == QLatin1String("tt"); }),
            f.end());
        QCOMPARE(f.size(), 1);
        QCOMPARE(f.first().rule, QStringLiteral("xs-total"));
        QCOMPARE(f.first().severity, Severity::Warning);
        QCOMPARE(f.first().values, (QStringList {"50", "48"}));
        QVERIFY(rules.remove("xs-total", &error));
        QVERIFY(!rules.remove("xs-total", &error));
        QVERIFY(run(*ws).isEmpty() || run(*ws).first().rule != QLatin1String("xs-total"));
    }

    void demoErrorsAreAllFound()
    {
        const QString location = m_locations.fresh(QStringLiteral("sqlite"));
        test::makeSmallDemo(location);
        QString error;
        auto ws = Workspace::open(location, &error);
        QVERIFY2(ws, qPrintable(error));
        const QVector<Finding> found = run(*ws);
        const QJsonArray planted
            = QJsonDocument::fromJson(ws->setting(QStringLiteral("demo.deliberate_errors")).toUtf8()).array();
        QSet<QString> plantedKeys;
        for (const QJsonValue& v : planted) {
            const QJsonObject o = v.toObject();
            const QString table = o.value(QStringLiteral("table")).toString();
            const QString field = o.value(QStringLiteral("field")).toString();
            const QString row = o.value(QStringLiteral("row")).toString();
            plantedKeys.insert(table + QLatin1Char('|') + field);
            bool hit = false;
            for (const Finding& f : found)
                hit = hit
                    || (f.table == table && f.field == field
                        && (f.rowKey.contains(row) || row.contains(f.rowKey.section(QLatin1Char('/'), 0, 0))));
            QVERIFY2(hit, qPrintable(QStringLiteral("not found: %1 %2 %3").arg(table, field, row)));
        }
        // Nothing else is flagged (the computed summary tables agree with their details).
        for (const Finding& f : found) {
            const bool expected = plantedKeys.contains(f.table + QLatin1Char('|') + f.field);
            QVERIFY2(expected, qPrintable(f.table + QLatin1Char(' ') + f.rule + QLatin1Char(' ') + f.message));
        }
    }
};

QTEST_GUILESS_MAIN(TestValidator)
#include "tst_validator.moc"
