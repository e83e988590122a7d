// Drives the real main window offscreen the way a data administrator works: types, moves with
// Enter and Tab, pastes from "Excel", undoes, and sees refused values marked.
#include "TestWorkspace.h"
#include "core/demo/DemoBuilder.h"
#include "core/i18n/Translations.h"
#include "core/model/TableRowModel.h"
#include "core/storage/SqlUtil.h"
#include "core/validation/FindingsModel.h"
#include "ui/MainWindow.h"
#include "ui/auth/LoginDialog.h"
#include "ui/grid/GridView.h"
#include "ui/grid/TablePane.h"
#include "ui/help/FieldHelpPane.h"
#include "ui/io/ImportWizard.h"
#include "ui/quality/QualityConsole.h"
#include "ui/tasktree/TaskTreeModel.h"
#include "ui/tasktree/TaskTreeView.h"
#include <QPushButton>
#include <QRadioButton>
#include <QSettings>
#include <QStandardPaths>
#include <QStatusBar>
#include <QTableView>
#include <QTableWidget>
#include <QTimer>
#include <QTreeView>

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QComboBox>
#include <QCompleter>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QPainter>
#include <QSignalSpy>
#include <QTest>
#include <QUndoGroup>
#include <QUndoStack>

using namespace caiji;

class TestGridEditing : public QObject
{
    Q_OBJECT

private:
    test::TestLocations m_locations;
    QString m_demo;
    std::unique_ptr<MainWindow> m_window;

    // QTest::keyClicks only knows ASCII; people type Chinese through an input method, which
    // delivers key events carrying the text.
    static void typeText(QWidget* start, const QString& text)
    {
        for (const QChar c : text) {
            QWidget* target = QApplication::focusWidget() ? QApplication::focusWidget() : start;
            QTest::sendKeyEvent(QTest::Press, target, Qt::Key_unknown, QString(c), Qt::NoModifier);
            QTest::sendKeyEvent(QTest::Release, QApplication::focusWidget() ? QApplication::focusWidget() : start,
                Qt::Key_unknown, QString(c), Qt::NoModifier);
        }
    }

    QString cellInDb(const QString& sql) { return SqlUtil::scalar(m_window->workspace()->db(), sql).toString(); }

private slots:
    void initTestCase()
    {
        QStandardPaths::setTestModeEnabled(true); // settings of the tests' own, not the user's
        QSettings().clear();
        Translations::install(QStringLiteral("zh_CN"));
        m_demo = m_locations.fresh(QStringLiteral("sqlite"));
        QString error;
        test::makeSmallDemo(m_demo);
        m_window = std::make_unique<MainWindow>();
        QVERIFY2(m_window->signInAndOpen(
                     m_demo, &error, QStringLiteral("xgc_cjy"), QString::fromLatin1(DemoBuilder::kDemoPassword)),
            qPrintable(error));
        QCOMPARE(m_window->actor().department, QStringLiteral("XGC"));
        m_window->show();
        m_window->activateWindow();
        QVERIFY(QTest::qWaitForWindowActive(m_window.get()));
        QVERIFY(m_window->showTable(QStringLiteral("10-1")));
        QTRY_COMPARE(m_window->rowModel()->countState(), TableRowModel::CountState::Complete);
        QTRY_VERIFY(m_window->rowModel()->isRowLoaded(0));
    }

    void wrongPasswordIsRefused()
    {
        MainWindow w;
        QString error;
        QVERIFY(!w.signInAndOpen(m_demo, &error, QStringLiteral("xgc_cjy"), QStringLiteral("wrong")));
        QVERIFY(!error.isEmpty());
        QVERIFY(!w.workspace());
    }

    void typeEnterTab()
    {
        GridView* grid = m_window->grid();
        TableRowModel* model = m_window->rowModel();
        const QString id0 = model->index(0, 0).data(TableRowModel::RowIdRole).toString();
        grid->setFocus();
        grid->setCurrentIndex(model->index(0, 1));
        typeText(grid, QStringLiteral("王小明"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Return);
        QTRY_COMPARE(grid->currentIndex().row(), 1); // Enter moved down
        QCOMPARE(grid->currentIndex().column(), 1);
        QCOMPARE(
            cellInDb(QStringLiteral("SELECT xm FROM t_10_1 WHERE \"_id\" = '%1'").arg(id0)), QStringLiteral("王小明"));
        QCOMPARE(model->index(0, 1).data().toString(), QStringLiteral("王小明"));
        // Typing replaces, Tab commits and moves right.
        typeText(grid, QStringLiteral("李四"));
        QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
        QTRY_COMPARE(grid->currentIndex().column(), 2);
        QCOMPARE(grid->currentIndex().row(), 1);
        QCOMPARE(model->index(1, 1).data().toString(), QStringLiteral("李四"));
        // Ctrl+Z undoes the last edit.
        QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
        QTRY_VERIFY(model->index(1, 1).data().toString() != QStringLiteral("李四"));
    }

    void pasteFromExcelAndUndo()
    {
        GridView* grid = m_window->grid();
        TableRowModel* model = m_window->rowModel();
        const QString id5 = model->index(5, 0).data(TableRowModel::RowIdRole).toString();
        const QString before = cellInDb(QStringLiteral("SELECT xm FROM t_10_1 WHERE \"_id\" = '%1'").arg(id5));
        // Excel's clipboard: 姓名, 性别 for two rows; the second 性别 is not a code.
        QApplication::clipboard()->setText(QStringLiteral("赵六\t女\r\n钱七\t外星\r\n"));
        grid->setFocus();
        grid->selectionModel()->setCurrentIndex(model->index(5, 1), QItemSelectionModel::ClearAndSelect);
        QTest::keyClick(grid, Qt::Key_V, Qt::ControlModifier);
        QTRY_COMPARE(
            cellInDb(QStringLiteral("SELECT xm FROM t_10_1 WHERE \"_id\" = '%1'").arg(id5)), QStringLiteral("赵六"));
        QCOMPARE(model->index(5, 2).data().toString(), QStringLiteral("女"));
        QCOMPARE(model->index(6, 1).data().toString(), QStringLiteral("钱七"));
        // The bad cell shows what was pasted, red, with the reason; the database kept its value.
        QCOMPARE(model->index(6, 2).data().toString(), QStringLiteral("外星"));
        QVERIFY(model->index(6, 2).data(TableRowModel::RejectedRole).toString().contains(QStringLiteral("性别")));
        QVERIFY(m_window->statusBar()->currentMessage().contains(QStringLiteral("外星")));
        grid->setCurrentIndex(model->index(6, 2));
        QVERIFY(m_window->helpPane()->toPlainText().contains(QStringLiteral("外星")));
        // One paste, one undo step.
        QTest::keyClick(grid, Qt::Key_Z, Qt::ControlModifier);
        QTRY_COMPARE(cellInDb(QStringLiteral("SELECT xm FROM t_10_1 WHERE \"_id\" = '%1'").arg(id5)), before);
        QVERIFY(model->index(6, 1).data().toString() != QStringLiteral("钱七"));
        QTest::keyClick(grid, Qt::Key_Y, Qt::ControlModifier);
        QTRY_COMPARE(
            cellInDb(QStringLiteral("SELECT xm FROM t_10_1 WHERE \"_id\" = '%1'").arg(id5)), QStringLiteral("赵六"));
    }

    void copyIsTsv()
    {
        GridView* grid = m_window->grid();
        TableRowModel* model = m_window->rowModel();
        grid->setFocus();
        grid->selectionModel()->select(
            QItemSelection(model->index(5, 1), model->index(6, 2)), QItemSelectionModel::ClearAndSelect);
        grid->copySelection();
        const QString text = QApplication::clipboard()->text();
        QVERIFY2(text.startsWith(QStringLiteral("赵六\t女\r\n")), qPrintable(text));
        QCOMPARE(text.count(QLatin1String("\r\n")), 2);
        auto* summary = m_window->findChild<QLabel*>(QStringLiteral("selectionSummary"));
        QVERIFY(summary->text().contains(QStringLiteral("4")));
    }

    void filtersAndReadOnly()
    {
        TableRowModel* model = m_window->rowModel();
        auto* filter = m_window->grid()->findChild<QLineEdit*>(QStringLiteral("filter1"));
        QVERIFY(filter);
        filter->setFocus();
        typeText(filter, QStringLiteral("赵六"));
        QTRY_COMPARE(model->rowCount(), 1);
        filter->clear();
        QTRY_VERIFY(model->rowCount() > 5000);
        // 学工处 reads 教工 (kept by 组织人事处) but cannot type into it.
        QVERIFY(m_window->showTable(QStringLiteral("6-1-1")));
        QTRY_VERIFY(m_window->rowModel()->isRowLoaded(0));
        QVERIFY(!(m_window->rowModel()->flags(m_window->rowModel()->index(0, 1)) & Qt::ItemIsEditable));
        auto* notice = m_window->findChild<QLabel*>(QStringLiteral("readOnlyNotice"));
        QVERIFY(notice->isVisible());
        QVERIFY(notice->text().contains(QStringLiteral("组织人事处")));
    }

    void screenshotWithCodeEditorAndBadCell()
    {
        QVERIFY(m_window->showTable(QStringLiteral("10-1")));
        TableRowModel* model = m_window->rowModel();
        GridView* grid = m_window->grid();
        QTRY_VERIFY(model->isRowLoaded(0));
        grid->fitColumns();
        QApplication::clipboard()->setText(QStringLiteral("2003-02-30\r\n"));
        grid->setFocus();
        grid->selectionModel()->setCurrentIndex(model->index(2, 4), QItemSelectionModel::ClearAndSelect); // 出生日期
        grid->pasteClipboard();
        QVERIFY(model->index(2, 4).data(TableRowModel::RejectedRole).toString().contains(QLatin1String("2003-02-30")));
        grid->setCurrentIndex(model->index(4, 3)); // 民族: the code list editor
        QTest::keyClick(grid, Qt::Key_F2);
        QTRY_VERIFY(grid->findChild<QComboBox*>());
        auto* combo = grid->findChild<QComboBox*>();
        combo->setEditText(QStringLiteral("满"));
        combo->completer()->setCompletionPrefix(QStringLiteral("满"));
        combo->completer()->complete();
        QTest::qWait(200);
        const QString path
            = qEnvironmentVariable("CAIJI_SCREENSHOT_DIR", QDir::tempPath()) + QStringLiteral("/grid-editing.png");
        // The completion list is a popup window of its own: paint it onto the window's picture
        // where it stands on screen.
        QImage shot = m_window->grab().toImage();
        QWidget* popup = combo->completer()->popup();
        QVERIFY(popup->isVisible());
        QVERIFY(popup->width() >= 160);
        {
            QPainter p(&shot);
            p.drawPixmap(m_window->mapFromGlobal(popup->mapToGlobal(QPoint(0, 0))), popup->grab());
        }
        QVERIFY(shot.save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    // One undo stack per open table (issue 9, item 10): switching tables keeps both the undo
    // steps and the refused values of the table left, and Ctrl+Z undoes in the table shown.
    void undoAndRefusedValuesSurviveSwitchingTables()
    {
        QVERIFY(m_window->showTable(QStringLiteral("10-1")));
        TableRowModel* students = m_window->rowModel();
        QTRY_VERIFY(students->rowCount() > 0 && students->isRowLoaded(0));
        const int bj = students->table().fieldIndex(QStringLiteral("bj"));
        const int csrq = students->table().fieldIndex(QStringLiteral("csrq"));
        const QString before = students->index(1, bj).data(Qt::EditRole).toString();
        QVERIFY(m_window->gridEditor()->setCellText(1, bj, QStringLiteral("切换测试班")));
        QVERIFY(!m_window->gridEditor()->setCellText(1, csrq, QStringLiteral("不是日期")));
        const int refused = students->rejectedCount();
        QVERIFY(refused >= 1);
        QUndoStack* studentsUndo = m_window->gridEditor()->undoStack();
        // Another table, another edit.
        QVERIFY(m_window->showTable(QStringLiteral("10-3")));
        TableRowModel* clubs = m_window->rowModel();
        QVERIFY(clubs != students);
        QTRY_VERIFY(clubs->rowCount() > 0 && clubs->isRowLoaded(0));
        const int stmc = clubs->table().fieldIndex(QStringLiteral("stmc"));
        QVERIFY(m_window->gridEditor()->setCellText(0, stmc, QStringLiteral("切换测试社团")));
        QCOMPARE(m_window->undoGroup()->activeStack(), m_window->gridEditor()->undoStack());
        // Back to 10-1: the same model, its refused value still marked, its undo step still there.
        QVERIFY(m_window->showTable(QStringLiteral("10-1")));
        QCOMPARE(m_window->rowModel(), students);
        QCOMPARE(students->rejectedCount(), refused);
        QCOMPARE(m_window->undoGroup()->activeStack(), studentsUndo);
        QVERIFY(m_window->undoGroup()->canUndo());
        m_window->undoGroup()->undo();
        QCOMPARE(students->index(1, bj).data(Qt::EditRole).toString(), before);
        QCOMPARE(
            cellInDb(QStringLiteral("SELECT COUNT(*) FROM t_10_3 WHERE stmc = '切换测试社团'")), QStringLiteral("1"));
        QVERIFY(m_window->tablePane()->rejectedCount() >= refused);
    }

    void qualityConsoleJumpsToTheCell()
    {
        QualityConsole* console = m_window->qualityConsole();
        QString error;
        // The round was checked when the workspace opened.
        QTRY_VERIFY_WITH_TIMEOUT(!console->isChecking(), 60000);
        QVERIFY(!console->findingsModel()->findings().isEmpty());
        QSignalSpy done(console, &QualityConsole::validated);
        QVERIFY(console->startValidation());
        QVERIFY(!console->startValidation()); // one check at a time
        QVERIFY(done.wait(60000));
        FindingsModel* findings = console->findingsModel();
        // 学工处's collector sees the findings of 学工处's rows only (保密性): the three of 10-1 among them.
        QVERIFY(findings->count(Severity::Error) >= 3);
        for (const Finding& f : findings->findings())
            QCOMPARE(f.department, QStringLiteral("XGC"));
        // The task tree shows the problems per task: 学工处's 10-1 has the ID card and the duplicate.
        bool shown = false;
        std::function<void(const QModelIndex&)> look = [&](const QModelIndex& parent) {
            for (int r = 0; r < m_window->taskModel()->rowCount(parent); ++r) {
                const QModelIndex i = m_window->taskModel()->index(r, 0, parent);
                if (i.data(TaskTreeModel::TableCodeRole).toString() == QLatin1String("10-1")
                    && i.data(TaskTreeModel::DepartmentRole).toString() == QLatin1String("XGC"))
                    shown = i.siblingAtColumn(TaskTreeModel::ProblemsColumn)
                                .data()
                                .toString()
                                .contains(QLatin1String("3"));
                look(i);
            }
        };
        look(QModelIndex());
        QVERIFY(shown);
        // 学工处 sees its own findings first: the wrong ID card number among them.
        QTableView* view = console->view();
        int target = -1;
        for (int r = 0; r < view->model()->rowCount(); ++r) {
            const QModelIndex i = view->model()->index(r, 0);
            QCOMPARE(i.data(FindingsModel::DepartmentRole).toString(), QStringLiteral("XGC"));
            if (i.data(FindingsModel::FieldRole).toString() == QLatin1String("sfzh"))
                target = r;
        }
        QVERIFY(target >= 0);
        const QModelIndex cell = view->model()->index(target, FindingsModel::MessageColumn);
        const QString rowId = cell.data(FindingsModel::RowIdRole).toString();
        // Enter on the finding goes to its cell, as a double click does.
        view->setFocus();
        view->setCurrentIndex(cell);
        QTest::keyClick(view, Qt::Key_Return);
        QTRY_COMPARE(m_window->grid()->currentIndex().data(TableRowModel::RowIdRole).toString(), rowId);
        QCOMPARE(m_window->rowModel()->table().code, QStringLiteral("10-1"));
        QCOMPARE(m_window->rowModel()->table().fields.at(m_window->grid()->currentIndex().column()).key,
            QStringLiteral("sfzh"));
        // The cell is marked as an error in the grid and its finding is listed in the help pane.
        const QModelIndex marked = m_window->grid()->currentIndex();
        QCOMPARE(marked.data(TableRowModel::NoteSeverityRole).toInt(), static_cast<int>(Severity::Error));
        QVERIFY(marked.data(Qt::BackgroundRole).isValid());
        const QStringList notes = marked.data(TableRowModel::NoteRole).toStringList();
        QVERIFY(!notes.isEmpty());
        QTRY_VERIFY(
            m_window->helpPane()->toPlainText().contains(notes.first().section(QLatin1Char('\n'), 0, 0).right(12)));
        // Other cells are not.
        QVERIFY(!marked.siblingAtColumn(0).data(TableRowModel::NoteSeverityRole).isValid()
            || marked.siblingAtColumn(0).data(TableRowModel::NoteRole).toStringList() != notes);
        QTest::qWait(100);
        const QString marks
            = qEnvironmentVariable("CAIJI_SCREENSHOT_DIR", QDir::tempPath()) + QStringLiteral("/grid-findings.png");
        QVERIFY(m_window->grab().save(marks));
        qInfo("screenshot: %s", qPrintable(marks));
        // Fixing the value re-checks just that row: its finding goes away, and so does the mark.
        const int errorsBefore = findings->count(Severity::Error);
        QVERIFY(m_window->rowModel()->setData(m_window->grid()->currentIndex(), QStringLiteral("11010519491231002X")));
        QTRY_COMPARE(findings->count(Severity::Error), errorsBefore - 1);
        QTRY_VERIFY(!m_window->grid()->currentIndex().data(TableRowModel::NoteSeverityRole).isValid());
        // The same 学号 twice: correcting one row ends the finding on the other row too (the
        // table is checked again in the background), none goes stale.
        auto duplicates = [findings] {
            int n = 0;
            for (const Finding& f : findings->findings())
                n += f.rule == QLatin1String("unique-key") && f.table == QLatin1String("10-1") ? 1 : 0;
            return n;
        };
        QCOMPARE(duplicates(), 2);
        const auto dup = std::find_if(findings->findings().begin(), findings->findings().end(),
            [](const Finding& f) { return f.rule == QLatin1String("unique-key"); });
        QVERIFY(m_window->jumpTo(dup->table, dup->rowId, dup->field, dup->department));
        QVERIFY(m_window->rowModel()->setData(m_window->grid()->currentIndex(), QStringLiteral("202101059999")));
        QTRY_COMPARE_WITH_TIMEOUT(duplicates(), 0, 30000);
        QTest::qWait(100);
        const QString path
            = qEnvironmentVariable("CAIJI_SCREENSHOT_DIR", QDir::tempPath()) + QStringLiteral("/quality-console.png");
        QVERIFY(m_window->grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
    }

    void importWizardDryRunCommitAndUndo()
    {
        QVERIFY(m_window->showTable(QStringLiteral("10-1")));
        TableRowModel* model = m_window->rowModel();
        QTRY_COMPARE(model->countState(), TableRowModel::CountState::Complete);
        const int before = model->rowCount();
        const QString file
            = qEnvironmentVariable("CAIJI_SCREENSHOT_DIR", QDir::tempPath()) + QStringLiteral("/import-students.csv");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("学号,姓名,性别,专业代码,年级,入学年月,身份证号,班级\n"
                    "202409990001,新生甲,女,460104,2024,202409,11010519491231002X,机制2401班\n"
                    "202409990002,新生乙,男,460104,2024,2024-09,110105200411030015,机制2401班\n"
                    "202409990003,新生丙,未知,999999,2024,202409,110105200411030015,机制2401班\n");
        }
        QString shot;
        // The wizard is modal: drive it from inside its own event loop.
        QTimer::singleShot(0, this, [&] {
            auto* wizard = qobject_cast<ImportWizard*>(QApplication::activeModalWidget());
            QVERIFY(wizard);
            wizard->next(); // file → columns (plans)
            QCOMPARE(wizard->currentId(), 1);
            wizard->next(); // columns → dry run
            auto* counts = wizard->findChild<QLabel*>(QStringLiteral("importCounts"));
            QVERIFY(counts->text().contains(QStringLiteral("2")));
            QCOMPARE(wizard->plan().newRows, 2);
            QCOMPARE(wizard->plan().rejectedRows, 1);
            shot = qEnvironmentVariable("CAIJI_SCREENSHOT_DIR", QDir::tempPath())
                + QStringLiteral("/import-dry-run.png");
            wizard->grab().save(shot);
            wizard->accept();
        });
        QCOMPARE(m_window->importIntoTable(file), int(QDialog::Accepted));
        QTRY_COMPARE(model->rowCount(), before + 2);
        QCOMPARE(SqlUtil::scalar(m_window->workspace()->db(),
                     QStringLiteral("SELECT xm FROM t_10_1 WHERE xh = '202409990002' AND \"_deleted\" = 0"))
                     .toString(),
            QStringLiteral("新生乙"));
        // The whole import is one undo step.
        m_window->gridEditor()->undoStack()->undo();
        QTRY_COMPARE(model->rowCount(), before);
        m_window->gridEditor()->undoStack()->redo();
        QTRY_COMPARE(model->rowCount(), before + 2);
        qInfo("screenshot: %s", qPrintable(shot));
    }

    void importReplaceListsEveryRemoval()
    {
        QVERIFY(m_window->showTable(QStringLiteral("10-1")));
        TableRowModel* model = m_window->rowModel();
        QTRY_COMPARE(model->countState(), TableRowModel::CountState::Complete);
        const int before = model->rowCount();
        const QString file
            = qEnvironmentVariable("CAIJI_SCREENSHOT_DIR", QDir::tempPath()) + QStringLiteral("/replace-students.csv");
        {
            QFile f(file);
            QVERIFY(f.open(QIODevice::WriteOnly));
            f.write("学号,姓名,性别,专业代码,年级,入学年月,身份证号,班级\n"
                    "202409980001,新生丁,女,460104,2024,202409,11010519491231002X,机制2401班\n");
        }
        QString shot;
        int listed = 0;
        int kept = 0;
        QTimer::singleShot(0, this, [&] {
            auto* wizard = qobject_cast<ImportWizard*>(QApplication::activeModalWidget());
            QVERIFY(wizard);
            // A table with a key is updated by key unless the person chooses otherwise.
            QVERIFY(wizard->findChild<QRadioButton*>(QStringLiteral("importModeUpdate"))->isChecked());
            wizard->findChild<QRadioButton*>(QStringLiteral("importModeReplace"))->setChecked(true);
            wizard->next();
            wizard->next();
            auto* removals = wizard->findChild<QTableWidget*>(QStringLiteral("importRemovals"));
            listed = removals->rowCount();
            kept = wizard->plan().keptRows;
            // Used rows are unticked (kept); "remove all" ticks them.
            int unticked = 0;
            for (int r = 0; r < removals->rowCount(); ++r)
                unticked += removals->item(r, 0)->checkState() == Qt::Unchecked ? 1 : 0;
            QCOMPARE(unticked, kept);
            shot = qEnvironmentVariable("CAIJI_SCREENSHOT_DIR", QDir::tempPath())
                + QStringLiteral("/import-replace-dry-run.png");
            wizard->grab().save(shot);
            wizard->findChild<QPushButton*>(QStringLiteral("removeAllListed"))->click();
            for (int r = 0; r < removals->rowCount(); ++r)
                QCOMPARE(removals->item(r, 0)->checkState(), Qt::Checked);
            wizard->reject();
        });
        QCOMPARE(m_window->importIntoTable(file), int(QDialog::Rejected));
        // Every row of 学工处's 10-1 would go; those other tables use were kept by default.
        QCOMPARE(listed, before);
        QVERIFY(kept > 0);
        QCOMPARE(model->rowCount(), before); // nothing written
        qInfo("screenshot: %s", qPrintable(shot));
    }

    void fitsAnOfficeScreenAndGuidesTheUser()
    {
        // An office PC: 1366×768 with a taskbar.
        m_window->resize(1366, 728);
        QTest::qWait(50);
        QVERIFY(m_window->grid()->width() >= 560);
        QVERIFY(m_window->taskView()->width() >= 200);
        QVERIFY(m_window->helpPane()->width() >= 160);
        // The user's own department (学工处) comes first in the task tree, opened.
        const QModelIndex round = m_window->taskModel()->index(0, 0);
        const QModelIndex first = m_window->taskModel()->index(0, 0, round);
        QCOMPARE(first.data(TaskTreeModel::DepartmentRole).toString(), QStringLiteral("XGC"));
        QVERIFY(m_window->taskView()->isExpanded(first));
        // A task's tooltip names the table in full, with its state and problems.
        const QModelIndex category = m_window->taskModel()->index(0, 0, first);
        const QModelIndex task = m_window->taskModel()->index(0, 0, category);
        const QString tip = task.data(Qt::ToolTipRole).toString();
        QVERIFY2(tip.contains(task.data(TaskTreeModel::FullNameRole).toString()) && tip.count(QLatin1Char('\n')) >= 3,
            qPrintable(tip));
        // Expansion and selection stay after the tree reloads (an edit, an import).
        m_window->taskView()->expand(category);
        m_window->taskView()->setCurrentIndex(task);
        const QString code = task.data(TaskTreeModel::TableCodeRole).toString();
        QSignalSpy rebuilt(m_window->taskModel(), &QAbstractItemModel::rowsRemoved);
        QAction* refresh = nullptr;
        for (QAction* a : m_window->findChildren<QAction*>()) {
            if (a->shortcut() == QKeySequence::keyBindings(QKeySequence::Refresh).value(0))
                refresh = a;
        }
        QVERIFY(refresh);
        refresh->trigger(); // 视图 → 刷新任务
        QVERIFY(rebuilt.count() > 0);
        QCOMPARE(m_window->taskView()->currentIndex().data(TaskTreeModel::TableCodeRole).toString(), code);
        QVERIFY(m_window->taskView()->isExpanded(m_window->taskView()->currentIndex().parent()));
        // The quality console's columns show department, table and problem readably.
        QTableView* findings = m_window->qualityConsole()->view();
        for (int c : {FindingsModel::DepartmentColumn, FindingsModel::TableColumn}) {
            for (int r = 0; r < findings->model()->rowCount(); ++r) {
                const QString text = findings->model()->index(r, c).data().toString();
                QVERIFY2(findings->columnWidth(c) >= findings->fontMetrics().horizontalAdvance(text), qPrintable(text));
            }
        }
        const QString path
            = qEnvironmentVariable("CAIJI_SCREENSHOT_DIR", QDir::tempPath()) + QStringLiteral("/main-1366x768.png");
        QVERIFY(m_window->grab().save(path));
        qInfo("screenshot: %s", qPrintable(path));
        // An empty table says how to start.
        QVERIFY(m_window->showTable(QStringLiteral("10-2-1")));
        TableRowModel* model = m_window->rowModel();
        QTRY_COMPARE(model->countState(), TableRowModel::CountState::Complete);
        auto* hint = m_window->findChild<QLabel*>(QStringLiteral("emptyTableHint"));
        QVERIFY(hint);
        QCOMPARE(hint->isVisible(), model->rowCount() == 0);
    }

    void escClosesTheListThenTheEdit()
    {
        QVERIFY(m_window->showTable(QStringLiteral("10-1")));
        GridView* grid = m_window->grid();
        TableRowModel* model = m_window->rowModel();
        QTRY_VERIFY(model->isRowLoaded(0));
        const int column = model->table().fieldIndex(QStringLiteral("zydm"));
        const QModelIndex cell = model->index(0, column);
        const QString before = cell.data().toString();
        QApplication::setActiveWindow(m_window.get());
        grid->setFocus();
        grid->setCurrentIndex(cell);
        typeText(grid, QStringLiteral("46"));
        QTRY_VERIFY(grid->isEditing());
        QLineEdit* line = nullptr;
        for (QLineEdit* e : grid->viewport()->findChildren<QLineEdit*>()) {
            if (e->isVisible() && e->completer())
                line = e;
        }
        QVERIFY(line);
        line->setFocus();
        QVERIFY(line->completer());
        QTRY_VERIFY(line->completer()->popup()->isVisible());
        // The list is as wide as its longest choice (教工号、姓名 and the like are never cut).
        const QAbstractItemView* list = line->completer()->popup();
        int widest = 0;
        for (int r = 0; r < list->model()->rowCount(); ++r)
            widest = qMax(widest, list->fontMetrics().horizontalAdvance(list->model()->index(r, 0).data().toString()));
        QVERIFY2(list->width() >= widest, qPrintable(QStringLiteral("%1 < %2").arg(list->width()).arg(widest)));
        // First Esc: the list closes, the edit goes on.
        QTest::keyClick(list->isVisible() ? static_cast<QWidget*>(line->completer()->popup()) : line, Qt::Key_Escape);
        QTRY_VERIFY(!line->completer()->popup()->isVisible());
        QVERIFY(grid->isEditing());
        // Second Esc: the edit is cancelled; nothing saved, nothing marked as refused.
        QTest::keyClick(line, Qt::Key_Escape);
        QTRY_VERIFY(!grid->isEditing());
        QCOMPARE(model->index(0, column).data().toString(), before);
        QVERIFY(!model->index(0, column).data(TableRowModel::RejectedRole).isValid());
    }

    void windowComesBackAsLeft()
    {
        // The window's size and its docks are remembered (in the test's own settings).
        QSize left;
        {
            MainWindow w;
            w.show();
            w.resize(1111, 666);
            QTest::qWait(20);
            left = w.size();
            QVERIFY(w.close());
        }
        MainWindow again;
        QCOMPARE(again.size(), left);
    }

    void cleanupTestCase() { m_window.reset(); }
};

QTEST_MAIN(TestGridEditing)
#include "tst_gridediting.moc"
