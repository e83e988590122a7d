// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
// Merging in the window (issue 13): the office issues 机电工程学院's package, the department
// changes it offline while the master changes one of the same cells; the merge dialog stages the
// conflict side by side, the office takes the package's value and commits; the command line
// reads the same decision. Screenshots of the conflict screen and the merge report.
#include "TestWorkspace.h"
#include "WindowTest.h"
#include "core/i18n/Translations.h"
#include "core/jobs/JobRunner.h"
#include "core/model/TableRowModel.h"
#include "core/session/Session.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "ui/exchange/ConflictsFilter.h"
#include "ui/exchange/ConflictsModel.h"
#include "ui/exchange/MergeDialog.h"
#include "ui/exchange/PackageActions.h"
#include "ui/grid/GridView.h"
#include "ui/grid/TablePane.h"

#include <QAbstractItemModelTester>
#include <QMenu>
#include <QPushButton>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>
#include <QTreeWidget>

using namespace caiji;

class TestMergeViews : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;
    QString m_demo;

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("zh_CN"));
        m_demo = m_locations.fresh(QStringLiteral("sqlite"));
        test::makeSmallDemo(m_demo);
    }

    void officeMergesAndDecides()
    {
        auto w = test::openWindow(m_demo, "admin");
        const QString path = m_locations.tempPath("yx01.caijipkg");
        QString message;
        QVERIFY2(PackageActions::exportPackage(*w->session(), "YX01", path, &message), qPrintable(message));
        QVERIFY(message.contains("机电工程学院"));
        QString error;
        const QString first = SqlUtil::scalar(w->session()->workspace().db(),
            "SELECT \"_id\" FROM t_6_1_2_1 WHERE \"_dept\" = 'YX01' ORDER BY \"_seq\" LIMIT 1")
                                  .toString();
        const QString second = SqlUtil::scalar(w->session()->workspace().db(),
            "SELECT \"_id\" FROM t_6_1_2_1 WHERE \"_dept\" = 'YX01' ORDER BY \"_seq\" LIMIT 1 OFFSET 1")
                                   .toString();
        {
            auto pkg = Workspace::open(path, &error);
            QVERIFY(SqlUtil::exec(pkg->db(),
                "UPDATE t_6_1_2_1 SET skbj = '包班', \"_version\" = \"_version\" + 1, \"_updated_by\" = 'yx01_cjy' "
                "WHERE \"_id\" IN (?, ?)",
                {first, second}, &error));
        }
        QVERIFY(SqlUtil::exec(w->session()->workspace().db(),
            "UPDATE t_6_1_2_1 SET skbj = '主班', \"_version\" = \"_version\" + 1, \"_updated_by\" = 'admin' WHERE "
            "\"_id\" IN (?, ?)",
            {first, second}, &error));
        MergeDialog d(*w->session(), w.get());
        QAbstractItemModelTester tester(d.conflicts(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        QVERIFY2(d.addPackage(path, &message), qPrintable(message));
        QCOMPARE(d.conflicts()->rowCount(), 2);
        QCOMPARE(d.conflicts()->openCount(), 2);
        QCOMPARE(d.conflicts()->index(0, ConflictsModel::Base).data().toString().isEmpty(), false);
        QVERIFY(d.conflicts()->index(0, ConflictsModel::Master).data().toString().contains("主班"));
        QVERIFY(d.conflicts()->index(0, ConflictsModel::Package).data().toString().contains("包班"));
        // Staged: the master keeps its own changes.
        QCOMPARE(
            SqlUtil::scalar(w->session()->workspace().db(), "SELECT skbj FROM t_6_1_2_1 WHERE \"_id\" = ?", {second})
                .toString()
                .contains("包班"),
            false);
        d.show();
        QVERIFY(QTest::qWaitForWindowExposed(&d));
        // A table's conflicts at once: filter by the table, select what is shown.
        d.filter()->setDepartment("信息工程学院");
        QCOMPARE(d.filter()->rowCount(), 0);
        d.filter()->setDepartment(QString());
        d.filter()->setTable(d.conflicts()->index(0, ConflictsModel::Table).data().toString());
        d.filter()->setOpenOnly(true);
        QCOMPARE(d.filter()->rowCount(), 2);
        d.selectShown();
        QCOMPARE(d.view()->selectionModel()->selectedRows().size(), 2);
        test::screenshot(&d, "caiji-merge-conflicts.png");
        // 在表格中查看: the main window shows the conflict's row on its field.
        QObject::connect(&d, &MergeDialog::jumpRequested, w.get(), &MainWindow::jumpTo);
        int onFirst = -1;
        for (int r = 0; r < d.conflicts()->rowCount(); ++r) {
            if (d.conflicts()->conflictAt(r).conflict.rowId == first)
                onFirst = r;
        }
        QVERIFY(onFirst >= 0);
        d.view()->setCurrentIndex(d.filter()->mapFromSource(d.conflicts()->index(onFirst, 0)));
        auto* show = d.findChild<QPushButton*>(QStringLiteral("merge-show-in-table"));
        QVERIFY(show);
        show->click();
        QTRY_VERIFY_WITH_TIMEOUT(
            w->tablePane()->model() && w->tablePane()->model()->table().code == QStringLiteral("6-1-2-1"), 10000);
        QTRY_VERIFY_WITH_TIMEOUT(w->grid()->currentIndex().isValid(), 10000);
        QCOMPARE(w->grid()->currentIndex().data(TableRowModel::RowIdRole).toString(), first);
        // The cell in conflict is marked in the grid, the three values in its tip.
        const QStringList marks = w->grid()->currentIndex().data(TableRowModel::CommentRole).toStringList();
        QVERIFY2(marks.size() == 1 && marks.first().contains("包班") && marks.first().contains("主班"),
            qPrintable(marks.join('\n')));
        test::screenshot(w.get(), "caiji-merge-in-grid.png");
        // Decided in the grid itself: the cell's menu takes the package's value; the mark goes.
        {
            QMenu menu;
            w->tablePane()->fillCellMenu(menu, w->grid()->currentIndex());
            auto* sub = menu.findChild<QMenu*>(QStringLiteral("conflict-menu"));
            QVERIFY(sub);
            auto* take = sub->findChild<QAction*>(QStringLiteral("conflict-package"));
            QVERIFY(take);
            QVERIFY(sub->findChild<QAction*>(QStringLiteral("conflict-master")));
            QVERIFY(sub->findChild<QAction*>(QStringLiteral("conflict-base")));
            sub->adjustSize();
            test::screenshot(sub, "caiji-merge-cell-menu.png");
            take->trigger();
        }
        QVERIFY(w->grid()->currentIndex().data(TableRowModel::CommentRole).toStringList().isEmpty());
        d.reloadConflicts();
        QCOMPARE(d.conflicts()->openCount(), 1);
        {
            QMenu menu; // a cell without a conflict offers none
            w->tablePane()->fillCellMenu(menu, w->grid()->currentIndex());
            QVERIFY(!menu.findChild<QMenu*>(QStringLiteral("conflict-menu")));
        }
        // The other in the merge window, as selected there.
        d.selectShown();
        QCOMPARE(d.view()->selectionModel()->selectedRows().size(), 1);
        QVERIFY2(d.decideSelected("package", QString(), QString(), &message), qPrintable(message));
        QCOMPARE(d.conflicts()->openCount(), 0);
        QCOMPARE(d.filter()->rowCount(), 0); // only those to decide: none left
        QSignalSpy progress(d.jobs(), &JobRunner::progress);
        d.commitAll(); // on the job runner: the window stays live
        QTRY_COMPARE_WITH_TIMEOUT(d.packages()->topLevelItemCount(), 1, 20000);
        QTRY_VERIFY_WITH_TIMEOUT(!d.jobs()->isRunning(), 20000);
        // It said how far it was, in thousandths, as it went (the bar shows a percentage).
        QTRY_VERIFY_WITH_TIMEOUT(progress.count() >= 3, 5000);
        QCOMPARE(progress.last().at(1).toLongLong(), 1000);
        QVERIFY2(d.packages()->topLevelItem(0)->text(2).contains("合并"),
            qPrintable(d.packages()->topLevelItem(0)->text(2)));
        for (const QString& id : {first, second})
            QCOMPARE(
                SqlUtil::scalar(w->session()->workspace().db(), "SELECT skbj FROM t_6_1_2_1 WHERE \"_id\" = ?", {id})
                    .toString(),
                QStringLiteral("包班"));
        test::screenshot(&d, "caiji-merge-report.png");
        const test::CliResult r = test::runCli({"conflicts", m_demo, "--json"});
        QVERIFY2(r.out.contains("\"resolution\": \"package\""), qPrintable(r.out));
        // Sealed: the department signs in to its package in the window and sends it back sealed;
        // the office merges it with the seal password.
        const QString sealed = m_locations.tempPath("yx01-sealed.caijipkg");
        QVERIFY2(PackageActions::exportPackage(*w->session(), "YX01", sealed, &message, "督导办封存2024"),
            qPrintable(message));
        const QString back = m_locations.tempPath("yx01-back.caijipkg");
        {
            auto department = test::openWindow(sealed, "yx01_cjy");
            QVERIFY(department->session()->actor().department == "YX01");
            QVERIFY2(department->windowTitle().contains("机电工程学院"), qPrintable(department->windowTitle()));
            QVERIFY2(PackageActions::returnPackage(*department->session(), back, &message), qPrintable(message));
            QVERIFY2(message.contains("封存"), qPrintable(message));
        }
        MergeDialog sealedMerge(*w->session(), w.get());
        QString refused;
        QVERIFY(!sealedMerge.addPackage(back, &refused)); // no password yet (the dialog is not shown to ask)
        sealedMerge.setSealPassword("督导办封存2024");
        QVERIFY2(sealedMerge.addPackage(back, &message), qPrintable(message));
        QVERIFY2(message.contains("合并"), qPrintable(message));
        // A value altered by hand in the file (text in a number): the window says where, in
        // Chinese, and the master keeps its value.
        const QString hand = m_locations.tempPath("yx01-hand.caijipkg");
        QVERIFY2(PackageActions::exportPackage(*w->session(), "YX01", hand, &message), qPrintable(message));
        const QVariant hours
            = SqlUtil::scalar(w->session()->workspace().db(), "SELECT jxgzl FROM t_6_1_2_1 WHERE \"_id\" = ?", {first});
        {
            auto pkg = Workspace::open(hand, &error);
            QVERIFY(SqlUtil::exec(pkg->db(),
                "UPDATE t_6_1_2_1 SET jxgzl = '三十二', \"_version\" = \"_version\" + 1 WHERE \"_id\" = ?", {first},
                &error));
        }
        MergeDialog handMerge(*w->session(), w.get());
        handMerge.show();
        QVERIFY(QTest::qWaitForWindowExposed(&handMerge));
        QVERIFY(!handMerge.addPackage(hand, &message));
        QVERIFY2(message.contains("6-1-2-1") && message.contains("三十二") && message.contains("不是该字段的有效值"),
            qPrintable(message));
        QCOMPARE(
            SqlUtil::scalar(w->session()->workspace().db(), "SELECT jxgzl FROM t_6_1_2_1 WHERE \"_id\" = ?", {first}),
            hours);
        test::screenshot(&handMerge, "caiji-merge-altered-value.png");
        // Not the office: neither issues nor merges.
        auto collector = test::openWindow(m_demo, "yx01_cjy");
        QVERIFY(!PackageActions::exportPackage(*collector->session(), "YX01", path + ".x", &message));
    }
};

QTEST_MAIN(TestMergeViews)
#include "tst_mergeviews.moc"
