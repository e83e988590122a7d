// WriteGateway::insertRowTable: new rows of a department staged in a temporary table of the
// workspace's connection (a merge's rows the package added) are checked as insertRows checks
// its rows (the owners' rules, each value, references; a field may be left empty) and inserted
// in one statement with one journal entry. A refused call changes nothing, the stage included.
// Only a workspace file (SQLite) takes them; on PostgreSQL the call says so.
#include "TestWorkspace.h"
#include "core/storage/SqlUtil.h"
#include "core/write/WriteGateway.h"

#include <QSignalSpy>
#include <QTest>

using namespace caiji;

class TestRowTable : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;
    std::unique_ptr<Workspace> m_ws;
    const Table* m_courses = nullptr;

    void prepare(const QString& backend)
    {
        QString error;
        m_ws = Workspace::create(m_locations.fresh(backend), test::summaryCatalog(), &error);
        QVERIFY2(m_ws, qPrintable(error));
        test::addCollege(*m_ws);
        m_courses = m_ws->catalog().table(QStringLiteral("7-2"));
    }

    int field(const char* key) const { return m_courses->fieldIndex(QLatin1String(key)); }

    /// The stage: a row per map of field → value as stored, with the mask of the values given.
    void stage(const QVector<QMap<QString, QVariant>>& rows)
    {
        QString error;
        QStringList cols;
        for (int c = 0; c < m_courses->fields.size(); ++c)
            cols.append(QStringLiteral("c%1").arg(c));
        QVERIFY(SqlUtil::exec(m_ws->db(), QStringLiteral("DROP TABLE IF EXISTS temp.added"), &error));
        QVERIFY2(
            SqlUtil::exec(m_ws->db(),
                QStringLiteral("CREATE TEMP TABLE added (id, seq, version, mask, %1)").arg(cols.join(QLatin1Char(','))),
                &error),
            qPrintable(error));
        int n = 0;
        for (const auto& row : rows) {
            QVariantList binds {QStringLiteral("new-%1").arg(++n), QVariant(), 0};
            qint64 mask = 0;
            QVector<QVariant> values(m_courses->fields.size());
            for (auto it = row.constBegin(); it != row.constEnd(); ++it) {
                mask |= qint64(1) << field(it.key().toLatin1().constData());
                values[field(it.key().toLatin1().constData())] = it.value();
            }
            binds.append(mask);
            for (const QVariant& v : std::as_const(values))
                binds.append(v);
            QStringList marks;
            for (int i = 0; i < binds.size(); ++i)
                marks.append(QStringLiteral("?"));
            QVERIFY2(SqlUtil::exec(m_ws->db(),
                         QStringLiteral("INSERT INTO temp.added VALUES (%1)").arg(marks.join(QLatin1Char(','))), binds,
                         &error),
                qPrintable(error));
        }
    }

    int staged() { return SqlUtil::scalar(m_ws->db(), QStringLiteral("SELECT COUNT(*) FROM temp.added")).toInt(); }

    QString snapshot()
    {
        QStringList out;
        QSqlQuery q(m_ws->db());
        SqlUtil::exec(
            m_ws->db(), QStringLiteral("SELECT _id, _dept, kcdm, kcmc, zxs FROM t_7_2 ORDER BY _seq"), {}, nullptr, &q);
        while (q.next()) {
            QStringList row;
            for (int i = 0; i < 5; ++i)
                row.append(q.value(i).toString());
            out.append(row.join(QLatin1Char('|')));
        }
        out.append(SqlUtil::scalar(m_ws->db(), QStringLiteral("SELECT COUNT(*) FROM cj_journal")).toString());
        return out.join(QLatin1Char('\n'));
    }

private slots:
    void insertsAndJournalsTheRows()
    {
        prepare(QStringLiteral("sqlite"));
        auto office = test::ownerGateway(*m_ws, QStringLiteral("admin"));
        // The name left empty: a new row is being filled in, as insertRows allows.
        stage({{{QStringLiteral("kcdm"), QStringLiteral("K1")}, {QStringLiteral("kcmc"), QStringLiteral("机械制图")},
                   {QStringLiteral("kclx"), QStringLiteral("B")}, {QStringLiteral("zxs"), 48}},
            {{QStringLiteral("kcdm"), QStringLiteral("K2")}, {QStringLiteral("kcmc"), QStringLiteral("")}}});
        const qint64 journal
            = SqlUtil::scalar(m_ws->db(), QStringLiteral("SELECT COUNT(*) FROM cj_journal")).toLongLong();
        QSignalSpy changed(&office->feed(), &ChangeFeed::changed);
        qint64 rows = 0;
        QString error;
        QVERIFY2(office->insertRowTable(*m_courses, 2024, QStringLiteral("JWC"), QStringLiteral("temp.added"), &rows,
                     &error, {WriteOrigin::Merge, QStringLiteral("包"), true}),
            qPrintable(error));
        QCOMPARE(rows, 2);
        QCOMPARE(staged(), 0);
        QSqlQuery q(m_ws->db());
        QVERIFY(SqlUtil::exec(m_ws->db(),
            QStringLiteral("SELECT _id, _round, _dept, _created_by, kcdm, kcmc, kclx, zxs, _version, _deleted FROM "
                           "t_7_2 ORDER BY _seq"),
            {}, &error, &q));
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("new-1"));
        QCOMPARE(q.value(1).toInt(), 2024);
        QCOMPARE(q.value(2).toString(), QStringLiteral("JWC"));
        QCOMPARE(q.value(3).toString(), QStringLiteral("admin"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("K1"));
        QCOMPARE(q.value(5).toString(), QStringLiteral("机械制图"));
        QCOMPARE(q.value(6).toString(), QStringLiteral("B"));
        QCOMPARE(q.value(7).toLongLong(), 48);
        QCOMPARE(q.value(8).toLongLong(), 1);
        QCOMPARE(q.value(9).toInt(), 0);
        QVERIFY(q.next());
        QCOMPARE(q.value(0).toString(), QStringLiteral("new-2"));
        QCOMPARE(q.value(4).toString(), QStringLiteral("K2"));
        QVERIFY(q.value(7).isNull());
        QVERIFY(!q.next());
        // One entry for the rows, as a bulk insert writes it.
        QCOMPARE(
            SqlUtil::scalar(m_ws->db(), QStringLiteral("SELECT COUNT(*) FROM cj_journal")).toLongLong(), journal + 1);
        QCOMPARE(SqlUtil::scalar(m_ws->db(),
                     QStringLiteral("SELECT op || ' ' || new_value || ' ' || reason || ' ' || table_code FROM "
                                    "cj_journal ORDER BY id DESC LIMIT 1"))
                     .toString(),
            QStringLiteral("insert {\"rows\":2} 包 7-2"));
        QCOMPARE(changed.size(), 1);
        const ChangeEvent e = changed.first().first().value<ChangeEvent>();
        QCOMPARE(e.rowCount, 2);
        QCOMPARE(e.rowIds, QVector<QString>({QStringLiteral("new-1"), QStringLiteral("new-2")}));
    }

    void refusedCallsChangeNothing_data()
    {
        QTest::addColumn<QString>("login");
        QTest::addColumn<QString>("key");
        QTest::addColumn<QVariant>("stored");
        QTest::addColumn<QString>("message");
        QTest::newRow("text in a number") << "admin"
                                          << "zxs" << QVariant(QStringLiteral("32学时")) << "32学时";
        QTest::newRow("a number for a text") << "admin"
                                             << "kcmc" << QVariant(7) << "课程名称";
        QTest::newRow("a fraction in a count") << "admin"
                                               << "zxs" << QVariant(48.5) << "总学时";
        QTest::newRow("unknown code") << "admin"
                                      << "kclx" << QVariant(QStringLiteral("9")) << "课程类型";
        QTest::newRow("another department's table") << "yx01"
                                                    << "kcmc" << QVariant(QStringLiteral("课")) << "yx01_cjy";
    }

    void refusedCallsChangeNothing()
    {
        QFETCH(QString, login);
        QFETCH(QString, key);
        QFETCH(QVariant, stored);
        QFETCH(QString, message);
        prepare(QStringLiteral("sqlite"));
        stage({{{QStringLiteral("kcdm"), QStringLiteral("K1")}},
            {{QStringLiteral("kcdm"), QStringLiteral("K2")}, {key, stored}}});
        const QString before = snapshot();
        std::unique_ptr<WriteGateway> gateway = login == QLatin1String("admin")
            ? test::ownerGateway(*m_ws, login)
            : std::make_unique<WriteGateway>(
                *m_ws, test::policyAs(*m_ws, QStringLiteral("yx01_cjy"), Role::Collector, QStringLiteral("YX01")));
        qint64 rows = -1;
        QString error;
        // The collector edits (only the office merges).
        const WriteIntent intent = login == QLatin1String("admin")
            ? WriteIntent {WriteOrigin::Merge, QStringLiteral("包"), true}
            : WriteIntent {};
        QVERIFY(!gateway->insertRowTable(
            *m_courses, 2024, QStringLiteral("JWC"), QStringLiteral("temp.added"), &rows, &error, intent));
        QVERIFY2(error.contains(message), qPrintable(error));
        QCOMPARE(rows, -1);
        QCOMPARE(snapshot(), before);
        QCOMPARE(staged(), 2);
    }

    void onlyAWorkspaceFile()
    {
        if (qEnvironmentVariableIsEmpty("CAIJI_TEST_PG"))
            QFAIL("CAIJI_TEST_PG is not set: the PostgreSQL row needs a server (scripts/test starts one)");
        prepare(QStringLiteral("postgresql"));
        auto office = test::ownerGateway(*m_ws, QStringLiteral("admin"));
        const QString before = snapshot();
        qint64 rows = -1;
        QString error;
        QVERIFY(
            !office->insertRowTable(*m_courses, 2024, QStringLiteral("JWC"), QStringLiteral("added"), &rows, &error));
        QVERIFY2(error.contains(QStringLiteral("SQLite")), qPrintable(error));
        QCOMPARE(snapshot(), before);
    }
};

QTEST_GUILESS_MAIN(TestRowTable)
#include "tst_rowtable.moc"
