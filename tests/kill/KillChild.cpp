// The child the kill harness (tst_kills) kills: edits a workspace in a loop and says on stdout
// what it has saved, one line per acknowledged write ("ack N"), flushed before the next begins.
//
//   caiji-killchild edit WS COUNT    one cell (10-1 班级) per write, fifty rows in turn: "e<N>"
//   caiji-killchild paste WS STEPS   two hundred rows' 班级 in one write (a paste): "p<N>"
#include "TestWorkspace.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/write/WriteGateway.h"

#include <QCoreApplication>
#include <QSqlQuery>
#include <QTextStream>

#include <cstdio>

using namespace caiji;

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments().mid(1);
    if (args.size() != 3)
        return 2;
    QString error;
    auto ws = Workspace::open(args[1], &error);
    if (!ws) {
        std::fprintf(stderr, "%s\n", qPrintable(error));
        return 1;
    }
    const Table& t = *ws->catalog().table(QStringLiteral("10-1"));
    const int bj = t.fieldIndex(QStringLiteral("bj"));
    const bool paste = args[0] == QLatin1String("paste");
    const int rows = paste ? 200 : 50;
    QVector<QString> ids;
    QSqlQuery q(ws->db());
    q.exec(QStringLiteral("SELECT \"_id\" FROM t_10_1 WHERE \"_round\" = 2024 AND \"_deleted\" = 0 ORDER BY \"_seq\" "
                          "LIMIT %1")
               .arg(rows));
    while (q.next())
        ids.append(q.value(0).toString());
    q.finish();
    auto office = test::ownerGateway(*ws, QStringLiteral("admin"));
    const int count = args[2].toInt();
    for (int n = 0; n < count; ++n) {
        QVector<CellChange> changes;
        for (int r = 0; r < (paste ? rows : 1); ++r) {
            const QString id = ids[paste ? r : n % rows];
            const qint64 version
                = SqlUtil::scalar(ws->db(), QStringLiteral("SELECT \"_version\" FROM t_10_1 WHERE \"_id\" = ?"), {id})
                      .toLongLong();
            changes.append(
                {id, version, bj, QStringLiteral("%1%2").arg(paste ? QLatin1Char('p') : QLatin1Char('e')).arg(n)});
        }
        const EditResult r = office->applyCells(t, 2024, changes, {WriteOrigin::Edit, QStringLiteral("kill harness")});
        if (!r.ok || !r.conflicts.isEmpty()) {
            std::fprintf(stderr, "write %d failed: %s\n", n, qPrintable(r.error));
            return 1;
        }
        std::printf("ack %d\n", n);
        std::fflush(stdout);
    }
    return 0;
}
