#include "MainMenus.h"

#include "admin/AccountsDialog.h"
#include "admin/DivisionEditor.h"
#include "admin/TemplatesDialog.h"
#include "dialogs/Notices.h"
#include "documents/LetterActions.h"
#include "documents/LettersDialog.h"
#include "documents/PrintActions.h"
#include "exchange/ConflictCellMenu.h"
#include "exchange/MergeDialog.h"
#include "exchange/PackageActions.h"

#include "MainWindow.h"
#include "core/model/TableRowModel.h"
#include "grid/GridView.h"
#include "grid/TablePane.h"
#include "help/FieldHelpPane.h"
#include "quality/QualityConsole.h"
#include "settings/UiSettings.h"

#include <QActionGroup>

#include <QApplication>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QStatusBar>
#include <QUndoGroup>
#include <functional>

namespace caiji {

void MainMenus::build(MainWindow& w)
{
    QMenu* file = w.menuBar()->addMenu(MainWindow::tr("&File"));
    QAction* open = file->addAction(MainWindow::tr("&Open workspace…"), &w, &MainWindow::chooseWorkspace);
    open->setShortcut(QKeySequence::Open);
    file->addAction(MainWindow::tr("&Switch user…"), &w, &MainWindow::chooseUser);
    file->addSeparator();
    QAction* import = file->addAction(MainWindow::tr("&Import into this table…"), &w, [&w] { w.importIntoTable(); });
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    file->addAction(MainWindow::tr("&Export this table…"), &w, &MainWindow::exportTable)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_E));
    file->addAction(MainWindow::tr("Export a &department's tables…"), &w, &MainWindow::exportDepartment);
    file->addAction(MainWindow::tr("Export the whole &round…"), &w, &MainWindow::exportRound);
    file->addAction(MainWindow::tr("Export the &national workbook…"), &w, &MainWindow::exportNational);
    file->addSeparator();
    QAction* printTable = file->addAction(MainWindow::tr("&Print this table…"), &w, [&w] {
        if (w.m_session && w.m_pane->model() && !w.m_pane->model()->table().code.isEmpty())
            PrintActions::previewTable(&w, *w.m_session, w.m_pane->model()->table().code, w.m_pane->department());
    });
    printTable->setShortcut(QKeySequence::Print);
    file->addAction(MainWindow::tr("Print the &confirmation letter…"), &w, [&w] {
        if (w.m_session)
            PrintActions::previewLetter(&w, *w.m_session, w.m_pane->department());
    });
    file->addAction(MainWindow::tr("Save the confirmation letter as P&DF…"), &w, [&w] {
        if (w.m_session)
            LetterActions::askAndPrint(&w, *w.m_session, w.m_pane->department());
    });
    file->addAction(MainWindow::tr("Confirmation &letters and verification…"), &w, [&w] {
        if (!w.m_session)
            return;
        LettersDialog dialog(*w.m_session, &w);
        dialog.exec();
    });
    file->addAction(MainWindow::tr("Send the package &back…"), &w, [&w] {
        if (w.m_session)
            PackageActions::askAndReturn(&w, *w.m_session);
    });
    file->addAction(MainWindow::tr("Print the &return notice…"), &w, [&w] {
        if (w.m_session)
            PrintActions::previewNotice(&w, *w.m_session, w.m_pane->department());
    });
    file->addSeparator();
    QAction* quit = file->addAction(MainWindow::tr("E&xit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* edit = w.menuBar()->addMenu(MainWindow::tr("&Edit"));
    w.m_undo = edit->addAction(MainWindow::tr("&Undo"), w.m_undoGroup, &QUndoGroup::undo);
    w.m_undo->setShortcut(QKeySequence::Undo);
    w.m_undo->setEnabled(false);
    w.m_redo = edit->addAction(MainWindow::tr("&Redo"), w.m_undoGroup, &QUndoGroup::redo);
    QList<QKeySequence> redoKeys = {QKeySequence(Qt::CTRL | Qt::Key_Y)}; // Excel's key, plus the platform's
    for (const QKeySequence& k : QKeySequence::keyBindings(QKeySequence::Redo)) {
        if (!redoKeys.contains(k))
            redoKeys.append(k);
    }
    w.m_redo->setShortcuts(redoKeys);
    w.m_redo->setEnabled(false);
    edit->addSeparator();
    auto gridAction = [&w, edit](const QString& text, const QKeySequence& key, void (GridView::*slot)()) {
        QAction* a = edit->addAction(text, &w, [&w, slot] { (w.grid()->*slot)(); });
        a->setShortcut(key);
        a->setShortcutContext(Qt::WidgetWithChildrenShortcut);
        w.grid()->addAction(a);
        return a;
    };
    gridAction(MainWindow::tr("&Copy"), QKeySequence::Copy, &GridView::copySelection);
    gridAction(MainWindow::tr("&Paste"), QKeySequence::Paste, &GridView::pasteClipboard);
    gridAction(MainWindow::tr("Fill &down"), QKeySequence(Qt::CTRL | Qt::Key_D), &GridView::fillDown);
    gridAction(MainWindow::tr("C&lear cells"), QKeySequence(Qt::Key_Delete), &GridView::clearSelectedCells);
    edit->addSeparator();
    QAction* insert = edit->addAction(MainWindow::tr("&Insert row"), &w, &MainWindow::appendRow);
    insert->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Plus));
    QAction* remove = edit->addAction(MainWindow::tr("Delete ro&ws"), &w, &MainWindow::deleteSelectedRows);
    remove->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_Minus));
    edit->addSeparator();
    QAction* find = edit->addAction(MainWindow::tr("&Find…"), &w, [&w] {
        w.m_pane->findBox()->setFocus();
        w.m_pane->findBox()->selectAll();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu* view = w.menuBar()->addMenu(MainWindow::tr("&View"));
    QAction* fit = view->addAction(MainWindow::tr("&Fit columns"), &w, [&w] { w.grid()->fitColumns(); });
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction* help = view->addAction(MainWindow::tr("Field &help"), &w, [&w] { w.m_help->parentWidget()->show(); });
    help->setShortcut(QKeySequence(Qt::Key_F1));
    view->addAction(MainWindow::tr("&Refresh tasks"), &w, &MainWindow::reloadTasks)->setShortcut(QKeySequence::Refresh);
    view->addAction(MainWindow::tr("&Progress of the round…"), &w, &MainWindow::showDashboard)
        ->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    view->addAction(MainWindow::tr("Round &approval and chart…"), &w, &MainWindow::showLeadershipView);
    // The language of the program and of Qt's own dialogs: Chinese by default, English for
    // whoever needs it; it applies from the next start.
    QMenu* language = view->addMenu(MainWindow::tr("&Language"));
    auto* languages = new QActionGroup(language);
    for (const auto& entry : {std::pair {QStringLiteral("zh_CN"), QStringLiteral("中文")},
             std::pair {QStringLiteral("en"), QStringLiteral("English")}}) {
        const QString code = entry.first; // a copy: C++17 lambdas cannot capture a structured binding
        QAction* a = language->addAction(entry.second);
        a->setCheckable(true);
        a->setChecked(UiSettings::language() == code);
        languages->addAction(a);
        QObject::connect(a, &QAction::triggered, &w, [&w, code] {
            UiSettings::setLanguage(code);
            w.statusBar()->showMessage(MainWindow::tr("The language changes when Caiji starts again."), 8000);
        });
    }

    QMenu* data = w.menuBar()->addMenu(MainWindow::tr("&Data"));
    QAction* check = data->addAction(MainWindow::tr("&Check this round"), &w, [&w] {
        w.m_quality->parentWidget()->show();
        w.m_quality->startValidation();
    });
    check->setShortcut(QKeySequence(Qt::Key_F9));

    // The office's administration: the division of the tables and the accounts. Others are told
    // why not when they ask.
    QMenu* admin = w.menuBar()->addMenu(MainWindow::tr("&Administration"));
    // Each entry is the office's: others are told which right they lack when they ask.
    auto officeAction = [&w, admin](const QString& text, std::function<void()> run) {
        admin->addAction(text, &w, [&w, run] {
            if (!w.m_session)
                return;
            const QString refused = w.m_session->denial(Action::Administer);
            if (!refused.isEmpty()) {
                Notices::refusal(&w, refused, {});
                return;
            }
            run();
        });
    };
    officeAction(MainWindow::tr("&Division of the tables…"), [&w] {
        auto* editor = new DivisionEditor(w.m_session->gateway(), &w);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(&w, &MainWindow::sessionChanging, editor, &QWidget::close);
        editor->show();
    });
    officeAction(MainWindow::tr("&Accounts…"), [&w] {
        AccountsDialog dialog(*w.m_ws, w.m_session->policy(), &w);
        dialog.exec();
    });
    admin->addSeparator();
    officeAction(MainWindow::tr("Issue a department &package…"),
        [&w] { PackageActions::askAndExport(&w, *w.m_session, w.m_pane->department()); });
    // The office decides a merge's conflicts in the grid too, on the cells it marks.
    auto* conflicts = new ConflictCellMenu(&w);
    w.m_pane->setCellMenuExtension([&w, conflicts](QMenu& menu, const QModelIndex& index) {
        if (!w.m_session || !w.rowModel())
            return;
        const Table& t = w.rowModel()->table();
        conflicts->addTo(menu, w.m_session->gateway(), t.code, index.data(TableRowModel::RowIdRole).toString(),
            index.column() < t.fields.size() ? t.fields[index.column()].key : QString());
    });
    QObject::connect(conflicts, &ConflictCellMenu::decided, &w, &MainWindow::markComments);
    officeAction(MainWindow::tr("&Merge returned packages…"), [&w, conflicts] {
        // Not modal: the office looks at a conflict's row in the grid beside it.
        auto* dialog = new MergeDialog(*w.m_session, &w);
        dialog->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(&w, &MainWindow::sessionChanging, dialog, &QWidget::close);
        QObject::connect(dialog, &MergeDialog::jumpRequested, &w, &MainWindow::jumpTo);
        QObject::connect(conflicts, &ConflictCellMenu::decided, dialog, &MergeDialog::reloadConflicts);
        // The merge wrote through a worker's connection: the open table reads its rows again.
        QObject::connect(dialog, &QDialog::finished, &w, [&w] {
            if (w.m_pane->model())
                w.m_pane->model()->refresh();
            w.reloadTasks();
            w.markComments();
        });
        dialog->show();
    });
    admin->addSeparator();
    officeAction(MainWindow::tr("Printout &templates…"), [&w] {
        TemplatesDialog dialog(*w.m_ws, w.m_session->policy(), &w);
        dialog.exec();
    });

    QMenu* about = w.menuBar()->addMenu(MainWindow::tr("&Help"));
    about->addAction(MainWindow::tr("&About Caiji"), &w, [&w] {
        QMessageBox::about(&w, MainWindow::tr("About Caiji"),
            MainWindow::tr("<h3>Caiji %1</h3><p>Status data collection workbench for higher vocational "
                           "colleges: collect, check, confirm, review and report the 人才培养工作状态数据.</p>")
                .arg(QApplication::applicationVersion()));
    });
}

} // namespace caiji
