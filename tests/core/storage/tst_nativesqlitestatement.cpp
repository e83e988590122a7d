// NativeSqliteStatement: a statement SQLite refuses to prepare says why, and keeps saying it
// after other statements of the connection have run (SQLite's latest message is theirs then:
// a merge once reported a failed statement as "not an error").
#include "core/storage/NativeSqliteStatement.h"

#include <QTest>

#include <sqlite3.h>

using namespace caiji;

class TestNativeSqliteStatement : public QObject
{
    Q_OBJECT

    sqlite3* m_db = nullptr;

private slots:
    void init() { QCOMPARE(sqlite3_open(":memory:", &m_db), SQLITE_OK); }
    void cleanup() { sqlite3_close(m_db); }

    void aRefusedStatementKeepsItsReason()
    {
        NativeSqliteStatement missing(m_db, QStringLiteral("DELETE FROM nowhere"));
        QVERIFY(!missing.isValid());
        QString error;
        NativeSqliteStatement made(m_db, QStringLiteral("CREATE TABLE somewhere (a)"));
        QVERIFY(made.isValid());
        QVERIFY2(made.step(&error), qPrintable(error));
        QVERIFY2(missing.errorText().contains(QStringLiteral("nowhere")), qPrintable(missing.errorText()));
        QVERIFY(!missing.step(&error));
        QVERIFY2(error.contains(QStringLiteral("nowhere")), qPrintable(error));
    }

    void aFailedStepSaysWhy()
    {
        QString error;
        NativeSqliteStatement(m_db, QStringLiteral("CREATE TABLE t (a UNIQUE)")).step(&error);
        NativeSqliteStatement insert(m_db, QStringLiteral("INSERT INTO t VALUES (1)"));
        QVERIFY(insert.step(&error));
        QVERIFY(!insert.step(&error));
        QVERIFY2(error.contains(QStringLiteral("UNIQUE")), qPrintable(error));
    }
};

QTEST_GUILESS_MAIN(TestNativeSqliteStatement)
#include "tst_nativesqlitestatement.moc"
