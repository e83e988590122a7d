// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
// The process in the window (issue 11): a collector submits, the head confirms with the
// password, 教务处's reviewer passes it, the office returns it with a comment pinned to a cell,
// the collector sees the comment on that cell and submits again. Saves screenshots to look at.
#include "TestWorkspace.h"
#include "WindowTest.h"
#include "core/demo/DemoBuilder.h"
#include "core/i18n/Translations.h"
#include "core/model/TableRowModel.h"
#include "core/storage/SqlUtil.h"
#include "ui/MainWindow.h"
#include "ui/dashboard/DashboardDialog.h"
#include "ui/dashboard/LeadershipView.h"
#include "ui/dashboard/TaskMatrixModel.h"
#include "ui/documents/LetterActions.h"
#include "ui/grid/GridView.h"
#include "ui/grid/TablePane.h"
#include "ui/help/FieldHelpPane.h"
#include "ui/tasktree/TaskTreeModel.h"
#include "ui/workflow/ChangesDialog.h"
#include "ui/workflow/MyTasksModel.h"
#include "ui/workflow/MyTasksView.h"
#include "ui/workflow/TaskPanel.h"
#include "ui/workflow/UnlockRequestsDialog.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QDir>
#include <QFile>
#include <QInputDialog>
#include <QProcess>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTimer>
#include <QToolButton>
#include <QTreeWidget>

using namespace caiji;

class TestWorkflowViews : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;
    QString m_demo;

    static void shot(QWidget* w, const QString& name) { test::screenshot(w, name); }
    std::unique_ptr<MainWindow> open(const char* login) { return test::openWindow(m_demo, login); }

    static QStringList offered(MainWindow& w)
    {
        QStringList out;
        for (TaskAction a : w.taskPanel()->offered())
            out.append(taskActionToString(a));
        return out;
    }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("zh_CN"));
        m_demo = m_locations.fresh(QStringLiteral("sqlite"));
        test::makeSmallDemo(m_demo);
    }

    void submitConfirmReturnResubmit()
    {
        const QString table = QStringLiteral("6-1-2-1");
        const QString yx01 = QStringLiteral("YX01");
        {
            auto w = open("yx01_cjy");
            QVERIFY(w->showTable(table));
            QVERIFY(w->taskPanel()->isVisible());
            QCOMPARE(offered(*w), QStringList {QStringLiteral("submit")});
            QVERIFY(w->tablePane()->readOnlyReason().isEmpty());
            QVERIFY(w->taskPanel()->findChild<QToolButton*>(QStringLiteral("task-submit")));
            shot(w.get(), QStringLiteral("caiji-task-before-submit.png"));
            QVERIFY(w->taskPanel()->perform(TaskAction::Submit).ok());
            QVERIFY(offered(*w).isEmpty());
            QVERIFY2(
                w->taskPanel()->summary().contains(QStringLiteral("已提交")), qPrintable(w->taskPanel()->summary()));
            // Submitted data is read only, and the pane says why.
            QVERIFY(!w->tablePane()->readOnlyReason().isEmpty());
        }
        {
            auto w = open("yx01_fzr");
            QVERIFY(w->showTable(table, yx01));
            QCOMPARE(offered(*w), (QStringList {QStringLiteral("confirm"), QStringLiteral("return")}));
            QSignalSpy refused(w->taskPanel(), &TaskPanel::refused);
            QCOMPARE(w->taskPanel()->perform(TaskAction::Confirm, QStringLiteral("wrong")).kind, TaskOutcome::Blocked);
            QCOMPARE(refused.size(), 1);
            QVERIFY(w->taskPanel()->perform(TaskAction::Confirm, QString::fromLatin1(DemoBuilder::kDemoPassword)).ok());
            // Confirmed: the head may ask for it to be unlocked again, not unlock it.
            QVERIFY(w->taskPanel()->findChild<QToolButton*>(QStringLiteral("task-request-unlock")));
            QVERIFY(!offered(*w).contains(QStringLiteral("unlock")));
            QVERIFY(w->taskPanel()->requestUnlock(QStringLiteral("第 3 行课程代码有误")).ok());
            QCOMPARE(SqlUtil::scalar(w->workspace()->db(), "SELECT COUNT(*) FROM cj_unlock WHERE state = 'requested'")
                         .toInt(),
                1);
        }
        {
            auto w = open("jwc_shy");
            QVERIFY(w->showTable(table, yx01));
            QCOMPARE(offered(*w), (QStringList {QStringLiteral("review"), QStringLiteral("return")}));
            QVERIFY(w->taskPanel()->perform(TaskAction::Review).ok());
        }
        QString rowId;
        {
            auto w = open("admin");
            QVERIFY(w->showTable(table, yx01));
            QCOMPARE(offered(*w),
                (QStringList {QStringLiteral("accept"), QStringLiteral("return"), QStringLiteral("unlock")}));
            TableRowModel* model = w->rowModel();
            QTRY_VERIFY(model->rowCount() > 0 && model->isRowLoaded(0));
            const int column = model->table().fieldIndex(QStringLiteral("skxq"));
            w->grid()->setCurrentIndex(model->index(0, column));
            rowId = model->index(0, column).data(TableRowModel::RowIdRole).toString();
            QVERIFY(w->taskPanel()
                        ->perform(TaskAction::Return, QString(), QStringLiteral("授课学期有误"),
                            QStringLiteral("请核对此格的授课学期"), true)
                        .ok());
            QVERIFY(w->taskPanel()->summary().contains(QStringLiteral("已退回")));
            shot(w.get(), QStringLiteral("caiji-task-returned.png"));
        }
        {
            auto w = open("yx01_cjy");
            QVERIFY(w->showTable(table));
            QVERIFY(w->taskPanel()->summary().contains(QStringLiteral("1")));
            QCOMPARE(offered(*w), QStringList {QStringLiteral("submit")});
            TableRowModel* model = w->rowModel();
            QTRY_VERIFY(model->rowCount() > 0 && model->isRowLoaded(0));
            const int column = model->table().fieldIndex(QStringLiteral("skxq"));
            QCOMPARE(model->index(0, column).data(TableRowModel::RowIdRole).toString(), rowId);
            // The pinned cell carries the comment's mark and tooltip; its neighbours do not.
            QTRY_VERIFY(!model->index(0, column).data(TableRowModel::CommentRole).toStringList().isEmpty());
            QVERIFY(model->index(0, column)
                        .data(TableRowModel::CommentRole)
                        .toStringList()
                        .first()
                        .contains(QStringLiteral("请核对此格的授课学期")));
            QVERIFY(model->index(0, column).data(Qt::ToolTipRole).toString().contains(QStringLiteral("请核对")));
            QVERIFY(model->index(0, column - 1).data(TableRowModel::CommentRole).toStringList().isEmpty());
            QVERIFY(model->index(1, column).data(TableRowModel::CommentRole).toStringList().isEmpty());
            w->grid()->setCurrentIndex(model->index(0, column));
            QTRY_VERIFY2(w->helpPane()->toPlainText().contains(QStringLiteral("请核对此格的授课学期")),
                qPrintable(w->helpPane()->toPlainText()));
            shot(w.get(), QStringLiteral("caiji-task-comment-on-cell.png"));
            // The collector answers the pinned comment; only its author or the office closes it.
            const QVector<TaskComment> comments = w->taskPanel()->comments();
            QCOMPARE(comments.size(), 1);
            QString error;
            QVERIFY(w->taskPanel()->answer(comments.first().id, QStringLiteral("已改为第一学期"), &error));
            QVERIFY(!w->taskPanel()->close(comments.first().id, &error));
            QCOMPARE(w->taskPanel()->comments().first().state, QStringLiteral("answered"));
            // Answered, the mark stays until the office closes the comment.
            QVERIFY(!model->index(0, column).data(TableRowModel::CommentRole).toStringList().isEmpty());
            w->taskPanel()->showComments();
            auto* dialog = w->taskPanel()->findChild<QDialog*>(QStringLiteral("taskComments"));
            QVERIFY(dialog);
            QVERIFY(QTest::qWaitForWindowExposed(dialog));
            shot(dialog, QStringLiteral("caiji-task-comments.png"));
            dialog->close();
            // The collector corrects the cell; the strip then counts the change since the return.
            QVERIFY(!w->taskPanel()->findChild<QToolButton*>(QStringLiteral("task-changes"))->isVisible());
            QVERIFY(model->setData(model->index(0, column), QStringLiteral("第一学期")));
            QTRY_COMPARE(model->index(0, column).data().toString(), QStringLiteral("第一学期"));
            QVERIFY(w->taskPanel()->perform(TaskAction::Submit).ok());
            QCOMPARE(w->taskPanel()->changes().size(), 1);
            QCOMPARE(w->taskPanel()->changes().first().field, QStringLiteral("skxq"));
        }
    }

    // The head, before confirming the resubmission, reads what changed since the return.
    void changesSinceReturn()
    {
        auto w = open("yx01_fzr");
        QVERIFY(w->showTable(QStringLiteral("6-1-2-1"), QStringLiteral("YX01")));
        auto* button = w->taskPanel()->findChild<QToolButton*>(QStringLiteral("task-changes"));
        QVERIFY(button && button->isVisible());
        QVERIFY2(button->text().contains(QStringLiteral("1")), qPrintable(button->text()));
        w->taskPanel()->showChanges();
        auto* dialog = w->taskPanel()->findChild<ChangesDialog*>();
        QVERIFY(dialog);
        QVERIFY(QTest::qWaitForWindowExposed(dialog));
        QCOMPARE(dialog->list()->topLevelItemCount(), 1);
        const QTreeWidgetItem* item = dialog->list()->topLevelItem(0);
        QVERIFY2(item->text(0).contains(QStringLiteral("教工号")), qPrintable(item->text(0)));
        QCOMPARE(item->text(1), QStringLiteral("授课学期"));
        QCOMPARE(item->text(2), QStringLiteral("第二学期"));
        QCOMPARE(item->text(3), QStringLiteral("第一学期"));
        QCOMPARE(item->text(4), QStringLiteral("yx01_cjy"));
        shot(dialog, QStringLiteral("caiji-task-changes.png"));
        dialog->close();
    }

    // The head prints the department's confirmation letter from the window (as the command line
    // would); another department's account may not.
    void letterFromTheHeadsView()
    {
        auto w = open("yx01_fzr");
        bool listed = false;
        for (QAction* a : w->findChildren<QAction*>())
            listed = listed || a->text().contains(QStringLiteral("确认书"));
        QVERIFY(listed);
        const QString pdf = m_locations.tempPath(QStringLiteral("yx01-letter.pdf"));
        QString message;
        QVERIFY2(LetterActions::print(*w->session(), QStringLiteral("YX01"), pdf, &message), qPrintable(message));
        QVERIFY2(message.contains(QStringLiteral("校验码")), qPrintable(message));
        QProcess text;
        text.start(QStringLiteral("pdftotext"), {pdf, QStringLiteral("-")});
        QVERIFY(text.waitForFinished(30000));
        // NFKC: text extraction gives 工 as the Kangxi radical ⼯ that shares its glyph.
        QVERIFY(QString::fromUtf8(text.readAllStandardOutput())
                    .normalized(QString::NormalizationForm_KC)
                    .contains(QStringLiteral("机电工程学院")));
        auto other = open("yx02_fzr");
        QVERIFY(!LetterActions::print(*other->session(), QStringLiteral("YX01"), pdf + ".x", &message));
        QVERIFY(!QFile::exists(pdf + ".x"));
    }

    // 我的任务: the collector sees the department's tasks; the head finds the resubmitted task
    // first, with 确认 as its button, and confirms it from there with the password.
    void myTasks()
    {
        const QString table = QStringLiteral("6-1-2-1");
        const QString yx01 = QStringLiteral("YX01");
        {
            auto w = open("yx01_cjy");
            MyTasksModel* model = w->myTasks()->model();
            QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
            QVERIFY(w->myTasks()->isVisible());
            QVERIFY(model->rowCount() > 5);
            for (int r = 0; r < model->rowCount(); ++r)
                QCOMPARE(model->index(r, 0).data(MyTasksModel::DepartmentRole).toString(), yx01);
            // The collector's steps are submissions; the submitted task waits for the head, not for them.
            for (int r = 0; r < model->rowCount(); ++r) {
                const QModelIndex i = model->index(r, 0);
                const QVariant next = i.data(MyTasksModel::NextActionRole);
                if (i.data(MyTasksModel::TableRole).toString() == table)
                    QVERIFY(!next.isValid());
                else if (next.isValid())
                    QCOMPARE(next.toInt(), int(TaskAction::Submit));
            }
        }
        auto w = open("yx01_fzr");
        MyTasksModel* model = w->myTasks()->model();
        QVERIFY(model->rowCount() > 0);
        QCOMPARE(model->index(0, 0).data(MyTasksModel::TableRole).toString(), table);
        QCOMPARE(model->index(0, 0).data(MyTasksModel::NextActionRole).toInt(), int(TaskAction::Confirm));
        QCOMPARE(model->index(0, MyTasksModel::NextColumn).data().toString(), QStringLiteral("确认"));
        QVERIFY2(model->summary().contains(QStringLiteral("确认 1")), qPrintable(model->summary()));
        w->myTasks()->model()->setOnlyWaiting(true);
        QCOMPARE(model->rowCount(), 1);
        w->myTasks()->model()->setOnlyWaiting(false);
        w->myTasks()->reload();
        auto* button = w->myTasks()->findChild<QPushButton*>(QStringLiteral("myTask-6-1-2-1-YX01"));
        QVERIFY(button);
        shot(w.get(), QStringLiteral("caiji-my-tasks.png"));
        // The button opens the task and asks for the password, as the process strip would.
        bool asked = false;
        QTimer::singleShot(0, this, [&] {
            auto* dialog = qobject_cast<QInputDialog*>(QApplication::activeModalWidget());
            if (!dialog)
                return;
            asked = true;
            dialog->setTextValue(QString::fromLatin1(DemoBuilder::kDemoPassword));
            dialog->accept();
        });
        button->click();
        QVERIFY(asked);
        QCOMPARE(w->rowModel()->table().code, table);
        QVERIFY2(
            w->taskPanel()->summary().contains(QStringLiteral("部门已确认")), qPrintable(w->taskPanel()->summary()));
        QTRY_VERIFY(!model->index(0, 0).data(MyTasksModel::NextActionRole).isValid()
            || model->index(0, 0).data(MyTasksModel::TableRole).toString() != table);
    }

    // The office's matrix: states by colour, overdue marked, a department's waiting tasks
    // accepted at once, a double-click into a task.
    void officeDashboard()
    {
        auto w = open("admin");
        Workspace& ws = *w->workspace();
        QString error;
        QVERIFY(SqlUtil::exec(ws.db(),
            "UPDATE cj_assignment SET state = 'confirmed' WHERE round = 2024 AND department = 'XGC' AND "
            "table_code IN ('10-1', '10-2-1', '11-3')",
            &error));
        QVERIFY(SqlUtil::exec(ws.db(),
            "UPDATE cj_assignment SET deadline = '2024-10-08' WHERE round = 2024 AND department = 'ZZRS' AND "
            "table_code = '6-1-1'",
            &error));
        // The task tree marks the overdue task and says how late.
        QVERIFY(w->taskModel()->reload(ws, 2024, w->session()->policy(), &error));
        const QModelIndexList late = w->taskModel()->match(w->taskModel()->index(0, 0), TaskTreeModel::TableCodeRole,
            QStringLiteral("6-1-1"), -1, Qt::MatchRecursive | Qt::MatchExactly);
        bool marked = false;
        for (const QModelIndex& i : late) {
            if (i.column() == 0 && i.data(TaskTreeModel::DepartmentRole).toString() == QLatin1String("ZZRS"))
                marked
                    = i.siblingAtColumn(TaskTreeModel::StateColumn).data().toString().contains(QStringLiteral("逾期"))
                    && i.data(Qt::ToolTipRole).toString().contains(QStringLiteral("2024-10-08"));
        }
        QVERIFY(marked);
        DashboardDialog* d = w->showDashboard();
        QVERIFY(d);
        TaskMatrixModel* m = d->model();
        QAbstractItemModelTester tester(m, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY(m->rowCount() >= 19);
        QVERIFY(m->columnCount() > 90);
        auto cellOf = [&](const QString& table, const QString& dept) {
            const int row = static_cast<int>(m->departments().indexOf(dept));
            for (int c = 1; c < m->columnCount(); ++c) {
                if (m->headerData(c, Qt::Horizontal).toString() == table)
                    return m->index(row, c);
            }
            return QModelIndex();
        };
        const QModelIndex staff = cellOf(QStringLiteral("6-1-1"), QStringLiteral("ZZRS"));
        QVERIFY(staff.isValid());
        QVERIFY(staff.data(TaskMatrixModel::OverdueRole).toBool());
        QVERIFY2(m->summary().contains(QStringLiteral("组织人事处")), qPrintable(m->summary()));
        QCOMPARE(cellOf(QStringLiteral("10-1"), QStringLiteral("XGC")).data(TaskMatrixModel::StateRole).toInt(),
            int(TaskState::Confirmed));
        d->view()->resize(1200, 500);
        shot(d, QStringLiteral("caiji-dashboard.png"));
        // Only the waiting ones, all at once.
        const QString message = d->acceptAll(QStringLiteral("XGC"));
        QVERIFY2(message.contains(QStringLiteral("3")), qPrintable(message));
        QCOMPARE(cellOf(QStringLiteral("10-1"), QStringLiteral("XGC")).data(TaskMatrixModel::StateRole).toInt(),
            int(TaskState::Accepted));
        // 机电工程学院's head asked to unlock 6-1-2-1: the office sees the request and grants it
        // for five working days; the task is 修订 in the matrix.
        auto* unlocks = d->findChild<QPushButton*>(QStringLiteral("dashboard-unlocks"));
        QVERIFY(unlocks && unlocks->isVisible());
        QVERIFY2(unlocks->text().contains(QStringLiteral("1")), qPrintable(unlocks->text()));
        UnlockRequestsDialog* requests = d->showUnlockRequests();
        QVERIFY(QTest::qWaitForWindowExposed(requests));
        QCOMPARE(requests->list()->topLevelItemCount(), 1);
        QVERIFY(requests->list()->topLevelItem(0)->text(2).contains(QStringLiteral("课程代码")));
        shot(requests, QStringLiteral("caiji-unlock-requests.png"));
        const TaskOutcome granted
            = requests->grant(0, QDate::currentDate().addDays(7), QString(), {QStringLiteral("kcdm")});
        QVERIFY2(granted.ok(), qPrintable(granted.message));
        QCOMPARE(requests->list()->topLevelItemCount(), 0);
        QCOMPARE(cellOf(QStringLiteral("6-1-2-1"), QStringLiteral("YX01")).data(TaskMatrixModel::StateRole).toInt(),
            int(TaskState::Revising));
        QVERIFY2(unlocks->text().contains(QStringLiteral("0")), qPrintable(unlocks->text()));
        requests->close();
        // The filter empties the other cells.
        m->setFilter(TaskMatrixModel::Filter::Overdue);
        QVERIFY(cellOf(QStringLiteral("10-1"), QStringLiteral("XGC")).data().toString().isEmpty());
        QVERIFY(!staff.data().toString().isEmpty());
        // The late task may be filled for three more days, with a reason; the data is no longer locked.
        QVERIFY(!d->extend(
            QStringLiteral("6-1-1"), QStringLiteral("ZZRS"), QDate::currentDate().addDays(3), QString(), &error));
        QVERIFY2(d->extend(QStringLiteral("6-1-1"), QStringLiteral("ZZRS"), QDate::currentDate().addDays(3),
                     QStringLiteral("补录新进教师"), &error),
            qPrintable(error));
        QCOMPARE(
            SqlUtil::scalar(ws.db(), "SELECT COUNT(*) FROM cj_deadline_exception WHERE table_code = '6-1-1'").toInt(),
            1);
        // The round scheduled from the dashboard: data-source tables five working days before opening,
        // on the official calendar.
        QVERIFY2(d->schedule(QDate(2024, 10, 14), QDate(2024, 11, 15), 5, &error), qPrintable(error));
        QCOMPARE(SqlUtil::scalar(ws.db(),
                     "SELECT deadline FROM cj_assignment WHERE round = 2024 AND table_code = '6-1-2-1' AND "
                     "department = 'YX02'")
                     .toString(),
            QStringLiteral("2024-11-15"));
        QCOMPARE(SqlUtil::scalar(ws.db(),
                     "SELECT deadline FROM cj_assignment WHERE round = 2024 AND table_code = '6-1-1' AND "
                     "department = 'ZZRS'")
                     .toString(),
            QStringLiteral("2024-10-08")); // 国庆 off, Saturday 12 October a 调休 working day
        // Double-click opens the task in the window.
        emit d->view()->doubleClicked(staff);
        QCOMPARE(w->rowModel()->table().code, QStringLiteral("6-1-1"));
        QCOMPARE(w->tablePane()->department(), QStringLiteral("ZZRS"));
    }

    // Round level: the office aggregates once everything is accepted, leadership approves
    // with the chart of the departments in front of it, the office records the report.
    void leadershipApproves()
    {
        {
            auto w = open("admin");
            LeadershipView* v = w->showLeadershipView();
            QVERIFY(v);
            QVERIFY(QTest::qWaitForWindowExposed(v));
            shot(v, QStringLiteral("caiji-leadership-progress.png"));
            QVERIFY(!v->aggregate().isEmpty());
            QCOMPARE(v->roundState(), QStringLiteral("open")); // tasks still being filled
            QVERIFY(SqlUtil::exec(
                w->workspace()->db(), "UPDATE cj_assignment SET state = 'accepted' WHERE round = 2024", nullptr));
            v->aggregate();
            QCOMPARE(v->roundState(), QStringLiteral("merged"));
            QVERIFY(
                !w->tablePane()->showTable("6-1-1", "ZZRS", nullptr) || !w->tablePane()->readOnlyReason().isEmpty());
        }
        {
            auto w = open("yld");
            LeadershipView* v = w->showLeadershipView();
            QVERIFY(QTest::qWaitForWindowExposed(v));
            shot(v, QStringLiteral("caiji-leadership.png"));
            QVERIFY2(v->approve().contains(QStringLiteral("审定")) || v->roundState() == QLatin1String("approved"),
                qPrintable(v->roundState()));
            QCOMPARE(v->roundState(), QStringLiteral("approved"));
            QVERIFY(!v->report().isEmpty());
            QCOMPARE(v->roundState(), QStringLiteral("approved")); // the report is the office's
        }
        auto w = open("admin");
        w->showLeadershipView()->report();
        QCOMPARE(w->findChild<LeadershipView*>()->roundState(), QStringLiteral("reported"));
    }
};

QTEST_MAIN(TestWorkflowViews)
#include "tst_workflowviews.moc"
