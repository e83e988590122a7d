#include "LoadBench.h"

#include "BenchReport.h"
#include "BenchSupport.h"
#include "core/auth/Accounts.h"
#include "core/demo/DemoBuilder.h"
#include "core/session/Session.h"
#include "core/session/SummaryRefresh.h"
#include "core/storage/Directory.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/workflow/Assignments.h"
#include "core/write/WriteGateway.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTimer>

#include <algorithm>

namespace caiji::bench {

namespace {
constexpr int kEditMs = 200; // a cell edit every 200 ms
constexpr int kPasteMs = 10000; // a paste of 200 rows every 10 s
constexpr int kPasteRows = 200;

QString cliPath()
{
    const QString given = qEnvironmentVariable("CAIJI_CLI");
    return given.isEmpty() ? QCoreApplication::applicationDirPath() + QStringLiteral("/../../app/caiji-cli") : given;
}

/// Runs the command line quietly (its report is not the benchmark's); its exit code.
int quietly(const QStringList& args)
{
    QProcess p;
    p.setStandardOutputFile(QProcess::nullDevice());
    p.setStandardErrorFile(QProcess::nullDevice());
    p.start(cliPath(), args);
    p.waitForFinished(-1);
    return p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1;
}

double percentile(QVector<double> v, double p)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    return v[std::min<qsizetype>(v.size() - 1, static_cast<qsizetype>(p * static_cast<double>(v.size())))];
}
} // namespace

int runLoadClient(const QStringList& args, QTextStream& out, QTextStream& err)
{
    // load-client WS DEPT TABLE FIELD SECONDS LOGIN SUMMARIES
    if (args.size() != 7)
        return 2;
    // Signed in as the department's collector, as a person would be: on a PostgreSQL server
    // with roles, connected as the account's own role (its rows only, by the server's rules).
    const QString dept = args[1];
    QString error;
    const auto session = Session::open(args[0], {args[5], QString::fromLatin1(DemoBuilder::kDemoPassword)}, &error);
    if (!session) {
        err << error << Qt::endl;
        return 1;
    }
    // The summaries an edit changes: recomputed on a worker as in the window ("window"), or
    // left marked for the office's session to recompute ("office"; the default: on one machine
    // fifteen clients' recomputes measure its two cores, not the workspace).
    if (args[6] == QLatin1String("window"))
        session->recomputeSummariesInBackground();
    else
        QObject::disconnect(&session->gateway().feed(), static_cast<const char*>(nullptr), session->summaries(),
            static_cast<const char*>(nullptr));
    Workspace* ws = &session->workspace();
    WriteGateway& gateway = session->gateway();
    const int round = session->round();
    const Table& t = *ws->catalog().table(args[2]);
    const int field = t.fieldIndex(args[3]);
    QVector<QString> ids;
    QHash<QString, qint64> versions;
    QSqlQuery q(ws->db());
    SqlUtil::exec(ws->db(),
        QStringLiteral(
            "SELECT \"_id\", \"_version\" FROM %1 WHERE \"_round\" = ? AND \"_dept\" = ? AND \"_deleted\" = 0 "
            "ORDER BY \"_seq\" LIMIT %2")
            .arg(SqlDialect::quote(t.sqlName()))
            .arg(kPasteRows),
        {round, dept}, &error, &q);
    while (q.next()) {
        ids.append(q.value(0).toString());
        versions.insert(ids.last(), q.value(1).toLongLong());
    }
    q.finish();
    QHash<QString, QString> acked;
    QVector<double> edits;
    QVector<double> pastes;
    int attempted = 0;
    int failed = 0;
    QString firstFailure;
    QElapsedTimer clock;
    clock.start();
    const qint64 end = args[4].toLongLong() * 1000;
    qint64 nextPaste = kPasteMs;
    for (int n = 0; clock.elapsed() < end && !ids.isEmpty(); ++n) {
        const bool paste = clock.elapsed() >= nextPaste;
        QVector<CellChange> changes;
        const QString value = QStringLiteral("L%1").arg(n);
        if (paste) {
            nextPaste += kPasteMs;
            for (const QString& id : std::as_const(ids))
                changes.append({id, versions.value(id), field, value});
        } else {
            const QString& id = ids[n % ids.size()];
            changes.append({id, versions.value(id), field, value});
        }
        attempted += static_cast<int>(changes.size());
        QElapsedTimer one;
        one.start();
        const EditResult r = gateway.applyCells(t, round, changes, {WriteOrigin::Edit, QStringLiteral("load")});
        const double ms = one.nsecsElapsed() / 1e6;
        (paste ? pastes : edits).append(ms);
        if (!r.ok || !r.conflicts.isEmpty()) {
            failed += static_cast<int>(changes.size());
            if (firstFailure.isEmpty())
                firstFailure = r.ok ? QStringLiteral("conflict") : r.error;
        } else {
            for (const RowUpdate& u : r.updated) {
                versions.insert(u.rowId, u.version);
                acked.insert(u.rowId, value);
            }
        }
        const qint64 wait = (n + 1) * qint64(kEditMs) - clock.elapsed();
        if (wait > 0) {
            // The events of the summaries' worker are handled meanwhile.
            QEventLoop idle;
            QTimer::singleShot(static_cast<int>(wait), &idle, &QEventLoop::quit);
            idle.exec();
        }
    }
    // Every acknowledged edit is read back: still there (only this client writes these rows).
    int lost = 0;
    for (auto it = acked.constBegin(); it != acked.constEnd(); ++it) {
        const QString now = SqlUtil::scalar(ws->db(),
            QStringLiteral("SELECT %1 FROM %2 WHERE \"_id\" = ?")
                .arg(SqlDialect::quote(t.fields[field].key), SqlDialect::quote(t.sqlName())),
            {it.key()})
                                .toString();
        lost += now == it.value() ? 0 : 1;
    }
    QJsonArray e;
    for (double v : std::as_const(edits))
        e.append(v);
    QJsonArray p;
    for (double v : std::as_const(pastes))
        p.append(v);
    const QJsonObject o {{QStringLiteral("attempted"), attempted}, {QStringLiteral("acknowledged"), attempted - failed},
        {QStringLiteral("failed"), failed}, {QStringLiteral("lost"), lost}, {QStringLiteral("edits"), e},
        {QStringLiteral("pastes"), p}, {QStringLiteral("failure"), firstFailure},
        {QStringLiteral("connectedAs"), ws->db().userName()}};
    out << QJsonDocument(o).toJson(QJsonDocument::Compact) << Qt::endl;
    return 0;
}

int runLoad(const QStringList& args, QTextStream& out, QTextStream& err)
{
    int round = 0;
    auto ws = openWorkspace(
        args, "caiji-bench load WS [--seconds N] [--clients N] [--summaries office|window]", err, &round);
    if (!ws)
        return 2;
    const int seconds = args.contains(QStringLiteral("--seconds"))
        ? args.value(args.indexOf(QStringLiteral("--seconds")) + 1).toInt()
        : 60;
    const int wanted = args.contains(QStringLiteral("--clients"))
        ? args.value(args.indexOf(QStringLiteral("--clients")) + 1).toInt()
        : 15;
    const QString summaries = args.contains(QStringLiteral("--summaries"))
        ? args.value(args.indexOf(QStringLiteral("--summaries")) + 1)
        : QStringLiteral("office");
    // One client per department: its largest table still being filled, a text field of it.
    struct Client
    {
        QString dept, table, field, login;
    };
    QVector<Client> clients;
    QHash<QString, qint64> best;
    QHash<QString, Client> chosen;
    for (const Assignment& a : Assignments(*ws).all(round)) {
        if (a.state != TaskState::NotStarted && a.state != TaskState::Filling && a.state != TaskState::Returned)
            continue;
        const Table* t = ws->catalog().table(a.tableCode);
        if (!t || t->isReadOnlyKind())
            continue;
        const Field* f = nullptr;
        for (const Field& x : t->fields) {
            if (x.type == FieldType::Text && !t->keys.contains(x.key) && x.pattern.isEmpty()
                && (x.maxLength == 0 || x.maxLength >= 12) && x.codeList.isEmpty()) {
                f = &x;
                break;
            }
        }
        if (!f)
            continue;
        const qint64 rows = SqlUtil::scalar(ws->db(),
            QStringLiteral("SELECT COUNT(*) FROM %1 WHERE \"_round\" = ? AND \"_dept\" = ?")
                .arg(SqlDialect::quote(t->sqlName())),
            {round, a.department})
                                .toLongLong();
        if (rows > best.value(a.department, 0)) {
            best.insert(a.department, rows);
            chosen.insert(a.department, {a.department, a.tableCode, f->key});
        }
    }
    // Each client signs in as its department's collector (the office's own tables: its account).
    QHash<QString, QString> loginOf;
    for (const User& u : Accounts(*ws).users()) {
        if (u.active && (u.roles.contains(Role::Collector) || !loginOf.contains(u.department)))
            loginOf.insert(u.department, u.login);
    }
    for (auto it = chosen.begin(); it != chosen.end(); ++it)
        it->login = loginOf.value(it.key());
    QStringList depts = chosen.keys();
    std::sort(depts.begin(), depts.end());
    for (const QString& d : std::as_const(depts)) {
        if (clients.size() < wanted && d != QLatin1String("XGC")) // 学工处 imports meanwhile
            clients.append(chosen.value(d));
    }
    // 100,000 new students for the import, from the table's own rows with keys of their own.
    QTemporaryDir dir;
    const QString exported = dir.filePath(QStringLiteral("students.csv"));
    const QString big = dir.filePath(QStringLiteral("import.csv"));
    const bool server = ws->dialect().isPostgres();
    qputenv("CAIJI_PASSWORD", "Caiji@2024");
    auto cli = [&](QStringList a, const QString& user) {
        if (server)
            a << QStringLiteral("--user") << user;
        return a;
    };
    if (quietly(
            cli({QStringLiteral("export"), args.first(), QStringLiteral("--table"), QStringLiteral("10-1"), exported},
                QStringLiteral("xgc_cjy")))
        != 0) {
        err << "cannot export 10-1 with " << cliPath() << Qt::endl;
        return 1;
    }
    QFile in(exported);
    in.open(QIODevice::ReadOnly);
    const QStringList lines = QString::fromUtf8(in.readAll()).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
    QFile f(big);
    f.open(QIODevice::WriteOnly);
    f.write(lines.first().toUtf8() + '\n');
    for (int i = 0; i < 100000 && lines.size() > 1; ++i)
        f.write(
            QStringLiteral("LD%1%2\n").arg(i, 6, 10, QLatin1Char('0')).arg(lines[1 + i % (lines.size() - 1)]).toUtf8());
    f.close();
    // Go: the clients, the import, the office's two validations.
    std::vector<std::unique_ptr<QProcess>> running;
    for (const Client& c : std::as_const(clients)) {
        auto p = std::make_unique<QProcess>();
        p->start(QCoreApplication::applicationFilePath(),
            {QStringLiteral("load-client"), args.first(), c.dept, c.table, c.field, QString::number(seconds), c.login,
                summaries});
        running.push_back(std::move(p));
    }
    QElapsedTimer clock;
    clock.start();
    QProcess importer;
    importer.setStandardOutputFile(QProcess::nullDevice());
    importer.setStandardErrorFile(QProcess::nullDevice());
    importer.start(cliPath(),
        cli({QStringLiteral("import"), args.first(), QStringLiteral("--table"), QStringLiteral("10-1"), big,
                QStringLiteral("--mode"), QStringLiteral("append"), QStringLiteral("--department"),
                QStringLiteral("学工处")},
            QStringLiteral("xgc_cjy")));
    double importMs = 0;
    QVector<double> validateMs;
    for (int i = 0; i < 2; ++i) {
        QElapsedTimer v;
        v.start();
        quietly(cli({QStringLiteral("validate"), args.first()}, QStringLiteral("admin")));
        validateMs.append(v.nsecsElapsed() / 1e6);
    }
    importer.waitForFinished(-1);
    importMs = clock.nsecsElapsed() / 1e6;
    const bool imported = importer.exitCode() == 0;
    qint64 attempted = 0, acknowledged = 0, failed = 0, lost = 0;
    int asRoles = 0;
    QVector<double> edits;
    QVector<double> pastes;
    QStringList failures;
    for (auto& p : running) {
        p->waitForFinished(-1);
        const QJsonObject o = QJsonDocument::fromJson(p->readAllStandardOutput().trimmed()).object();
        if (o.isEmpty()) { // it could not even sign in
            failures.append(QString::fromUtf8(p->readAllStandardError()).trimmed());
            ++failed;
            continue;
        }
        // On a server with roles each client is connected as its account's own role.
        if (server && o.value(QStringLiteral("connectedAs")).toString() != ws->location().user)
            ++asRoles;
        attempted += o.value(QStringLiteral("attempted")).toInt();
        acknowledged += o.value(QStringLiteral("acknowledged")).toInt();
        failed += o.value(QStringLiteral("failed")).toInt();
        lost += o.value(QStringLiteral("lost")).toInt();
        for (const QJsonValue& v : o.value(QStringLiteral("edits")).toArray())
            edits.append(v.toDouble());
        for (const QJsonValue& v : o.value(QStringLiteral("pastes")).toArray())
            pastes.append(v.toDouble());
        if (!o.value(QStringLiteral("failure")).toString().isEmpty())
            failures.append(o.value(QStringLiteral("failure")).toString());
    }
    report(out, QStringLiteral("load.clients"), clients.size(), QStringLiteral("processes"));
    report(out, QStringLiteral("load.clients_as_server_roles"), asRoles, QStringLiteral("processes"));
    report(out, QStringLiteral("load.seconds"), seconds, QStringLiteral("s"));
    report(out, QStringLiteral("load.edits_attempted"), attempted, QStringLiteral("cells"));
    report(out, QStringLiteral("load.edits_acknowledged"), acknowledged, QStringLiteral("cells"));
    report(out, QStringLiteral("load.edits_failed"), failed, QStringLiteral("cells"));
    report(out, QStringLiteral("load.edits_lost"), lost, QStringLiteral("cells"));
    report(out, QStringLiteral("load.edit_p50"), percentile(edits, 0.5), QStringLiteral("ms"));
    report(out, QStringLiteral("load.edit_p95"), percentile(edits, 0.95), QStringLiteral("ms"));
    report(out, QStringLiteral("load.edit_max"), percentile(edits, 1.0), QStringLiteral("ms"));
    report(out, QStringLiteral("load.paste_p95"), percentile(pastes, 0.95), QStringLiteral("ms"));
    report(out, QStringLiteral("load.import_100k"), imported ? importMs : -1, QStringLiteral("ms"));
    report(out, QStringLiteral("load.validate_1"), validateMs.value(0), QStringLiteral("ms"));
    report(out, QStringLiteral("load.validate_2"), validateMs.value(1), QStringLiteral("ms"));
    if (!failures.isEmpty())
        err << "first failures: " << failures.mid(0, 3).join(QStringLiteral(" | ")) << Qt::endl;
    return lost == 0 && failed == 0 ? 0 : 1;
}

} // namespace caiji::bench
