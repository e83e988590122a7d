#include "MergeBench.h"

#include "BenchReport.h"
#include "BenchSupport.h"
#include "core/exchange/PackageExporter.h"
#include "core/exchange/PackageMerger.h"
#include "core/storage/Directory.h"
#include "core/storage/RowId.h"
#include "core/storage/SqlDialect.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/workflow/Assignments.h"
#include "core/write/WriteGateway.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QRegularExpression>
#include <QSet>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>

namespace caiji::bench {

namespace {
/// The field a package's change touches: the table's first free text (not a key, no pattern),
/// set to a value the merge's checks accept.
const Field* editable(const Table& t)
{
    for (const Field& f : t.fields) {
        if (f.type == FieldType::Text && !t.keys.contains(f.key) && f.pattern.isEmpty()
            && (f.maxLength == 0 || f.maxLength >= 4))
            return &f;
    }
    return nullptr;
}
/// Whether rows can be added to the table as copies: without keys, or with text keys that
/// "X" and a row number fits.
bool newKeysFit(const Table& t)
{
    for (const QString& k : t.keys) {
        const Field* f = t.field(k);
        if (!f || f->type != FieldType::Text || (f->maxLength > 0 && f->maxLength < 8)
            || (!f->pattern.isEmpty()
                && !QRegularExpression(QRegularExpression::anchoredPattern(f->pattern))
                        .match(QStringLiteral("X1234567"))
                        .hasMatch()))
            return false;
    }
    return true;
}
} // namespace

int runMerge(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty()) {
        err << "usage: caiji-bench merge WS.caiji" << Qt::endl;
        return 2;
    }
    QTemporaryDir dir;
    const QString masterPath = dir.filePath(QStringLiteral("master.caiji"));
    if (!QFile::copy(args.first(), masterPath)) {
        err << "cannot copy " << args.first() << Qt::endl;
        return 2;
    }
    QString error;
    auto ws = Workspace::open(masterPath, &error);
    if (!ws) {
        err << error << Qt::endl;
        return 1;
    }
    int round = 0;
    for (const Round& r : Directory(*ws).rounds())
        round = qMax(round, r.year);
    WriteGateway office(*ws, AccessPolicy::load(*ws, Actor::workspaceOwner(QStringLiteral("bench"))));
    QSet<QString> departments;
    for (const Assignment& a : Assignments(*ws).all(round))
        departments.insert(a.department);
    QStringList codes = departments.values();
    std::sort(codes.begin(), codes.end());
    // Issue every department's package; 教务处's timed.
    QStringList packages;
    double jwcExport = 0;
    for (const QString& d : std::as_const(codes)) {
        const QString path = dir.filePath(d + QStringLiteral(".caijipkg"));
        QElapsedTimer t;
        t.start();
        if (!PackageExporter::exportDepartment(office, round, d, path, nullptr, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        if (d == QLatin1String("JWC"))
            jwcExport = t.nsecsElapsed() / 1e6;
        packages.append(path);
    }
    // Each department changes a text field of every row it fills (in its package, directly), and
    // adds a row for every twentieth of a table (a copy, with an id and a key of its own).
    qint64 changed = 0;
    qint64 added = 0;
    for (const QString& path : std::as_const(packages)) {
        auto pkg = Workspace::open(path, &error);
        const QString d = QFileInfo(path).completeBaseName();
        QSqlQuery q(pkg->db());
        QStringList tables;
        SqlUtil::exec(
            pkg->db(), QStringLiteral("SELECT table_code FROM cj_assignment WHERE department = ?"), {d}, nullptr, &q);
        while (q.next())
            tables.append(q.value(0).toString());
        Transaction tx(pkg->db());
        for (const QString& code : std::as_const(tables)) {
            const Table* t = pkg->catalog().table(code);
            const Field* f = t ? editable(*t) : nullptr;
            if (!f || t->isReadOnlyKind())
                continue;
            QSqlQuery u(pkg->db());
            SqlUtil::exec(pkg->db(),
                QStringLiteral("UPDATE %1 SET %2 = CASE WHEN %2 = '已改' THEN '再改' ELSE '已改' END, \"_version\" = "
                               "\"_version\" + 1, "
                               "\"_updated_by\" = 'bench' WHERE \"_dept\" = ? AND \"_deleted\" = 0")
                    .arg(SqlDialect::quote(t->sqlName()), SqlDialect::quote(f->key)),
                {d}, nullptr, &u);
            changed += u.numRowsAffected();
            if (!newKeysFit(*t))
                continue;
            QStringList cols;
            QStringList values;
            for (const Field& field : t->fields) {
                cols.append(SqlDialect::quote(field.key));
                // A key of its own: X and the row it copies ("X1234" fits a code of letters and digits).
                values.append(t->keys.contains(field.key) ? QStringLiteral("'X' || \"_seq\"") : cols.last());
            }
            QVector<qint64> seqs;
            QSqlQuery pick(pkg->db());
            SqlUtil::exec(pkg->db(),
                QStringLiteral("SELECT \"_seq\" FROM %1 WHERE \"_dept\" = ? AND \"_deleted\" = 0 AND \"_seq\" % 20 = 0")
                    .arg(SqlDialect::quote(t->sqlName())),
                {d}, nullptr, &pick);
            while (pick.next())
                seqs.append(pick.value(0).toLongLong());
            pick.finish();
            QSqlQuery copy(pkg->db());
            copy.prepare(
                QStringLiteral("INSERT INTO %1 (\"_id\", \"_round\", \"_dept\", \"_created_by\", "
                               "\"_created_at\", %2) SELECT ?, \"_round\", \"_dept\", 'bench', "
                               "\"_created_at\", %3 FROM %1 WHERE \"_seq\" = ?")
                    .arg(SqlDialect::quote(t->sqlName()), cols.join(QLatin1Char(',')), values.join(QLatin1Char(','))));
            for (const qint64 seq : std::as_const(seqs)) {
                copy.addBindValue(RowId::next());
                copy.addBindValue(seq);
                if (!copy.exec()) {
                    err << copy.lastError().text() << Qt::endl;
                    return 1;
                }
                ++added;
            }
        }
        tx.commit(&error);
    }
    // Merge them all.
    QElapsedTimer t;
    t.start();
    const double mergeCpu0 = threadCpuMs();
    PackageMerger merger(office);
    qint64 cells = 0;
    qint64 inserted = 0;
    for (const QString& path : std::as_const(packages)) {
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        MergeOutcome o;
        if (!merger.merge(f.readAll(), path, &o, &error) || !o.committed) {
            err << "merge of " << path << " failed: " << error << " (" << o.open << " conflicts)" << Qt::endl;
            return 1;
        }
        cells += o.cells;
        inserted += o.inserted;
    }
    const double merge = t.nsecsElapsed() / 1e6;
    const double mergeCpu = threadCpuMs() - mergeCpu0;
    // SQLite copying the same departments' rows from each attached package.
    const QString scratchName = QStringLiteral("bench-scratch");
    double copy = 0;
    double copyCpu = 0;
    {
        QSqlDatabase scratch = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), scratchName);
        scratch.setDatabaseName(dir.filePath(QStringLiteral("scratch.db")));
        scratch.open();
        t.restart();
        const double copyCpu0 = threadCpuMs();
        for (const QString& path : std::as_const(packages)) {
            const QString d = QFileInfo(path).completeBaseName();
            SqlUtil::exec(scratch, QStringLiteral("ATTACH DATABASE ? AS p"), {path}, &error);
            SqlUtil::exec(scratch, QStringLiteral("BEGIN"), &error);
            for (const Table& tb : ws->catalog().tables) {
                const QString name = SqlDialect::quote(tb.sqlName());
                SqlUtil::exec(scratch,
                    QStringLiteral("CREATE TABLE IF NOT EXISTS %1 AS SELECT * FROM p.%1 WHERE 0").arg(name), &error);
                SqlUtil::exec(scratch,
                    QStringLiteral(
                        "INSERT INTO %1 SELECT * FROM p.%1 WHERE \"_dept\" = ? AND (\"_updated_by\" = 'bench' OR "
                        "\"_created_by\" = 'bench')")
                        .arg(name),
                    {d}, &error);
            }
            SqlUtil::exec(scratch, QStringLiteral("COMMIT"), &error);
            SqlUtil::exec(scratch, QStringLiteral("DETACH DATABASE p"), &error);
        }
        copy = t.nsecsElapsed() / 1e6;
        copyCpu = threadCpuMs() - copyCpu0;
        scratch.close();
    }
    QSqlDatabase::removeDatabase(scratchName);
    report(out, QStringLiteral("merge.packages"), packages.size(), QStringLiteral("packages"));
    report(out, QStringLiteral("merge.changed_rows"), changed, QStringLiteral("rows"));
    report(out, QStringLiteral("merge.new_rows"), added, QStringLiteral("rows"));
    report(out, QStringLiteral("merge.cells_written"), cells, QStringLiteral("cells"));
    report(out, QStringLiteral("merge.rows_inserted"), inserted, QStringLiteral("rows"));
    report(out, QStringLiteral("merge.all_packages"), merge, QStringLiteral("ms"));
    report(out, QStringLiteral("merge.sqlite_insert_select"), copy, QStringLiteral("ms"));
    report(out, QStringLiteral("merge.vs_insert_select"), merge / std::max(1.0, copy), QStringLiteral("x"));
    // The same on the CPU time of the thread that does it (the merge's workers not counted: they
    // run beside it): steadier than the wall clock on a shared machine.
    report(out, QStringLiteral("merge.all_packages_cpu"), mergeCpu, QStringLiteral("ms"));
    report(out, QStringLiteral("merge.sqlite_insert_select_cpu"), copyCpu, QStringLiteral("ms"));
    report(out, QStringLiteral("merge.vs_insert_select_cpu"), mergeCpu / std::max(1.0, copyCpu), QStringLiteral("x"));
    report(out, QStringLiteral("merge.export_jwc"), jwcExport, QStringLiteral("ms"));
    return 0;
}

} // namespace caiji::bench
