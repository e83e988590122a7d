#include "TestWorkspace.h"
#include "core/auth/AccessPolicy.h"
#include "core/catalog/Catalog.h"
#include "core/cli/CliApp.h"
#include "core/demo/DemoBuilder.h"
#include "core/io/XlsxReader.h"
#include "core/storage/Directory.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceSchema.h"
#include "core/validation/Explanations.h"
#include "core/validation/Validator.h"
#include "core/workflow/Assignments.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

using namespace caiji;

namespace {
using Result = test::CliResult;

Result run(const QStringList& args)
{
    return test::runCli(args);
}
} // namespace

class TestCliApp : public QObject
{
    Q_OBJECT

private:
    test::TestLocations m_locations;
    QString m_demo;
    QString m_pristine; ///< the demo as built, before the tests below change theirs

    qint64 rows(const QString& table)
    {
        QString error;
        auto ws = Workspace::open(m_demo, &error);
        return ws ? SqlUtil::scalar(ws->db(), QStringLiteral("SELECT COUNT(*) FROM %1").arg(table)).toLongLong() : -1;
    }

private slots:
    void initTestCase()
    {
        m_demo = m_locations.fresh(QStringLiteral("sqlite"));
        const Result r = run({QStringLiteral("demo"), m_demo, QStringLiteral("--scale"), QStringLiteral("small"),
            QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("rows")).toInt() > 10000);
        m_pristine = m_locations.tempPath(QStringLiteral("pristine.caiji"));
        QVERIFY(QFile::copy(m_demo, m_pristine));
    }

    void catalogListJson()
    {
        const Result r = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray tables = o.value(QStringLiteral("tables")).toArray();
        QCOMPARE(tables.size(), test::builtinCatalog().tables.size());
        for (const QJsonValue& t : tables) {
            QVERIFY(!t.toObject().value(QStringLiteral("department")).toString().isEmpty());
            QVERIFY(!t.toObject().value(QStringLiteral("name")).toString().isEmpty());
        }
        QCOMPARE(tables.first().toObject().value(QStringLiteral("code")).toString(),
            test::builtinCatalog().tables.first().code);
    }

    void catalogShow()
    {
        Result r = run(
            {QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("6-1-1"), QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject t = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(t.value(QStringLiteral("department")).toString(), QStringLiteral("组织人事处"));
        QCOMPARE(t.value(QStringLiteral("kind")).toString(), QStringLiteral("source"));
        QCOMPARE(
            t.value(QStringLiteral("fields")).toArray().first().toObject().value(QStringLiteral("name")).toString(),
            QStringLiteral("教工号"));
        // Each field's constraints in words, and the table's rules with whether they run.
        const QJsonObject jgh = t.value(QStringLiteral("fields")).toArray().first().toObject();
        QCOMPARE(jgh.value(QStringLiteral("maxLength")).toInt(), 20);
        QCOMPARE(jgh.value(QStringLiteral("format")).toString(), QStringLiteral("1 至 20 位字母或数字"));
        const QStringList constraints = jgh.value(QStringLiteral("constraints")).toVariant().toStringList();
        QVERIFY2(constraints.filter(QStringLiteral("1 至 20 位字母或数字")).size() == 1,
            qPrintable(constraints.join(QLatin1Char(';'))));
        QVERIFY(!constraints.join(QLatin1Char(' ')).contains(QLatin1Char('^')));
        const QJsonArray rules = t.value(QStringLiteral("rules")).toArray();
        QVERIFY(!rules.isEmpty());
        for (const QJsonValue& v : rules)
            QVERIFY2(v.toObject().value(QStringLiteral("runs")).toBool(),
                qPrintable(v.toObject().value(QStringLiteral("id")).toString()));
        r = run({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("6-1-1")});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("教工号")));
        QVERIFY(r.out.contains(QStringLiteral("1 至 20 位字母或数字")));
        QVERIFY(r.out.contains(QStringLiteral("6-1-1-csrq")));
        // A rule that cannot run says so (the national catalog has none left: a note added here).
        QFile mini(QStringLiteral(CAIJI_TEST_DATA_DIR "/mini-catalog.json"));
        QVERIFY(mini.open(QIODevice::ReadOnly));
        QJsonObject noted = QJsonDocument::fromJson(mini.readAll()).object();
        QJsonArray tables = noted.value(QStringLiteral("tables")).toArray();
        for (int i = 0; i < tables.size(); ++i) {
            QJsonObject table = tables[i].toObject();
            if (table.value(QStringLiteral("code")).toString() != QLatin1String("7-2"))
                continue;
            QJsonArray tableRules = table.value(QStringLiteral("rules")).toArray();
            tableRules.prepend(QJsonObject {{QStringLiteral("id"), QStringLiteral("7-2-note")},
                {QStringLiteral("level"), QStringLiteral("table")},
                {QStringLiteral("severity"), QStringLiteral("info")},
                {QStringLiteral("message"), QStringLiteral("只供人看的说明")}});
            table.insert(QStringLiteral("rules"), tableRules);
            tables[i] = table;
        }
        noted.insert(QStringLiteral("tables"), tables);
        const QString notedPath = m_locations.tempPath(QStringLiteral("noted.json"));
        test::writeFile(notedPath, QJsonDocument(noted).toJson());
        r = run({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("7-2"), QStringLiteral("--json"),
            QStringLiteral("--catalog"), notedPath});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("catalog"), QStringLiteral("check"), notedPath});
        QVERIFY2(r.out.contains(QLatin1String("7-2-note")), qPrintable(r.out));
        r = run({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("7-2"), QStringLiteral("--json"),
            QStringLiteral("--catalog"), notedPath});
        const QJsonArray places
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("rules")).toArray();
        QVERIFY(!places.isEmpty());
        QVERIFY(!places.first().toObject().value(QStringLiteral("runs")).toBool());
        r = run({QStringLiteral("catalog"), QStringLiteral("show"), QStringLiteral("99-9")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("99-9")));
        r = run({QStringLiteral("catalog"), QStringLiteral("list"), QStringLiteral("--workspace"), m_demo,
            QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
    }

    void catalogCheck()
    {
        Result r = run({QStringLiteral("catalog"), QStringLiteral("check"),
            QStringLiteral(CAIJI_TEST_DATA_DIR "/mini-catalog.json")});
        QCOMPARE(r.code, 0);
        // The national catalog: valid, and every rule it states runs.
        r = run({QStringLiteral("catalog"), QStringLiteral("check"), Catalog::builtinPath()});
        QCOMPARE(r.code, 0);
        QCOMPARE(r.out.trimmed().count(QLatin1Char('\n')), 0);
        QVERIFY2(!r.out.contains(QLatin1String("X-25-js")), qPrintable(r.out));
        const QString broken = m_locations.tempPath(QStringLiteral("broken.json"));
        QFile in(QStringLiteral(CAIJI_TEST_DATA_DIR "/mini-catalog.json"));
        QVERIFY(in.open(QIODevice::ReadOnly));
        QByteArray json = in.readAll();
        json.replace("\"codeList\": \"xb\"", "\"codeList\": \"gender\"");
        QFile out(broken);
        QVERIFY(out.open(QIODevice::WriteOnly));
        out.write(json);
        out.close();
        r = run({QStringLiteral("catalog"), QStringLiteral("check"), broken});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QLatin1String("gender")) && r.err.contains(QLatin1String("xb")), qPrintable(r.err));
        r = run(
            {QStringLiteral("init"), m_locations.fresh(QStringLiteral("sqlite")), QStringLiteral("--catalog"), broken});
        QCOMPARE(r.code, 2);
    }

    void status()
    {
        Result r = run({QStringLiteral("status"), m_demo, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QCOMPARE(o.value(QStringLiteral("round")).toInt(), 2024);
        qint64 staffRows = -1;
        for (const QJsonValue& v : o.value(QStringLiteral("tasks")).toArray()) {
            const QJsonObject t = v.toObject();
            if (t.value(QStringLiteral("table")).toString() == QLatin1String("6-1-1")
                && t.value(QStringLiteral("department")).toString() == QLatin1String("ZZRS"))
                staffRows = t.value(QStringLiteral("rows")).toInteger();
        }
        QCOMPARE(staffRows, 300);
        r = run({QStringLiteral("status"), m_demo});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QStringLiteral("组织人事处")));
        r = run({QStringLiteral("status"), m_demo, QStringLiteral("--round"), QStringLiteral("2019")});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QLatin1String("2019")));
    }

    void validate()
    {
        Result r = run({QStringLiteral("validate"), m_demo, QStringLiteral("--json")});
        QCOMPARE(r.code, 1); // the demo's deliberate errors remain
        const QJsonObject o = QJsonDocument::fromJson(r.out.toUtf8()).object();
        QVERIFY(o.value(QStringLiteral("errors")).toInt() >= 8);
        bool idcard = false;
        for (const QJsonValue& v : o.value(QStringLiteral("findings")).toArray()) {
            const QJsonObject f = v.toObject();
            for (const char* key : {"severity", "table", "rowKey", "field", "rule", "message", "department"})
                QVERIFY2(f.contains(QLatin1String(key)), key);
            idcard = idcard
                || (f.value(QStringLiteral("rule")).toString() == QLatin1String("idcard")
                    && f.value(QStringLiteral("table")).toString() == QLatin1String("10-1"));
        }
        QVERIFY(idcard);
        // The findings as an Excel workbook, with each rule in words and the explanation written
        // for a finding with its review state.
        {
            QString error;
            auto ws = Workspace::open(m_demo, &error);
            QVERIFY2(ws, qPrintable(error));
            // A warning to explain: one teacher's actual hours far above the workload.
            QVERIFY(SqlUtil::exec(ws->db(),
                QStringLiteral("UPDATE t_6_1_2_1 SET sjskks = 3 * jxgzl + 1 WHERE \"_seq\" = (SELECT MIN(\"_seq\") "
                               "FROM t_6_1_2_1 WHERE jxgzl > 0)"),
                &error));
            Validator v(*ws, 2024);
            QVector<Finding> found;
            QVERIFY(v.run(&found, &error));
            const auto hours = std::find_if(
                found.begin(), found.end(), [](const Finding& f) { return f.rule == QLatin1String("6-1-2-1-ks"); });
            QVERIFY(hours != found.end());
            QCOMPARE(hours->severity, Severity::Warning);
            const auto owner = AccessPolicy::load(*ws, Actor::workspaceOwner(QStringLiteral("admin")));
            QVERIFY2(
                Explanations(*ws, 2024).explain(*owner, *hours, QStringLiteral("户籍系统中号码如此，已核实"), &error),
                qPrintable(error));
        }
        const QString xlsx = m_locations.tempPath(QStringLiteral("findings.xlsx"));
        r = run({QStringLiteral("validate"), m_demo, QStringLiteral("--xlsx"), xlsx});
        QCOMPARE(r.code, 1);
        XlsxReader book;
        QString error;
        QVERIFY2(book.open(xlsx, &error), qPrintable(error));
        QList<QStringList> rows;
        QVERIFY(book.readSheet(
            0,
            [&](int, const QStringList& cells) {
                rows.append(cells);
                return true;
            },
            &error));
        QVERIFY(rows.size() >= 9);
        QCOMPARE(rows.first().size(), 12);
        bool explained = false;
        for (const QStringList& cells : std::as_const(rows)) {
            QVERIFY2(cells.value(7) != QLatin1String("idcard") && cells.value(7) != QLatin1String("required"),
                qPrintable(cells.join(QLatin1Char('|'))));
            if (cells.value(9) == QStringLiteral("户籍系统中号码如此，已核实")) {
                explained = true;
                QVERIFY(!cells.value(10).isEmpty()); // its review state
                QCOMPARE(cells.value(11), QStringLiteral("admin"));
            }
        }
        QVERIFY(explained);
        // A department with nothing wrong: exit 0.
        r = run({QStringLiteral("validate"), m_demo, QStringLiteral("--department"), QStringLiteral("图书馆")});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        r = run({QStringLiteral("validate"), m_demo, QStringLiteral("--department"), QStringLiteral("宣传部")});
        QCOMPARE(r.code, 2);
        r = run({QStringLiteral("validate"), m_demo, QStringLiteral("--round"), QStringLiteral("2019")});
        QCOMPARE(r.code, 2);
    }

    void rules()
    {
        const QString rule = m_locations.tempPath(QStringLiteral("rule.json"));
        QFile f(rule);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(
            R"({"id":"bigclass","level":"row","severity":"warning","kind":"compare","left":["skrs"],"op":"<=","right":["jxgzl"],"message":"授课人数多于学时"})");
        f.close();
        Result r = run({QStringLiteral("rules"), QStringLiteral("add"), m_demo, QStringLiteral("--table"),
            QStringLiteral("6-1-2-1"), rule});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("rules"), QStringLiteral("list"), m_demo});
        QCOMPARE(r.code, 0);
        QVERIFY(r.out.contains(QLatin1String("bigclass")));
        r = run({QStringLiteral("validate"), m_demo, QStringLiteral("--json")});
        QVERIFY(r.out.contains(QLatin1String("bigclass"))); // the office's rule runs with the catalog's
        r = run({QStringLiteral("rules"), QStringLiteral("add"), m_demo, QStringLiteral("--table"),
            QStringLiteral("6-1-2-1"), rule});
        QCOMPARE(r.code, 2); // the same id twice
        r = run({QStringLiteral("rules"), QStringLiteral("remove"), m_demo, QStringLiteral("bigclass")});
        QCOMPARE(r.code, 0);
        r = run({QStringLiteral("validate"), m_demo, QStringLiteral("--json")});
        QVERIFY(!r.out.contains(QLatin1String("bigclass")));
    }

    void exportWorkbooks()
    {
        // A department's tables: one sheet each, that department's rows, and a report.
        const QString dept = m_locations.tempPath(QStringLiteral("jwc.xlsx"));
        Result r = run({QStringLiteral("export"), m_demo, QStringLiteral("--department"), QStringLiteral("教务处"),
            dept, QStringLiteral("--json")});
        QCOMPARE(r.code, 0);
        const QJsonObject report = QJsonDocument::fromJson(r.out.toUtf8()).object();
        const QJsonArray sheets = report.value(QStringLiteral("sheets")).toArray();
        QVERIFY(sheets.size() >= 3);
        QString error;
        auto ws = Workspace::open(m_demo, &error);
        QVERIFY(ws);
        QSet<QString> assigned;
        for (const Assignment& a : Assignments(*ws).all(2024, &error)) {
            if (a.department == QLatin1String("JWC"))
                assigned.insert(a.tableCode);
        }
        XlsxReader reader;
        QVERIFY2(reader.open(dept, &error), qPrintable(error));
        QCOMPARE(reader.sheets().size(), sheets.size());
        qint64 total = 0;
        for (int i = 0; i < sheets.size(); ++i) {
            const QJsonObject s = sheets[i].toObject();
            QVERIFY2(assigned.contains(s.value(QStringLiteral("table")).toString()),
                qPrintable(s.value(QStringLiteral("table")).toString()));
            QCOMPARE(reader.sheets()[i].name, s.value(QStringLiteral("sheet")).toString());
            const Table& t = *ws->catalog().table(s.value(QStringLiteral("table")).toString());
            QCOMPARE(s.value(QStringLiteral("rows")).toInteger(),
                SqlUtil::scalar(ws->db(),
                    QStringLiteral(
                        "SELECT COUNT(*) FROM %1 WHERE \"_round\" = 2024 AND \"_deleted\" = 0 AND \"_dept\" = 'JWC'")
                        .arg(t.sqlName()))
                    .toLongLong());
            QVERIFY(s.value(QStringLiteral("rows")).toInteger() > 0); // empty tables are left out
            total += s.value(QStringLiteral("rows")).toInteger();
        }
        QCOMPARE(report.value(QStringLiteral("rows")).toInteger(), total);
        int lines = 0;
        QVERIFY(reader.readSheet(
            0,
            [&lines](int, const QStringList&) {
                ++lines;
                return true;
            },
            &error));
        QCOMPARE(lines, sheets[0].toObject().value(QStringLiteral("rows")).toInt() + 1); // and the header
        // The whole round: a line per sheet in the text report.
        const QString round = m_locations.tempPath(QStringLiteral("round.xlsx"));
        r = run({QStringLiteral("export"), m_demo, QStringLiteral("--all"), round});
        QCOMPARE(r.code, 0);
        XlsxReader all;
        QVERIFY(all.open(round, &error));
        QVERIFY(all.sheets().size() > sheets.size());
        QCOMPARE(r.out.count(QLatin1Char('\n')), all.sheets().size() + 1);
        // Refused: no kind, two kinds, several tables as csv.
        QCOMPARE(run({QStringLiteral("export"), m_demo, round}).code, 2);
        QCOMPARE(
            run({QStringLiteral("export"), m_demo, QStringLiteral("--all"), QStringLiteral("--national"), round}).code,
            2);
        QCOMPARE(run({QStringLiteral("export"), m_demo, QStringLiteral("--all"),
                         m_locations.tempPath(QStringLiteral("round.csv"))})
                     .code,
            2);
    }

    void initCommand_data() { test::TestLocations::addBackendRows(); }
    void initCommand()
    {
        QFETCH(QString, backend);
        const QString loc = m_locations.fresh(backend);
        Result r = run({QStringLiteral("init"), loc});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("status"), loc});
        QCOMPARE(r.code, 2); // no round yet (or, on PostgreSQL, nobody signed in): a clear message
        QVERIFY(!r.err.isEmpty());
        if (backend == QLatin1String("postgresql"))
            QVERIFY2(r.err.contains(QLatin1String("--user")), qPrintable(r.err));
        r = run({QStringLiteral("init"), loc});
        QCOMPARE(r.code, 2);
    }

    void errors_data()
    {
        QTest::addColumn<QStringList>("args");
        QTest::addColumn<int>("code");
        QTest::newRow("no command") << QStringList() << 2;
        QTest::newRow("unknown command") << QStringList {QStringLiteral("frobnicate")} << 2;
        QTest::newRow("unknown option") << QStringList {QStringLiteral("status"), QStringLiteral("x.caiji"),
            QStringLiteral("--fast")} << 2;
        QTest::newRow("missing value") << QStringList {QStringLiteral("demo"), QStringLiteral("x.caiji"),
            QStringLiteral("--scale")} << 2;
        QTest::newRow("bad scale") << QStringList {QStringLiteral("demo"), QStringLiteral("x.caiji"),
            QStringLiteral("--scale"), QStringLiteral("huge")}
                                   << 2;
        QTest::newRow("missing workspace")
            << QStringList {QStringLiteral("status"), QStringLiteral("/nonexistent/a.caiji")} << 2;
        QTest::newRow("bad url") << QStringList {QStringLiteral("status"), QStringLiteral("postgresql://")} << 2;
        QTest::newRow("unreachable server")
            << QStringList {QStringLiteral("status"), QStringLiteral("postgresql://u@127.0.0.1:1/db")} << 2;
        QTest::newRow("help") << QStringList {QStringLiteral("--help")} << 0;
    }
    void errors()
    {
        QFETCH(QStringList, args);
        QFETCH(int, code);
        const Result r = run(args);
        QCOMPARE(r.code, code);
        QVERIFY(!r.err.isEmpty());
    }

    void newerWorkspaceIsRefused()
    {
        const QString loc = m_locations.fresh(QStringLiteral("sqlite"));
        QCOMPARE(run({QStringLiteral("init"), loc}).code, 0);
        {
            QString error;
            auto ws = Workspace::open(loc, &error);
            QVERIFY(ws);
            QVERIFY(SqlUtil::exec(ws->db(), QStringLiteral("UPDATE cj_meta SET value = ? WHERE key = 'schema_version'"),
                {WorkspaceSchema::kCurrentVersion + 1}, &error));
        }
        const Result r = run({QStringLiteral("status"), loc});
        QCOMPARE(r.code, 2);
        QVERIFY(r.err.contains(QString::number(WorkspaceSchema::kCurrentVersion + 1)));
    }
    // As 教务处's data administrator: its own data, keys and names of others' source tables,
    // and a refusal (exit 2, the right named, nothing changed) for the rest.
    void rightsHoldOnTheCommandLine()
    {
        qputenv("CAIJI_PASSWORD", DemoBuilder::kDemoPassword);
        const QString user = QStringLiteral("--user=jwc_cjy");
        const qint64 students = rows(QStringLiteral("t_10_1"));
        const qint64 journal = rows(QStringLiteral("cj_journal"));
        const QString file = m_locations.tempPath(QStringLiteral("students.xlsx"));
        QCOMPARE(
            run({QStringLiteral("export"), m_demo, QStringLiteral("--table"), QStringLiteral("10-1"), file}).code, 0);
        struct Refused
        {
            QStringList args;
            Action right;
        };
        const QVector<Refused> refused = {
            {{QStringLiteral("import"), m_demo, QStringLiteral("--table"), QStringLiteral("10-1"), file,
                 QStringLiteral("--department"), QStringLiteral("JWC")},
                Action::Import},
            {{QStringLiteral("import"), m_demo, QStringLiteral("--table"), QStringLiteral("10-1"), file},
                Action::Import},
            {{QStringLiteral("export"), m_demo, QStringLiteral("--national"),
                 m_locations.tempPath(QStringLiteral("n.xlsx")), QStringLiteral("--force")},
                Action::Export},
            {{QStringLiteral("export"), m_demo, QStringLiteral("--all"),
                 m_locations.tempPath(QStringLiteral("a.xlsx"))},
                Action::Export},
            {{QStringLiteral("export"), m_demo, QStringLiteral("--table"), QStringLiteral("10-1"),
                 m_locations.tempPath(QStringLiteral("s.xlsx"))},
                Action::Export},
            {{QStringLiteral("export"), m_demo, QStringLiteral("--department"), QStringLiteral("学工处"),
                 m_locations.tempPath(QStringLiteral("d.xlsx"))},
                Action::Export},
            {{QStringLiteral("rules"), QStringLiteral("remove"), m_demo, QStringLiteral("x")}, Action::Administer},
        };
        for (Refused c : refused) {
            c.args.append(user);
            const Result r = run(c.args);
            QVERIFY2(r.code == 2, qPrintable(c.args.join(QLatin1Char(' ')) + QStringLiteral(" → ") + r.err));
            QVERIFY2(r.err.contains(QStringLiteral("jwc_cjy")) && r.err.contains(actionDisplayName(c.right)),
                qPrintable(r.err));
        }
        QCOMPARE(rows(QStringLiteral("t_10_1")), students);
        QCOMPARE(rows(QStringLiteral("cj_journal")), journal);
        QVERIFY(!QFile::exists(m_locations.tempPath(QStringLiteral("n.xlsx"))));
        // Its own department's tasks only, and its own findings only.
        Result r = run({QStringLiteral("status"), m_demo, QStringLiteral("--json"), user});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray tasks
            = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("tasks")).toArray();
        QVERIFY(!tasks.isEmpty());
        const Catalog catalog = test::builtinCatalog();
        for (const QJsonValue& v : tasks) {
            // Its own tasks, and every department's tasks of the tables 教务处 leads.
            const QJsonObject t = v.toObject();
            const Table* table = catalog.table(t.value(QStringLiteral("table")).toString());
            QVERIFY(table);
            QVERIFY2(t.value(QStringLiteral("department")).toString() == QLatin1String("JWC")
                    || table->department == QStringLiteral("教务处"),
                qPrintable(table->code));
        }
        r = run({QStringLiteral("validate"), m_demo, QStringLiteral("--json"), user});
        for (const QJsonValue& v :
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("findings")).toArray())
            QCOMPARE(v.toObject().value(QStringLiteral("department")).toString(), QStringLiteral("JWC"));
        r = run({QStringLiteral("validate"), m_demo, QStringLiteral("--department"), QStringLiteral("学工处"), user});
        QCOMPARE(r.code, 2);
        // Its own table exports, its own rows.
        r = run({QStringLiteral("export"), m_demo, QStringLiteral("--table"), QStringLiteral("7-1-1"),
            m_locations.tempPath(QStringLiteral("m.csv")), user});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        // A wrong password or an unknown account: nothing.
        qputenv("CAIJI_PASSWORD", "wrong");
        r = run({QStringLiteral("status"), m_demo, user});
        QCOMPARE(r.code, 2);
        QVERIFY(r.out.isEmpty());
        qunsetenv("CAIJI_PASSWORD");
    }

    // The CLI ends where the GUI ends: an import recomputes the summaries and starts the task.
    void importThenValidateHasNoStaleSummary()
    {
        qputenv("CAIJI_PASSWORD", DemoBuilder::kDemoPassword);
        auto summaryFindings = [this] {
            const Result r = run({QStringLiteral("validate"), m_demo, QStringLiteral("--json")});
            int n = 0;
            for (const QJsonValue& v :
                QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("findings")).toArray())
                n += v.toObject().value(QStringLiteral("table")).toString() == QLatin1String("6-1-2-2") ? 1 : 0;
            return n;
        };
        const int before = summaryFindings();
        const QString file = m_locations.tempPath(QStringLiteral("teaching.xlsx"));
        Result r = run({QStringLiteral("export"), m_demo, QStringLiteral("--table"), QStringLiteral("6-1-2-1"),
            QStringLiteral("--department"), QStringLiteral("YX01"), file, QStringLiteral("--codes")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const qint64 teaching = rows(QStringLiteral("t_6_1_2_1"));
        QString error;
        {
            auto ws = Workspace::open(m_demo, &error);
            QVERIFY(SqlUtil::exec(ws->db(),
                QStringLiteral("UPDATE cj_assignment SET state = 'not-started' WHERE table_code = '6-1-2-1' AND "
                               "department = 'YX01'"),
                &error));
        }
        r = run({QStringLiteral("import"), m_demo, QStringLiteral("--table"), QStringLiteral("6-1-2-1"), file,
            QStringLiteral("--user"), QStringLiteral("yx01_cjy"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0 || r.code == 1, qPrintable(r.err));
        const int added = QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("new")).toInt();
        QVERIFY(added > 100);
        QCOMPARE(rows(QStringLiteral("t_6_1_2_1")), teaching + added);
        QCOMPARE(summaryFindings(), before);
        r = run({QStringLiteral("status"), m_demo, QStringLiteral("--json"), QStringLiteral("--user=yx01_cjy")});
        bool filling = false;
        for (const QJsonValue& v :
            QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("tasks")).toArray()) {
            const QJsonObject t = v.toObject();
            if (t.value(QStringLiteral("table")).toString() == QLatin1String("6-1-2-1"))
                filling = t.value(QStringLiteral("state")).toString() == QLatin1String("filling");
        }
        QVERIFY(filling);
        // The import is attributed to the account.
        QVERIFY(SqlUtil::scalar(Workspace::open(m_demo, &error)->db(),
                    QStringLiteral("SELECT COUNT(*) FROM t_6_1_2_1 WHERE \"_created_by\" = 'yx01_cjy'"))
                    .toLongLong()
            == added);
        qunsetenv("CAIJI_PASSWORD");
    }

    // One task through the process from the command line, each step as its own account, on a
    // copy of the demo (the other tests keep theirs being filled).
    void taskStepsAsEachRole()
    {
        const QString ws = m_locations.tempPath(QStringLiteral("workflow.caiji"));
        QVERIFY(QFile::copy(m_pristine, ws));
        qputenv("CAIJI_PASSWORD", DemoBuilder::kDemoPassword);
        auto task = [&](const QString& action, const QString& user, const QStringList& more = {}) {
            return run(QStringList {QStringLiteral("task"), action, ws, QStringLiteral("--table"),
                           QStringLiteral("6-1-2-1"), QStringLiteral("--user"), user}
                + more);
        };
        const QStringList yx01 = {QStringLiteral("--department"), QStringLiteral("YX01")};
        Result r = task(QStringLiteral("confirm"), QStringLiteral("yx01_fzr"));
        QCOMPARE(r.code, 2); // nothing submitted yet
        r = task(QStringLiteral("submit"), QStringLiteral("yx01_cjy"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.out.contains(taskStateDisplayName(TaskState::Submitted)), qPrintable(r.out + r.err));
        r = task(QStringLiteral("submit"), QStringLiteral("yx02_cjy"), yx01);
        QCOMPARE(r.code, 2); // another school's task
        r = task(QStringLiteral("confirm"), QStringLiteral("yx01_fzr"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = task(QStringLiteral("accept"), QStringLiteral("admin"), yx01);
        QCOMPARE(r.code, 2); // 教务处's reviewer first
        QVERIFY(task(QStringLiteral("review"), QStringLiteral("jwc_shy"), yx01).code == 0);
        r = task(QStringLiteral("return"), QStringLiteral("admin"), yx01);
        QCOMPARE(r.code, 2); // a return needs a reason
        QVERIFY(!r.err.isEmpty());
        r = task(QStringLiteral("return"), QStringLiteral("admin"),
            yx01 + QStringList {QStringLiteral("--reason"), QStringLiteral("课时偏少"), QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).object().value(QStringLiteral("state")).toString(),
            QStringLiteral("returned"));
        // The planted errors of 6-1-1 block its submission, and are listed.
        r = run({QStringLiteral("task"), QStringLiteral("submit"), ws, QStringLiteral("--table"),
            QStringLiteral("6-1-1"), QStringLiteral("--user"), QStringLiteral("zzrs_cjy")});
        QCOMPARE(r.code, 1);
        QVERIFY2(r.err.contains(QStringLiteral("学历")), qPrintable(r.err));
        QString error;
        QCOMPARE(SqlUtil::scalar(Workspace::open(ws, &error)->db(),
                     QStringLiteral("SELECT COUNT(*) FROM cj_task_event WHERE table_code = '6-1-2-1'"))
                     .toInt(),
            4);
        qunsetenv("CAIJI_PASSWORD");
    }

    void roundsOfTheOffice()
    {
        const QString ws = m_locations.tempPath(QStringLiteral("rounds.caiji"));
        QVERIFY(QFile::copy(m_pristine, ws));
        const QString y2025 = QStringLiteral("2025");
        Result r = run({QStringLiteral("round"), QStringLiteral("open"), ws, QStringLiteral("--year"), y2025,
            QStringLiteral("--from"), QStringLiteral("2024")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QString error;
        QCOMPARE(SqlUtil::scalar(Workspace::open(ws, &error)->db(),
                     QStringLiteral("SELECT COUNT(*) FROM t_6_1_1 WHERE \"_round\" = 2025"))
                     .toInt(),
            300);
        r = run({QStringLiteral("round"), QStringLiteral("schedule"), ws, QStringLiteral("--round"), y2025,
            QStringLiteral("--opens"), QStringLiteral("2025-10-13"), QStringLiteral("--due"),
            QStringLiteral("2025-11-14")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("status"), ws, QStringLiteral("--round"), y2025, QStringLiteral("--json")});
        QVERIFY(r.out.contains(QStringLiteral("\"deadline\": \"2025-11-14\"")));
        QVERIFY(r.out.contains(QStringLiteral("\"deadline\": \"2025-09-29\""))); // sources: 5 working days before
        // One task's deadline moved into the past: it locks; an exception with a reason lets it be filled again.
        const QStringList task = {ws, QStringLiteral("--round"), y2025, QStringLiteral("--table"),
            QStringLiteral("6-1-1"), QStringLiteral("--department"), QStringLiteral("组织人事处")};
        r = run(QStringList {QStringLiteral("task"), QStringLiteral("deadline")} + task
            + QStringList {QStringLiteral("--until"), QStringLiteral("2025-10-08")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("status"), ws, QStringLiteral("--round"), y2025, QStringLiteral("--json")});
        QVERIFY(r.out.contains(QStringLiteral("\"deadline\": \"2025-10-08\"")));
        const QString later = QDate::currentDate().addDays(3).toString(Qt::ISODate);
        QCOMPARE(run(QStringList {QStringLiteral("task"), QStringLiteral("extend")} + task
                     + QStringList {QStringLiteral("--until"), later})
                     .code,
            2); // no reason
        qputenv("CAIJI_PASSWORD", DemoBuilder::kDemoPassword);
        QCOMPARE(run(QStringList {QStringLiteral("task"), QStringLiteral("extend")} + task
                     + QStringList {QStringLiteral("--until"), later, QStringLiteral("--reason"),
                         QStringLiteral("补录"), QStringLiteral("--user"), QStringLiteral("zzrs_cjy")})
                     .code,
            2); // not the office
        qunsetenv("CAIJI_PASSWORD");
        r = run(QStringList {QStringLiteral("task"), QStringLiteral("extend")} + task
            + QStringList {
                QStringLiteral("--until"), later, QStringLiteral("--reason"), QStringLiteral("补录新进教师")});
        QVERIFY2(r.code == 0 && r.out.contains(later), qPrintable(r.err));
        QCOMPARE(SqlUtil::scalar(Workspace::open(ws, &error)->db(),
                     QStringLiteral("SELECT reason FROM cj_deadline_exception WHERE table_code = '6-1-1'"))
                     .toString(),
            QStringLiteral("补录新进教师"));
        qputenv("CAIJI_PASSWORD", DemoBuilder::kDemoPassword);
        r = run({QStringLiteral("round"), QStringLiteral("close"), ws, QStringLiteral("--year"), y2025,
            QStringLiteral("--user"), QStringLiteral("jwc_cjy")});
        QCOMPARE(r.code, 2);
        qunsetenv("CAIJI_PASSWORD");
        QCOMPARE(run({QStringLiteral("round"), QStringLiteral("close"), ws, QStringLiteral("--year"), y2025}).code, 0);
        QCOMPARE(run({QStringLiteral("round"), QStringLiteral("reopen"), ws, QStringLiteral("--year"), y2025}).code, 2);
        QCOMPARE(run({QStringLiteral("round"), QStringLiteral("reopen"), ws, QStringLiteral("--year"), y2025,
                         QStringLiteral("--reason"), QStringLiteral("补报")})
                     .code,
            0);
    }

    void accountsFromTheCommandLine()
    {
        const QString ws = m_locations.tempPath(QStringLiteral("users.caiji"));
        QVERIFY(QFile::copy(m_pristine, ws));
        qputenv("CAIJI_PASSWORD", DemoBuilder::kDemoPassword);
        auto user = [&](const QStringList& args, const QString& as) {
            return run(QStringList {QStringLiteral("user")} + args + QStringList {QStringLiteral("--user"), as});
        };
        Result r = user({QStringLiteral("list"), ws}, QStringLiteral("admin"));
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("yx01_cjy")), qPrintable(r.err));
        QCOMPARE(user({QStringLiteral("list"), ws}, QStringLiteral("yx01_cjy")).code, 2);
        QCOMPARE(user({QStringLiteral("disable"), ws, QStringLiteral("yx01_fzr")}, QStringLiteral("yx01_cjy")).code, 2);
        QCOMPARE(user({QStringLiteral("disable"), ws, QStringLiteral("yx01_fzr")}, QStringLiteral("admin")).code, 0);
        QCOMPARE(run({QStringLiteral("status"), ws, QStringLiteral("--user"), QStringLiteral("yx01_fzr")}).code, 2);
        qputenv("CAIJI_NEW_PASSWORD", "weak");
        QCOMPARE(user({QStringLiteral("passwd"), ws}, QStringLiteral("yx01_cjy")).code, 2);
        qputenv("CAIJI_NEW_PASSWORD", "Neu2025pass");
        QCOMPARE(user({QStringLiteral("passwd"), ws}, QStringLiteral("yx01_cjy")).code, 0);
        QCOMPARE(run({QStringLiteral("status"), ws, QStringLiteral("--user"), QStringLiteral("yx01_cjy")}).code, 2);
        qputenv("CAIJI_PASSWORD", "Neu2025pass");
        QCOMPARE(run({QStringLiteral("status"), ws, QStringLiteral("--user"), QStringLiteral("yx01_cjy")}).code, 0);
        // The office creates an account; a taken login, an unknown role or department, a weak
        // password create nothing.
        qputenv("CAIJI_PASSWORD", DemoBuilder::kDemoPassword);
        qputenv("CAIJI_NEW_PASSWORD", "Kyzx2026pass");
        const QStringList add = {QStringLiteral("add"), ws, QStringLiteral("kyzx_wangwu"), QStringLiteral("--name"),
            QStringLiteral("王五"), QStringLiteral("--department"), QStringLiteral("科研中心")};
        QCOMPARE(
            user(add + QStringList {QStringLiteral("--role"), QStringLiteral("boss")}, QStringLiteral("admin")).code,
            2);
        QCOMPARE(
            user(add + QStringList {QStringLiteral("--role"), QStringLiteral("collector")}, QStringLiteral("yx01_cjy"))
                .code,
            2);
        r = user({QStringLiteral("add"), ws, QStringLiteral("kyzx_wangwu"), QStringLiteral("--name"),
                     QStringLiteral("王五"), QStringLiteral("--department"), QStringLiteral("不存在处"),
                     QStringLiteral("--role"), QStringLiteral("collector")},
            QStringLiteral("admin"));
        QVERIFY2(r.code == 2 && r.err.contains(QStringLiteral("不存在处")), qPrintable(r.err));
        r = user(add + QStringList {QStringLiteral("--role"), QStringLiteral("collector")}, QStringLiteral("admin"));
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QCOMPARE(
            user(add + QStringList {QStringLiteral("--role"), QStringLiteral("collector")}, QStringLiteral("admin"))
                .code,
            2); // taken
        qputenv("CAIJI_PASSWORD", "Kyzx2026pass");
        r = run({QStringLiteral("status"), ws, QStringLiteral("--user"), QStringLiteral("kyzx_wangwu"),
            QStringLiteral("--json")});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("KYZX")), qPrintable(r.err));
        qunsetenv("CAIJI_NEW_PASSWORD");
        qunsetenv("CAIJI_PASSWORD");
    }

    // The division of the tables from the command line: shown, exported, imported back from a
    // workbook a person edited, one table set; a bad workbook names the row and changes nothing.
    void divisionOfTheTables()
    {
        const QString ws = m_locations.tempPath(QStringLiteral("division.caiji"));
        QVERIFY(QFile::copy(m_pristine, ws));
        Result r = run({QStringLiteral("division"), QStringLiteral("show"), ws, QStringLiteral("--json")});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        const QJsonArray before = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(before.size() > 50);
        auto divisionOf = [](const QJsonArray& rows, const QString& table) {
            for (const QJsonValue& v : rows) {
                if (v[QStringLiteral("table")].toString() == table)
                    return v.toObject();
            }
            return QJsonObject();
        };
        QCOMPARE(
            divisionOf(before, QStringLiteral("6-1-2-1"))[QStringLiteral("lead")].toString(), QStringLiteral("JWC"));
        const QString xlsx = m_locations.tempPath(QStringLiteral("division.xlsx"));
        r = run({QStringLiteral("division"), QStringLiteral("export"), ws, xlsx});
        QVERIFY2(r.code == 0 && QFile::exists(xlsx), qPrintable(r.err));
        // Read back unchanged: nothing to do.
        r = run({QStringLiteral("division"), QStringLiteral("import"), ws, xlsx});
        QVERIFY2(r.code == 0 && !r.out.contains(QStringLiteral("6-1-2-1")), qPrintable(r.out + r.err));
        // The 院系 are added to 1-1 in a workbook an office member typed (a CSV here), with a title row.
        const QString lead = divisionOf(before, QStringLiteral("1-1"))[QStringLiteral("lead")].toString();
        const QString csv = m_locations.tempPath(QStringLiteral("division.csv"));
        test::writeFile(csv,
            QStringLiteral("2024 任务分解表\n表号,表名,牵头部门,参与填报部门\n1-1,学校基本信息,%1,各院系\n")
                .arg(lead)
                .toUtf8());
        r = run({QStringLiteral("division"), QStringLiteral("import"), ws, csv, QStringLiteral("--reason"),
            QStringLiteral("院系分报")});
        QVERIFY2(r.code == 0 && r.out.contains(QStringLiteral("1-1")), qPrintable(r.out + r.err));
        r = run({QStringLiteral("division"), QStringLiteral("show"), ws, QStringLiteral("--json")});
        const QJsonArray after = QJsonDocument::fromJson(r.out.toUtf8()).array();
        QVERIFY(divisionOf(after, QStringLiteral("1-1"))[QStringLiteral("fill")].toArray().contains(
            QStringLiteral("YX01")));
        qputenv("CAIJI_PASSWORD", DemoBuilder::kDemoPassword);
        r = run({QStringLiteral("status"), ws, QStringLiteral("--user"), QStringLiteral("yx01_cjy"),
            QStringLiteral("--json")});
        QVERIFY2(r.out.contains(QStringLiteral("\"1-1\"")), qPrintable(r.out));
        // Only the office divides the tables.
        QCOMPARE(run({QStringLiteral("division"), QStringLiteral("set"), ws, QStringLiteral("--table"),
                         QStringLiteral("1-1"), QStringLiteral("--lead"), lead, QStringLiteral("--user"),
                         QStringLiteral("yx01_cjy")})
                     .code,
            2);
        qunsetenv("CAIJI_PASSWORD");
        // A department nobody knows, on row 3: refused, naming it, and nothing changes.
        test::writeFile(csv,
            QStringLiteral("表号,表名,牵头部门,参与填报部门\n1-1,,%1,\n7-2,,教务处,外星学院\n").arg(lead).toUtf8());
        r = run({QStringLiteral("division"), QStringLiteral("import"), ws, csv});
        QVERIFY2(r.code == 2 && r.err.contains(QStringLiteral("外星学院")) && r.err.contains(QStringLiteral("3")),
            qPrintable(r.err));
        r = run({QStringLiteral("division"), QStringLiteral("show"), ws, QStringLiteral("--json")});
        QCOMPARE(QJsonDocument::fromJson(r.out.toUtf8()).array(), after);
        // One table set: back to its lead alone.
        r = run({QStringLiteral("division"), QStringLiteral("set"), ws, QStringLiteral("--table"),
            QStringLiteral("1-1"), QStringLiteral("--lead"), lead});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = run({QStringLiteral("division"), QStringLiteral("show"), ws, QStringLiteral("--json")});
        QCOMPARE(divisionOf(QJsonDocument::fromJson(r.out.toUtf8()).array(), QStringLiteral("1-1")),
            divisionOf(before, QStringLiteral("1-1")));
    }
};

QTEST_GUILESS_MAIN(TestCliApp)
#include "tst_cliapp.moc"
