#include "ValidateBench.h"

#include "BenchReport.h"
#include "BenchSupport.h"
#include "core/storage/Directory.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/validation/Validator.h"

#include <QElapsedTimer>
#include <QSqlQuery>
#include <QSqlRecord>

namespace caiji::bench {

int runValidate(const QStringList& args, QTextStream& out, QTextStream& err)
{
    int round = 0;
    auto ws = openWorkspace(args, "caiji-bench validate WS", err, &round);
    if (!ws)
        return 2;
    QString error;
    // The floor: read every value of every row of the round, doing nothing with it.
    QElapsedTimer t;
    t.start();
    qint64 rows = 0;
    for (const Table& table : ws->catalog().tables) {
        QSqlQuery q(ws->db());
        q.setForwardOnly(true);
        if (!SqlUtil::exec(ws->db(), QStringLiteral("SELECT * FROM %1 WHERE \"_round\" = ? AND \"_deleted\" = 0").arg(SqlDialect::quote(table.sqlName())),
                           {round}, &error, &q)) {
            err << error << Qt::endl;
            return 1;
        }
        const int columns = q.record().count();
        while (q.next()) {
            for (int i = 0; i < columns; ++i)
                q.value(i);
            ++rows;
        }
    }
    const double readMs = t.nsecsElapsed() / 1e6;
    t.restart();
    QVector<Finding> findings;
    Validator v(*ws, round);
    if (!v.run(&findings, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    const double validateMs = t.nsecsElapsed() / 1e6;
    report(out, QStringLiteral("validate.rows"), rows, QStringLiteral("rows"));
    report(out, QStringLiteral("validate.read_all_rows"), readMs, QStringLiteral("ms"));
    report(out, QStringLiteral("validate.round"), validateMs, QStringLiteral("ms"));
    report(out, QStringLiteral("validate.ratio_to_read"), validateMs / readMs, QStringLiteral("x"));
    report(out, QStringLiteral("validate.findings"), findings.size(), QStringLiteral("findings"));
    report(out, QStringLiteral("validate.peak_memory"), peakMemoryMb(), QStringLiteral("MB"));
    return 0;
}

} // namespace caiji::bench
