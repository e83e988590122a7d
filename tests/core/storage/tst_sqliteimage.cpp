// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
// A database file's bytes read by SQLite in memory (SqliteImage): read as the file, never
// written — not by a write transaction of the connection it is attached to either — shared by
// connections on several threads, a file last written in WAL mode read too, and an attachment
// SQLite will not let go keeps its bytes.
#include "core/storage/NativeSqliteStatement.h"
#include "core/storage/SqliteAttachment.h"
#include "core/storage/SqliteImage.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>
#include <QtConcurrent/QtConcurrentRun>

#include <memory>

#include <sqlite3.h>

using namespace caiji;

class TestSqliteImage : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;

    /// A database file with `rows` rows in t, in WAL mode or not; its bytes.
    QByteArray makeFile(const QString& name, int rows, bool wal)
    {
        const QString path = m_dir.filePath(name);
        sqlite3* db = nullptr;
        if (sqlite3_open(qPrintable(path), &db) != SQLITE_OK)
            qFatal("cannot make %s", qPrintable(path));
        {
            QString error;
            NativeSqliteStatement(db, wal ? "PRAGMA journal_mode=WAL" : "PRAGMA journal_mode=DELETE").next(&error);
            NativeSqliteStatement(db, "CREATE TABLE t (id INTEGER PRIMARY KEY, name TEXT)").step(&error);
            NativeSqliteStatement ins(db,
                "WITH RECURSIVE n(i) AS (SELECT 1 UNION ALL SELECT i + 1 FROM n WHERE i < ?) INSERT INTO t (name) "
                "SELECT '名字' || i FROM n");
            ins.bind(0, rows);
            ins.step(&error);
        }
        // The last connection: the log goes into the file.
        if (sqlite3_close(db) != SQLITE_OK)
            qFatal("cannot close %s", qPrintable(path));
        QFile f(path);
        f.open(QIODevice::ReadOnly);
        return f.readAll();
    }
    static qint64 count(sqlite3* db, const QString& sql)
    {
        NativeSqliteStatement q(db, sql);
        QString error;
        return q.next(&error) ? q.integer(0) : -1;
    }

private slots:
    void readsTheFileAndRefusesWrites()
    {
        const QByteArray image = makeFile("plain.db", 500, false);
        const QByteArray before(image.constData(), image.size()); // a copy of its own
        QString error;
        sqlite3* db = SqliteImage::open(image, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(count(db, "SELECT COUNT(*) FROM t"), qint64(500));
        QCOMPARE(count(db, "SELECT COUNT(*) FROM t WHERE name = '名字77'"), qint64(1));
        {
            NativeSqliteStatement write(db, "UPDATE t SET name = 'x'");
            QVERIFY(!write.step(&error));
            QVERIFY2(error.contains("readonly"), qPrintable(error));
        }
        QCOMPARE(sqlite3_close(db), SQLITE_OK);
        QVERIFY(image == before);
    }

    void aFileLastWrittenInWalMode()
    {
        QByteArray image = makeFile("wal.db", 300, true);
        QCOMPARE(int(image.at(18)), 2);
        const QByteArray original = image;
        {
            // As it is, SQLite would look for the log it cannot have.
            QString error;
            sqlite3* raw = SqliteImage::open(original, &error);
            QVERIFY(raw);
            QCOMPARE(count(raw, "SELECT COUNT(*) FROM t"), qint64(-1));
            sqlite3_close(raw);
        }
        SqliteImage::makeReadable(&image);
        QCOMPARE(int(image.at(18)), 1);
        QCOMPARE(int(image.at(19)), 1);
        // Only the header says otherwise: the copy the caller held is its own.
        QCOMPARE(int(original.at(18)), 2);
        QCOMPARE(image.mid(20), original.mid(20));
        QString error;
        sqlite3* db = SqliteImage::open(image, &error);
        QVERIFY2(db, qPrintable(error));
        QCOMPARE(count(db, "SELECT COUNT(*) FROM t"), qint64(300));
        sqlite3_close(db);
        // Made readable twice: nothing more changes.
        const QByteArray once = image;
        SqliteImage::makeReadable(&image);
        QVERIFY(image == once);
    }

    void attachedToAConnectionThatWrites()
    {
        const QByteArray image = makeFile("attached.db", 200, false);
        const QByteArray before(image.constData(), image.size());
        const QByteArray mainFile = makeFile("main.db", 10, true);
        Q_UNUSED(mainFile)
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(qPrintable(m_dir.filePath("main.db")), &db), SQLITE_OK);
        QString error;
        QVERIFY2(SqliteImage::attach(db, "pkg", image, &error, SqliteImage::Access::Lockable), qPrintable(error));
        // A write transaction locks every attached database; the image takes part and is joined
        // with, and not a byte of it changes.
        QVERIFY(NativeSqliteStatement(db, "BEGIN IMMEDIATE").step(&error));
        QVERIFY(
            NativeSqliteStatement(db, "INSERT INTO main.t (name) SELECT name FROM pkg.t WHERE id <= 50").step(&error));
        QVERIFY(NativeSqliteStatement(db, "COMMIT").step(&error));
        QCOMPARE(count(db, "SELECT COUNT(*) FROM main.t"), qint64(60));
        QVERIFY(NativeSqliteStatement(db, "BEGIN IMMEDIATE").step(&error));
        QVERIFY(NativeSqliteStatement(db, "DELETE FROM main.t WHERE id > 10").step(&error));
        QVERIFY(NativeSqliteStatement(db, "ROLLBACK").step(&error));
        QVERIFY(NativeSqliteStatement(db, "DETACH DATABASE pkg").step(&error));
        sqlite3_close(db);
        QVERIFY(image == before);
        // Read only, the same transaction is refused rather than let near the bytes.
        QCOMPARE(sqlite3_open(qPrintable(m_dir.filePath("main.db")), &db), SQLITE_OK);
        QVERIFY(SqliteImage::attach(db, "pkg", image, &error));
        QVERIFY(!NativeSqliteStatement(db, "BEGIN IMMEDIATE").step(&error));
        sqlite3_close(db);
    }

    void anAttachmentStillReadOutlivesItsOwner()
    {
        makeFile("reader.db", 1, false);
        sqlite3* db = nullptr;
        QCOMPARE(sqlite3_open(qPrintable(m_dir.filePath("reader.db")), &db), SQLITE_OK);
        QString error;
        auto image = std::make_unique<QByteArray>(makeFile("kept.db", 3000, false));
        auto attached = std::make_unique<SqliteAttachment>(db, *image, "pkg");
        QVERIFY(attached->isAttached());
        {
            // A statement still reading it: SQLite refuses to detach it.
            NativeSqliteStatement reading(db, "SELECT id FROM pkg.t ORDER BY id");
            QVERIFY(reading.next(&error));
            attached.reset();
            image.reset();
            // The caller's bytes are gone; the connection still reads its own.
            int rows = 1;
            while (reading.next(&error))
                ++rows;
            QCOMPARE(rows, 3000);
        }
        QCOMPARE(count(db, "SELECT COUNT(*) FROM pkg.t"), qint64(3000));
        QCOMPARE(sqlite3_close(db), SQLITE_OK);
    }

    void sharedByConnectionsOnSeveralThreads()
    {
        const QByteArray image = makeFile("shared.db", 20000, false);
        auto check = [image] {
            QString error;
            sqlite3* db = SqliteImage::open(image, &error);
            if (!db)
                return error;
            QString result;
            {
                NativeSqliteStatement q(db, "PRAGMA quick_check");
                result = q.next(&error) ? q.text(0) : error;
            }
            const qint64 n = count(db, "SELECT COUNT(*) FROM t");
            sqlite3_close(db);
            return result + QString::number(n);
        };
        QFuture<QString> a = QtConcurrent::run(check);
        QFuture<QString> b = QtConcurrent::run(check);
        QCOMPARE(check(), QStringLiteral("ok20000"));
        QCOMPARE(a.result(), QStringLiteral("ok20000"));
        QCOMPARE(b.result(), QStringLiteral("ok20000"));
    }

    void aDamagedImageIsSaidToBe()
    {
        const QByteArray whole = makeFile("damaged.db", 5000, false);
        // Cut in the middle: SQLite's own check says so, nothing crashes.
        const QByteArray cut = whole.left(whole.size() / 2);
        QString error;
        sqlite3* db = SqliteImage::open(cut, &error);
        QVERIFY2(db, qPrintable(error));
        QString verdict;
        {
            NativeSqliteStatement q(db, "PRAGMA quick_check");
            QString failure;
            verdict = q.next(&failure) ? q.text(0) : failure;
        }
        sqlite3_close(db);
        QVERIFY2(verdict != "ok", qPrintable(verdict));
    }
};

QTEST_GUILESS_MAIN(TestSqliteImage)
#include "tst_sqliteimage.moc"
