// The job runner (issue 9, item 9): long work runs on a worker thread with a connection of its
// own, the caller's event loop keeps running meanwhile, progress arrives, and cancel stops the
// job with nothing changed. Both backends.
#include "TestWorkspace.h"
#include "core/jobs/JobRunner.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceActivity.h"

#include <QFile>
#include <QSemaphore>
#include <QSignalSpy>
#include <QTest>
#include <QThread>
#include <QTimer>

using namespace caiji;

class TestJobRunner : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;

private slots:
    void runsOffTheCallersThread_data() { test::TestLocations::addBackendRows(); }
    void runsOffTheCallersThread()
    {
        QFETCH(QString, backend);
        auto ws = test::miniWorkspace(m_locations, backend);
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        QSignalSpy progress(&runner, &JobRunner::progress);
        // The job waits until this thread's event loop has run a timer three times: were it run
        // on this thread, it would never end.
        auto release = std::make_shared<QSemaphore>();
        Qt::HANDLE worker = nullptr;
        QString connection;
        QVERIFY(runner.start(*ws, QStringLiteral("test"), [&, release](Workspace& own, JobControl& control, QString*) {
            worker = QThread::currentThreadId();
            connection = own.db().connectionName();
            control.progress(1, 3);
            release->acquire();
            control.progress(3, 3);
            return SqlUtil::scalar(own.db(), QStringLiteral("SELECT COUNT(*) FROM cj_department")).toInt() > 10;
        }));
        QVERIFY(runner.isRunning());
        QVERIFY(!runner.start(*ws, QStringLiteral("second"), [](Workspace&, JobControl&, QString*) { return true; }));
        int ticks = 0;
        QTimer timer;
        connect(&timer, &QTimer::timeout, this, [&] {
            if (++ticks == 3)
                release->release();
        });
        timer.start(5);
        QVERIFY(finished.wait(10000));
        QVERIFY(ticks >= 3);
        QCOMPARE(finished.first().at(0).toBool(), true);
        QVERIFY(worker != QThread::currentThreadId());
        QVERIFY(connection != ws->db().connectionName());
        QTRY_VERIFY(progress.size() >= 2);
        QCOMPARE(progress.last().at(0).toLongLong(), 3);
        QVERIFY(!runner.isRunning());
    }

    void cancelStopsTheJob_data() { test::TestLocations::addBackendRows(); }
    void cancelStopsTheJob()
    {
        QFETCH(QString, backend);
        auto ws = test::miniWorkspace(m_locations, backend);
        JobRunner runner;
        QSignalSpy finished(&runner, &JobRunner::finished);
        auto started = std::make_shared<QSemaphore>();
        QVERIFY(
            runner.start(*ws, QStringLiteral("long"), [started](Workspace& own, JobControl& control, QString* error) {
                // A write in its own transaction, abandoned when cancelled.
                Transaction tx(own.db());
                if (!SqlUtil::exec(own.db(), QStringLiteral("UPDATE cj_department SET sort = sort + 100"), error))
                    return false;
                started->release();
                for (int i = 0; i < 1000; ++i) {
                    if (!control.progress(i, 1000))
                        return false;
                    QThread::msleep(5);
                }
                return tx.commit(error);
            }));
        QVERIFY(started->tryAcquire(1, 10000));
        runner.cancel();
        QVERIFY(finished.wait(10000));
        QCOMPARE(finished.first().at(0).toBool(), false);
        QVERIFY(!finished.first().at(1).toString().isEmpty());
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT MAX(sort) FROM cj_department")).toInt() < 100, true);
    }

    // Who holds the write lock is told by the writer's note: a read-only job (a whole-round
    // check) leaves none, so it never replaces the note of the import others wait for.
    void onlyWritersLeaveTheirNote()
    {
        auto ws = test::miniWorkspace(m_locations, QStringLiteral("sqlite"));
        const QString note = ws->db().databaseName() + QStringLiteral("-activity");
        auto run = [&ws](JobRunner::Kind kind, const QString& title) {
            JobRunner runner;
            QSignalSpy finished(&runner, &JobRunner::finished);
            auto seen = std::make_shared<QString>();
            const QString path = ws->db().databaseName() + QStringLiteral("-activity");
            runner.start(
                *ws, title,
                [seen, path](Workspace&, JobControl&, QString*) {
                    QFile f(path);
                    if (f.open(QIODevice::ReadOnly))
                        *seen = QString::fromUtf8(f.readAll());
                    return true;
                },
                kind);
            finished.wait(10000);
            return *seen;
        };
        QVERIFY2(run(JobRunner::Kind::Writes, QStringLiteral("导入 7-2")).contains(QStringLiteral("导入 7-2")),
            "a writing job says what it is");
        QVERIFY(!QFile::exists(note)); // and takes its note away
        QVERIFY(run(JobRunner::Kind::ReadsOnly, QStringLiteral("检查数据")).isEmpty());
        // Another program's import under way: the check leaves its note alone.
        {
            auto importer = Workspace::open(ws->location(), nullptr);
            importer->setCurrentUser(QStringLiteral("jwc_cjy"));
            const WorkspaceActivity importing(*importer, QStringLiteral("导入 7-2 课程信息"));
            run(JobRunner::Kind::ReadsOnly, QStringLiteral("检查数据"));
            QVERIFY2(WorkspaceActivity::describe(ws->db()).contains(QStringLiteral("7-2")),
                qPrintable(WorkspaceActivity::describe(ws->db())));
        }
    }
};

QTEST_GUILESS_MAIN(TestJobRunner)
#include "tst_jobrunner.moc"
