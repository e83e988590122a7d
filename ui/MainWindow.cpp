#include "MainWindow.h"

#include "dialogs/FileDialogs.h"

#include "MainMenus.h"
#include "auth/LoginDialog.h"
#include "core/auth/Accounts.h"
#include "core/exchange/PackageManifest.h"
#include "core/io/ImportCommand.h"
#include "core/jobs/JobRunner.h"
#include "core/model/TableRowModel.h"
#include "core/session/SummaryRefresh.h"
#include "core/storage/Directory.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspacePresence.h"
#include "core/validation/FindingTally.h"
#include "core/validation/FindingsModel.h"
#include "core/write/WriteGateway.h"
#include "dashboard/DashboardDialog.h"
#include "dashboard/LeadershipView.h"
#include "dialogs/Notices.h"
#include "dialogs/RejectedCellsDialog.h"
#include "grid/CellMarks.h"
#include "grid/GridView.h"
#include "grid/TablePane.h"
#include "help/FieldHelpPane.h"
#include "io/ExportActions.h"
#include "io/ImportWizard.h"
#include "quality/QualityConsole.h"
#include "settings/UiSettings.h"
#include "tasktree/TaskTreeModel.h"
#include "tasktree/TaskTreeView.h"
#include "workflow/MyTasksModel.h"
#include "workflow/MyTasksView.h"
#include "workflow/TaskPanel.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QSet>

#include <QGuiApplication>
#include <QScreen>
#include <QStatusBar>
#include <QTimer>
#include <QTreeView>
#include <QUndoGroup>
#include <QUndoStack>
#include <QVBoxLayout>
#include <functional>

#include <utility>

namespace caiji {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_tasks(new TaskTreeModel(this))
    , m_taskView(new TaskTreeView(m_tasks, this))
    , m_pane(new TablePane(this))
    , m_taskPanel(new TaskPanel(this))
    , m_myTasks(new MyTasksView(this))
    , m_help(new FieldHelpPane(this))
    , m_quality(new QualityConsole(this))
    , m_countLabel(new QLabel(this))
    , m_selectionLabel(new QLabel(this))
    , m_userLabel(new QLabel(this))
    , m_jobs(new JobRunner(this))
    , m_undoGroup(new QUndoGroup(this))
    , m_presenceTimer(new QTimer(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Caiji — status data collection workbench"));
    // The process strip of the task shown sits above its grid.
    auto* central = new QWidget(this);
    auto* column = new QVBoxLayout(central);
    column->setContentsMargins(0, 0, 0, 0);
    column->setSpacing(0);
    column->addWidget(m_taskPanel);
    column->addWidget(m_pane, 1);
    setCentralWidget(central);
    m_presenceTimer->setInterval(WorkspacePresence::kRefreshMs);
    connect(m_presenceTimer, &QTimer::timeout, this, &MainWindow::checkSharing);
    m_presenceTimer->start();
    // The task tree follows the gateway's tasksChanged; the grid's notice follows here.
    connect(m_taskPanel, &TaskPanel::moved, this, [this](const QString& message) {
        m_pane->refreshNotice();
        showStatus(message);
    });
    connect(m_taskPanel, &TaskPanel::refused, this,
        [this](const QString& message, const QStringList& details) { Notices::refusal(this, message, details); });
    connect(m_taskPanel, &TaskPanel::commentsChanged, this, &MainWindow::markComments);

    auto* taskDock = new QDockWidget(tr("Tasks"), this);
    taskDock->setObjectName(QStringLiteral("taskDock"));
    taskDock->setWidget(m_taskView);
    taskDock->setFeatures(QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, taskDock);

    auto* helpDock = new QDockWidget(tr("Field help"), this);
    helpDock->setObjectName(QStringLiteral("helpDock"));
    helpDock->setWidget(m_help);
    helpDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, helpDock);

    auto* qualityDock = new QDockWidget(tr("Data quality"), this);
    qualityDock->setObjectName(QStringLiteral("qualityDock"));
    qualityDock->setWidget(m_quality);
    qualityDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::BottomDockWidgetArea, qualityDock);
    // 我的任务 shares the bottom with the quality console; collectors and heads see it first.
    m_myTasksDock = new QDockWidget(tr("My tasks"), this);
    m_myTasksDock->setObjectName(QStringLiteral("myTasksDock"));
    m_myTasksDock->setWidget(m_myTasks);
    m_myTasksDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    tabifyDockWidget(qualityDock, m_myTasksDock);
    connect(m_myTasks, &MyTasksView::openTask, this, &MainWindow::showTable);
    connect(m_myTasks, &MyTasksView::stepRequested, this,
        [this](const QString& table, const QString& department, TaskAction action) {
            if (showTable(table, department))
                m_taskPanel->ask(action);
        });
    // Docks are resizable; their sizes and the window come back as the person left them. At
    // first start the window fits the screen, an office PC's 1366×768 included.
    for (QDockWidget* dock : {taskDock, helpDock, qualityDock})
        dock->setMinimumWidth(160);
    fitToScreen();
    // Dock sizes in proportion to the window, so that the grid keeps most of a small screen.
    resizeDocks(
        {taskDock, helpDock}, {qBound(200, width() / 4, 360), qBound(170, width() * 17 / 100, 260)}, Qt::Horizontal);
    resizeDocks({qualityDock}, {qBound(110, height() / 5, 180)}, Qt::Vertical);
    restoreGeometry(UiSettings::windowGeometry());
    restoreState(UiSettings::windowState());
    connect(m_quality, &QualityConsole::jumpRequested, this, &MainWindow::jumpTo);
    connect(m_quality, &QualityConsole::validated, this, [this](const QVector<Finding>& findings) {
        m_tasks->setFindings(findings, m_quality->findingsModel()->explanations());
    });
    connect(m_quality, &QualityConsole::validated, this, &MainWindow::markFindings);
    connect(m_quality, &QualityConsole::validated, this, [this](const QVector<Finding>& findings) {
        m_myTasks->model()->setTallies(FindingTally::perTask(findings, m_quality->findingsModel()->explanations()));
    });
    connect(m_quality, &QualityConsole::validationFailed, this,
        [this](const QString& e) { statusBar()->showMessage(e, 8000); });

    m_countLabel->setObjectName(QStringLiteral("rowCount"));
    m_selectionLabel->setObjectName(QStringLiteral("selectionSummary"));
    statusBar()->addPermanentWidget(m_selectionLabel);
    statusBar()->addPermanentWidget(m_userLabel);
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_taskView, &QTreeView::activated, this, &MainWindow::onTaskActivated);
    connect(m_taskView, &QTreeView::clicked, this, &MainWindow::onTaskActivated);
    connect(m_pane, &TablePane::currentCellChanged, this, &MainWindow::updateHelp);
    connect(m_pane, &TablePane::selectionSummaryChanged, m_selectionLabel, &QLabel::setText);
    connect(m_pane, &TablePane::tableChanged, this, &MainWindow::connectTable);
    // One undo stack per open table, in one group: Ctrl+Z undoes in the table shown.
    connect(m_pane, &TablePane::undoStackChanged, this, [this](QUndoStack* stack) {
        if (stack && !m_undoGroup->stacks().contains(stack)) {
            m_undoGroup->addStack(stack);
            connect(stack, &QUndoStack::indexChanged, this, [this] { updateHelp(grid()->currentIndex()); });
        }
        m_undoGroup->setActiveStack(stack);
    });
    MainMenus::build(*this);
    connect(m_undoGroup, &QUndoGroup::canUndoChanged, m_undo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::canRedoChanged, m_redo, &QAction::setEnabled);
    connect(m_undoGroup, &QUndoGroup::undoTextChanged, m_undo,
        [this](const QString& t) { m_undo->setText(tr("&Undo %1").arg(t)); });
    connect(m_undoGroup, &QUndoGroup::redoTextChanged, m_redo,
        [this](const QString& t) { m_redo->setText(tr("&Redo %1").arg(t)); });
}

MainWindow::~MainWindow()
{
    // The model's loader thread holds a connection to the workspace: close the table first,
    // without telling this half-destroyed window about it.
    disconnect(m_pane, nullptr, this, nullptr);
    m_jobs->cancel();
    m_jobs->wait();
    m_pane->closeTable();
}

GridView* MainWindow::grid() const
{
    return m_pane->grid();
}

TableRowModel* MainWindow::rowModel() const
{
    return m_pane->model();
}

GridEditor* MainWindow::gridEditor() const
{
    return m_pane->editor();
}

void MainWindow::showError(const QString& message)
{
    statusBar()->showMessage(message, 8000);
    QMessageBox::warning(this, tr("Caiji"), message);
}

bool MainWindow::confirmDiscard()
{
    const int refused = m_pane->rejectedCount();
    if (refused == 0)
        return true;
    return QMessageBox::question(this, tr("Refused values"),
               tr("%n value(s) you typed were refused and are not saved (marked red). Discard them?", nullptr, refused),
               QMessageBox::Discard | QMessageBox::Cancel, QMessageBox::Cancel)
        == QMessageBox::Discard;
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!confirmDiscard()) {
        event->ignore();
        return;
    }
    UiSettings::setWindowGeometry(saveGeometry());
    UiSettings::setWindowState(saveState());
    QMainWindow::closeEvent(event);
}

void MainWindow::fitToScreen()
{
    const QScreen* screen = QGuiApplication::primaryScreen();
    const QSize room = screen ? screen->availableSize() : QSize(1366, 728);
    // The size the layout was made for, or the whole screen where that is smaller.
    resize(qMin(1360, room.width()), qMin(820, room.height()));
}

void MainWindow::chooseWorkspace()
{
    if (!confirmDiscard())
        return;
    const QString path
        = FileDialogs::openFile(this, tr("Open workspace"), QString(), tr("Caiji workspaces (*.caiji);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!signInAndOpen(path, &error) && !error.isEmpty())
        showError(error);
}

bool MainWindow::signInAndOpen(const QString& location, QString* error, const QString& login, const QString& password)
{
    auto ws = Workspace::open(location, error);
    if (!ws)
        return false;
    Credentials who {login, password};
    if (login.isEmpty() && !Accounts(*ws).users().isEmpty()) {
        LoginDialog dialog(*ws, this);
        if (dialog.exec() != QDialog::Accepted) {
            if (error)
                error->clear();
            return false;
        }
        who = dialog.credentials();
    }
    // Signed in anew: on a PostgreSQL server with roles, as the account's own role.
    ws.reset();
    auto session = Session::open(location, who, error);
    return session && installSession(std::move(session), error);
}

bool MainWindow::openWorkspace(const QString& location, QString* error, const Credentials& who)
{
    auto session = Session::open(location, who, error);
    return session && installSession(std::move(session), error);
}

const Actor& MainWindow::actor() const
{
    static const Actor nobody;
    return m_session ? m_session->actor() : nobody;
}

bool MainWindow::installSession(std::unique_ptr<Session> session, QString* error)
{
    // The views let go of the old workspace before it closes.
    m_pane->setGateway(nullptr, 0);
    m_taskPanel->setGateway(nullptr, 0);
    m_myTasks->setGateway(nullptr, 0);
    delete m_dashboard; // it holds the session going away
    emit sessionChanging();
    m_quality->setWorkspace(nullptr, 0, nullptr);
    m_session = std::move(session);
    m_ws = &m_session->workspace();
    // The window never blocks long on another program's write: its edits wait in the grid.
    m_ws->setBusyTimeout(kWindowBusyTimeoutMs);
    m_session->recomputeSummariesInBackground();
    connect(m_session->summaries(), &SummaryRefresh::recomputed, this, [this](const QStringList& tables) {
        if (rowModel() && tables.contains(rowModel()->table().code))
            rowModel()->refresh();
    });
    connect(m_session->summaries(), &SummaryRefresh::failed, this,
        [this](const QString& e) { statusBar()->showMessage(e, 8000); });
    m_round = m_session->round();
    m_pane->setGateway(&m_session->gateway(), m_round);
    m_taskPanel->setGateway(&m_session->gateway(), m_round);
    m_myTasks->setGateway(&m_session->gateway(), m_round);
    if (m_session->actor().isOffice())
        m_quality->parentWidget()->raise();
    else
        m_myTasksDock->raise();
    // Whatever wrote (an import, a paste, a computed summary), the task tree follows.
    connect(&m_session->gateway().feed(), &ChangeFeed::tasksChanged, this, &MainWindow::reloadTasks);
    connect(&m_session->gateway().feed(), &ChangeFeed::changed, this, [this](const ChangeEvent& e) {
        if (e.rowsAddedOrRemoved)
            reloadTasks();
    });
    if (!m_tasks->reload(*m_ws, m_round, m_session->policy(), error))
        return false;
    m_taskView->expandDepartment(m_session->actor().department);
    m_quality->setWorkspace(m_ws, m_round, m_session->sharedPolicy());
    // The round is checked in the background as soon as it opens: the task tree's problem
    // counts and the marks in the grid are there without pressing F9.
    m_quality->startValidation();
    const Actor& who = m_session->actor();
    QStringList roles;
    for (Role r : who.roles)
        roles.append(roleDisplayName(r));
    m_userLabel->setText(who.owner ? tr("User: %1 (workspace owner)").arg(who.login)
                                   : tr("User: %1 (%2)").arg(who.login, roles.join(QStringLiteral("、"))));
    // A department's package says so in the title, and how it goes back to the office.
    PackageManifest package;
    const bool isPackage = PackageManifest::read(m_ws->db(), &package, nullptr);
    setWindowTitle(isPackage ? tr("%1 — package of %2, round %3 — Caiji")
                                   .arg(m_ws->location().displayName(), package.departmentName)
                                   .arg(package.round)
                             : tr("%1 — Caiji").arg(m_ws->location().displayName()));
    UiSettings::setLastWorkspace(m_ws->location().displayName());
    statusBar()->showMessage(isPackage
            ? tr("Opened the package of %1: fill, check, submit and confirm here, then File, Send the package back.")
                  .arg(package.departmentName)
            : tr("Opened %1 (catalog %2)").arg(m_ws->location().displayName(), m_ws->catalog().name),
        isPackage ? 0 : 5000);
    m_sharingWarning.clear();
    checkSharing();
    return true;
}

void MainWindow::checkSharing()
{
    const QString warning = m_ws ? m_ws->refreshPresence() : QString();
    if (!warning.isEmpty() && warning != m_sharingWarning)
        Notices::sharing(this, warning);
    m_sharingWarning = warning;
}

bool MainWindow::switchUser(const Credentials& who, QString* error)
{
    if (!m_session)
        return false;
    Actor actor;
    if (!Session::authenticate(*m_ws, who, &actor, error))
        return false;
    m_pane->setGateway(nullptr, 0);
    m_taskPanel->setGateway(nullptr, 0);
    m_myTasks->setGateway(nullptr, 0);
    delete m_dashboard; // it holds the session going away
    emit sessionChanging();
    m_quality->setWorkspace(nullptr, 0, nullptr);
    if (!m_session->switchUser(who, error))
        return false;
    std::unique_ptr<Session> same = std::move(m_session);
    return installSession(std::move(same), error);
}

void MainWindow::chooseUser()
{
    if (!m_session || !confirmDiscard())
        return;
    LoginDialog dialog(*m_ws, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    QString error;
    if (!switchUser(dialog.credentials(), &error))
        showError(error);
}

bool MainWindow::showTable(const QString& tableCode, const QString& department)
{
    QString error;
    if (!m_pane->showTable(tableCode, department, &error)) {
        if (!error.isEmpty())
            showError(error);
        return false;
    }
    m_taskPanel->setTask(tableCode, m_pane->department());
    return true;
}

bool MainWindow::jumpTo(const QString& table, const QString& rowId, const QString& field, const QString& department)
{
    if (!m_ws)
        return false;
    if (!rowModel() || rowModel()->table().code != table || rowModel()->query().department != department) {
        if (!showTable(table, department))
            return false;
    }
    TableRowModel* model = rowModel();
    const int column = qMax(0, model->table().fieldIndex(field));
    if (rowId.isEmpty()) {
        grid()->setFocus();
        return true;
    }
    QString error;
    const int row = model->rowOfId(rowId, &error);
    if (row < 0) {
        statusBar()->showMessage(error.isEmpty() ? tr("That row is no longer in the table.") : error, 8000);
        return false;
    }
    auto go = [this, row, column] {
        const QModelIndex index = rowModel()->index(row, column);
        grid()->setCurrentIndex(index);
        grid()->scrollTo(index, QAbstractItemView::PositionAtCenter);
        grid()->setFocus();
    };
    if (model->countState() == TableRowModel::CountState::Complete) {
        go();
        return true;
    }
    // The table was just opened: go there once its row count is known.
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection
        = connect(model, &TableRowModel::countStateChanged, this, [connection, go](TableRowModel::CountState state) {
              if (state != TableRowModel::CountState::Complete)
                  return;
              QObject::disconnect(*connection);
              go();
          });
    return true;
}

void MainWindow::connectTable()
{
    TableRowModel* model = rowModel();
    GridEditor* editor = gridEditor();
    if (!model || !editor)
        return;
    connect(model, &TableRowModel::countStateChanged, this, &MainWindow::updateRowCount, Qt::UniqueConnection);
    connect(model, &TableRowModel::rowsInserted, this, &MainWindow::updateRowCount, Qt::UniqueConnection);
    connect(model, &TableRowModel::rowsRemoved, this, &MainWindow::updateRowCount, Qt::UniqueConnection);
    connect(model, &TableRowModel::loadFailed, this, &MainWindow::showError, Qt::UniqueConnection);
    connect(editor, &GridEditor::editFailed, this, &MainWindow::showError, Qt::UniqueConnection);
    connect(editor, &GridEditor::cellsRejected, this, &MainWindow::showRejected, Qt::UniqueConnection);
    connect(editor, &GridEditor::conflictsFound, this, &MainWindow::showConflicts, Qt::UniqueConnection);
    editor->setKeyChangeConfirmation([this](const QVector<KeyChange>& changes) { return askKeyChange(changes); });
    connect(editor, &GridEditor::rowsChanged, this, &MainWindow::reloadTasks, Qt::UniqueConnection);
    connect(editor, &GridEditor::rowsWritten, this, &MainWindow::afterRowsWritten, Qt::UniqueConnection);
    m_help->showField(m_ws->catalog(), model->table(), 0);
    markFindings();
    markComments();
    updateRowCount();
}

void MainWindow::markFindings()
{
    TableRowModel* model = rowModel();
    if (!model || !m_ws)
        return;
    model->setCellNotes(CellMarks::findings(model->table(), *m_quality->findingsModel()));
    updateHelp(grid()->currentIndex());
}

void MainWindow::markComments()
{
    TableRowModel* model = rowModel();
    if (!model)
        return;
    // The task's comments only where the grid shows the panel's task (the office's
    // all-department view has none); the merge's conflicts to the office.
    const bool task = model->query().department == m_pane->department() && !m_pane->department().isEmpty();
    WriteGateway* office = m_session && m_session->actor().isOffice() ? &m_session->gateway() : nullptr;
    model->setCellComments(
        CellMarks::comments(model->table(), task ? m_taskPanel->comments() : QVector<TaskComment>(), office));
}

bool MainWindow::askKeyChange(const QVector<KeyChange>& changes)
{
    qint64 rows = 0;
    QStringList lines;
    for (const KeyChange& k : changes) {
        rows += k.rows();
        lines.append(k.describe(m_ws->catalog(), m_session->policy().departmentNames()));
    }
    QMessageBox box(QMessageBox::Question, tr("Change a key other tables use"),
        tr("%n row(s) of other tables use the value being changed. Change them too, in the same step?", nullptr,
            static_cast<int>(rows)),
        QMessageBox::NoButton, this);
    box.setInformativeText(lines.join(QLatin1Char('\n')));
    QPushButton* carry = box.addButton(tr("Change them too"), QMessageBox::AcceptRole);
    box.addButton(tr("Leave the key as it is"), QMessageBox::RejectRole);
    box.setDefaultButton(carry);
    box.exec();
    return box.clickedButton() == carry;
}

void MainWindow::afterRowsWritten(const QStringList& rowIds)
{
    // Summaries and task states follow in core (the session's consequences); the findings
    // shown here are re-checked for the rows written.
    if (!rowModel() || !m_ws)
        return;
    if (!m_quality->findingsModel()->findings().isEmpty())
        m_quality->revalidateRows(rowModel()->table().code, rowIds);
}

int MainWindow::importIntoTable(const QString& file)
{
    TableRowModel* model = rowModel();
    GridEditor* editor = gridEditor();
    if (!m_ws || !model || !editor) {
        showError(tr("Open a table first: the import goes into the table shown."));
        return QDialog::Rejected;
    }
    const QString reason = editor->policy().tableReadOnlyReason(model->table());
    if (!reason.isEmpty()) {
        showError(reason);
        return QDialog::Rejected;
    }
    const Table& table = model->table();
    ImportWizard wizard(m_session->gateway(), table, m_round, editor->policy().newRowDepartment(table), this);
    if (!file.isEmpty())
        wizard.setFile(file);
    const int result = wizard.exec();
    if (result != QDialog::Accepted)
        return result;
    // The whole import is one step on the table's undo stack.
    QPointer<TableRowModel> guard(model);
    editor->undoStack()->push(new ImportCommand(
        m_session->gateway(), table, m_round, wizard.record(),
        tr("Import %1").arg(QFileInfo(wizard.fileName()).fileName()),
        [this](const QString& message) { statusBar()->showMessage(message, 10000); },
        [this, guard] {
            if (guard)
                guard->refresh();
            reloadTasks();
        }));
    // The import ran on a worker's connection: its consequences are in the workspace, and
    // this window reads them again.
    model->refresh();
    reloadTasks();
    statusBar()->showMessage(tr("Imported: %1 new, %2 changed, %3 removed rows.")
                                 .arg(wizard.plan().newRows)
                                 .arg(wizard.plan().changedRows)
                                 .arg(wizard.plan().removedRows),
        10000);
    return result;
}

void MainWindow::exportTable()
{
    if (TableRowModel* model = rowModel(); m_ws && model)
        showStatus(exports().exportTable(model->table().code, model->query().department));
}

void MainWindow::exportNational()
{
    if (m_ws)
        showStatus(exports().exportNational());
}

void MainWindow::exportDepartment()
{
    if (m_ws)
        showStatus(exports().exportDepartment());
}

void MainWindow::exportRound()
{
    if (m_ws)
        showStatus(exports().exportRound());
}

ExportActions MainWindow::exports()
{
    return ExportActions(
        *m_ws, m_round, m_session->policy(), *m_jobs, this, [this](const QString& message) { showStatus(message); });
}

void MainWindow::showStatus(const QString& message)
{
    if (!message.isEmpty())
        statusBar()->showMessage(message, 8000);
}

void MainWindow::reloadTasks()
{
    if (!m_ws)
        return;
    QString error;
    const bool ok = m_taskView->reloadKeepingState(
        [&] {
            if (!m_tasks->reload(*m_ws, m_round, m_session->policy(), &error))
                return false;
            m_tasks->setFindings(m_quality->findingsModel()->findings(), m_quality->findingsModel()->explanations());
            return true;
        },
        m_session->actor().department);
    if (!ok)
        statusBar()->showMessage(error, 8000);
    m_myTasks->reload(ok ? &m_tasks->tasks() : nullptr);
}

void MainWindow::onTaskActivated(const QModelIndex& index)
{
    const QString table = index.data(TaskTreeModel::TableCodeRole).toString();
    if (table.isEmpty())
        return;
    showTable(table, index.data(TaskTreeModel::DepartmentRole).toString());
}

void MainWindow::updateRowCount()
{
    TableRowModel* model = rowModel();
    if (!model) {
        m_countLabel->clear();
        return;
    }
    const QString n = QLocale().toString(model->rowCount());
    switch (model->countState()) {
    case TableRowModel::CountState::Unknown:
        m_countLabel->setText(tr("Counting rows…"));
        break;
    case TableRowModel::CountState::Partial:
        m_countLabel->setText(tr("At least %1 rows").arg(n));
        break;
    case TableRowModel::CountState::Complete:
        m_countLabel->setText(tr("%1 rows").arg(n));
        break;
    }
}

void MainWindow::updateHelp(const QModelIndex& index)
{
    if (!m_ws || !rowModel() || !index.isValid())
        return;
    m_help->showField(m_ws->catalog(), rowModel()->table(), index.column());
    const QString rejected = index.data(TableRowModel::RejectedRole).toString();
    if (!rejected.isEmpty())
        m_help->showProblem(tr("This value was not saved: %1").arg(rejected));
    const QString readOnly = index.data(TableRowModel::ReadOnlyReasonRole).toString();
    if (rejected.isEmpty() && !readOnly.isEmpty())
        m_help->showProblem(tr("Read only: %1").arg(readOnly));
    // Where a return's comment would be pinned, and the comments already pinned here.
    const QString rowId = index.data(TableRowModel::RowIdRole).toString();
    const Field& field = rowModel()->table().fields[index.column()];
    m_taskPanel->setCurrentCell(rowId, field.key, tr("row %1, %2").arg(index.row() + 1).arg(field.name));
    QStringList notes = m_taskPanel->commentsAt(rowId, field.key);
    notes += index.data(TableRowModel::NoteRole).toStringList();
    if (rejected.isEmpty() && readOnly.isEmpty() && !notes.isEmpty())
        m_help->showFindings(tr("Found in this cell"), notes,
            index.data(TableRowModel::NoteSeverityRole).toInt() == static_cast<int>(Severity::Error));
}

void MainWindow::showRejected(const QVector<CellRejection>& rejected)
{
    if (rejected.isEmpty() || !rowModel())
        return;
    if (rejected.size() == 1) {
        // One typed value: say why where the person looks, without a dialog in the way.
        const CellRejection& r = rejected.first();
        statusBar()->showMessage(tr("Not saved: %1").arg(r.reason), 10000);
        updateHelp(grid()->currentIndex());
        return;
    }
    RejectedCellsDialog dialog(rowModel()->table(), rejected, this);
    dialog.exec();
}

DashboardDialog* MainWindow::showDashboard()
{
    if (!m_session)
        return nullptr;
    if (!m_dashboard) {
        m_dashboard = new DashboardDialog(*m_session, this);
        connect(m_dashboard, &DashboardDialog::openTask, this, &MainWindow::showTable);
        connect(&m_session->gateway().feed(), &ChangeFeed::tasksChanged, m_dashboard, &DashboardDialog::reload);
    }
    m_dashboard->setTallies(
        FindingTally::perTask(m_quality->findingsModel()->findings(), m_quality->findingsModel()->explanations()));
    m_dashboard->reload();
    m_dashboard->show();
    m_dashboard->raise();
    return m_dashboard;
}

LeadershipView* MainWindow::showLeadershipView()
{
    if (!m_session)
        return nullptr;
    auto* view = new LeadershipView(*m_session, this);
    view->setAttribute(Qt::WA_DeleteOnClose);
    connect(this, &MainWindow::sessionChanging, view, &QWidget::close);
    view->show();
    return view;
}

void MainWindow::showConflicts(const QVector<EditConflict>& conflicts)
{
    if (rowModel())
        Notices::conflicts(this, rowModel()->table(), conflicts);
}

void MainWindow::appendRow()
{
    if (!gridEditor())
        return;
    QString error;
    if (!gridEditor()->appendRows(1, &error)) {
        if (!error.isEmpty())
            showError(error);
        return;
    }
    // Go to the new row once the count includes it.
    connect(
        rowModel(), &TableRowModel::countStateChanged, this,
        [this] {
            const int last = rowModel()->rowCount() - 1;
            grid()->setCurrentIndex(rowModel()->index(last, 0));
            grid()->scrollTo(rowModel()->index(last, 0));
        },
        Qt::SingleShotConnection);
}

void MainWindow::deleteSelectedRows()
{
    GridEditor* editor = gridEditor();
    if (!editor)
        return;
    const QVector<int> rows = grid()->selectedRowNumbers();
    if (rows.isEmpty())
        return;
    const auto usages = editor->usagesOf(rows);
    QString question = tr("Delete %n row(s)?", nullptr, static_cast<int>(rows.size()));
    if (!usages.isEmpty()) {
        QStringList where;
        for (const auto& [code, n] : usages) {
            const Table* t = m_ws->catalog().table(code);
            where.append(tr("%1 %2: %3 rows").arg(code, t ? t->name : QString()).arg(n));
        }
        question += QLatin1String("\n\n")
            + tr("These rows are used elsewhere; the rows using them will point at nothing:") + QLatin1Char('\n')
            + where.join(QLatin1Char('\n'));
    }
    if (QMessageBox::question(this, tr("Delete rows"), question) != QMessageBox::Yes)
        return;
    QString error;
    if (!editor->deleteRows(rows, &error) && !error.isEmpty())
        showError(error);
}

} // namespace caiji
