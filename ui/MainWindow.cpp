#include "MainWindow.h"

#include "core/model/TableRowModel.h"
#include "core/storage/Directory.h"
#include "core/storage/Workspace.h"
#include "grid/GridView.h"
#include "help/FieldHelpPane.h"
#include "tasktree/TaskTreeModel.h"

#include <QApplication>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QSettings>
#include <QStatusBar>
#include <QTreeView>
#include <QVBoxLayout>

namespace caiji {

MainWindow::MainWindow(QWidget* parent)
    : QMainWindow(parent)
    , m_tasks(new TaskTreeModel(this))
    , m_taskView(new QTreeView(this))
    , m_grid(new GridView(this))
    , m_help(new FieldHelpPane(this))
    , m_tableTitle(new QLabel(this))
    , m_countLabel(new QLabel(this))
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Caiji — status data collection workbench"));
    resize(1360, 820);

    auto* central = new QWidget(this);
    auto* layout = new QVBoxLayout(central);
    layout->setContentsMargins(6, 6, 6, 0);
    m_tableTitle->setObjectName(QStringLiteral("tableTitle"));
    QFont titleFont = m_tableTitle->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.2);
    titleFont.setBold(true);
    m_tableTitle->setFont(titleFont);
    m_tableTitle->setText(tr("Choose a table in the task tree"));
    layout->addWidget(m_tableTitle);
    layout->addWidget(m_grid, 1);
    setCentralWidget(central);

    m_taskView->setObjectName(QStringLiteral("taskTree"));
    m_taskView->setModel(m_tasks);
    m_taskView->setUniformRowHeights(true);
    m_taskView->header()->setStretchLastSection(false);
    m_taskView->header()->setSectionResizeMode(TaskTreeModel::NameColumn, QHeaderView::Stretch);
    m_taskView->header()->setSectionResizeMode(TaskTreeModel::StateColumn, QHeaderView::ResizeToContents);
    m_taskView->header()->setSectionResizeMode(TaskTreeModel::RowsColumn, QHeaderView::ResizeToContents);
    auto* taskDock = new QDockWidget(tr("Tasks"), this);
    taskDock->setObjectName(QStringLiteral("taskDock"));
    taskDock->setWidget(m_taskView);
    taskDock->setFeatures(QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, taskDock);
    resizeDocks({taskDock}, {420}, Qt::Horizontal);

    auto* helpDock = new QDockWidget(tr("Field help"), this);
    helpDock->setObjectName(QStringLiteral("helpDock"));
    helpDock->setWidget(m_help);
    helpDock->setFeatures(QDockWidget::DockWidgetMovable | QDockWidget::DockWidgetClosable);
    addDockWidget(Qt::RightDockWidgetArea, helpDock);
    resizeDocks({helpDock}, {300}, Qt::Horizontal);

    m_countLabel->setObjectName(QStringLiteral("rowCount"));
    statusBar()->addPermanentWidget(m_countLabel);

    connect(m_taskView, &QTreeView::activated, this, &MainWindow::onTaskActivated);
    connect(m_taskView, &QTreeView::clicked, this, &MainWindow::onTaskActivated);
    connect(m_grid, &GridView::currentColumnChanged, this, &MainWindow::updateHelp);
    buildMenus();
}

MainWindow::~MainWindow()
{
    // The model's loader thread holds a connection to the workspace: stop it first.
    delete m_rows;
    m_rows = nullptr;
}

void MainWindow::buildMenus()
{
    QMenu* file = menuBar()->addMenu(tr("&File"));
    QAction* open = file->addAction(tr("&Open workspace…"), this, &MainWindow::chooseWorkspace);
    open->setShortcut(QKeySequence::Open);
    file->addSeparator();
    QAction* quit = file->addAction(tr("E&xit"), qApp, &QApplication::closeAllWindows);
    quit->setShortcut(QKeySequence::Quit);

    QMenu* view = menuBar()->addMenu(tr("&View"));
    QAction* fit = view->addAction(tr("&Fit columns"), m_grid, &GridView::fitColumns);
    fit->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_0));
    QAction* help = view->addAction(tr("Field &help"), m_help, [this] { m_help->parentWidget()->show(); });
    help->setShortcut(QKeySequence(Qt::Key_F1));

    QMenu* about = menuBar()->addMenu(tr("&Help"));
    about->addAction(tr("&About Caiji"), this, [this] {
        QMessageBox::about(this, tr("About Caiji"),
                           tr("<h3>Caiji %1</h3><p>Status data collection workbench for higher vocational "
                              "colleges: collect, check, confirm, review and report the 人才培养工作状态数据.</p>")
                               .arg(QApplication::applicationVersion()));
    });
}

void MainWindow::showError(const QString& message)
{
    QMessageBox::warning(this, tr("Caiji"), message);
}

void MainWindow::chooseWorkspace()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Open workspace"), QString(),
                                                      tr("Caiji workspaces (*.caiji);;All files (*)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!openWorkspace(path, &error))
        showError(error);
}

bool MainWindow::openWorkspace(const QString& location, QString* error)
{
    auto ws = Workspace::open(location, error);
    if (!ws)
        return false;
    delete m_rows;
    m_rows = nullptr;
    m_ws = std::move(ws);
    m_round = Directory(*m_ws).latestRound().year;
    if (!m_tasks->reload(*m_ws, m_round, error))
        return false;
    m_taskView->expandToDepth(0);
    m_rows = new TableRowModel(*m_ws, this);
    m_grid->setRowModel(m_rows);
    connect(m_rows, &TableRowModel::countStateChanged, this, &MainWindow::updateRowCount);
    connect(m_rows, &TableRowModel::rowsInserted, this, &MainWindow::updateRowCount);
    connect(m_rows, &TableRowModel::loadFailed, this, &MainWindow::showError);
    setWindowTitle(tr("%1 — Caiji").arg(m_ws->location().displayName()));
    QSettings().setValue(QStringLiteral("workspace/last"), location);
    statusBar()->showMessage(tr("Opened %1 (catalog %2)").arg(m_ws->location().displayName(), m_ws->catalog().name), 5000);
    return true;
}

bool MainWindow::showTable(const QString& tableCode, const QString& department)
{
    if (!m_ws || !m_rows)
        return false;
    const Table* t = m_ws->catalog().table(tableCode);
    if (!t)
        return false;
    TableQuery q;
    q.table = *t;
    q.round = m_round;
    q.department = department;
    m_rows->setQuery(q);
    QString deptName;
    Department d;
    if (!department.isEmpty() && Directory(*m_ws).findDepartment(department, &d))
        deptName = d.name;
    m_tableTitle->setText(deptName.isEmpty() ? t->title() : tr("%1 — %2").arg(t->title(), deptName));
    m_tableTitle->setToolTip(QStringLiteral("%1 · %2").arg(tableKindDisplayName(t->kind), periodDisplayName(t->period)));
    for (int c = 0; c < t->fields.size(); ++c)
        m_grid->setColumnWidth(c, qBound(72, m_grid->fontMetrics().horizontalAdvance(t->fields[c].headerLabel()) + 28, 260));
    m_help->showField(m_ws->catalog(), *t, 0);
    updateRowCount();
    return true;
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
    if (!m_rows) {
        m_countLabel->clear();
        return;
    }
    const QString n = QLocale().toString(m_rows->rowCount());
    switch (m_rows->countState()) {
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

void MainWindow::updateHelp(int column)
{
    if (m_ws && m_rows)
        m_help->showField(m_ws->catalog(), m_rows->table(), column);
}

} // namespace caiji
