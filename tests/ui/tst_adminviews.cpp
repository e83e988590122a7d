// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
// The office's administration in the window (issue 11): the division of the tables edited in
// its matrix, saved with a reason, the workbook out and back; the accounts listed, created,
// disabled. A collector is refused both. Saves screenshots to look at.
#include "TestWorkspace.h"
#include "WindowTest.h"
#include "core/demo/DemoBuilder.h"
#include "core/i18n/Translations.h"
#include "core/session/Session.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/workflow/Assignments.h"
#include "ui/MainWindow.h"
#include "ui/admin/AccountsDialog.h"
#include "ui/admin/DivisionEditor.h"
#include "ui/workflow/MyTasksModel.h"
#include "ui/workflow/MyTasksView.h"

#include <QAbstractItemModelTester>
#include <QDir>
#include <QItemSelectionModel>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace caiji;

class TestAdminViews : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;
    QString m_demo;

    static void shot(QWidget* w, const QString& name) { test::screenshot(w, name); }
    std::unique_ptr<MainWindow> open(const char* login) { return test::openWindow(m_demo, login); }

    static QModelIndex cell(DivisionModel* model, const QString& table, const QString& department)
    {
        int row = -1;
        for (int r = 0; r < model->rowCount(); ++r) {
            if (model->tableCode(r) == table)
                row = r;
        }
        for (int c = 0; c < model->columnCount(); ++c) {
            if (model->departments().at(c).code == department)
                return model->index(row, c);
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

    void divisionMatrix()
    {
        auto w = open("admin");
        DivisionEditor editor(w->session()->gateway(), w.get());
        DivisionModel* model = editor.model();
        QAbstractItemModelTester tester(model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        editor.show();
        QVERIFY(QTest::qWaitForWindowExposed(&editor));
        QVERIFY(model->rowCount() > 50);
        QVERIFY(model->columnCount() > 10);
        const QModelIndex yx01 = cell(model, "1-1", "YX01");
        QVERIFY(yx01.isValid());
        QVERIFY(yx01.data().toString().isEmpty());
        const QModelIndex lead = cell(model, "6-1-2-1", "JWC");
        QCOMPARE(lead.data().toString(), QStringLiteral("牵头"));
        // The lead cannot simply be taken off.
        editor.view()->selectionModel()->select(lead, QItemSelectionModel::ClearAndSelect);
        QCOMPARE(editor.applyToSelection(DivisionModel::Part::None), 0);
        QCOMPARE(lead.data().toString(), QStringLiteral("牵头"));
        // Both 院系 fill 1-1: bold until saved.
        editor.view()->selectionModel()->select(yx01, QItemSelectionModel::ClearAndSelect);
        editor.view()->selectionModel()->select(cell(model, "1-1", "YX02"), QItemSelectionModel::Select);
        QCOMPARE(editor.applyToSelection(DivisionModel::Part::Fill), 2);
        QCOMPARE(yx01.data().toString(), QStringLiteral("填报"));
        QVERIFY(yx01.data(Qt::FontRole).value<QFont>().bold());
        QCOMPARE(model->changedTables(), QStringList {"1-1"});
        editor.view()->scrollTo(yx01);
        shot(&editor, "caiji-division.png");
        // The workbook out and back in: the edit it carries is the same.
        const QString xlsx = m_locations.tempPath("division.xlsx");
        QString error;
        QVERIFY2(editor.exportWorkbook(xlsx, &error), qPrintable(error));
        QVERIFY2(editor.importWorkbook(xlsx, &error), qPrintable(error));
        QCOMPARE(model->changedTables(), QStringList {"1-1"});
        QVERIFY2(editor.save("院系分报学校基本信息", &error), qPrintable(error));
        QVERIFY(model->changedTables().isEmpty());
        QVERIFY(!yx01.data(Qt::FontRole).value<QFont>().bold());
        bool has = false;
        for (const Assignment& a : Assignments(*w->workspace()).all(w->session()->round()))
            has = has || (a.tableCode == "1-1" && a.department == "YX01");
        QVERIFY(has);
        // The 院系's collector now has 1-1 in their tasks.
        auto collector = open("yx01_cjy");
        bool listed = false;
        MyTasksModel* tasks = collector->myTasks()->model();
        for (int r = 0; r < tasks->rowCount(); ++r)
            listed = listed || tasks->index(r, 0).data(MyTasksModel::TableRole).toString() == "1-1";
        QVERIFY(listed);
        // …and may not divide the tables.
        DivisionEditor refused(collector->session()->gateway(), collector.get());
        refused.view()->selectionModel()->select(
            cell(refused.model(), "1-1", "YX01"), QItemSelectionModel::ClearAndSelect);
        refused.applyToSelection(DivisionModel::Part::None);
        QVERIFY(!refused.save(QString(), &error));
        refused.model()->markSaved(); // closes without asking
    }

    void accounts()
    {
        auto w = open("admin");
        AccountsDialog dialog(*w->workspace(), w->session()->policy(), w.get());
        QAbstractItemModelTester tester(dialog.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
        dialog.show();
        QVERIFY(QTest::qWaitForWindowExposed(&dialog));
        const int before = dialog.model()->rowCount();
        QVERIFY(before > 10);
        User u;
        u.login = "yx01_lisi";
        u.displayName = "李四";
        u.department = "YX01";
        u.roles = {Role::Collector};
        QString error;
        QVERIFY(!dialog.create(u, "short1", &error)); // weak
        QCOMPARE(dialog.model()->rowCount(), before);
        QVERIFY2(dialog.create(u, "Lisi2026pass", &error), qPrintable(error));
        QCOMPARE(dialog.model()->rowCount(), before + 1);
        QVERIFY(!dialog.create(u, "Lisi2026pass", &error)); // taken
        QVERIFY2(dialog.setActive("yx01_lisi", false, &error), qPrintable(error));
        const QList<QStandardItem*> found = dialog.model()->findItems("yx01_lisi");
        QCOMPARE(found.size(), 1);
        QCOMPARE(dialog.model()->item(found.first()->row(), 4)->text(), QStringLiteral("已停用"));
        QVERIFY(!dialog.setActive("admin", false, &error)); // not one's own
        shot(&dialog, "caiji-accounts.png");
        auto collector = open("yx01_cjy");
        AccountsDialog refused(*collector->workspace(), collector->session()->policy(), collector.get());
        QCOMPARE(refused.model()->rowCount(), 0);
        QVERIFY(!refused.setActive("yx01_fzr", false, &error));
    }
};

QTEST_MAIN(TestAdminViews)
#include "tst_adminviews.moc"
