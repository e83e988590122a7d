// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
// The write-ahead log of a SQLite workspace is copied back into the file by a thread of its own
// (WalCheckpointer): a commit that fills the log is not kept waiting for the copy, the copy
// lands, writes and reads go on meanwhile, and closing the workspace leaves one whole file.
#include "TestWorkspace.h"
#include "core/storage/NativeSqliteStatement.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/WalCheckpointer.h"

#include <QFileInfo>
#include <QSqlQuery>
#include <QTest>

#include <sqlite3.h>

using namespace caiji;

class TestWalCheckpointer : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;

    /// Writes `pages` pages' worth of new rows in one transaction.
    static void fill(Workspace& ws, int pages, int tag)
    {
        QString error;
        QVERIFY2(SqlUtil::exec(ws.db(), "CREATE TABLE IF NOT EXISTS scratch (tag INTEGER, b BLOB)", {}, &error),
            qPrintable(error));
        QVERIFY2(SqlUtil::exec(ws.db(),
                     "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) INSERT INTO "
                     "scratch SELECT ?, randomblob(3900) FROM n",
                     {pages, tag}, &error),
            qPrintable(error));
    }

private slots:
    void aFullLogIsCopiedByTheThread()
    {
        auto ws = test::miniWorkspace(m_locations, "sqlite");
        WalCheckpointer* c = ws->checkpointer();
        QVERIFY(c);
        QVERIFY(c->isRunning());
        const QString path = ws->db().databaseName();
        c->waitIdle();
        const int before = c->checkpoints();
        const qint64 fileBefore = QFileInfo(path).size();
        fill(*ws, WalCheckpointer::kPages + 300, 1);
        c->waitIdle();
        QCOMPARE(c->checkpoints(), before + 1);
        // The pages are in the file itself now, not only in the log.
        QVERIFY2(QFileInfo(path).size() >= fileBefore + qint64(WalCheckpointer::kPages) * 3900,
            qPrintable(QString::number(QFileInfo(path).size() - fileBefore)));
        // A second connection that reads only the file (no log) sees every row.
        sqlite3* raw = nullptr;
        QCOMPARE(sqlite3_open_v2(qPrintable(path), &raw, SQLITE_OPEN_READONLY, nullptr), SQLITE_OK);
        {
            NativeSqliteStatement q(raw, "SELECT COUNT(*) FROM scratch WHERE tag = 1");
            QString error;
            QVERIFY(q.next(&error));
            QCOMPARE(q.integer(0), qint64(WalCheckpointer::kPages + 300));
        }
        sqlite3_close(raw);
    }

    void aSmallCommitAsksForNothing()
    {
        auto ws = test::miniWorkspace(m_locations, "sqlite");
        WalCheckpointer* c = ws->checkpointer();
        QVERIFY(c);
        c->waitIdle();
        const int before = c->checkpoints();
        fill(*ws, 20, 2);
        c->waitIdle();
        QCOMPARE(c->checkpoints(), before);
    }

    void writesAndReadsGoOnWhileItCopies()
    {
        auto ws = test::miniWorkspace(m_locations, "sqlite");
        WalCheckpointer* c = ws->checkpointer();
        QVERIFY(c);
        // A reader on another connection holds an old snapshot through all of it: the copy
        // stops short of what it still reads and never makes a writer wait.
        auto reader = Workspace::open(ws->db().databaseName(), nullptr);
        QVERIFY(reader);
        QSqlQuery open(reader->db());
        QVERIFY(open.exec("BEGIN"));
        QVERIFY(open.exec("SELECT COUNT(*) FROM cj_meta"));
        QVERIFY(open.next());
        for (int i = 0; i < 4; ++i)
            fill(*ws, WalCheckpointer::kPages + 10, 10 + i);
        QVERIFY(open.exec("COMMIT"));
        fill(*ws, WalCheckpointer::kPages + 10, 20);
        c->waitIdle();
        QCOMPARE(SqlUtil::scalar(ws->db(), "SELECT COUNT(*) FROM scratch").toLongLong(),
            qint64(5 * (WalCheckpointer::kPages + 10)));
        QVERIFY(c->checkpoints() >= 1);
    }

    void closingLeavesOneWholeFile()
    {
        auto ws = test::miniWorkspace(m_locations, "sqlite");
        const QString path = ws->db().databaseName();
        fill(*ws, WalCheckpointer::kPages + 50, 3);
        // Closed without waiting for the copy the commit asked for.
        ws.reset();
        QVERIFY(!QFileInfo::exists(path + "-wal"));
        auto again = Workspace::open(path, nullptr);
        QVERIFY(again);
        QCOMPARE(SqlUtil::scalar(again->db(), "SELECT COUNT(*) FROM scratch WHERE tag = 3").toLongLong(),
            qint64(WalCheckpointer::kPages + 50));
        QCOMPARE(SqlUtil::scalar(again->db(), "PRAGMA integrity_check").toString(), QStringLiteral("ok"));
    }

    void onlySqliteInWalMode_data() { test::TestLocations::addBackendRows(); }
    void onlySqliteInWalMode()
    {
        QFETCH(QString, backend);
        auto ws = test::miniWorkspace(m_locations, backend);
        QCOMPARE(ws->checkpointer() != nullptr, backend == "sqlite");
    }
};

QTEST_GUILESS_MAIN(TestWalCheckpointer)
#include "tst_walcheckpointer.moc"
