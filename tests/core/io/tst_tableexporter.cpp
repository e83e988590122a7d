#undef QT_NO_CAST_FROM_ASCII
#include "FakeSheetSource.h"
#include "TestWorkspace.h"
#include "core/io/TableExporter.h"
#include "core/io/TableImporter.h"
#include "core/io/XlsxReader.h"
#include "core/storage/Directory.h"
#include "core/storage/RowInserter.h"

#include <QFile>
#include <QTest>

using namespace caiji;

class TestTableExporter : public QObject
{
    Q_OBJECT

private:
    test::TestLocations m_locations;

    // A workspace with `rows` students of one major (more rows than the exporter's batches).
    std::unique_ptr<Workspace> withStudents(const QString& backend, int rows)
    {
        QString error;
        auto ws = test::miniWorkspace(m_locations, backend);
        const Table& majors = *ws->catalog().table("7-1-1");
        QVector<QVariant> major(majors.fields.size());
        major[majors.fieldIndex("zydm")] = "510201";
        major[majors.fieldIndex("zymc")] = "计算机应用技术";
        RowInserter ins(*ws, majors, 2024);
        ins.add("JWC", major);
        if (!ins.flush(&error))
            qFatal("%s", qPrintable(error));
        ImportPlan plan;
        test::FakeSheetSource students({"学号", "姓名", "性别", "专业代码", "年级", "出生日期"}, rows, [](int i) {
            return QStringList {QStringLiteral("00%1").arg(i, 8, 10, QLatin1Char('0')), QStringLiteral("学生%1").arg(i),
                i % 2 ? "男" : "女", "510201", "2024", QStringLiteral("2005-%1-%2").arg(i % 12 + 1).arg(i % 28 + 1)};
        });
        const auto gateway1 = test::ownerGateway(*ws);
        if (!TableImporter(*gateway1, "10-1", 2024, "XGC", ImportMode::Append).run(students, 0, &plan, &error)
            || plan.newRows != rows)
            qFatal("%s", qPrintable(error + (plan.rejected.isEmpty() ? QString() : plan.rejected.first().reason)));
        return ws;
    }

private slots:
    void everyRowInOrderAcrossBatches_data() { test::TestLocations::addBackendRows(); }
    void everyRowInOrderAcrossBatches()
    {
        // Rows are read and formatted on one thread and written on another, a thousand at a
        // time: none may be lost, doubled or moved.
        QFETCH(QString, backend);
        constexpr int kRows = 12345;
        auto ws = withStudents(backend, kRows);
        const QString path = m_locations.tempPath("students.xlsx");
        TableExporter exporter(*ws, 2024);
        qint64 rows = 0;
        QString error;
        QVERIFY2(exporter.exportTable("10-1", path, &rows, &error), qPrintable(error));
        QCOMPARE(rows, kRows);
        XlsxReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        int expected = 0;
        QStringList header;
        QVERIFY(r.readSheet(
            0,
            [&](int number, const QStringList& cells) {
                if (number == 1) {
                    header = cells;
                    return true;
                }
                const int i = expected++;
                if (number != i + 2 || cells.value(0) != QStringLiteral("00%1").arg(i, 8, 10, QLatin1Char('0'))
                    || cells.value(2) != (i % 2 ? "男" : "女")
                    || cells.value(header.indexOf("出生日期"))
                        != QDate(2005, i % 12 + 1, i % 28 + 1).toString(Qt::ISODate)) {
                    qWarning() << "row" << number << cells;
                    return false;
                }
                return true;
            },
            &error));
        QCOMPARE(expected, kRows);
    }

    void severalTablesInOneWorkbook_data() { test::TestLocations::addBackendRows(); }
    void severalTablesInOneWorkbook()
    {
        QFETCH(QString, backend);
        auto ws = withStudents(backend, 1500);
        const QString path = m_locations.tempPath(QStringLiteral("several-%1.xlsx").arg(backend));
        TableExporter exporter(*ws, 2024);
        qint64 rows = 0;
        QString error;
        // 6-1-1 has no rows: left out. The order is the catalog's, not the list's.
        QVERIFY2(exporter.exportTables({"10-1", "6-1-1", "7-1-1"}, path, &rows, &error), qPrintable(error));
        QCOMPARE(rows, 1501);
        QCOMPARE(exporter.exported().size(), 2);
        QCOMPARE(exporter.exported()[0].table, QStringLiteral("7-1-1"));
        QCOMPARE(exporter.exported()[0].rows, 1);
        QCOMPARE(exporter.exported()[1].table, QStringLiteral("10-1"));
        QCOMPARE(exporter.exported()[1].rows, 1500);
        XlsxReader r;
        QVERIFY2(r.open(path, &error), qPrintable(error));
        QCOMPARE(r.sheets().size(), 2);
        QCOMPARE(r.sheets()[1].name, exporter.exported()[1].sheet);
        int lines = 0;
        QVERIFY(r.readSheet(
            1,
            [&lines](int, const QStringList&) {
                ++lines;
                return true;
            },
            &error));
        QCOMPARE(lines, 1501);
        // One department's rows: 学工处 has the students, 教务处 the major.
        exporter.setDepartment(QStringLiteral("JWC"));
        QVERIFY(exporter.exportTables({"10-1", "7-1-1"}, path, &rows, &error));
        QCOMPARE(rows, 1);
        QCOMPARE(exporter.exported().size(), 1);
        QVERIFY(!exporter.exportTables({"6-1-1"}, path, &rows, &error));
        QVERIFY(!error.isEmpty());
    }

    void cancellingRemovesTheFile()
    {
        auto ws = withStudents("sqlite", 12000);
        const QString path = m_locations.tempPath("cancelled.xlsx");
        TableExporter exporter(*ws, 2024);
        qint64 seen = 0;
        exporter.setProgress([&seen](qint64 done) {
            seen = done;
            return done < 5000;
        });
        qint64 rows = 0;
        QString error;
        QVERIFY(!exporter.exportTable("10-1", path, &rows, &error));
        QCOMPARE(seen, 5000);
        QCOMPARE(error, TableExporter::tr("Export cancelled."));
        QVERIFY(!QFile::exists(path));
    }
};

QTEST_GUILESS_MAIN(TestTableExporter)
#include "tst_tableexporter.moc"
