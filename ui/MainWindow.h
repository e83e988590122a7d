#pragma once

#include "core/edit/GridEditor.h"
#include "core/session/Session.h"

#include <QMainWindow>
#include <QPointer>
#include <QSet>

#include <memory>

class QLabel;
class QTreeView;
class QUndoGroup;
class QUndoStack;
class QTimer;

namespace caiji {

class FieldHelpPane;
class TaskTreeView;
class JobRunner;
class QualityConsole;
class GridView;
class TablePane;
class TaskPanel;
class MyTasksView;
class DashboardDialog;
class LeadershipView;
class TableRowModel;
class TaskTreeModel;
class Workspace;

/// The main window: the task tree on the left, the open table in the middle, the field help
/// on the right, the row count and selection sums in the status bar, and the menus.
class MainWindow : public QMainWindow
{
    Q_OBJECT
    friend class MainMenus;
    static constexpr int kWindowBusyTimeoutMs = 200;

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a workspace (path or postgresql:// URL) signed in as `who` (no login: the owner of
    /// an SQLite file); on failure returns false and the window keeps what it had open.
    bool openWorkspace(const QString& location, QString* error, const Credentials& who = Credentials());
    /// Asks who is working (LoginDialog) when the workspace has accounts, then opens it.
    /// login/password given (command line) skip the dialog.
    bool signInAndOpen(
        const QString& location, QString* error, const QString& login = QString(), const QString& password = QString());
    /// Shows a table of the current round, optionally only one department's rows.
    bool showTable(const QString& tableCode, const QString& department = QString());

    Workspace* workspace() const { return m_ws; }
    TablePane* tablePane() const { return m_pane; }
    TaskPanel* taskPanel() const { return m_taskPanel; }
    /// 我的任务: the department's tasks with their next step.
    MyTasksView* myTasks() const { return m_myTasks; }
    /// The office's (and leadership's) matrix of the round's tasks, opened or brought forward.
    DashboardDialog* showDashboard();
    /// The round's progress chart and its round-level steps (aggregate, approve, report).
    LeadershipView* showLeadershipView();

signals:
    /// The session is about to be replaced: windows holding it close.
    void sessionChanging();

public:
    GridView* grid() const;
    TableRowModel* rowModel() const;
    GridEditor* gridEditor() const;
    TaskTreeModel* taskModel() const { return m_tasks; }
    TaskTreeView* taskView() const { return m_taskView; }
    FieldHelpPane* helpPane() const { return m_help; }
    QualityConsole* qualityConsole() const { return m_quality; }
    /// Opens the table of a finding and puts the cursor on its cell.
    bool jumpTo(const QString& table, const QString& rowId, const QString& field, const QString& department);
    const Actor& actor() const;
    Session* session() const { return m_session.get(); }
    /// Signs in as another account on the open workspace, without reopening it.
    bool switchUser(const Credentials& who, QString* error);

private:
    void chooseWorkspace();
    void onTaskActivated(const QModelIndex& index);
    void updateRowCount();
    void updateHelp(const QModelIndex& index);
    void showError(const QString& message);
    void showRejected(const QVector<caiji::CellRejection>& rejected);
    void showConflicts(const QVector<caiji::EditConflict>& conflicts);
    void deleteSelectedRows();
    void appendRow();
    void connectTable();
    /// Marks the findings of the table shown in its grid (and lists them in the help pane).
    void markFindings();
    /// Marks the cells and rows the shown task's open comments are pinned to.
    void markComments();
    /// Sizes the window for the screen it starts on (1366×768 office PCs included).
    void fitToScreen();
    void reloadTasks();
    void afterRowsWritten(const QStringList& rowIds);
    /// Asks whether a key change is carried into the rows of other tables that use the key.
    bool askKeyChange(const QVector<KeyChange>& changes);
    /// Takes a signed-in workspace, replacing the one open (built first: a failed open never
    /// leaves the window without one).
    bool installSession(std::unique_ptr<Session> session, QString* error);
    void chooseUser();
    /// Asks before refused (unsaved) values are thrown away; true to go on.
    bool confirmDiscard();

protected:
    void closeEvent(QCloseEvent* event) override;

private:
public:
    /// Opens the import wizard for the open table (a test may pass the file); returns the
    /// wizard's result.
    int importIntoTable(const QString& file = QString());
    void exportTable();
    void exportNational();
    void exportDepartment();
    void exportRound();
    void showStatus(const QString& message);
    /// Renews this window's note beside an SQLite workspace (every WorkspacePresence::kRefreshMs)
    /// and warns, once, when another computer has it open in a way that is not safe.
    void checkSharing();
    /// The window's exports, run as jobs of jobs().
    class ExportActions exports();
    JobRunner* jobs() const { return m_jobs; }
    QUndoGroup* undoGroup() const { return m_undoGroup; }

private:
    std::unique_ptr<Session> m_session;
    Workspace* m_ws = nullptr; ///< the session's
    int m_round = 0;
    TaskTreeModel* m_tasks;
    TaskTreeView* m_taskView;
    TablePane* m_pane;
    TaskPanel* m_taskPanel;
    MyTasksView* m_myTasks;
    class QDockWidget* m_myTasksDock = nullptr;
    QPointer<DashboardDialog> m_dashboard;
    FieldHelpPane* m_help;
    QualityConsole* m_quality;
    QLabel* m_countLabel;
    QLabel* m_selectionLabel;
    QLabel* m_userLabel;
    JobRunner* m_jobs;
    QAction* m_undo = nullptr;
    QAction* m_redo = nullptr;
    QUndoGroup* m_undoGroup;
    QTimer* m_presenceTimer;
    QString m_sharingWarning; ///< the one shown last
};

} // namespace caiji
