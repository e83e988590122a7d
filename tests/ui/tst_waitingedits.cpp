// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
// Edits while another program writes the workspace (issue 14): 学工处's collector types into the
// grid while another program holds the write lock; the window stays live, says who it waits
// for, and the edit lands by itself when the lock is free (one undo step, in order). A wait may
// be given up: those edits are not saved and the window says so. A step of the process (submit)
// taken meanwhile waits in a small dialog that names the writer, and lands when it is free.
#include "TestWorkspace.h"
#include "WindowTest.h"
#include "core/demo/DemoBuilder.h"
#include "core/edit/GridEditor.h"
#include "core/i18n/Translations.h"
#include "core/model/TableRowModel.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceActivity.h"
#include "ui/MainWindow.h"
#include "ui/grid/TablePane.h"
#include "ui/grid/WaitingBar.h"
#include "ui/workflow/TaskPanel.h"

#include <QLabel>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QSignalSpy>
#include <QTest>

using namespace caiji;

class TestWaitingEdits : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;
    QString m_demo;

private slots:
    void initTestCase()
    {
        Translations::install("zh_CN");
        m_demo = m_locations.fresh("sqlite");
        test::makeSmallDemo(m_demo);
    }

    void anEditWaitsAndLands()
    {
        MainWindow w;
        QString error;
        QVERIFY2(w.signInAndOpen(m_demo, &error, "xgc_cjy", QString::fromLatin1(DemoBuilder::kDemoPassword)),
            qPrintable(error));
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.showTable("10-1"));
        TableRowModel* model = w.rowModel();
        QTRY_VERIFY(model->rowCount() > 0 && model->isRowLoaded(0));
        const int bj = model->table().fieldIndex("bj");
        const QString id = model->index(0, bj).data(TableRowModel::RowIdRole).toString();
        const int undoBefore = w.gridEditor()->undoStack()->index();
        QProcess other;
        {
            auto importer = Workspace::open(m_demo, &error);
            importer->setCurrentUser("jwc_cjy");
            const WorkspaceActivity note(*importer, "导入 7-2 课程信息");
            QVERIFY(test::holdWriteLock(other, m_demo, 2.0));
            QSignalSpy failed(w.gridEditor(), &GridEditor::editFailed);
            QElapsedTimer clock;
            clock.start();
            QVERIFY(w.gridEditor()->setCellText(0, bj, "等待中写入班"));
            QVERIFY(clock.elapsed() < 1000); // the window did not block for the other program
            QVERIFY(failed.isEmpty());
            WaitingBar* bar = w.tablePane()->waitingBar();
            QVERIFY(bar->isVisible());
            QVERIFY2(bar->text().contains("正在等待") && bar->text().contains("jwc_cjy") && bar->text().contains("7-2"),
                qPrintable(bar->text()));
            test::screenshot(&w, "caiji-waiting-for-writer.png");
            QCOMPARE(SqlUtil::scalar(w.session()->workspace().db(), "SELECT bj FROM t_10_1 WHERE \"_id\" = ?", {id})
                         .toString()
                         .contains("等待中"),
                false);
        }
        // The other program finishes: the edit lands, the bar goes, one undo step.
        QTRY_VERIFY_WITH_TIMEOUT(!w.tablePane()->waitingBar()->isVisible(), 15000);
        QVERIFY(test::finished(other));
        QCOMPARE(
            SqlUtil::scalar(w.session()->workspace().db(), "SELECT bj FROM t_10_1 WHERE \"_id\" = ?", {id}).toString(),
            QStringLiteral("等待中写入班"));
        QCOMPARE(model->index(0, bj).data().toString(), QStringLiteral("等待中写入班"));
        QCOMPARE(w.gridEditor()->undoStack()->index(), undoBefore + 1);

        // Given up: not saved, and said so.
        QProcess again;
        QVERIFY(test::holdWriteLock(again, m_demo, 2.0));
        QVERIFY(w.gridEditor()->setCellText(0, bj, "放弃的班"));
        QVERIFY(w.tablePane()->waitingBar()->isVisible());
        auto* cancel = w.tablePane()->waitingBar()->findChild<QPushButton*>("waitingCancel");
        QVERIFY(cancel);
        cancel->click();
        QCOMPARE(w.gridEditor()->waitingCount(), 0);
        QVERIFY2(
            w.tablePane()->waitingBar()->text().contains("未保存"), qPrintable(w.tablePane()->waitingBar()->text()));
        QVERIFY(!cancel->isVisible());
        QTRY_VERIFY_WITH_TIMEOUT(!w.tablePane()->waitingBar()->isVisible(), 10000);
        QVERIFY(test::finished(again));
        QTest::qWait(400);
        QCOMPARE(
            SqlUtil::scalar(w.session()->workspace().db(), "SELECT bj FROM t_10_1 WHERE \"_id\" = ?", {id}).toString(),
            QStringLiteral("等待中写入班"));
    }

    void aStepWaitsAndLands()
    {
        MainWindow w;
        QString error;
        QVERIFY2(w.signInAndOpen(m_demo, &error, "yx01_cjy", QString::fromLatin1(DemoBuilder::kDemoPassword)),
            qPrintable(error));
        w.resize(1366, 768);
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.showTable("6-1-2-1"));
        QVERIFY(w.taskPanel()->isVisible());
        auto state = [&w] {
            return SqlUtil::scalar(w.session()->workspace().db(),
                "SELECT state FROM cj_assignment WHERE table_code = '6-1-2-1' AND department = 'YX01'")
                .toString();
        };
        const QString before = state();
        QVERIFY(before != "submitted");
        // Another program imports for five seconds: stopping the wait leaves the task as it was.
        QProcess first;
        QString shown;
        {
            auto importer = Workspace::open(m_demo, &error);
            importer->setCurrentUser("jwc_cjy");
            const WorkspaceActivity note(*importer, "导入 7-2 课程信息");
            QVERIFY(test::holdWriteLock(first, m_demo, 5.0));
            QTimer::singleShot(700, &w, [&shown] {
                auto* dialog = qobject_cast<QProgressDialog*>(QApplication::activeModalWidget());
                if (!dialog || dialog->objectName() != "writerWait")
                    return;
                shown = dialog->findChild<QLabel*>()->text();
                dialog->cancel();
            });
            QElapsedTimer clock;
            clock.start();
            const TaskOutcome stopped = w.taskPanel()->perform(TaskAction::Submit);
            QVERIFY(!stopped.ok());
            QVERIFY2(stopped.message.contains("jwc_cjy"), qPrintable(stopped.message));
            QVERIFY(clock.elapsed() < 4000); // the person stopped waiting
        }
        QVERIFY2(shown.contains("正在等待") && shown.contains("jwc_cjy") && shown.contains("7-2"), qPrintable(shown));
        QCOMPARE(state(), before);
        QVERIFY(test::finished(first));
        // Again, waited for: the dialog says whom for, the window stays live, the step lands.
        QProcess second;
        bool live = false;
        {
            auto importer = Workspace::open(m_demo, &error);
            importer->setCurrentUser("jwc_cjy");
            const WorkspaceActivity note(*importer, "导入 7-2 课程信息");
            QVERIFY(test::holdWriteLock(second, m_demo, 2.0));
            QTimer::singleShot(600, &w, [&w, &live] {
                auto* dialog = qobject_cast<QProgressDialog*>(QApplication::activeModalWidget());
                live = dialog && dialog->objectName() == "writerWait" && dialog->isVisible();
                test::screenshot(&w, "caiji-step-waiting-window.png");
                if (dialog)
                    test::screenshot(dialog, "caiji-step-waiting-for-writer.png");
            });
            const TaskOutcome landed = w.taskPanel()->perform(TaskAction::Submit);
            QVERIFY2(landed.ok(), qPrintable(landed.message));
        }
        QVERIFY(live);
        QCOMPARE(state(), QStringLiteral("submitted"));
        QVERIFY(test::finished(second));
    }
};

QTEST_MAIN(TestWaitingEdits)
#include "tst_waitingedits.moc"
