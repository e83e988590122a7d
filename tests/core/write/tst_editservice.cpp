#include "TestWorkspace.h"
#include "core/history/CellHistory.h"
#include "core/storage/RowInserter.h"
#include "core/storage/SqlUtil.h"
#include "core/write/BulkCellWriter.h"
#include "core/write/WriteGateway.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace caiji;

class TestEditService : public QObject
{
    Q_OBJECT

private:
    test::TestLocations m_locations;
    QString m_last;

    // Staff 0001…0003, majors 510201, courses K1/K2, one teaching row.
    std::unique_ptr<Workspace> makeWorkspace(const QString& backend)
    {
        QString error;
        m_last = m_locations.fresh(backend);
        auto ws = Workspace::create(m_last, test::miniCatalog(), &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        const Catalog& c = ws->catalog();
        auto add = [&](const char* code, const QString& dept, const QHash<QString, QVariant>& values) {
            const Table& t = *c.table(QString::fromLatin1(code));
            QVector<QVariant> row(t.fields.size());
            for (auto it = values.constBegin(); it != values.constEnd(); ++it)
                row[t.fieldIndex(it.key())] = it.value();
            RowInserter ins(*ws, t, 2024);
            ins.add(dept, row);
            if (!ins.flush(&error))
                qFatal("%s", qPrintable(error));
        };
        for (const char* jgh : {"0001", "0002", "0003"})
            add("6-1-1", QStringLiteral("ZZRS"),
                {{QStringLiteral("jgh"), QString::fromLatin1(jgh)}, {QStringLiteral("xm"), QStringLiteral("张三")}});
        add("7-1-1", QStringLiteral("JWC"), {{QStringLiteral("zydm"), QStringLiteral("510201")}});
        add("7-2", QStringLiteral("JWC"), {{QStringLiteral("kcdm"), QStringLiteral("K1")}});
        add("7-2", QStringLiteral("JWC"), {{QStringLiteral("kcdm"), QStringLiteral("K2")}});
        add("6-1-2-1", QStringLiteral("YX01"),
            {{QStringLiteral("jgh"), QStringLiteral("0001")}, {QStringLiteral("kcdm"), QStringLiteral("K1")},
                {QStringLiteral("zydm"), QStringLiteral("510201")}, {QStringLiteral("jxgzl"), qint64(48)}});
        return ws;
    }

    /// The backends, and SQLite once more with every call written set-based (BulkCellWriter).
    static void addWriterRows()
    {
        test::TestLocations::addBackendRows();
        QTest::newRow("sqlite-bulk") << QStringLiteral("sqlite-bulk");
    }
    /// The backend of a row; lowers the bulk writer's threshold for "-bulk" rows until the end.
    struct Writer
    {
        QString backend;
        explicit Writer(const QString& row)
            : backend(row.endsWith(QLatin1String("-bulk")) ? row.chopped(5) : row)
        {
            BulkCellWriter::setThreshold(row.endsWith(QLatin1String("-bulk")) ? 1 : kDefaultThreshold);
        }
        ~Writer() { BulkCellWriter::setThreshold(kDefaultThreshold); }
        static constexpr int kDefaultThreshold = 2000;
    };

    QPair<QString, qint64> teachingRow(Workspace& ws)
    {
        QSqlQuery q(ws.db());
        q.exec(QStringLiteral("SELECT \"_id\", \"_version\" FROM t_6_1_2_1"));
        q.next();
        return {q.value(0).toString(), q.value(1).toLongLong()};
    }

private slots:
    void updatesAndJournals_data() { addWriterRows(); }
    void updatesAndJournals()
    {
        QFETCH(QString, backend);
        const Writer writer(backend);
        auto ws = makeWorkspace(writer.backend);
        const Table& t = *ws->catalog().table(QStringLiteral("6-1-2-1"));
        const auto [id, version] = teachingRow(*ws);
        const auto svc = test::ownerGateway(*ws, QStringLiteral("yx01_cjy"));
        const EditResult r = svc->applyCells(t, 2024,
            {{id, version, t.fieldIndex(QStringLiteral("jxgzl")), qint64(64)},
                {id, version, t.fieldIndex(QStringLiteral("kcdm")), QStringLiteral("K2")}},
            {WriteOrigin::Edit, QStringLiteral("test")});
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.updated.size(), 1);
        QCOMPARE(r.updated.first().version, version + 1);
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT jxgzl FROM t_6_1_2_1")).toLongLong(), 64);
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT \"_updated_by\" FROM t_6_1_2_1")).toString(),
            QStringLiteral("yx01_cjy"));
        QSqlQuery j(ws->db());
        QVERIFY(j.exec(QStringLiteral("SELECT op, old_value, new_value, login FROM cj_journal WHERE op = 'update'")));
        QVERIFY(j.next());
        const QJsonObject before = QJsonDocument::fromJson(j.value(1).toString().toUtf8()).object();
        const QJsonObject after = QJsonDocument::fromJson(j.value(2).toString().toUtf8()).object();
        QCOMPARE(before.value(QStringLiteral("jxgzl")).toInt(), 48);
        QCOMPARE(after.value(QStringLiteral("jxgzl")).toInt(), 64);
        QCOMPARE(before.value(QStringLiteral("kcdm")).toString(), QStringLiteral("K1"));
        QCOMPARE(after.value(QStringLiteral("kcdm")).toString(), QStringLiteral("K2"));
        QCOMPARE(j.value(3).toString(), QStringLiteral("yx01_cjy"));
    }

    void concurrentEditIsAConflict_data() { addWriterRows(); }
    void concurrentEditIsAConflict()
    {
        QFETCH(QString, backend);
        const Writer writer(backend);
        auto ws = makeWorkspace(writer.backend);
        const Table& t = *ws->catalog().table(QStringLiteral("6-1-2-1"));
        const auto [id, version] = teachingRow(*ws);
        const int col = t.fieldIndex(QStringLiteral("jxgzl"));
        // Somebody else, on another connection to the same workspace, saves first.
        QString error;
        {
            auto other = Workspace::open(m_last, &error);
            QVERIFY2(other, qPrintable(error));
            const auto theirs = test::ownerGateway(*other, QStringLiteral("jwc_cjy"));
            const EditResult r = theirs->applyCells(
                *other->catalog().table(QStringLiteral("6-1-2-1")), 2024, {{id, version, col, qint64(72)}});
            QVERIFY2(r.ok && r.conflicts.isEmpty(), qPrintable(r.error));
        }
        const auto mine = test::ownerGateway(*ws);
        const EditResult r = mine->applyCells(t, 2024, {{id, version, col, qint64(80)}});
        QVERIFY(r.ok);
        QVERIFY(r.updated.isEmpty());
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts.first().mine.toLongLong(), 80);
        QCOMPARE(r.conflicts.first().theirs.toLongLong(), 72);
        QCOMPARE(r.conflicts.first().theirUser, QStringLiteral("jwc_cjy"));
        // Nothing overwritten.
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT jxgzl FROM t_6_1_2_1")).toLongLong(), 72);
        // With the fresh version the edit goes through.
        const EditResult again = mine->applyCells(t, 2024, {{id, version + 1, col, qint64(80)}});
        QCOMPARE(again.updated.size(), 1);
    }

    void invalidValuesChangeNothing_data() { addWriterRows(); }
    void invalidValuesChangeNothing()
    {
        QFETCH(QString, backend);
        const Writer writer(backend);
        auto ws = makeWorkspace(writer.backend);
        const Table& t = *ws->catalog().table(QStringLiteral("6-1-2-1"));
        const auto svc = test::ownerGateway(*ws);
        const auto [id, version] = teachingRow(*ws);
        // One good change and one dangling reference: the whole call is refused.
        EditResult r = svc->applyCells(t, 2024,
            {{id, version, t.fieldIndex(QStringLiteral("jxgzl")), qint64(60)},
                {id, version, t.fieldIndex(QStringLiteral("jgh")), QStringLiteral("9999")}});
        QVERIFY(!r.ok);
        QVERIFY2(
            r.error.contains(QLatin1String("9999")) && r.error.contains(QLatin1String("6-1-1")), qPrintable(r.error));
        r = svc->applyCells(t, 2024, {{id, version, t.fieldIndex(QStringLiteral("jxgzl")), qint64(99999)}});
        QVERIFY(!r.ok);
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT jxgzl FROM t_6_1_2_1")).toLongLong(), 48);
        QCOMPARE(
            SqlUtil::scalar(ws->db(), QStringLiteral("SELECT COUNT(*) FROM cj_journal WHERE op = 'update'")).toInt(),
            0);
    }

    // Written set-based or row by row, the same call leaves the same rows, the same journal
    // (old and new values as JSON, yes/no as true/false, dates as text) and the same conflicts.
    void bulkMatchesRowByRow()
    {
        auto write = [this](int threshold, QStringList* table, QStringList* journal, int* conflicts) {
            BulkCellWriter::setThreshold(threshold);
            auto ws = makeWorkspace(QStringLiteral("sqlite"));
            const Table& t = *ws->catalog().table(QStringLiteral("10-1"));
            QString error;
            RowInserter ins(*ws, t, 2024);
            for (int i = 0; i < 30; ++i) {
                QVector<QVariant> row(t.fields.size());
                row[t.fieldIndex(QStringLiteral("xh"))] = QStringLiteral("S%1").arg(i, 3, 10, QLatin1Char('0'));
                row[t.fieldIndex(QStringLiteral("xm"))] = QStringLiteral("学生%1").arg(i);
                row[t.fieldIndex(QStringLiteral("bj"))] = QStringLiteral("班%1").arg(i % 3);
                row[t.fieldIndex(QStringLiteral("sfdxpy"))] = i % 2 == 0;
                row[t.fieldIndex(QStringLiteral("qfje"))] = 100.5 * i;
                ins.add(QStringLiteral("XGC"), row);
            }
            QVERIFY2(ins.flush(&error), qPrintable(error));
            QVector<QPair<QString, qint64>> rows;
            QSqlQuery q(ws->db());
            QVERIFY(q.exec(QStringLiteral("SELECT \"_id\", \"_version\" FROM t_10_1 ORDER BY \"_seq\"")));
            while (q.next())
                rows.append({q.value(0).toString(), q.value(1).toLongLong()});
            // Row 5 changed meanwhile, row 6 deleted meanwhile: conflicts either way.
            QVERIFY(SqlUtil::exec(ws->db(),
                QStringLiteral("UPDATE t_10_1 SET \"_version\" = \"_version\" + 1 WHERE \"_id\" = ?"), {rows[5].first},
                &error));
            QVERIFY(SqlUtil::exec(ws->db(),
                QStringLiteral("UPDATE t_10_1 SET \"_deleted\" = 1, \"_version\" = \"_version\" + 1 WHERE \"_id\" = ?"),
                {rows[6].first}, &error));
            QVector<CellChange> changes;
            for (int i = 0; i < 30; ++i) {
                const auto& [id, version] = rows[i];
                if (i < 10) {
                    changes.append({id, version, t.fieldIndex(QStringLiteral("xm")), QStringLiteral("改名%1").arg(i)});
                } else if (i < 20) {
                    changes.append({id, version, t.fieldIndex(QStringLiteral("csrq")), QDate(2005, 1, i)});
                    changes.append({id, version, t.fieldIndex(QStringLiteral("sfdxpy")), i % 3 == 0});
                } else {
                    changes.append({id, version, t.fieldIndex(QStringLiteral("qfje")), 0.25 * i});
                    changes.append({id, version, t.fieldIndex(QStringLiteral("bj")), QVariant()});
                    changes.append({id, version, t.fieldIndex(QStringLiteral("bj")), QStringLiteral("末班")});
                }
            }
            const auto svc = test::ownerGateway(*ws, QStringLiteral("xgc_cjy"));
            const EditResult r = svc->applyCells(t, 2024, changes, {WriteOrigin::Edit, QStringLiteral("比对")});
            QVERIFY2(r.ok, qPrintable(r.error));
            QCOMPARE(r.updated.size(), 28);
            *conflicts = static_cast<int>(r.conflicts.size());
            QVERIFY(q.exec(
                QStringLiteral("SELECT xm, csrq, bj, sfdxpy, qfje, \"_version\", \"_updated_by\", \"_deleted\" FROM "
                               "t_10_1 ORDER BY \"_seq\"")));
            while (q.next()) {
                QStringList cells;
                for (int c = 0; c < 8; ++c)
                    cells.append(q.value(c).isNull() ? QStringLiteral("NULL") : q.value(c).toString());
                table->append(cells.join(QLatin1Char('|')));
            }
            QVERIFY(
                q.exec(QStringLiteral("SELECT t.\"_seq\", j.field, j.old_value, j.new_value, j.reason, j.login FROM "
                                      "cj_journal j JOIN t_10_1 t ON t.\"_id\" = j.row_id WHERE j.op = 'update' "
                                      "ORDER BY t.\"_seq\"")));
            while (q.next()) {
                const QVariantMap before
                    = QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object().toVariantMap();
                const QVariantMap after
                    = QJsonDocument::fromJson(q.value(3).toString().toUtf8()).object().toVariantMap();
                QStringList parts {
                    q.value(0).toString(), q.value(1).toString(), q.value(4).toString(), q.value(5).toString()};
                for (const QVariantMap& m : {before, after}) {
                    for (auto it = m.constBegin(); it != m.constEnd(); ++it)
                        parts.append(it.key() + QLatin1Char('=') + QString::fromLatin1(it.value().typeName())
                            + QLatin1Char(':') + it.value().toString());
                }
                journal->append(parts.join(QLatin1Char(' ')));
            }
        };
        QStringList rowTable, rowJournal, bulkTable, bulkJournal;
        int rowConflicts = 0;
        int bulkConflicts = 0;
        write(Writer::kDefaultThreshold, &rowTable, &rowJournal, &rowConflicts);
        write(1, &bulkTable, &bulkJournal, &bulkConflicts);
        BulkCellWriter::setThreshold(Writer::kDefaultThreshold);
        QCOMPARE(rowJournal.size(), 28);
        QCOMPARE(bulkConflicts, rowConflicts);
        QCOMPARE(rowConflicts, 2);
        QCOMPARE(bulkTable, rowTable);
        QCOMPARE(bulkJournal, rowJournal);
    }

    // A bulk call refused for one owner writes nothing at all.
    void bulkRefusedChangesNothing()
    {
        const Writer writer(QStringLiteral("sqlite-bulk"));
        auto ws = makeWorkspace(writer.backend);
        const Table& t = *ws->catalog().table(QStringLiteral("6-1-2-1"));
        const auto [id, version] = teachingRow(*ws);
        auto policy = test::policyAs(*ws, QStringLiteral("jwc_cjy"), Role::Collector, QStringLiteral("JWC"));
        WriteGateway other(*ws, policy);
        const EditResult r
            = other.applyCells(t, 2024, {{id, version, t.fieldIndex(QStringLiteral("jxgzl")), qint64(60)}});
        QVERIFY(!r.ok);
        QVERIFY(!r.error.isEmpty());
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT jxgzl FROM t_6_1_2_1")).toLongLong(), 48);
        QCOMPARE(
            SqlUtil::scalar(ws->db(), QStringLiteral("SELECT COUNT(*) FROM cj_journal WHERE op = 'update'")).toInt(),
            0);
    }

    void insertDeleteRestoreAndUsages_data() { test::TestLocations::addBackendRows(); }
    void insertDeleteRestoreAndUsages()
    {
        QFETCH(QString, backend);
        auto ws = makeWorkspace(backend);
        const Table& staff = *ws->catalog().table(QStringLiteral("6-1-1"));
        EditService svc(*ws, staff, 2024);
        const auto gateway = test::ownerGateway(*ws);
        QCOMPARE(svc.usages(QStringLiteral("jgh"), QStringLiteral("0001")),
            (QVector<QPair<QString, qint64>> {{QStringLiteral("6-1-2-1"), 1}}));
        QVERIFY(svc.usages(QStringLiteral("jgh"), QStringLiteral("0002")).isEmpty());
        QCOMPARE(svc.missingReferences(*ws->catalog().table(QStringLiteral("6-1-2-1"))->field(QStringLiteral("jgh")),
                     {QStringLiteral("0001"), QStringLiteral("0404")}),
            QSet<QString> {QStringLiteral("0404")});
        QVector<QString> ids = {QStringLiteral("11111111-2222-4333-8444-555555555555")};
        QVector<QVariant> row(staff.fields.size());
        row[0] = QStringLiteral("0404");
        QString error;
        QVERIFY2(gateway->insertRows(staff, 2024, QStringLiteral("ZZRS"), {row}, &ids, &error), qPrintable(error));
        QCOMPARE(ids.first(), QStringLiteral("11111111-2222-4333-8444-555555555555"));
        EditResult r = gateway->setDeleted(staff, 2024, {{ids.first(), 1}}, true);
        QVERIFY(r.ok && r.conflicts.isEmpty());
        QCOMPARE(
            SqlUtil::scalar(ws->db(), QStringLiteral("SELECT \"_deleted\" FROM t_6_1_1 WHERE jgh = '0404'")).toInt(),
            1);
        // Deleting again with the old version is a conflict, not a second delete.
        r = gateway->setDeleted(staff, 2024, {{ids.first(), 1}}, true);
        QCOMPARE(r.conflicts.size(), 1);
        r = gateway->setDeleted(staff, 2024, {{ids.first(), 2}}, false);
        QVERIFY(r.ok && r.conflicts.isEmpty());
        QCOMPARE(
            SqlUtil::scalar(ws->db(), QStringLiteral("SELECT \"_deleted\" FROM t_6_1_1 WHERE jgh = '0404'")).toInt(),
            0);
        // Its history: made, deleted, restored.
        QVector<CellVersion> steps;
        QVERIFY(CellHistory(*ws, staff).history(ids.first(), QStringLiteral("jgh"), &steps, &error));
        QCOMPARE(steps.size(), 3);
        QCOMPARE(steps.at(0).op, QStringLiteral("insert"));
        QCOMPARE(steps.at(1).op, QStringLiteral("delete"));
        QCOMPARE(steps.at(2).op, QStringLiteral("restore"));
        // A bad value in a new row refuses the insert.
        row[staff.fieldIndex(QStringLiteral("qysj_bxn"))] = qint64(999);
        QVector<QString> none;
        QVERIFY(!gateway->insertRows(staff, 2024, QStringLiteral("ZZRS"), {row}, &none, &error));
        QVERIFY(error.contains(QStringLiteral("本学年企业实践时间")));
    }

    void newRowsReferToWhatExists_data() { test::TestLocations::addBackendRows(); }
    void newRowsReferToWhatExists()
    {
        // Many new rows at once (a merge adds thousands): their references are looked up
        // together, and the first row naming what does not exist is still the one refused.
        QFETCH(QString, backend);
        auto ws = makeWorkspace(backend);
        const Table& teaching = *ws->catalog().table(QStringLiteral("6-1-2-1"));
        const auto gateway = test::ownerGateway(*ws);
        const int jgh = teaching.fieldIndex(QStringLiteral("jgh"));
        const auto rows = [&](const QStringList& staff) {
            QVector<QVector<QVariant>> out;
            for (const QString& s : staff) {
                QVector<QVariant> row(teaching.fields.size());
                row[jgh] = s.isEmpty() ? QVariant() : QVariant(s);
                out.append(row);
            }
            return out;
        };
        const QString count = QStringLiteral("SELECT COUNT(*) FROM t_6_1_2_1");
        const qint64 before = SqlUtil::scalar(ws->db(), count).toLongLong();
        QString error;
        QVERIFY(!gateway->insertRows(teaching, 2024, QStringLiteral("YX01"),
            rows({QStringLiteral("0001"), QString(), QStringLiteral("0404"), QStringLiteral("0405")}), nullptr,
            &error));
        QVERIFY2(error.contains(QStringLiteral("new row 3")) && error.contains(QStringLiteral("0404"))
                && error.contains(teaching.fields[jgh].name),
            qPrintable(error));
        QCOMPARE(SqlUtil::scalar(ws->db(), count).toLongLong(), before);
        // Each a reference that exists (or none yet): all of them go in.
        QVERIFY2(gateway->insertRows(teaching, 2024, QStringLiteral("YX01"),
                     rows({QStringLiteral("0001"), QString(), QStringLiteral("0001")}), nullptr, &error),
            qPrintable(error));
        QCOMPARE(SqlUtil::scalar(ws->db(), count).toLongLong(), before + 3);
    }
};

QTEST_GUILESS_MAIN(TestEditService)
#include "tst_editservice.moc"
