#include "DocumentsBench.h"

#include "BenchReport.h"
#include "BenchSupport.h"
#include "core/auth/AccessPolicy.h"
#include "core/documents/Fingerprint.h"
#include "core/documents/PdfPrinter.h"
#include "core/documents/TablePrintout.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QSqlQuery>

namespace caiji::bench {

namespace {
/// Every live row of the round read as the fingerprint reads it, values converted, not hashed.
qint64 readEveryRow(Workspace& ws, int round)
{
    qint64 rows = 0;
    for (const Table& t : ws.catalog().tables) {
        QStringList cols;
        for (const Field& f : t.fields)
            cols.append(SqlDialect::quote(f.key));
        QSqlQuery q(ws.db());
        q.setForwardOnly(true);
        SqlUtil::exec(ws.db(),
            QStringLiteral("SELECT %1 FROM %2 WHERE \"_round\" = ? AND \"_deleted\" = 0")
                .arg(cols.join(QStringLiteral(", ")), SqlDialect::quote(t.sqlName())),
            {round}, nullptr, &q);
        QVector<QVariant> values(t.fields.size());
        while (q.next()) {
            for (int i = 0; i < t.fields.size(); ++i)
                values[i] = SqlDialect::fromDatabase(t.fields[i], q.value(i));
            ++rows;
        }
    }
    return rows;
}
} // namespace

int runDocuments(const QStringList& args, QTextStream& out, QTextStream& err)
{
    int round = 0;
    auto ws = openWorkspace(args, "caiji-bench documents WS", err, &round);
    if (!ws)
        return 2;
    QString error;
    std::vector<double> read;
    std::vector<double> whole;
    std::vector<double> letter;
    qint64 rows = 0;
    for (int i = 0; i < 3; ++i) {
        QElapsedTimer t;
        t.start();
        rows = readEveryRow(*ws, round);
        read.push_back(t.nsecsElapsed() / 1e6);
        t.restart();
        QVector<TableFingerprint> tables;
        for (const Table& table : ws->catalog().tables) {
            TableFingerprint f;
            if (!Fingerprint::ofTable(*ws, table, round, QString(), &f, &error)) {
                err << error << Qt::endl;
                return 1;
            }
            tables.append(f);
        }
        Fingerprint::letterHash(tables);
        whole.push_back(t.nsecsElapsed() / 1e6);
        // 教务处's letter: its tasks, its rows.
        t.restart();
        QVector<TableFingerprint> own;
        if (!Fingerprint::ofDepartment(*ws, round, QStringLiteral("JWC"), &own, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        const QString code = Fingerprint::code(Fingerprint::letterHash(own));
        letter.push_back(t.nsecsElapsed() / 1e6);
        if (i == 0)
            err << "JWC letter: " << own.size() << " tables, code " << code << Qt::endl;
    }
    report(out, QStringLiteral("documents.rows"), rows, QStringLiteral("rows"));
    report(out, QStringLiteral("documents.read_every_row"), median(read), QStringLiteral("ms"));
    report(out, QStringLiteral("documents.fingerprint_round"), median(whole), QStringLiteral("ms"));
    report(out, QStringLiteral("documents.fingerprint_vs_read"), median(whole) / std::max(1.0, median(read)),
        QStringLiteral("x"));
    report(out, QStringLiteral("documents.letter_jwc"), median(letter), QStringLiteral("ms"));
    // 6-1-2-1 printed in the official layout: its first 1,000 rows, then the whole table.
    Actor owner;
    owner.login = QStringLiteral("bench");
    owner.owner = true;
    const auto policy = AccessPolicy::load(*ws, owner, &error);
    const QString pdf = QDir::temp().filePath(QStringLiteral("caiji-bench-print.pdf"));
    for (const qint64 limit : {qint64(1000), qint64(0)}) {
        std::vector<double> times;
        qint64 printed = 0;
        int pages = 0;
        // The whole table (200,000 rows on the large demo) once: it takes tens of seconds.
        for (int i = 0; i < (limit ? 3 : 1); ++i) {
            QElapsedTimer t;
            t.start();
            Printout printout;
            if (!policy
                || !TablePrintout::build(
                    *ws, *policy, round, QStringLiteral("6-1-2-1"), QString(), &printout, &printed, &error, limit)
                || !PdfPrinter::print(printout, pdf, &pages, &error)) {
                err << error << Qt::endl;
                return 1;
            }
            times.push_back(t.nsecsElapsed() / 1e6);
        }
        const QString name
            = limit ? QStringLiteral("documents.print_6-1-2-1_1000") : QStringLiteral("documents.print_6-1-2-1_all");
        report(out, name + QStringLiteral("_rows"), printed, QStringLiteral("rows"));
        report(out, name + QStringLiteral("_pages"), pages, QStringLiteral("pages"));
        report(out, name, median(times), QStringLiteral("ms"));
    }
    QFile::remove(pdf);
    return 0;
}

} // namespace caiji::bench
