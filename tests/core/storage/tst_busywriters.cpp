// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
// Two programs writing one SQLite workspace (issue 14): a write waits for another program's
// transaction up to its busy timeout and then lands; one that waits too long is refused in
// Chinese, naming who writes, with nothing half-written; the connection is not left read-only.
#include "TestWorkspace.h"
#include "core/i18n/Translations.h"
#include "core/storage/RowInserter.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/WorkspaceActivity.h"
#include "core/write/WriteGateway.h"

#include <QElapsedTimer>
#include <QProcess>
#include <QTest>

using namespace caiji;

class TestBusyWriters : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;

    struct Fixture
    {
        std::unique_ptr<Workspace> ws;
        std::unique_ptr<WriteGateway> office;
        QString id;
        qint64 version = 0;
    };
    Fixture make()
    {
        Fixture f;
        f.ws = test::miniWorkspace(m_locations, "sqlite");
        const Table& t = *f.ws->catalog().table("7-2");
        QVector<QVariant> row(t.fields.size());
        row[t.fieldIndex("kcdm")] = "K9";
        row[t.fieldIndex("kcmc")] = "原名";
        RowInserter ins(*f.ws, t, 2024);
        ins.add("JWC", row);
        QString error;
        if (!ins.flush(&error))
            qFatal("%s", qPrintable(error));
        f.office = test::ownerGateway(*f.ws);
        f.id = SqlUtil::scalar(f.ws->db(), "SELECT \"_id\" FROM t_7_2").toString();
        f.version = SqlUtil::scalar(f.ws->db(), "SELECT \"_version\" FROM t_7_2").toLongLong();
        return f;
    }

private slots:
    void initTestCase() { Translations::install("zh_CN"); }

    void aWriteWaitsForAnotherProgram()
    {
        Fixture f = make();
        const Table& t = *f.ws->catalog().table("7-2");
        f.ws->setBusyTimeout(10000);
        QProcess other;
        QVERIFY(test::holdWriteLock(other, f.ws->db().databaseName(), 1.0));
        QElapsedTimer clock;
        clock.start();
        const EditResult r = f.office->applyCells(t, 2024, {{f.id, f.version, t.fieldIndex("kcmc"), "等待后写入"}});
        QVERIFY2(r.ok, qPrintable(r.error));
        QVERIFY(clock.elapsed() >= 500); // it did wait
        QCOMPARE(SqlUtil::scalar(f.ws->db(), "SELECT kcmc FROM t_7_2").toString(), QStringLiteral("等待后写入"));
        QVERIFY(test::finished(other));
    }

    void aWriteThatWaitsTooLongChangesNothing()
    {
        Fixture f = make();
        const Table& t = *f.ws->catalog().table("7-2");
        f.ws->setBusyTimeout(100);
        const qint64 journal = SqlUtil::scalar(f.ws->db(), "SELECT COUNT(*) FROM cj_journal").toLongLong();
        QProcess other;
        {
            // What the other program says it does, as an import would.
            auto second = Workspace::open(f.ws->db().databaseName(), nullptr);
            second->setCurrentUser("xgc_cjy");
            const WorkspaceActivity note(*second, "导入 10-1 在校生信息");
            QVERIFY(test::holdWriteLock(other, f.ws->db().databaseName(), 1.5));
            const EditResult r = f.office->applyCells(t, 2024, {{f.id, f.version, t.fieldIndex("kcmc"), "不应写入"}});
            QVERIFY(!r.ok);
            QVERIFY2(r.error.contains("另一") && r.error.contains("xgc_cjy") && r.error.contains("导入 10-1"),
                qPrintable(r.error));
            QVERIFY2(!r.error.contains("database is locked"), qPrintable(r.error));
            QVERIFY(Transaction::busy(f.ws->db()));
        }
        QVERIFY(test::finished(other));
        QCOMPARE(SqlUtil::scalar(f.ws->db(), "SELECT kcmc FROM t_7_2").toString(), QStringLiteral("原名"));
        QCOMPARE(SqlUtil::scalar(f.ws->db(), "SELECT COUNT(*) FROM cj_journal").toLongLong(), journal);
        // Not left read-only: once the other program is done, the same write lands.
        const EditResult again = f.office->applyCells(t, 2024, {{f.id, f.version, t.fieldIndex("kcmc"), "随后写入"}});
        QVERIFY2(again.ok, qPrintable(again.error));
        QVERIFY(!Transaction::busy(f.ws->db()));
        QCOMPARE(SqlUtil::scalar(f.ws->db(), "SELECT kcmc FROM t_7_2").toString(), QStringLiteral("随后写入"));
        // The note goes with the write that left it.
        QVERIFY(!QFile::exists(f.ws->db().databaseName() + "-activity"));
    }

    // Statements after a transaction that could not begin never commit on their own.
    void nothingWritesOutsideAnUnbegunTransaction()
    {
        Fixture f = make();
        f.ws->setBusyTimeout(100);
        QProcess other;
        QVERIFY(test::holdWriteLock(other, f.ws->db().databaseName(), 1.5));
        {
            Transaction tx(f.ws->db());
            QVERIFY(!tx.isActive());
            Transaction inner(f.ws->db());
            QVERIFY(!inner.isActive());
            QVERIFY(test::finished(other)); // the lock is free now, yet:
            QString error;
            QVERIFY(!SqlUtil::exec(f.ws->db(), "UPDATE t_7_2 SET kcmc = '半途'", &error));
            QVERIFY(!tx.commit(&error));
        }
        QCOMPARE(SqlUtil::scalar(f.ws->db(), "SELECT kcmc FROM t_7_2").toString(), QStringLiteral("原名"));
        QString error;
        QVERIFY2(SqlUtil::exec(f.ws->db(), "UPDATE t_7_2 SET kcmc = '之后'", &error), qPrintable(error));
    }
};

QTEST_MAIN(TestBusyWriters)
#include "tst_busywriters.moc"
