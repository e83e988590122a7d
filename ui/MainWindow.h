#pragma once

#include <QMainWindow>

#include <memory>

class QLabel;
class QTreeView;

namespace caiji {

class FieldHelpPane;
class GridView;
class TableRowModel;
class TaskTreeModel;
class Workspace;

/// The main window: the task tree on the left, the grid of the chosen table in the middle, the
/// field help on the right, the row count in the status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    explicit MainWindow(QWidget* parent = nullptr);
    ~MainWindow() override;

    /// Opens a workspace (path or postgresql:// URL); on failure shows nothing and returns false.
    bool openWorkspace(const QString& location, QString* error);
    /// Shows a table of the current round, optionally only one department's rows.
    bool showTable(const QString& tableCode, const QString& department = QString());

    Workspace* workspace() const { return m_ws.get(); }
    GridView* grid() const { return m_grid; }
    TableRowModel* rowModel() const { return m_rows; }
    TaskTreeModel* taskModel() const { return m_tasks; }
    QTreeView* taskView() const { return m_taskView; }
    FieldHelpPane* helpPane() const { return m_help; }

private:
    void buildMenus();
    void chooseWorkspace();
    void onTaskActivated(const QModelIndex& index);
    void updateRowCount();
    void updateHelp(int column);
    void showError(const QString& message);

    std::unique_ptr<Workspace> m_ws;
    int m_round = 0;
    TaskTreeModel* m_tasks;
    QTreeView* m_taskView;
    GridView* m_grid;
    TableRowModel* m_rows = nullptr;
    FieldHelpPane* m_help;
    QLabel* m_tableTitle;
    QLabel* m_countLabel;
};

} // namespace caiji
