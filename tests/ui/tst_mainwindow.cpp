#include "TestWorkspace.h"
#include "core/demo/DemoBuilder.h"
#include "core/i18n/Translations.h"
#include "core/model/TableRowModel.h"
#include "ui/MainWindow.h"
#include "ui/grid/GridView.h"
#include "ui/help/FieldHelpPane.h"
#include "ui/tasktree/TaskTreeModel.h"
#include "ui/tasktree/TaskTreeView.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QLabel>
#include <QStatusBar>
#include <QTest>
#include <QTreeView>

using namespace caiji;

class TestMainWindow : public QObject
{
    Q_OBJECT

private:
    test::TestLocations m_locations;
    QString m_demo;

    QModelIndex findTable(
        QAbstractItemModel* model, const QString& code, const QString& dept, const QModelIndex& parent = {})
    {
        for (int r = 0; r < model->rowCount(parent); ++r) {
            const QModelIndex i = model->index(r, 0, parent);
            if (i.data(TaskTreeModel::TableCodeRole).toString() == code
                && i.data(TaskTreeModel::DepartmentRole).toString() == dept)
                return i;
            const QModelIndex found = findTable(model, code, dept, i);
            if (found.isValid())
                return found;
        }
        return {};
    }

private slots:
    void initTestCase()
    {
        Translations::install(QStringLiteral("zh_CN"));
        m_demo = m_locations.fresh(QStringLiteral("sqlite"));
        test::makeSmallDemo(m_demo);
    }

    void opensDemoAndShowsTable()
    {
        MainWindow w;
        QString error;
        QVERIFY2(w.openWorkspace(m_demo, &error), qPrintable(error));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QAbstractItemModelTester tester(w.taskModel(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Round → 19 departments.
        QCOMPARE(w.taskModel()->rowCount(), 1);
        QCOMPARE(w.taskModel()->rowCount(w.taskModel()->index(0, 0)), 19);
        const QModelIndex staff = findTable(w.taskModel(), QStringLiteral("6-1-1"), QStringLiteral("ZZRS"));
        QVERIFY(staff.isValid());
        QCOMPARE(staff.siblingAtColumn(TaskTreeModel::RowsColumn).data().toString(), QStringLiteral("300"));
        QCOMPARE(staff.siblingAtColumn(TaskTreeModel::StateColumn).data().toString(), QStringLiteral("填报中"));
        // Clicking the task shows its rows.
        w.taskView()->scrollTo(staff);
        QTest::mouseClick(w.taskView()->viewport(), Qt::LeftButton, {}, w.taskView()->visualRect(staff).center());
        QTRY_COMPARE(w.rowModel()->countState(), TableRowModel::CountState::Complete);
        QCOMPARE(w.rowModel()->rowCount(), 300);
        QCOMPARE(w.rowModel()->table().code, QStringLiteral("6-1-1"));
        QTRY_VERIFY(w.rowModel()->isRowLoaded(0));
        QVERIFY(!w.rowModel()->index(0, 1).data().toString().isEmpty()); // 姓名
        auto* count = w.findChild<QLabel*>(QStringLiteral("rowCount"));
        QVERIFY(count);
        QCOMPARE(count->text(), QStringLiteral("共 300 行"));
        auto* title = w.findChild<QLabel*>(QStringLiteral("tableTitle"));
        QVERIFY(title->text().contains(QStringLiteral("校内专任教师基本情况")));
        // Moving to another column shows that field's help.
        w.grid()->setFocus();
        w.grid()->setCurrentIndex(w.rowModel()->index(0, 2));
        QVERIFY(w.helpPane()->toPlainText().contains(QStringLiteral("性别")));
        QVERIFY(w.helpPane()->toPlainText().contains(QStringLiteral("女")));
        const QImage shot = w.grab().toImage();
        QVERIFY(!shot.isNull());
        QVERIFY(shot.save(m_locations.tempPath(QStringLiteral("mainwindow.png"))));
    }

    void staysResponsiveWhileScrollingFar()
    {
        MainWindow w;
        QString error;
        QVERIFY(w.openWorkspace(m_demo, &error));
        w.show();
        QVERIFY(QTest::qWaitForWindowExposed(&w));
        QVERIFY(w.showTable(QStringLiteral("10-1")));
        QTRY_COMPARE(w.rowModel()->countState(), TableRowModel::CountState::Complete);
        QVERIFY(w.rowModel()->rowCount() > 5000);
        w.grid()->scrollToBottom();
        const int last = w.rowModel()->rowCount() - 1;
        QTRY_VERIFY(w.rowModel()->isRowLoaded(last));
    }

    void badWorkspaceIsReported()
    {
        MainWindow w;
        QString error;
        QVERIFY(!w.openWorkspace(m_locations.tempPath(QStringLiteral("none.caiji")), &error));
        QVERIFY(error.contains(QLatin1String("none.caiji")));
        QVERIFY(!w.workspace());
    }
};

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
