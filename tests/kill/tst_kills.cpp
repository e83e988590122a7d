// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
// The kill harness (issue 14): a child process edits, pastes, imports, edits the details of a
// summary, confirms a task or prints a confirmation letter, and is killed with SIGKILL at a
// random moment, again and again, on both backends. After every kill the workspace passes the
// database's own checks (SQLite's integrity_check, PostgreSQL's amcheck of every index), every
// write the child acknowledged is there, nothing half-done is visible (a paste is all its rows
// or none, an import all its rows or none, a summary agrees with its details or is marked to be
// recomputed, a confirmation has its letter), and the operation simply runs again. CAIJI_KILLS
// sets the kills per operation and backend (CI: 5; with 100, give QtTest time:
// QTEST_FUNCTION_TIMEOUT=3600000; the figures in the closing notes are from 100).
#include "PdfPages.h"
#include "TestWorkspace.h"
#include "core/demo/DemoBuilder.h"
#include "core/session/Session.h"
#include "core/session/SummaryRefresh.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/validation/SummaryBuilder.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QTest>

using namespace caiji;

class TestKills : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;
    QHash<QString, QString> m_demos; ///< backend → its demo workspace, made once
    static constexpr int kAdded = 20; ///< rows each merge's package adds

    int kills() const
    {
        return qEnvironmentVariableIsSet("CAIJI_KILLS") ? qEnvironmentVariableIntValue("CAIJI_KILLS") : 5;
    }

    QString demo(const QString& backend)
    {
        if (!m_demos.contains(backend)) {
            const QString location = m_locations.fresh(backend);
            test::makeSmallDemo(location);
            m_demos.insert(backend, location);
        }
        return m_demos.value(backend);
    }

    /// The database's own check of what a kill left.
    static bool intact(Workspace& ws, QString* why)
    {
        if (ws.dialect().isPostgres()) {
            QString error;
            if (!SqlUtil::exec(ws.db(), "CREATE EXTENSION IF NOT EXISTS amcheck", &error)) {
                *why = error;
                return false;
            }
            QSqlQuery q(ws.db());
            // Every B-tree index of the workspace's schema, with its heap (every row indexed).
            if (!q.exec("SELECT c.relname, bt_index_check(c.oid, true) FROM pg_index i JOIN pg_class c ON c.oid = "
                        "i.indexrelid JOIN pg_am a ON a.oid = c.relam WHERE a.amname = 'btree' AND c.relnamespace = "
                        "current_schema()::regnamespace")) {
                *why = SqlUtil::describe(q);
                return false;
            }
            int checked = 0;
            while (q.next())
                ++checked;
            *why = QString("%1 indexes checked").arg(checked);
            return checked > 0;
        }
        *why = SqlUtil::scalar(ws.db(), "PRAGMA integrity_check").toString();
        return *why == "ok";
    }

    static QString run(QProcess& p, const QStringList& args, int killAfterMs)
    {
        p.start(QStringLiteral(CAIJI_KILLCHILD_PATH), args);
        if (!p.waitForStarted())
            return QString();
        QTest::qWait(killAfterMs);
        p.kill();
        p.waitForFinished();
        return QString::fromUtf8(p.readAllStandardOutput());
    }

    static int lastAck(const QString& out)
    {
        int last = -1;
        static const QRegularExpression line("^ack (\\d+)$", QRegularExpression::MultilineOption);
        for (auto it = line.globalMatch(out); it.hasNext();)
            last = it.next().captured(1).toInt();
        return last;
    }

private slots:
    void initTestCase()
    {
        // The command line signs in as 学工处's collector (a server workspace needs an account).
        qputenv("CAIJI_PASSWORD", DemoBuilder::kDemoPassword);
    }

    void edits_data() { test::TestLocations::addBackendRows(); }
    void edits()
    {
        QFETCH(QString, backend);
        const QString location = demo(backend);
        auto* random = QRandomGenerator::global();
        int acknowledged = 0;
        for (int k = 0; k < kills(); ++k) {
            QProcess child;
            const QString out = run(child, {"edit", location, "1000000"}, 150 + random->bounded(1200));
            const int last = lastAck(out);
            acknowledged += last + 1;
            QString error;
            auto ws = Workspace::open(location, &error);
            QVERIFY2(ws, qPrintable(error));
            QString why;
            QVERIFY2(intact(*ws, &why), qPrintable(QString("kill %1: %2").arg(k).arg(why)));
            // Each of the fifty rows holds its last acknowledged edit, or a later one that
            // committed before the kill came.
            QSqlQuery q(ws->db());
            QVERIFY(q.exec(
                "SELECT bj FROM t_10_1 WHERE \"_round\" = 2024 AND \"_deleted\" = 0 ORDER BY \"_seq\" LIMIT 50"));
            for (int r = 0; q.next(); ++r) {
                int wanted = -1;
                for (int n = r; n <= last; n += 50)
                    wanted = n;
                if (wanted < 0)
                    continue;
                const QString v = q.value(0).toString();
                QVERIFY2(v.startsWith('e') && v.mid(1).toInt() >= wanted && v.mid(1).toInt() % 50 == r,
                    qPrintable(
                        QString("kill %1, row %2: acknowledged e%3, holds %4").arg(k).arg(r).arg(wanted).arg(v)));
            }
        }
        qInfo("%s: %d kills, %d edits acknowledged before them, none lost", qPrintable(backend), kills(), acknowledged);
        // And it simply runs again.
        QProcess again;
        again.start(QStringLiteral(CAIJI_KILLCHILD_PATH), {"edit", location, "60"});
        QVERIFY(again.waitForFinished(60000));
        QCOMPARE(again.exitCode(), 0);
        QCOMPARE(lastAck(QString::fromUtf8(again.readAllStandardOutput())), 59);
    }

    void pastes_data() { test::TestLocations::addBackendRows(); }
    void pastes()
    {
        QFETCH(QString, backend);
        const QString location = demo(backend);
        auto* random = QRandomGenerator::global();
        for (int k = 0; k < kills(); ++k) {
            QProcess child;
            const int last = lastAck(run(child, {"paste", location, "1000000"}, 150 + random->bounded(1500)));
            QString error;
            auto ws = Workspace::open(location, &error);
            QString why;
            QVERIFY2(intact(*ws, &why), qPrintable(QString("kill %1: %2").arg(k).arg(why)));
            // A paste is all its rows or none: the two hundred rows hold one paste's value.
            QSqlQuery q(ws->db());
            QVERIFY(q.exec(
                "SELECT bj FROM t_10_1 WHERE \"_round\" = 2024 AND \"_deleted\" = 0 ORDER BY \"_seq\" LIMIT 200"));
            QSet<QString> pasted;
            int others = 0;
            while (q.next()) {
                const QString v = q.value(0).toString();
                if (QRegularExpression("^p\\d+$").match(v).hasMatch())
                    pasted.insert(v);
                else
                    ++others;
            }
            QVERIFY2(pasted.size() <= 1 && (pasted.isEmpty() || others == 0),
                qPrintable(
                    QString("kill %1: half a paste (%2 values, %3 other rows)").arg(k).arg(pasted.size()).arg(others)));
            if (last >= 0) {
                QVERIFY2(!pasted.isEmpty() && pasted.begin()->mid(1).toInt() >= last,
                    qPrintable(QString("kill %1: paste %2 acknowledged, rows hold %3")
                                   .arg(k)
                                   .arg(last)
                                   .arg(pasted.isEmpty() ? QString("none") : *pasted.begin())));
            }
        }
    }

    // A detail edit and its summary's recompute are two transactions: a kill between them
    // leaves the summary marked stale (in the edit's transaction), and the next session that
    // signs in recomputes it. Never a summary that disagrees with its details unmarked.
    void summaries_data() { test::TestLocations::addBackendRows(); }
    void summaries()
    {
        QFETCH(QString, backend);
        const QString location = demo(backend);
        auto* random = QRandomGenerator::global();
        int acknowledged = 0;
        int caughtUp = 0;
        for (int k = 0; k < kills(); ++k) {
            QProcess child;
            const int last = lastAck(run(child, {"summary", location, "1000000"}, 150 + random->bounded(1500)));
            acknowledged += last + 1;
            QString error;
            auto ws = Workspace::open(location, &error);
            QVERIFY2(ws, qPrintable(error));
            QString why;
            QVERIFY2(intact(*ws, &why), qPrintable(QString("kill %1: %2").arg(k).arg(why)));
            QSqlQuery q(ws->db());
            QVERIFY(q.exec(
                "SELECT jxgzl FROM t_6_1_2_1 WHERE \"_round\" = 2024 AND \"_deleted\" = 0 ORDER BY \"_seq\" LIMIT 50"));
            for (int r = 0; q.next(); ++r) {
                int wanted = -1;
                for (int n = r; n <= last; n += 50)
                    wanted = n;
                const int n = q.value(0).toInt() - 1000;
                QVERIFY2(wanted < 0 || (n >= wanted && n % 50 == r),
                    qPrintable(QString("kill %1, row %2: acknowledged %3, holds %4")
                                   .arg(k)
                                   .arg(r)
                                   .arg(1000 + wanted)
                                   .arg(n + 1000)));
            }
            q.finish();
            const bool marked = !SummaryRefresh::stale(*ws).isEmpty();
            caughtUp += marked ? 1 : 0;
            const auto session = Session::asOwner(std::move(ws), "admin", &error, 2024);
            QVERIFY2(session, qPrintable(error));
            QVERIFY(SummaryRefresh::stale(session->workspace()).isEmpty());
            // The summary agrees with its details: recomputing it changes nothing.
            int changed = -1;
            QVERIFY2(SummaryBuilder(session->gateway(), 2024).rebuild("6-1-2-2", &changed, &error), qPrintable(error));
            QVERIFY2(changed == 0,
                qPrintable(QString("kill %1: the summary was stale%2 (%3 rows)")
                               .arg(k)
                               .arg(marked ? " and marked" : ", unmarked")
                               .arg(changed)));
        }
        qInfo("%s: %d kills, %d edits acknowledged before them, none lost; %d kills came between an edit and "
              "its summary, each caught up when the next session signed in",
            qPrintable(backend), kills(), acknowledged, caughtUp);
    }

    // Each step of the workflow is one transaction: after a kill the task's state is the one its
    // journal's last event reached, every acknowledged step is journaled, and the cycle goes on.
    void confirms_data() { test::TestLocations::addBackendRows(); }
    void confirms()
    {
        QFETCH(QString, backend);
        const QString location = demo(backend);
        auto* random = QRandomGenerator::global();
        const QString task = "round = 2024 AND table_code = '4-2-1' AND department = 'JWC'";
        int acknowledged = 0;
        for (int k = 0; k < kills(); ++k) {
            qint64 before = 0;
            QString error;
            {
                auto ws = Workspace::open(location, &error);
                QVERIFY2(ws, qPrintable(error));
                before = SqlUtil::scalar(ws->db(), "SELECT COUNT(*) FROM cj_task_event WHERE " + task).toLongLong();
            }
            QProcess child;
            const int last = lastAck(run(child, {"confirm", location, "1000000"}, 150 + random->bounded(1500)));
            acknowledged += last + 1;
            auto ws = Workspace::open(location, &error);
            QVERIFY2(ws, qPrintable(error));
            QString why;
            QVERIFY2(intact(*ws, &why), qPrintable(QString("kill %1: %2").arg(k).arg(why)));
            const qint64 events
                = SqlUtil::scalar(ws->db(), "SELECT COUNT(*) FROM cj_task_event WHERE " + task).toLongLong();
            QVERIFY2(events - before >= last + 1,
                qPrintable(
                    QString("kill %1: %2 steps acknowledged, %3 journaled").arg(k).arg(last + 1).arg(events - before)));
            const QString state = SqlUtil::scalar(ws->db(), "SELECT state FROM cj_assignment WHERE " + task).toString();
            const QString reached = SqlUtil::scalar(
                ws->db(), "SELECT to_state FROM cj_task_event WHERE " + task + " ORDER BY id DESC LIMIT 1")
                                        .toString();
            QVERIFY2(state == reached,
                qPrintable(QString("kill %1: the task is %2, its journal says %3").arg(k).arg(state, reached)));
        }
        qInfo("%s: %d kills, %d workflow steps acknowledged before them, none lost", qPrintable(backend), kills(),
            acknowledged);
        QProcess again;
        again.start(QStringLiteral(CAIJI_KILLCHILD_PATH), {"confirm", location, "30"});
        QVERIFY(again.waitForFinished(60000));
        QCOMPARE(again.exitCode(), 0);
    }

    // Printing a confirmed letter registers it (a new number voids the one it replaces) and
    // writes the PDF: after a kill the registry is a chain of void letters ending in one that
    // stands, every acknowledged letter is in it, and the PDF is a whole letter of the registry
    // (the one before when the kill came between registering and writing it), never half of one.
    void letters_data() { test::TestLocations::addBackendRows(); }
    void letters()
    {
        QFETCH(QString, backend);
        const QString location = demo(backend);
        const QString pdf = m_locations.tempPath("letter-" + backend + ".pdf");
        auto* random = QRandomGenerator::global();
        int printed = 0;
        for (int k = 0; k < kills(); ++k) {
            QProcess child;
            const QString out = run(child, {"letter", location, "1000000", pdf}, 300 + random->bounded(1500));
            static const QRegularExpression ack("^ack \\d+ (\\S+)$", QRegularExpression::MultilineOption);
            QString acked;
            for (auto it = ack.globalMatch(out); it.hasNext(); ++printed)
                acked = it.next().captured(1);
            QString error;
            auto ws = Workspace::open(location, &error);
            QVERIFY2(ws, qPrintable(error));
            QString why;
            QVERIFY2(intact(*ws, &why), qPrintable(QString("kill %1: %2").arg(k).arg(why)));
            QSqlQuery q(ws->db());
            QVERIFY(q.exec("SELECT number, state, replaces FROM cj_letter WHERE round = 2024 AND department = 'DDKH' "
                           "ORDER BY id"));
            QStringList numbers;
            QStringList states;
            while (q.next()) {
                // Each letter replaces the one before it.
                QCOMPARE(q.value(2).toString(), numbers.isEmpty() ? QString() : numbers.last());
                numbers.append(q.value(0).toString());
                states.append(q.value(1).toString());
            }
            q.finish();
            for (int i = 0; i < numbers.size(); ++i) {
                QVERIFY2(states[i] == (i == numbers.size() - 1 ? "issued" : "void"),
                    qPrintable(QString("kill %1: %2 is %3").arg(k).arg(numbers[i], states[i])));
            }
            if (!acked.isEmpty())
                QVERIFY2(
                    numbers.contains(acked), qPrintable(QString("kill %1: letter %2 was printed").arg(k).arg(acked)));
            if (QFile::exists(pdf)) {
                const QString text = test::pdfText(pdf);
                const int n = numbers.size();
                const bool whole
                    = (n >= 1 && text.contains(numbers[n - 1])) || (n >= 2 && text.contains(numbers[n - 2]));
                QVERIFY2(whole, qPrintable(QString("kill %1: the PDF is not a whole letter of the registry").arg(k)));
            }
        }
        qInfo("%s: %d kills, %d letters printed before them; the registry and the PDF whole after each",
            qPrintable(backend), kills(), printed);
        QProcess again;
        again.start(QStringLiteral(CAIJI_KILLCHILD_PATH), {"letter", location, "3", pdf});
        QVERIFY(again.waitForFinished(60000));
        QCOMPARE(again.exitCode(), 0);
    }

    // A merge killed at any moment leaves the department's rows as they were or wholly merged,
    // never between, and merging again completes it. Each time the office issues 学工处 a fresh
    // package, every row of 10-1 is changed in it and rows are added (keys of their own), and
    // caiji-cli merges it as the office.
    void merges_data() { test::TestLocations::addBackendRows(); }
    void merges()
    {
        QFETCH(QString, backend);
        const QString location = demo(backend);
        auto* random = QRandomGenerator::global();
        // A fresh package of 学工处 with every row of 10-1 changed to `mark`.
        auto issue = [&](const QString& mark, QString* pkg) {
            *pkg = m_locations.tempPath(QString("merge-%1-%2.caijipkg").arg(backend, mark));
            test::CliResult r
                = test::runCli({"package", "export", location, "--department", "学工处", *pkg, "--user", "admin"});
            QString error;
            auto package = r.code == 0 ? Workspace::open(*pkg, &error) : nullptr;
            if (!package
                || !SqlUtil::exec(package->db(),
                    "UPDATE t_10_1 SET bj = ?, \"_version\" = \"_version\" + 1 WHERE \"_dept\" = 'XGC' AND "
                    "\"_deleted\" = 0",
                    {mark}, &error))
                return false;
            // Copies of the first rows with an id and a student number of their own.
            const Table& students = *package->catalog().table("10-1");
            QStringList cols;
            QStringList values;
            for (const Field& f : students.fields) {
                cols.append(SqlDialect::quote(f.key));
                values.append(
                    f.key == QLatin1String("xh") ? QStringLiteral("'K' || ? || 'S' || \"_seq\"") : cols.last());
            }
            return SqlUtil::exec(package->db(),
                QStringLiteral(
                    "INSERT INTO t_10_1 (\"_id\", \"_round\", \"_dept\", \"_created_by\", \"_created_at\", "
                    "%1) SELECT 'kill' || ? || '-' || \"_seq\", \"_round\", \"_dept\", 'kill', \"_created_at\", %2 "
                    "FROM t_10_1 WHERE \"_dept\" = 'XGC' AND \"_deleted\" = 0 AND \"_created_by\" IS NOT 'kill' "
                    "ORDER BY \"_seq\" LIMIT %3")
                    .arg(cols.join(','), values.join(','))
                    .arg(kAdded),
                {mark, mark}, &error);
        };
        // How long a whole merge takes, the program's start included: the kills fall inside it.
        QString pkg;
        QVERIFY(issue("whole", &pkg));
        QElapsedTimer whole;
        whole.start();
        QCOMPARE(QProcess::execute(QStringLiteral(CAIJI_CLI_PATH), {"merge", location, pkg, "--user", "admin"}), 0);
        const int span = static_cast<int>(qMax<qint64>(50, whole.elapsed()));
        int beforeCommit = 0;
        for (int k = 0; k < kills(); ++k) {
            const QString mark = QString("m%1").arg(k);
            QVERIFY(issue(mark, &pkg));
            QProcess cli;
            cli.start(QStringLiteral(CAIJI_CLI_PATH), {"merge", location, pkg, "--user", "admin"});
            QVERIFY(cli.waitForStarted());
            QTest::qWait(random->bounded(span));
            cli.kill();
            cli.waitForFinished();
            QString error;
            auto ws = Workspace::open(location, &error);
            QVERIFY2(ws, qPrintable(error));
            QString why;
            QVERIFY2(intact(*ws, &why), qPrintable(QString("kill %1: %2").arg(k).arg(why)));
            auto merged = [&ws, &mark] {
                return SqlUtil::scalar(ws->db(),
                    "SELECT COUNT(*) FROM t_10_1 WHERE \"_dept\" = 'XGC' AND \"_deleted\" = 0 AND bj = ?", {mark})
                    .toLongLong();
            };
            auto rows = [&ws] {
                return SqlUtil::scalar(
                    ws->db(), "SELECT COUNT(*) FROM t_10_1 WHERE \"_dept\" = 'XGC' AND \"_deleted\" = 0")
                    .toLongLong();
            };
            auto added = [&ws, &mark] {
                return SqlUtil::scalar(
                    ws->db(), "SELECT COUNT(*) FROM t_10_1 WHERE \"_id\" LIKE ?", {QString("kill%1-%").arg(mark)})
                    .toLongLong();
            };
            QVERIFY(rows() > 0);
            const qint64 now = merged();
            // Every row changed and every row added, or none of them.
            QVERIFY2((now == 0 && added() == 0) || (now == rows() && added() == kAdded),
                qPrintable(QString("kill %1: %2 of %3 rows merged, %4 of %5 added")
                               .arg(k)
                               .arg(now)
                               .arg(rows())
                               .arg(added())
                               .arg(kAdded)));
            if (now == 0) {
                ++beforeCommit;
                // Killed before it committed: it simply runs again.
                const test::CliResult r = test::runCli({"merge", location, pkg, "--user", "admin"});
                QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
                QCOMPARE(merged(), rows());
                QCOMPARE(added(), kAdded);
            }
        }
        qInfo("%s: %d kills within a merge of %d ms, %d before the commit, never a half merge", qPrintable(backend),
            kills(), span, beforeCommit);
    }

    void imports_data() { test::TestLocations::addBackendRows(); }
    void imports()
    {
        QFETCH(QString, backend);
        const QString location = demo(backend);
        // Two thousand new students, keys of their own.
        const QString exported = m_locations.tempPath("students-" + backend + ".csv");
        test::CliResult r = test::runCli({"export", location, "--table", "10-1", exported, "--user", "xgc_cjy"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QFile in(exported);
        QVERIFY(in.open(QIODevice::ReadOnly));
        QStringList lines = QString::fromUtf8(in.readAll()).split('\n', Qt::SkipEmptyParts);
        auto* random = QRandomGenerator::global();
        auto count = [](Workspace& ws) {
            return SqlUtil::scalar(ws.db(), "SELECT COUNT(*) FROM t_10_1 WHERE \"_deleted\" = 0").toLongLong();
        };
        for (int k = 0; k < kills(); ++k) {
            const QString file = m_locations.tempPath(QString("import-%1-%2.csv").arg(backend).arg(k));
            QStringList rows {lines.first()};
            for (int i = 1; i <= 2000 && i < lines.size(); ++i)
                rows.append(QString("K%1%2%3").arg(k).arg(i, 5, 10, QChar('0')).arg(lines[i]));
            test::writeFile(file, rows.join('\n').toUtf8());
            QString error;
            qint64 before = 0;
            {
                auto ws = Workspace::open(location, &error);
                before = count(*ws);
            }
            QProcess cli;
            cli.start(QStringLiteral(CAIJI_CLI_PATH),
                {"import", location, "--table", "10-1", file, "--mode", "append", "--department", "学工处", "--user",
                    "xgc_cjy"});
            QVERIFY(cli.waitForStarted());
            QTest::qWait(100 + random->bounded(1500));
            const bool killed = cli.state() != QProcess::NotRunning;
            cli.kill();
            cli.waitForFinished();
            auto ws = Workspace::open(location, &error);
            QString why;
            QVERIFY2(intact(*ws, &why), qPrintable(QString("kill %1: %2").arg(k).arg(why)));
            const qint64 after = count(*ws);
            const qint64 added = rows.size() - 1;
            QVERIFY2(after == before || after == before + added,
                qPrintable(QString("kill %1: %2 rows before, %3 after").arg(k).arg(before).arg(after)));
            if (!killed)
                QCOMPARE(after, before + added);
            if (after == before) {
                // Killed before it committed: it simply runs again.
                r = test::runCli({"import", location, "--table", "10-1", file, "--mode", "append", "--department",
                    "学工处", "--user", "xgc_cjy"});
                QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
                QCOMPARE(count(*ws), before + added);
            }
        }
    }
};

QTEST_MAIN(TestKills)
#include "tst_kills.moc"
