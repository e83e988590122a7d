// WriteGateway::applyCellQuery: cells of many rows given as a query on the workspace's own
// connection (a merge's package attached to it) are checked and written as applyCells writes
// them: the owners' rules, values and references, keys other tables use, versions, the journal.
// A refused call changes nothing. WriteGateway::applyCellTable takes the same rows staged in a
// temporary table (a merge's comparison) and must do the same: every test runs both ways. Only a workspace file
// (SQLite) takes them; on PostgreSQL the call says so and changes nothing.
#include "TestWorkspace.h"
#include "core/storage/SqlUtil.h"
#include "core/write/BulkCellWriter.h"
#include "core/write/WriteGateway.h"

#include <QSignalSpy>
#include <QTest>

using namespace caiji;

class TestCellQuery : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;
    std::unique_ptr<Workspace> m_ws;
    const Table* m_courses = nullptr;
    QStringList m_ids; ///< 7-2's rows K1, K2, K3 (JWC)
    bool m_fromTable = false; ///< applyCellTable rather than applyCellQuery
    int m_stageLeft = -1; ///< rows left in the stage table after applyCellTable

    static void addWays()
    {
        QTest::addColumn<bool>("fromTable");
        QTest::newRow("query") << false;
        QTest::newRow("table") << true;
    }

    void prepare(const QString& backend)
    {
        QString error;
        m_ws = Workspace::create(m_locations.fresh(backend), test::summaryCatalog(), &error);
        QVERIFY2(m_ws, qPrintable(error));
        test::addCollege(*m_ws);
        m_courses = m_ws->catalog().table(QStringLiteral("7-2"));
        const auto owner = test::ownerGateway(*m_ws);
        const WriteIntent setup {WriteOrigin::Load, QStringLiteral("setup"), false};
        QVector<QVector<QVariant>> rows;
        for (const QString& code : {QStringLiteral("K1"), QStringLiteral("K2"), QStringLiteral("K3")}) {
            QVector<QVariant> v(m_courses->fields.size());
            v[field("kcdm")] = code;
            v[field("kcmc")] = QStringLiteral("课程") + code;
            v[field("kclx")] = QStringLiteral("1");
            v[field("zxs")] = 32;
            rows.append(v);
        }
        QVector<QString> ids;
        QVERIFY2(
            owner->insertRows(*m_courses, 2024, QStringLiteral("JWC"), rows, &ids, &error, setup), qPrintable(error));
        m_ids = QStringList(ids.cbegin(), ids.cend());
        // K1 is used by a row of 6-1-2-1: its key does not change silently.
        const Table& teaching = *m_ws->catalog().table(QStringLiteral("6-1-2-1"));
        QVector<QVariant> t(teaching.fields.size());
        t[teaching.fieldIndex(QStringLiteral("kcdm"))] = QStringLiteral("K1");
        t[teaching.fieldIndex(QStringLiteral("jxgzl"))] = 10;
        QVERIFY2(
            owner->insertRows(teaching, 2024, QStringLiteral("YX01"), {t}, nullptr, &error, setup), qPrintable(error));
    }

    int field(const char* key) const { return m_courses->fieldIndex(QLatin1String(key)); }

    struct Cell
    {
        int row; ///< index into m_ids
        const char* field;
        QVariant stored; ///< as the source file holds it
    };

    /// The source the query reads: one row per changed row, as a package's rows come.
    void stage(const QVector<Cell>& cells, qint64 versionShift = 0)
    {
        QString error;
        QStringList cols;
        for (int c = 0; c < m_courses->fields.size(); ++c)
            cols.append(QStringLiteral("c%1").arg(c));
        QVERIFY(SqlUtil::exec(m_ws->db(), QStringLiteral("DROP TABLE IF EXISTS temp.src"), &error));
        QVERIFY2(
            SqlUtil::exec(m_ws->db(),
                QStringLiteral("CREATE TEMP TABLE src (id, seq, version, mask, %1)").arg(cols.join(QLatin1Char(','))),
                &error),
            qPrintable(error));
        QMap<int, QMap<int, QVariant>> byRow;
        for (const Cell& c : cells)
            byRow[c.row][field(c.field)] = c.stored;
        for (auto r = byRow.constBegin(); r != byRow.constEnd(); ++r) {
            QSqlQuery q(m_ws->db());
            QVERIFY(SqlUtil::exec(m_ws->db(), QStringLiteral("SELECT _seq, _version FROM t_7_2 WHERE _id = ?"),
                {m_ids[r.key()]}, &error, &q));
            QVERIFY(q.next());
            QVariantList binds {m_ids[r.key()], q.value(0), q.value(1).toLongLong() + versionShift};
            qint64 mask = 0;
            QVector<QVariant> values(m_courses->fields.size());
            for (auto c = r->constBegin(); c != r->constEnd(); ++c) {
                mask |= qint64(1) << c.key();
                values[c.key()] = c.value();
            }
            binds.append(mask);
            for (const QVariant& v : std::as_const(values))
                binds.append(v);
            QStringList marks;
            for (int i = 0; i < binds.size(); ++i)
                marks.append(QStringLiteral("?"));
            QVERIFY2(SqlUtil::exec(m_ws->db(),
                         QStringLiteral("INSERT INTO temp.src VALUES (%1)").arg(marks.join(QLatin1Char(','))), binds,
                         &error),
                qPrintable(error));
        }
    }

    EditResult apply(
        WriteGateway& gateway, const WriteIntent& intent = {WriteOrigin::Merge, QStringLiteral("包"), true})
    {
        if (m_fromTable) {
            const EditResult r = gateway.applyCellTable(*m_courses, 2024, QStringLiteral("temp.src"), intent);
            // Written, the staged rows are gone from the table.
            m_stageLeft = SqlUtil::scalar(m_ws->db(), QStringLiteral("SELECT COUNT(*) FROM temp.src")).toInt();
            return r;
        }
        QStringList cols;
        for (int c = 0; c < m_courses->fields.size(); ++c)
            cols.append(QStringLiteral("c%1").arg(c));
        return gateway.applyCellQuery(*m_courses, 2024,
            QStringLiteral("SELECT id, seq, version, mask, %1 FROM temp.src ORDER BY id")
                .arg(cols.join(QLatin1Char(','))),
            {}, intent);
    }

    QVariant value(int row, const char* key)
    {
        return SqlUtil::scalar(
            m_ws->db(), QStringLiteral("SELECT %1 FROM t_7_2 WHERE _id = ?").arg(QLatin1String(key)), {m_ids[row]});
    }

    /// Everything a refused call must leave as it was.
    QString snapshot()
    {
        QStringList out;
        QSqlQuery q(m_ws->db());
        SqlUtil::exec(m_ws->db(), QStringLiteral("SELECT _id, _version, kcdm, kcmc, zxs, xf FROM t_7_2 ORDER BY _id"),
            {}, nullptr, &q);
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 6; ++i)
                row.append(q.value(i).toString());
            out.append(row.join(QLatin1Char('|')));
        }
        out.append(SqlUtil::scalar(m_ws->db(), QStringLiteral("SELECT COUNT(*) FROM cj_journal")).toString());
        out.append(SqlUtil::scalar(m_ws->db(), QStringLiteral("SELECT kcdm FROM t_6_1_2_1")).toString());
        return out.join(QLatin1Char('\n'));
    }

private slots:
    void writesAndJournalsTheCells_data() { addWays(); }
    void writesAndJournalsTheCells()
    {
        QFETCH(bool, fromTable);
        m_fromTable = fromTable;
        prepare(QStringLiteral("sqlite"));
        auto office = test::ownerGateway(*m_ws, QStringLiteral("admin"));
        stage({{0, "kcmc", QStringLiteral("机械制图")}, {1, "zxs", 48}, {1, "xf", 2.5}});
        const qint64 journal
            = SqlUtil::scalar(m_ws->db(), QStringLiteral("SELECT COUNT(*) FROM cj_journal")).toLongLong();
        QSignalSpy changed(&office->feed(), &ChangeFeed::changed);
        const EditResult r = apply(*office);
        QVERIFY2(r.ok, qPrintable(r.error));
        if (m_fromTable)
            QCOMPARE(m_stageLeft, 0);
        QVERIFY(r.conflicts.isEmpty());
        QCOMPARE(r.cells, 3);
        QCOMPARE(r.updated.size(), 2);
        QCOMPARE(r.departments, QSet<QString> {QStringLiteral("JWC")});
        QCOMPARE(value(0, "kcmc").toString(), QStringLiteral("机械制图"));
        QCOMPARE(value(1, "zxs").toLongLong(), 48);
        QCOMPARE(value(1, "xf").toDouble(), 2.5);
        QCOMPARE(value(2, "kcmc").toString(), QStringLiteral("课程K3")); // not in the query
        QCOMPARE(SqlUtil::scalar(m_ws->db(), QStringLiteral("SELECT _version FROM t_7_2 WHERE _id = ?"), {m_ids[1]})
                     .toLongLong(),
            r.updated[1].version);
        // One journal row per row, with the old and new values of the fields it changed.
        QCOMPARE(
            SqlUtil::scalar(m_ws->db(), QStringLiteral("SELECT COUNT(*) FROM cj_journal")).toLongLong(), journal + 2);
        QCOMPARE(
            SqlUtil::scalar(m_ws->db(),
                QStringLiteral("SELECT old_value || ' → ' || new_value FROM cj_journal WHERE row_id = ? AND reason "
                               "= '包'"),
                {m_ids[1]})
                .toString(),
            QStringLiteral("{\"xf\":null,\"zxs\":32} → {\"xf\":2.5,\"zxs\":48}"));
        QCOMPARE(SqlUtil::scalar(m_ws->db(),
                     QStringLiteral("SELECT field FROM cj_journal WHERE row_id = ? AND reason = '包'"), {m_ids[0]})
                     .toString(),
            QStringLiteral("kcmc"));
        QCOMPARE(changed.size(), 1);
        QCOMPARE(changed.first().first().value<ChangeEvent>().rowCount, 2);
    }

    void aRowChangedMeanwhileIsAConflict_data() { addWays(); }
    void aRowChangedMeanwhileIsAConflict()
    {
        QFETCH(bool, fromTable);
        m_fromTable = fromTable;
        prepare(QStringLiteral("sqlite"));
        auto office = test::ownerGateway(*m_ws, QStringLiteral("admin"));
        stage({{0, "kcmc", QStringLiteral("新名")}, {1, "kcmc", QStringLiteral("也新")}});
        // Row 1 moves on after the query's version was read.
        QVERIFY(office
                    ->applyCells(*m_courses, 2024,
                        {{m_ids[1],
                            SqlUtil::scalar(
                                m_ws->db(), QStringLiteral("SELECT _version FROM t_7_2 WHERE _id = ?"), {m_ids[1]})
                                .toLongLong(),
                            field("kcmc"), QStringLiteral("别人的")}})
                    .ok);
        const EditResult r = apply(*office);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.conflicts.size(), 1);
        QCOMPARE(r.conflicts.first().rowId, m_ids[1]);
        QCOMPARE(r.conflicts.first().column, field("kcmc"));
        QCOMPARE(r.conflicts.first().mine.toString(), QStringLiteral("也新"));
        QCOMPARE(r.conflicts.first().theirs.toString(), QStringLiteral("别人的"));
        QCOMPARE(r.updated.size(), 1);
        QCOMPARE(value(0, "kcmc").toString(), QStringLiteral("新名"));
        QCOMPARE(value(1, "kcmc").toString(), QStringLiteral("别人的"));
    }

    void refusedCallsChangeNothing_data()
    {
        QTest::addColumn<bool>("fromTable");
        QTest::addColumn<QString>("login");
        QTest::addColumn<int>("row");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<QString>("message");
        // A file altered by hand: text where a number is kept, a number where text is.
        struct Case
        {
            const char* name;
            const char* login;
            int row;
            const char* key;
            QVariant stored;
            const char* message;
        };
        const QVector<Case> cases {
            {"text in a number", "admin", 1, "zxs", QVariant(QStringLiteral("32学时")), "32学时"},
            {"a number for a text", "admin", 1, "kcmc", QVariant(7), "课程名称"},
            {"required left empty", "admin", 0, "kcmc", QVariant(QStringLiteral("")), "课程名称"},
            {"unknown code", "admin", 0, "kclx", QVariant(QStringLiteral("9")), "课程类型"},
            {"key others use", "admin", 0, "kcdm", QVariant(QStringLiteral("K9")), "K1"},
            {"another department's rows", "yx01", 2, "kcmc", QVariant(QStringLiteral("改")), "yx01_cjy"},
        };
        for (const bool fromTable : {false, true}) {
            for (const Case& c : cases) {
                QTest::addRow("%s, %s", fromTable ? "table" : "query", c.name)
                    << fromTable << QString::fromLatin1(c.login) << c.row << QString::fromLatin1(c.key) << c.stored
                    << QString::fromUtf8(c.message);
            }
        }
    }

    void refusedCallsChangeNothing()
    {
        QFETCH(bool, fromTable);
        m_fromTable = fromTable;
        QFETCH(QString, login);
        QFETCH(int, row);
        QFETCH(QString, key);
        QFETCH(QVariant, stored);
        QFETCH(QString, message);
        prepare(QStringLiteral("sqlite"));
        const QByteArray k = key.toLatin1();
        stage({{row, k.constData(), stored}});
        const QString before = snapshot();
        std::unique_ptr<WriteGateway> gateway;
        if (login == QLatin1String("admin"))
            gateway = test::ownerGateway(*m_ws, login);
        else
            gateway = std::make_unique<WriteGateway>(
                *m_ws, test::policyAs(*m_ws, QStringLiteral("yx01_cjy"), Role::Collector, QStringLiteral("YX01")));
        // The collector edits (only the office merges).
        const EditResult r = login == QLatin1String("admin") ? apply(*gateway) : apply(*gateway, {});
        QVERIFY(!r.ok);
        QVERIFY2(!r.error.isEmpty(), "a refusal says why");
        QVERIFY2(r.error.contains(message), qPrintable(r.error));
        QCOMPARE(snapshot(), before);
        // The stage too, as the call rolled back (the merge empties it when it lets go).
        if (m_fromTable)
            QCOMPARE(m_stageLeft, 1);
    }

    void aValueIsCheckedWithItsType_data() { addWays(); }
    void aValueIsCheckedWithItsType()
    {
        // The values are checked once each (a merge stages the same few in thousands of rows),
        // but SQLite finds 48 and 48.0 alike: the one stored as a fraction in a count is still
        // refused, whichever row comes first.
        QFETCH(bool, fromTable);
        m_fromTable = fromTable;
        prepare(QStringLiteral("sqlite"));
        auto office = test::ownerGateway(*m_ws, QStringLiteral("admin"));
        stage({{0, "zxs", 48}, {1, "zxs", 48.0}, {2, "zxs", 48}});
        const QString before = snapshot();
        const EditResult r = apply(*office);
        QVERIFY(!r.ok);
        QVERIFY2(
            r.error.contains(QStringLiteral("总学时")) || r.error.contains(QStringLiteral("zxs")), qPrintable(r.error));
        QCOMPARE(snapshot(), before);
    }

    void onlyAWorkspaceFile()
    {
        if (qEnvironmentVariableIsEmpty("CAIJI_TEST_PG"))
            QFAIL("CAIJI_TEST_PG is not set: the PostgreSQL row needs a server (scripts/test starts one)");
        prepare(QStringLiteral("postgresql"));
        auto office = test::ownerGateway(*m_ws, QStringLiteral("admin"));
        const QString before = snapshot();
        const EditResult r = office->applyCellQuery(*m_courses, 2024, QStringLiteral("SELECT 1"), {});
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QStringLiteral("SQLite")), qPrintable(r.error));
        QCOMPARE(snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(TestCellQuery)
#include "tst_cellquery.moc"
