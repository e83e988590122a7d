#include "ExchangeBench.h"

#include "BenchReport.h"
#include "BenchSupport.h"
#include "core/catalog/CatalogModel.h"
#include "core/io/TableExporter.h"
#include "core/io/TableImporter.h"
#include "core/io/XlsxReader.h"
#include "core/io/XlsxWriter.h"
#include "core/storage/Directory.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/write/WriteGateway.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QTemporaryDir>

#include <unistd.h>
#include <unzip.h>
#include <zlib.h>

namespace caiji::bench {

namespace {
/// Bytes this process has written through system calls so far (/proc/self/io, wchar).
qint64 bytesWritten()
{
    QFile io(QStringLiteral("/proc/self/io"));
    if (!io.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray& line : io.readAll().split('\n')) {
        if (line.startsWith("wchar:"))
            return line.mid(6).trimmed().toLongLong();
    }
    return 0;
}
} // namespace

namespace {
constexpr qint64 kRows = 100000;
const QString kPython = QStringLiteral("/usr/bin/python3");

// One part of a zip package, whole (for measuring; the file is the benchmark's own).
QByteArray zipPart(const QString& path, const char* part)
{
    QByteArray bytes;
    unzFile zip = unzOpen64(QFile::encodeName(path).constData());
    if (zip && unzLocateFile(zip, part, 0) == UNZ_OK && unzOpenCurrentFile(zip) == UNZ_OK) {
        char buffer[1 << 16];
        int n = 0;
        while ((n = unzReadCurrentFile(zip, buffer, sizeof buffer)) > 0)
            bytes.append(buffer, n);
        unzCloseCurrentFile(zip);
    }
    if (zip)
        unzClose(zip);
    return bytes;
}

// Runs a Python snippet and returns the seconds it printed, or -1.
double python(const QString& code, const QStringList& args, QTextStream& err)
{
    QProcess p;
    p.start(kPython, QStringList {QStringLiteral("-c"), code} + args);
    if (!p.waitForFinished(600000) || p.exitCode() != 0) {
        err << "python: " << p.readAllStandardError() << Qt::endl;
        return -1;
    }
    return p.readAllStandardOutput().trimmed().toDouble();
}
} // namespace

int runExport(const QStringList& args, QTextStream& out, QTextStream& err)
{
    int round = 0;
    auto ws = openWorkspace(args, "caiji-bench export WS", err, &round);
    if (!ws)
        return 2;
    QString error;
    const QString table = largestTable(*ws, round);
    QTemporaryDir dir;
    TableExporter exporter(*ws, round);
    exporter.setRowLimit(kRows);
    qint64 rows = 0;
    QElapsedTimer t;
    t.start();
    if (!exporter.exportTable(table, dir.filePath(QStringLiteral("caiji.xlsx")), &rows, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    const double caijiMs = t.nsecsElapsed() / 1e6;
    report(out, QStringLiteral("export.rows"), rows, QStringLiteral("rows"));
    report(out, QStringLiteral("export.columns"), ws->catalog().table(table)->fields.size(), QStringLiteral("columns"));
    report(out, QStringLiteral("export.xlsx"), caijiMs, QStringLiteral("ms"));
    report(out, QStringLiteral("export.peak_memory"), peakMemoryMb(), QStringLiteral("MB"));
    // What libxlsxwriter's packaging costs at least: its zip step deflates the sheet's XML at
    // zlib's default level 6 (not configurable in libxlsxwriter 1.1.5) after every row is
    // written. The same bytes through zlib alone:
    {
        const QByteArray sheet = zipPart(dir.filePath(QStringLiteral("caiji.xlsx")), "xl/worksheets/sheet1.xml");
        QByteArray packed(static_cast<qsizetype>(compressBound(static_cast<uLong>(sheet.size()))), Qt::Uninitialized);
        uLongf packedSize = static_cast<uLongf>(packed.size());
        QElapsedTimer z;
        z.start();
        compress2(reinterpret_cast<Bytef*>(packed.data()), &packedSize,
            reinterpret_cast<const Bytef*>(sheet.constData()), static_cast<uLong>(sheet.size()), Z_DEFAULT_COMPRESSION);
        report(out, QStringLiteral("export.sheet_xml"), sheet.size() / 1048576.0, QStringLiteral("MB"));
        report(out, QStringLiteral("export.zlib_level6_of_sheet_xml"), z.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    }
    // libxlsxwriter alone: the same cells, already in memory as UTF-8 and numbers, written on
    // one thread with nothing else to do. This is the floor of any export through it.
    {
        const Table& t = *ws->catalog().table(table);
        XlsxReader back;
        QVector<QVector<QByteArray>> cells;
        if (!back.open(dir.filePath(QStringLiteral("caiji.xlsx")), &error)
            || !back.readSheet(
                0,
                [&cells](int, const QStringList& row) {
                    QVector<QByteArray> utf8;
                    for (const QString& c : row)
                        utf8.append(c.toUtf8());
                    cells.append(utf8);
                    return true;
                },
                &error)) {
            err << error << Qt::endl;
            return 1;
        }
        XlsxWriter bare;
        QElapsedTimer w;
        w.start();
        if (!bare.open(dir.filePath(QStringLiteral("bare.xlsx")), &error)
            || !bare.addSheet(QStringLiteral("bare"), &error))
            return 1;
        for (int r = 1; r < cells.size(); ++r) {
            for (int c = 0; c < cells[r].size() && c < t.fields.size(); ++c) {
                const FieldType type = t.fields[c].type;
                if (type == FieldType::Integer || type == FieldType::Decimal || type == FieldType::Year)
                    bare.writeNumber(r, c, cells[r][c].toDouble());
                else
                    bare.writeUtf8(r, c, cells[r][c], type != FieldType::Code && type != FieldType::Boolean);
            }
        }
        if (!bare.close(&error))
            return 1;
        report(out, QStringLiteral("export.libxlsxwriter_alone"), w.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    }

    // The same rows, written by Python's xlsxwriter (constant memory too) from a csv dump: only
    // the writing is timed.
    if (!exporter.exportTable(table, dir.filePath(QStringLiteral("data.csv")), &rows, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    const double pyS
        = python(QStringLiteral("import csv,sys,time,xlsxwriter\n"
                                "rows=list(csv.reader(open(sys.argv[1],encoding='utf-8-sig')))\n"
                                "t=time.time()\n"
                                "wb=xlsxwriter.Workbook(sys.argv[2],{'constant_memory':True});ws=wb.add_worksheet()\n"
                                "for r,row in enumerate(rows):\n"
                                "  for c,v in enumerate(row):\n"
                                "    ws.write_string(r,c,v) if v else None\n"
                                "wb.close()\n"
                                "print(time.time()-t)\n"),
            {dir.filePath(QStringLiteral("data.csv")), dir.filePath(QStringLiteral("python.xlsx"))}, err);
    if (pyS > 0) {
        report(out, QStringLiteral("export.python_xlsxwriter"), pyS * 1000, QStringLiteral("ms"));
        report(out, QStringLiteral("export.ratio_python_to_caiji"), pyS * 1000 / caijiMs, QStringLiteral("x"));
    }
    return 0;
}

int runImport(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty()) {
        err << "usage: caiji-bench import WS (an SQLite workspace: it is copied, never changed)" << Qt::endl;
        return 2;
    }
    QString error;
    QTemporaryDir dir;
    // Import into a copy: a benchmark must not change the workspace it measures.
    const QString copy = dir.filePath(QStringLiteral("copy.caiji"));
    if (!QFile::copy(args.first(), copy)) {
        err << "cannot copy " << args.first() << " (the import benchmark needs an SQLite workspace)" << Qt::endl;
        return 2;
    }
    // The copy on disk before the clock starts: otherwise the kernel writes its 140 MB back
    // while the import runs, and the figure measures the disk.
    {
        QFile written(copy);
        if (written.open(QIODevice::ReadWrite))
            ::fsync(written.handle());
    }
    int round = 0;
    auto ws = openWorkspace({copy}, "caiji-bench import WS", err, &round);
    if (!ws)
        return 2;
    const QString table = largestTable(*ws, round);
    const QString file = dir.filePath(QStringLiteral("import.xlsx"));
    {
        TableExporter exporter(*ws, round);
        exporter.setRowLimit(kRows);
        qint64 rows = 0;
        if (!exporter.exportTable(table, file, &rows, &error)) {
            err << error << Qt::endl;
            return 1;
        }
    }
    // The reader alone (unzip and XML, every cell as text), to tell reading from checking and writing.
    QElapsedTimer t;
    t.start();
    {
        XlsxReader bare;
        qint64 cells = 0;
        if (!bare.open(file, &error)
            || !bare.readSheet(
                0,
                [&cells](int, const QStringList& row) {
                    cells += row.size();
                    return true;
                },
                &error)) {
            err << error << Qt::endl;
            return 1;
        }
        report(out, QStringLiteral("import.read_only"), t.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    }
    // What an import leaves on disk and writes on the way, per new row: the WAL is checkpointed
    // into the file before and after, and the kernel's count of bytes written (wchar) is read.
    auto checkpoint = [&ws] { SqlUtil::scalar(ws->db(), QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)")); };
    checkpoint();
    const qint64 sizeBefore = QFileInfo(copy).size();
    const qint64 writtenBefore = bytesWritten();
    t.restart();
    XlsxReader reader;
    if (!reader.open(file, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    Department owner;
    Directory(*ws).findDepartment(ws->catalog().table(table)->department, &owner);
    // What `caiji-cli import` does: read, check and write in one pass and one transaction,
    // through the write gateway as the workspace's owner.
    WriteGateway gateway(*ws, AccessPolicy::load(*ws, Actor::workspaceOwner(QStringLiteral("bench"))));
    ImportPlan plan;
    if (!TableImporter(gateway, table, round, owner.code, ImportMode::Append).run(reader, 0, &plan, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    const double totalMs = t.nsecsElapsed() / 1e6;
    checkpoint();
    const double perRow = qMax(1, plan.newRows);
    report(out, QStringLiteral("import.file_growth_per_row"), (QFileInfo(copy).size() - sizeBefore) / perRow,
        QStringLiteral("bytes"));
    report(out, QStringLiteral("import.bytes_written_per_row"), (bytesWritten() - writtenBefore) / perRow,
        QStringLiteral("bytes"));
    report(out, QStringLiteral("import.rows"), plan.newRows + plan.rejectedRows, QStringLiteral("rows"));
    report(out, QStringLiteral("import.rejected_rows"), plan.rejectedRows, QStringLiteral("rows"));
    report(out, QStringLiteral("import.total"), totalMs, QStringLiteral("ms"));
    // The wizard's way: the dry run (read and check, nothing written) and then its commit.
    {
        XlsxReader again;
        TableImporter importer(gateway, table, round, owner.code, ImportMode::Append);
        ImportPlan dry;
        t.restart();
        if (!again.open(file, &error) || !importer.plan(again, 0, &dry, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        report(out, QStringLiteral("import.dry_run"), t.nsecsElapsed() / 1e6, QStringLiteral("ms"));
        t.restart();
        if (!importer.commit(dry, &error)) {
            err << error << Qt::endl;
            return 1;
        }
        report(out, QStringLiteral("import.commit_after_dry_run"), t.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    }
    const double pyS = python(QStringLiteral("import sys,time,openpyxl\n"
                                             "t=time.time()\n"
                                             "wb=openpyxl.load_workbook(sys.argv[1],read_only=True)\n"
                                             "n=0\n"
                                             "for row in wb.active.iter_rows(values_only=True):\n"
                                             "  for v in row: n+=1\n"
                                             "print(time.time()-t)\n"),
        {file}, err);
    if (pyS > 0) {
        report(out, QStringLiteral("import.python_openpyxl_read_only"), pyS * 1000, QStringLiteral("ms"));
        report(out, QStringLiteral("import.ratio_openpyxl_to_caiji"), pyS * 1000 / totalMs, QStringLiteral("x"));
    }
    report(out, QStringLiteral("import.peak_memory"), peakMemoryMb(), QStringLiteral("MB"));
    return 0;
}

} // namespace caiji::bench
