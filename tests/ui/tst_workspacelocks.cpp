// No lost edits with two programs on one file (issue 9, item 11). SQLite's locks are POSIX
// advisory locks owned by the process: closing any descriptor of a workspace file drops them,
// and another program then deletes the -wal/-shm files under us. Nothing in Caiji may open a
// workspace file: its file dialogs name types without reading files, and its readers and
// writers refuse workspace files. Checked in the kernel's lock table and with a second process.
#include "TestWorkspace.h"
#include "WindowTest.h"
#include "core/catalog/CatalogJson.h"
#include "core/i18n/Translations.h"
#include "core/io/SheetSource.h"
#include "core/io/XlsxWriter.h"
#include "core/session/Session.h"
#include "core/storage/Directory.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/WorkspacePresence.h"
#include "core/write/WriteGateway.h"
#include "ui/MainWindow.h"
#include "ui/dialogs/FileDialogs.h"

#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QFileSystemModel>
#include <QMessageBox>
#include <QProcess>
#include <QSignalSpy>
#include <QTest>

#include <unistd.h>

using namespace caiji;

namespace {
/// POSIX locks this process holds, from the kernel's table.
int locksHeld()
{
    QFile f(QStringLiteral("/proc/locks"));
    if (!f.open(QIODevice::ReadOnly))
        return -1;
    int n = 0;
    const QByteArray pid = QByteArray::number(::getpid());
    for (const QByteArray& line : f.readAll().split('\n')) {
        const QList<QByteArray> parts = line.simplified().split(' ');
        if (parts.size() > 4 && parts.at(1) == "POSIX" && parts.at(4) == pid)
            ++n;
    }
    return n;
}
} // namespace

class TestWorkspaceLocks : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;

    QString makeWorkspace(const QString& name)
    {
        const QString path = m_locations.tempPath(name);
        QString error;
        auto ws = Workspace::create(path, test::miniCatalog(), &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        Directory dir(*ws);
        for (const Department& d : Directory::seedOffices())
            dir.addDepartment(d, &error);
        Round r;
        r.year = 2024;
        r.name = QStringLiteral("2024");
        r.periodStart = QDate(2023, 9, 1);
        r.periodEnd = QDate(2024, 8, 31);
        dir.addRound(r, &error);
        return path;
    }

    static bool addCourse(Session& s, const QString& code)
    {
        const Table& t = *s.workspace().catalog().table(QStringLiteral("7-2"));
        QVector<QVariant> row(t.fields.size());
        row[t.fieldIndex(QStringLiteral("kcdm"))] = code;
        row[t.fieldIndex(QStringLiteral("kcmc"))] = QStringLiteral("课程") + code;
        QString error;
        const bool ok = s.gateway().insertRows(
            t, 2024, QStringLiteral("JWC"), {row}, nullptr, &error, {WriteOrigin::Edit, QString(), false});
        if (!ok)
            qWarning("%s", qPrintable(error));
        return ok;
    }

private slots:
    // The hazard is real and measurable: a plain open and close of the -shm file drops the locks.
    void closingAnyDescriptorDropsTheLocks()
    {
        const QString path = makeWorkspace(QStringLiteral("control.caiji"));
        QString error;
        auto s = Session::open(path, {}, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(addCourse(*s, QStringLiteral("C1")));
        const int held = locksHeld();
        QVERIFY2(held > 0, "an open WAL workspace holds locks");
        {
            QFile shm(path + QStringLiteral("-shm"));
            QVERIFY(shm.open(QIODevice::ReadOnly));
        }
        QVERIFY2(locksHeld() < held, "closing a descriptor of the -shm file drops the process's locks");
    }

    void dialogsAndReadersLeaveTheLocksAlone()
    {
        const QString path = makeWorkspace(QStringLiteral("held.caiji"));
        const QString dir = QFileInfo(path).absolutePath();
        QString error;
        auto s = Session::open(path, {}, &error);
        QVERIFY2(s, qPrintable(error));
        QVERIFY(addCourse(*s, QStringLiteral("A1")));
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")) && QFile::exists(path + QStringLiteral("-shm")));
        const int held = locksHeld();
        QVERIFY(held > 0);

        // What the open/save dialog does: list the folder with icons and type names.
        QFileSystemModel model;
        model.setIconProvider(FileDialogs::iconProvider());
        QSignalSpy loaded(&model, &QFileSystemModel::directoryLoaded);
        const QModelIndex root = model.setRootPath(dir);
        QVERIFY(loaded.wait(5000) || model.rowCount(root) > 0);
        QTRY_VERIFY(model.rowCount(root) >= 3);
        for (int r = 0; r < model.rowCount(root); ++r) {
            const QModelIndex i = model.index(r, 0, root);
            QVERIFY(!model.data(i, Qt::DecorationRole).isNull());
            QVERIFY(!model.data(model.index(r, 2, root)).toString().isEmpty());
        }
        QTest::qWait(300); // the gatherer thread fetches icons in the background
        QCOMPARE(model.data(model.index(path), Qt::DisplayRole).toString(), QStringLiteral("held.caiji"));
        QCOMPARE(model.data(model.index(path).siblingAtColumn(2)).toString(), FileIconProvider().type(QFileInfo(path)));
        QFileDialog dialog(nullptr, QStringLiteral("open"), dir, QStringLiteral("*"));
        FileDialogs::prepare(dialog);
        dialog.show();
        QTest::qWait(500);
        dialog.close();
        QCOMPARE(locksHeld(), held);

        // Caiji's readers and writers refuse the workspace's files, without opening them.
        for (const QString& f : {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
            QVERIFY(!SheetSource::open(f, &error));
            QVERIFY2(error.contains(QStringLiteral("held.caiji")), qPrintable(error));
            Catalog c;
            QVERIFY(!CatalogJson::load(f, &c, &error));
            XlsxWriter w;
            QVERIFY(!w.open(f, &error));
        }
        QCOMPARE(locksHeld(), held);

        // A second program opens and closes the same workspace …
        QProcess cli;
        cli.start(QStringLiteral(CAIJI_CLI_PATH), {QStringLiteral("status"), path});
        QVERIFY(cli.waitForFinished(30000));
        QCOMPARE(cli.exitCode(), 0);
        // … and this one's later edits survive.
        QVERIFY(QFile::exists(path + QStringLiteral("-wal")));
        QVERIFY(addCourse(*s, QStringLiteral("A2")));
        QVERIFY(addCourse(*s, QStringLiteral("A3")));
        s.reset();
        auto again = Workspace::open(path, &error);
        QVERIFY2(again, qPrintable(error));
        QCOMPARE(
            SqlUtil::scalar(again->db(), QStringLiteral("SELECT COUNT(*) FROM t_7_2 WHERE kcdm IN ('A1','A2','A3')"))
                .toInt(),
            3);
        QCOMPARE(
            SqlUtil::scalar(again->db(), QStringLiteral("PRAGMA integrity_check")).toString(), QStringLiteral("ok"));
    }

    // The office PC that holds the shared folder has the file open in WAL (it sees its own disk)
    // when a department's PC opens it through the share: the window says so, naming the other
    // computer, instead of letting both write.
    void theWindowWarnsOfAnotherComputer()
    {
        Translations::install(QStringLiteral("zh_CN")); // as the office sees it
        const QString path = makeWorkspace(QStringLiteral("shared.caiji"));
        QString error;
        auto here = Workspace::open(path, &error); // another program of this computer, in WAL
        QVERIFY2(here, qPrintable(error));
        PresenceNote other;
        other.machine = QStringLiteral("machine-id-of-another-pc");
        other.host = QStringLiteral("XGC-PC-03");
        other.pid = 77;
        other.user = QStringLiteral("xgc_cjy");
        other.journalMode = QStringLiteral("delete");
        other.since = QDateTime::currentDateTimeUtc().addSecs(-600);
        other.seen = QDateTime::currentDateTimeUtc();
        QVERIFY(WorkspacePresence::write(path, other));
        MainWindow w;
        w.resize(1200, 760);
        w.show();
        QVERIFY2(w.openWorkspace(path, &error), qPrintable(error));
        QMessageBox* box = nullptr;
        QTRY_VERIFY((box = w.findChild<QMessageBox*>(QStringLiteral("sharing"))) && box->isVisible());
        QVERIFY2(box->text().contains(QStringLiteral("XGC-PC-03")) && box->text().contains(QStringLiteral("xgc_cjy")),
            qPrintable(box->text()));
        test::screenshot(box, QStringLiteral("caiji-sharing-warning.png"));
        // Told once, not again at every renewal of the note.
        box->close();
        QTest::qWait(50);
        w.checkSharing();
        QVERIFY(!w.findChild<QMessageBox*>(QStringLiteral("sharing")));
    }
};

QTEST_MAIN(TestWorkspaceLocks)
#include "tst_workspacelocks.moc"
