// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "TestWorkspace.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspacePresence.h"

#include <QDir>
#include <QTest>

using namespace caiji;

/// Which computers have an SQLite workspace open, and whether the way it is open is safe.
/// (Presence is a matter of files beside an SQLite workspace: a PostgreSQL server has its own.)
class TestWorkspacePresence : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;

    QString freshFile()
    {
        const QString path = m_locations.fresh("sqlite");
        QString error;
        auto ws = Workspace::create(path, test::miniCatalog(), &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        test::addCollege(*ws);
        return path;
    }

    static PresenceNote otherComputer(int minutesAgo = 0)
    {
        PresenceNote n;
        n.machine = "0123456789abcdef-of-another-pc";
        n.host = "JWC-PC-07";
        n.pid = 4242;
        n.user = "jwc_cjy";
        n.journalMode = "delete";
        n.since = QDateTime::currentDateTimeUtc().addSecs(-3600);
        n.seen = QDateTime::currentDateTimeUtc().addSecs(-60 * minutesAgo);
        return n;
    }

    static QString mode(Workspace& ws) { return SqlUtil::scalar(ws.db(), "PRAGMA journal_mode").toString(); }

private slots:
    void assess_data()
    {
        QTest::addColumn<bool>("share");
        QTest::addColumn<QString>("journal");
        QTest::addColumn<bool>("others");
        QTest::addColumn<bool>("safe");
        QTest::newRow("alone, local, wal") << false << "wal" << false << true;
        QTest::newRow("alone, share, delete") << true << "delete" << false << true;
        QTest::newRow("others, share, delete") << true << "delete" << true << true;
        QTest::newRow("others, local, delete") << false << "delete" << true << true;
        QTest::newRow("others, local, wal") << false << "wal" << true << false;
        QTest::newRow("alone, share, wal") << true << "wal" << false << false;
        QTest::newRow("others, share, wal") << true << "WAL" << true << false;
    }
    void assess()
    {
        QFETCH(bool, share);
        QFETCH(QString, journal);
        QFETCH(bool, others);
        QFETCH(bool, safe);
        const QVector<PresenceNote> elsewhere
            = others ? QVector<PresenceNote> {otherComputer()} : QVector<PresenceNote> {};
        const QString warning = WorkspacePresence::assess(share, journal, elsewhere);
        QCOMPARE(warning.isEmpty(), safe);
        if (!safe && others) // the person learns who else has it open
            QVERIFY2(warning.contains("JWC-PC-07") && warning.contains("jwc_cjy"), qPrintable(warning));
    }

    // Open, the program's note is beside the file; closed, nothing is left.
    void aNoteWhileOpen()
    {
        const QString path = freshFile();
        const QString folder = path + "-open";
        QVERIFY(!QDir(folder).exists());
        {
            QString error;
            auto ws = Workspace::open(path, &error);
            QVERIFY2(ws, qPrintable(error));
            QCOMPARE(QDir(folder).entryList(QDir::Files).size(), 1);
            QVERIFY(WorkspacePresence::elsewhere(path).isEmpty()); // this computer's own notes are not "elsewhere"
            QCOMPARE(mode(*ws), QString("wal"));
            QVERIFY(ws->sharingWarning().isEmpty());
        }
        QVERIFY(!QDir(folder).exists());
    }

    // Another computer has the file open (through a share): this one, which sees its own disk,
    // must not put the file in WAL.
    void anotherComputerKeepsTheFileOutOfWal()
    {
        const QString path = freshFile();
        QVERIFY(WorkspacePresence::write(path, otherComputer()));
        QCOMPARE(WorkspacePresence::elsewhere(path).size(), 1);
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(mode(*ws), QString("delete"));
        QVERIFY2(ws->sharingWarning().isEmpty(), qPrintable(ws->sharingWarning()));
    }

    // A note nobody renewed for kLiveMinutes is a program that died: it no longer counts; one a
    // day old is taken away.
    void deadNotesDoNotCount()
    {
        const QString path = freshFile();
        QVERIFY(WorkspacePresence::write(path, otherComputer(WorkspacePresence::kLiveMinutes + 1)));
        QString dayOld;
        QVERIFY(WorkspacePresence::write(path, otherComputer(25 * 60), &dayOld));
        QVERIFY(WorkspacePresence::elsewhere(path).isEmpty());
        QString error;
        auto ws = Workspace::open(path, &error);
        QVERIFY2(ws, qPrintable(error));
        QCOMPARE(mode(*ws), QString("wal"));
        QVERIFY(!QFile::exists(dayOld));
    }

    // The file is in WAL here (opened before the other computer came) and cannot leave it while
    // it is open: that is not safe, and the workspace says so, naming the other computer; the
    // command line prints it as a warning.
    void stuckInWalWhileAnotherComputerHasItOpen()
    {
        const QString path = freshFile();
        QString error;
        auto first = Workspace::open(path, &error);
        QVERIFY2(first, qPrintable(error));
        QCOMPARE(mode(*first), QString("wal"));
        QVERIFY(first->refreshPresence().isEmpty());
        QVERIFY(WorkspacePresence::write(path, otherComputer()));
        // The window that stays open learns of it when it renews its note.
        const QString warning = first->refreshPresence();
        QVERIFY2(warning.contains("JWC-PC-07"), qPrintable(warning));
        // A second program here cannot take the file out of WAL while the first has it open.
        auto second = Workspace::open(path, &error);
        QVERIFY2(second, qPrintable(error));
        QCOMPARE(mode(*second), QString("wal"));
        QVERIFY(second->sharingWarning().contains("JWC-PC-07"));
        const test::CliResult r = test::runCli({"status", path});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        QVERIFY2(r.err.contains("JWC-PC-07"), qPrintable(r.err));
        // Once the first has closed, the next open leaves WAL: safe again.
        first.reset();
        second.reset();
        auto third = Workspace::open(path, &error);
        QVERIFY2(third, qPrintable(error));
        QCOMPARE(mode(*third), QString("delete"));
        QVERIFY(third->sharingWarning().isEmpty());
    }
};

QTEST_MAIN(TestWorkspacePresence)
#include "tst_workspacepresence.moc"
