#include "TestWorkspace.h"
#include "core/catalog/CatalogJson.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceLocation.h"
#include "core/storage/WorkspaceSchema.h"

#include <QFile>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace caiji;

class TestWorkspace : public QObject
{
    Q_OBJECT

private:
    test::TestLocations m_locations;

    // What schemas 6 and 7 added, taken away again (a workspace as an older Caiji left it).
    static bool undoSinceVersionSix(Workspace& ws, QString* error)
    {
        for (const char* sql :
            {"DROP TABLE cj_conflict", "DROP TABLE cj_package_base", "DROP TABLE cj_package", "DROP TABLE cj_division",
                "DROP TABLE cj_letter", "ALTER TABLE cj_unlock DROP COLUMN fields", "DROP TABLE cj_task_event",
                "DROP TABLE cj_comment", "DROP TABLE cj_deadline_exception", "DROP TABLE cj_unlock",
                "ALTER TABLE cj_user DROP COLUMN failed_logins", "ALTER TABLE cj_user DROP COLUMN locked_until"}) {
            if (!SqlUtil::exec(ws.db(), QString::fromLatin1(sql), error))
                return false;
        }
        return true;
    }

private slots:
    // A file on another machine's disk is told from a local one (WAL is not used there).
    void networkSharesAreRecognised()
    {
        QVERIFY(WorkspaceLocation::onNetworkShare(QStringLiteral("//fileserver/督导办/2024.caiji")));
        QVERIFY(WorkspaceLocation::onNetworkShare(QStringLiteral("\\\\fileserver\\share\\2024.caiji")));
        QVERIFY(!WorkspaceLocation::onNetworkShare(m_locations.tempPath(QStringLiteral("local.caiji"))));
        // A local workspace keeps WAL.
        QString error;
        auto ws = Workspace::create(m_locations.tempPath(QStringLiteral("wal.caiji")), test::miniCatalog(), &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("PRAGMA journal_mode")).toString(), QStringLiteral("wal"));
    }

    void createAndReopen_data() { test::TestLocations::addBackendRows(); }
    void createAndReopen()
    {
        QFETCH(QString, backend);
        const QString loc = m_locations.fresh(backend);
        QString error;
        {
            auto ws = Workspace::create(loc, test::miniCatalog(), &error);
            QVERIFY2(ws, qPrintable(error));
            QCOMPARE(ws->schemaVersion(), WorkspaceSchema::kCurrentVersion);
            QCOMPARE(ws->location().backend, backend == QLatin1String("sqlite") ? Backend::Sqlite : Backend::Postgres);
            QVERIFY(ws->setSetting(QStringLiteral("k"), QStringLiteral("值"), &error));
        }
        auto ws = Workspace::open(loc, &error);
        QVERIFY2(ws, qPrintable(error));
        // The catalog travels inside the workspace.
        QCOMPARE(CatalogJson::serialize(ws->catalog()), CatalogJson::serialize(test::miniCatalog()));
        QCOMPARE(ws->setting(QStringLiteral("k")), QStringLiteral("值"));
        QCOMPARE(ws->setting(QStringLiteral("missing"), QStringLiteral("d")), QStringLiteral("d"));
        // One typed table per catalog table, with the metadata columns first.
        for (const Table& t : ws->catalog().tables) {
            const QSqlRecord rec = ws->db().record(t.sqlName());
            QCOMPARE(rec.count(), WorkspaceSchema::metaColumns().size() + t.fields.size());
            for (int i = 0; i < WorkspaceSchema::metaColumns().size(); ++i)
                QCOMPARE(rec.fieldName(i), WorkspaceSchema::metaColumns().at(i));
            for (const Field& f : t.fields)
                QVERIFY2(rec.contains(f.key), qPrintable(t.code + QLatin1Char('.') + f.key));
        }
    }

    void refusesToOverwrite_data() { test::TestLocations::addBackendRows(); }
    void refusesToOverwrite()
    {
        QFETCH(QString, backend);
        const QString loc = m_locations.fresh(backend);
        QString error;
        QVERIFY(Workspace::create(loc, test::miniCatalog(), &error));
        error.clear();
        QVERIFY(!Workspace::create(loc, test::miniCatalog(), &error));
        QVERIFY(!error.isEmpty());
        auto ws = Workspace::open(loc, &error);
        QVERIFY2(ws, qPrintable(error));
    }

    void refusesNewerSchema_data() { test::TestLocations::addBackendRows(); }
    void refusesNewerSchema()
    {
        QFETCH(QString, backend);
        const QString loc = m_locations.fresh(backend);
        QString error;
        {
            auto ws = Workspace::create(loc, test::miniCatalog(), &error);
            QVERIFY(ws);
            QVERIFY(SqlUtil::exec(
                ws->db(), QStringLiteral("UPDATE cj_meta SET value = '99' WHERE key = 'schema_version'"), &error));
        }
        QVERIFY(!Workspace::open(loc, &error));
        QVERIFY2(error.contains(QLatin1String("99")), qPrintable(error));
    }

    void migratesOlderSchema_data() { test::TestLocations::addBackendRows(); }
    void migratesOlderSchema()
    {
        // A workspace whose schema_version is missing entirely is treated as pre-version-1 and
        // must not be migrated destructively: version 1 tables already exist, so the first step
        // fails and the workspace is reported, not damaged.
        QFETCH(QString, backend);
        const QString loc = m_locations.fresh(backend);
        QString error;
        {
            auto ws = Workspace::create(loc, test::miniCatalog(), &error);
            QVERIFY(ws);
            QVERIFY(
                SqlUtil::exec(ws->db(), QStringLiteral("DELETE FROM cj_meta WHERE key = 'schema_version'"), &error));
        }
        QVERIFY(!Workspace::open(loc, &error));
        QVERIFY(!error.isEmpty());
        // Nothing was changed by the failed attempt: app tag and catalog are still there.
        {
            WorkspaceLocation wl;
            QVERIFY(WorkspaceLocation::parse(loc, &wl, &error));
            QSqlDatabase db = wl.connect(QStringLiteral("check"), true, &error);
            QCOMPARE(SqlUtil::scalar(db, QStringLiteral("SELECT COUNT(*) FROM cj_catalog")).toInt(), 1);
            QVERIFY(!SqlUtil::scalar(db, QStringLiteral("SELECT value FROM cj_meta WHERE key = 'schema_version'"))
                         .isValid());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("check"));
    }

    void migratesVersionOneForward_data() { test::TestLocations::addBackendRows(); }
    void migratesVersionOneForward()
    {
        // A workspace made by the first release (schema 1, without cj_explanation) opens and is
        // brought to the current schema, keeping its data.
        QFETCH(QString, backend);
        const QString loc = m_locations.fresh(backend);
        QString error;
        {
            auto ws = Workspace::create(loc, test::miniCatalog(), &error);
            QVERIFY(ws);
            QVERIFY(ws->setSetting(QStringLiteral("kept"), QStringLiteral("yes"), &error));
            QVERIFY(SqlUtil::exec(ws->db(), QStringLiteral("DROP TABLE cj_explanation"), &error));
            QVERIFY(SqlUtil::exec(ws->db(), QStringLiteral("DROP TABLE cj_rule"), &error));
            QVERIFY(SqlUtil::exec(ws->db(), QStringLiteral("DROP TABLE cj_server_role"), &error));
            QVERIFY(SqlUtil::exec(ws->db(), QStringLiteral("DROP TABLE cj_access"), &error));
            QVERIFY2(undoSinceVersionSix(*ws, &error), qPrintable(error));
            QVERIFY(SqlUtil::exec(
                ws->db(), QStringLiteral("UPDATE cj_meta SET value = '1' WHERE key = 'schema_version'"), &error));
        }
        auto ws = Workspace::open(loc, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->schemaVersion(), WorkspaceSchema::kCurrentVersion);
        QVERIFY(ws->db().tables().contains(QStringLiteral("cj_explanation")));
        QVERIFY(ws->db().tables().contains(QStringLiteral("cj_rule")));
        QVERIFY(ws->db().tables().contains(QStringLiteral("cj_task_event")));
        QVERIFY(ws->db().tables().contains(QStringLiteral("cj_comment")));
        QVERIFY(ws->db().tables().contains(QStringLiteral("cj_access")));
        QCOMPARE(ws->setting(QStringLiteral("kept")), QStringLiteral("yes"));
        QCOMPARE(
            SqlUtil::scalar(ws->db(), QStringLiteral("SELECT value FROM cj_meta WHERE key = 'schema_version'")).toInt(),
            WorkspaceSchema::kCurrentVersion);
    }

    void migratesVersionFourDropsReferenceIndexes_data() { test::TestLocations::addBackendRows(); }
    void migratesVersionFourDropsReferenceIndexes()
    {
        // Schema 4 indexed every reference column; schema 5 drops those indexes (they cost bulk
        // loads more than they saved) and keeps every other index and the data.
        QFETCH(QString, backend);
        const QString loc = m_locations.fresh(backend);
        QString error;
        const Catalog catalog = test::miniCatalog();
        const Table& t = catalog.tables.first();
        const QString reference = t.sqlName() + QStringLiteral("_r_") + t.fields.first().key;
        const QString page = t.sqlName() + QStringLiteral("_page");
        auto indexes = [&](Workspace& ws) {
            return SqlUtil::scalar(ws.db(),
                ws.dialect().isPostgres()
                    ? QStringLiteral("SELECT string_agg(indexname, ',') FROM pg_indexes WHERE tablename = ?")
                    : QStringLiteral(
                        "SELECT group_concat(name) FROM sqlite_master WHERE type = 'index' AND tbl_name = ?"),
                {t.sqlName()})
                .toString()
                .split(QLatin1Char(','));
        };
        {
            auto ws = Workspace::create(loc, test::miniCatalog(), &error);
            QVERIFY2(ws, qPrintable(error));
            QVERIFY(!indexes(*ws).contains(reference));
            QVERIFY(SqlUtil::exec(ws->db(),
                QStringLiteral("CREATE INDEX %1 ON %2 (\"_round\", %3)")
                    .arg(SqlDialect::quote(reference), SqlDialect::quote(t.sqlName()),
                        SqlDialect::quote(t.fields.first().key)),
                &error));
            QVERIFY(ws->setSetting(QStringLiteral("kept"), QStringLiteral("yes"), &error));
            QVERIFY2(undoSinceVersionSix(*ws, &error), qPrintable(error));
            QVERIFY(SqlUtil::exec(
                ws->db(), QStringLiteral("UPDATE cj_meta SET value = '4' WHERE key = 'schema_version'"), &error));
            QVERIFY(indexes(*ws).contains(reference));
        }
        auto ws = Workspace::open(loc, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->schemaVersion(), WorkspaceSchema::kCurrentVersion);
        const QStringList now = indexes(*ws);
        QVERIFY2(!now.contains(reference), qPrintable(now.join(QLatin1Char(' '))));
        QVERIFY2(now.contains(page), qPrintable(now.join(QLatin1Char(' '))));
        QCOMPARE(ws->setting(QStringLiteral("kept")), QStringLiteral("yes"));
    }

    void migratesVersionNineDropsJournalRoundIndex_data() { test::TestLocations::addBackendRows(); }
    void migratesVersionNineDropsJournalRoundIndex()
    {
        // Schema 9 indexed the journal by (round, at) too, which nothing read; schema 10 drops it
        // and keeps the journal, its index by table, and what was written.
        QFETCH(QString, backend);
        const QString loc = m_locations.fresh(backend);
        QString error;
        auto journalIndexes = [](Workspace& ws) {
            return SqlUtil::scalar(ws.db(),
                ws.dialect().isPostgres()
                    ? QStringLiteral(
                        "SELECT string_agg(indexname, ',') FROM pg_indexes WHERE tablename = 'cj_journal' AND "
                        "schemaname = current_schema()")
                    : QStringLiteral("SELECT group_concat(name) FROM sqlite_master WHERE type = 'index' AND "
                                     "tbl_name = 'cj_journal'"))
                .toString()
                .split(QLatin1Char(','));
        };
        {
            auto ws = Workspace::create(loc, test::miniCatalog(), &error);
            QVERIFY2(ws, qPrintable(error));
            QVERIFY(!journalIndexes(*ws).contains(QStringLiteral("cj_journal_at")));
            QVERIFY(SqlUtil::exec(
                ws->db(), QStringLiteral("CREATE INDEX cj_journal_at ON cj_journal (round, at)"), &error));
            QVERIFY(SqlUtil::exec(ws->db(),
                QStringLiteral("INSERT INTO cj_journal (at, login, round, op, reason) VALUES ('2026-01-01', 'office', "
                               "2024, 'round-open', 'kept')"),
                &error));
            QVERIFY(SqlUtil::exec(
                ws->db(), QStringLiteral("UPDATE cj_meta SET value = '9' WHERE key = 'schema_version'"), &error));
            QVERIFY(journalIndexes(*ws).contains(QStringLiteral("cj_journal_at")));
        }
        auto ws = Workspace::open(loc, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(ws->schemaVersion(), WorkspaceSchema::kCurrentVersion);
        const QStringList now = journalIndexes(*ws);
        QVERIFY2(!now.contains(QStringLiteral("cj_journal_at")), qPrintable(now.join(QLatin1Char(' '))));
        QVERIFY2(now.contains(QStringLiteral("cj_journal_table")), qPrintable(now.join(QLatin1Char(' '))));
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT reason FROM cj_journal WHERE op = 'round-open'"))
                     .toString(),
            QStringLiteral("kept"));
    }

    void sqliteTransactionWritesAfterAnotherCommit()
    {
        // A transaction that reads first and writes later must not fail because another
        // connection (a background job) committed in between: on SQLite it takes the write lock
        // when it begins, and the other writer waits for it instead.
        const QString loc = m_locations.fresh(QStringLiteral("sqlite"));
        QString error;
        auto ws = Workspace::create(loc, test::miniCatalog(), &error);
        QVERIFY2(ws, qPrintable(error));
        QSqlDatabase other = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("other-writer"));
        other.setDatabaseName(ws->location().path);
        other.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=0"));
        QVERIFY(other.open());
        {
            Transaction tx(ws->db());
            QVERIFY(tx.isActive());
            QVERIFY(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT COUNT(*) FROM cj_setting")).isValid());
            QSqlQuery q(other);
            QVERIFY2(!q.exec(QStringLiteral("INSERT INTO cj_setting (key, value) VALUES ('other', '1')")),
                "another connection wrote while a transaction was open");
            QVERIFY2(ws->setSetting(QStringLiteral("mine"), QStringLiteral("1"), &error), qPrintable(error));
            QVERIFY2(tx.commit(&error), qPrintable(error));
        }
        QSqlQuery q(other);
        QVERIFY2(q.exec(QStringLiteral("INSERT INTO cj_setting (key, value) VALUES ('other', '1')")),
            qPrintable(q.lastError().text()));
        QCOMPARE(ws->setting(QStringLiteral("mine")), QStringLiteral("1"));
        QCOMPARE(ws->setting(QStringLiteral("other")), QStringLiteral("1"));
        q = QSqlQuery();
        other.close();
        other = QSqlDatabase();
        QSqlDatabase::removeDatabase(QStringLiteral("other-writer"));
    }

    void badLocations_data()
    {
        QTest::addColumn<QString>("location");
        QTest::addColumn<QString>("mention");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("missing file") << QStringLiteral("/nonexistent/dir/x.caiji") << QStringLiteral("x.caiji");
        QTest::newRow("unsupported scheme") << QStringLiteral("mysql://host/db") << QStringLiteral("mysql://");
        QTest::newRow("pg url without database")
            << QStringLiteral("postgresql://user@host") << QStringLiteral("postgresql://user@host");
        QTest::newRow("pg server not there")
            << QStringLiteral("postgresql://nobody@127.0.0.1:1/none") << QStringLiteral("127.0.0.1");
    }
    void badLocations()
    {
        QFETCH(QString, location);
        QFETCH(QString, mention);
        QString error;
        QVERIFY(!Workspace::open(location, &error));
        QVERIFY(!error.isEmpty());
        QVERIFY2(error.contains(mention), qPrintable(error));
    }

    void notAWorkspace()
    {
        const QString path = m_locations.tempPath(QStringLiteral("text.caiji"));
        QFile f(path);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("this is not a database, just some text that somebody renamed\n");
        f.close();
        QString error;
        QVERIFY(!Workspace::open(path, &error));
        QVERIFY2(error.contains(QLatin1String("text.caiji")), qPrintable(error));
        // An empty SQLite database is not a workspace either, and opening it must not make it one.
        const QString empty = m_locations.tempPath(QStringLiteral("empty.caiji"));
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), QStringLiteral("mk"));
            db.setDatabaseName(empty);
            QVERIFY(db.open());
            QSqlQuery(db).exec(QStringLiteral("CREATE TABLE other (x)"));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("mk"));
        QVERIFY(!Workspace::open(empty, &error));
        QVERIFY2(error.contains(QLatin1String("empty.caiji")), qPrintable(error));
    }

    void locationParsing()
    {
        WorkspaceLocation l;
        QString error;
        QVERIFY(WorkspaceLocation::parse(
            QStringLiteral("postgresql://alice:secret@db.example:6543/caiji2024"), &l, &error));
        QCOMPARE(l.backend, Backend::Postgres);
        QCOMPARE(l.host, QStringLiteral("db.example"));
        QCOMPARE(l.port, 6543);
        QCOMPARE(l.database, QStringLiteral("caiji2024"));
        QCOMPARE(l.user, QStringLiteral("alice"));
        QCOMPARE(l.password, QStringLiteral("secret"));
        QVERIFY(!l.displayName().contains(QLatin1String("secret")));
        QVERIFY(WorkspaceLocation::parse(QStringLiteral("postgres://bob@/ws?host=/run/postgresql"), &l, &error));
        QCOMPARE(l.host, QStringLiteral("/run/postgresql"));
        QCOMPARE(l.port, 5432);
        QVERIFY(WorkspaceLocation::parse(QStringLiteral("数据/二〇二四.caiji"), &l, &error));
        QCOMPARE(l.backend, Backend::Sqlite);
        QVERIFY(l.path.endsWith(QStringLiteral("数据/二〇二四.caiji")));
    }
};

QTEST_GUILESS_MAIN(TestWorkspace)
#include "tst_workspace.moc"
