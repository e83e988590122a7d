// The child the kill harness (tst_kills) kills: edits a workspace in a loop and says on stdout
// what it has saved, one line per acknowledged write ("ack N"), flushed before the next begins.
//
//   caiji-killchild edit WS COUNT    one cell (10-1 班级) per write, fifty rows in turn: "e<N>"
//   caiji-killchild paste WS STEPS   two hundred rows' 班级 in one write (a paste): "p<N>"
//   caiji-killchild summary WS COUNT one cell (6-1-2-1 教学工作量) per write, fifty rows in turn:
//                                    1000 + N; each write recomputes the summary 6-1-2-2
//   caiji-killchild confirm WS COUNT moves 教务处's task 4-2-1 round the workflow, one step a
//                                    write: submit, confirm, unlock, submit …
//   caiji-killchild letter WS COUNT PDF  督导考核办公室's tasks confirmed, then each time: 8-5
//                                    unlocked, one 岗位 changed to "L<N>", submitted, confirmed,
//                                    and the letter printed to PDF ("ack N NUMBER" when printed)
//
// It writes through a signed-in session, so that a write's consequences (summaries) follow it
// as they do in the programs.
#include "core/documents/ConfirmationLetter.h"
#include "core/documents/LetterPrinter.h"
#include "core/session/Session.h"
#include "core/session/SummaryRefresh.h"
#include "core/session/TaskWorkflow.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/write/WriteGateway.h"

#include <QGuiApplication>
#include <QDate>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

using namespace caiji;

namespace {

/// One step of the task towards confirmed, or out of it again (unlock); false with the reason.
bool step(TaskWorkflow& flow, const QString& table, const QString& department)
{
    TaskOutcome o;
    switch (flow.state(table, department)) {
    case TaskState::Submitted:
        o = flow.confirm(table, department, QString());
        break;
    case TaskState::Confirmed:
        o = flow.unlock(table, department, QStringLiteral("kill harness"), QDate::currentDate().addDays(30));
        break;
    default:
        o = flow.submit(table, department);
        break;
    }
    if (!o.ok())
        std::fprintf(stderr, "%s %s: %s %s\n", qPrintable(table), qPrintable(department), qPrintable(o.message),
            qPrintable(o.blocking.join(QLatin1Char(';'))));
    return o.ok();
}

void ack(int n, const QString& more = QString())
{
    std::printf("ack %d%s\n", n, qPrintable(more.isEmpty() ? more : QLatin1Char(' ') + more));
    std::fflush(stdout);
}

int confirmLoop(Session& session, int count)
{
    TaskWorkflow flow(session.gateway(), 2024);
    for (int n = 0; n < count; ++n) {
        if (!step(flow, QStringLiteral("4-2-1"), QStringLiteral("JWC")))
            return 1;
        ack(n);
    }
    return 0;
}

int letterLoop(Session& session, int count, const QString& pdf)
{
    TaskWorkflow flow(session.gateway(), 2024);
    const QString office = QStringLiteral("DDKH");
    const Table& t = *session.workspace().catalog().table(QStringLiteral("8-5"));
    const int gw = t.fieldIndex(QStringLiteral("gw"));
    auto confirmAll = [&] {
        for (const Table& table : session.workspace().catalog().tables) {
            if (table.department != session.policy().departmentName(office))
                continue;
            while (flow.state(table.code, office) != TaskState::Confirmed) {
                if (!step(flow, table.code, office))
                    return false;
            }
        }
        return true;
    };
    for (int n = 0; n < count; ++n) {
        if (n > 0) {
            if (!step(flow, t.code, office)) // unlock
                return 1;
            QSqlQuery q(session.workspace().db());
            q.exec(
                QStringLiteral("SELECT \"_id\", \"_version\" FROM t_8_5 WHERE \"_round\" = 2024 AND \"_deleted\" = 0 "
                               "ORDER BY \"_seq\" LIMIT 1"));
            if (!q.next())
                return 1;
            const CellChange change {q.value(0).toString(), q.value(1).toLongLong(), gw, QStringLiteral("L%1").arg(n)};
            q.finish();
            const EditResult r
                = session.gateway().applyCells(t, 2024, {change}, {WriteOrigin::Edit, QStringLiteral("kill harness")});
            if (!r.ok || !r.conflicts.isEmpty()) {
                std::fprintf(stderr, "edit %d failed: %s\n", n, qPrintable(r.error));
                return 1;
            }
        }
        if (!confirmAll())
            return 1;
        ConfirmationLetter letter;
        QString error;
        if (!LetterPrinter::print(session.gateway(), 2024, office, pdf, &letter, &error) || letter.draft) {
            std::fprintf(stderr, "letter %d: %s\n", n, qPrintable(error));
            return 1;
        }
        ack(n, letter.number);
    }
    return 0;
}

} // namespace

int main(int argc, char** argv)
{
    // Letters are painted: fonts need a GUI application (offscreen in the tests).
    QGuiApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() < 3)
        return 2;
    QString error;
    auto opened = Workspace::open(args[1], &error);
    if (!opened) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const auto session = Session::asOwner(std::move(opened), QStringLiteral("admin"), &error, 2024);
    if (!session) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    if (args[0] == QLatin1String("confirm"))
        return confirmLoop(*session, args[2].toInt());
    if (args[0] == QLatin1String("letter") && args.size() == 4)
        return letterLoop(*session, args[2].toInt(), args[3]);
    Workspace* ws = &session->workspace();
    const bool paste = args[0] == QLatin1String("paste");
    const bool summary = args[0] == QLatin1String("summary");
    const Table& t = *ws->catalog().table(summary ? QStringLiteral("6-1-2-1") : QStringLiteral("10-1"));
    const int column = t.fieldIndex(summary ? QStringLiteral("jxgzl") : QStringLiteral("bj"));
    const int rows = paste ? 200 : 50;
    QVector<QString> ids;
    QSqlQuery q(ws->db());
    q.exec(QStringLiteral("SELECT \"_id\" FROM %1 WHERE \"_round\" = 2024 AND \"_deleted\" = 0 ORDER BY \"_seq\" "
                          "LIMIT %2")
               .arg(SqlDialect::quote(t.sqlName()))
               .arg(rows));
    while (q.next())
        ids.append(q.value(0).toString());
    q.finish();
    const int count = args[2].toInt();
    for (int n = 0; n < count; ++n) {
        QVector<CellChange> changes;
        for (int r = 0; r < (paste ? rows : 1); ++r) {
            const QString id = ids[paste ? r : n % rows];
            const qint64 version = SqlUtil::scalar(ws->db(),
                QStringLiteral("SELECT \"_version\" FROM %1 WHERE \"_id\" = ?").arg(SqlDialect::quote(t.sqlName())),
                {id})
                                       .toLongLong();
            const QVariant value = summary
                ? QVariant(qint64(1000 + n))
                : QVariant(QStringLiteral("%1%2").arg(paste ? QLatin1Char('p') : QLatin1Char('e')).arg(n));
            changes.append({id, version, column, value});
        }
        const EditResult r
            = session->gateway().applyCells(t, 2024, changes, {WriteOrigin::Edit, QStringLiteral("kill harness")});
        if (!r.ok || !r.conflicts.isEmpty() || !session->summaries()->lastError().isEmpty()) {
            std::fprintf(stderr, "write %d failed: %s%s\n", n, qPrintable(r.error),
                qPrintable(session->summaries()->lastError()));
            return 1;
        }
        ack(n);
    }
    return 0;
}
