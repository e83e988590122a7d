#pragma once

#include <functional>

#include "core/edit/GridEditor.h"
#include "core/model/TableQuery.h"

#include <QWidget>

#include <memory>

class QLabel;
class QMenu;
class QLineEdit;
class QTimer;

namespace caiji {

class GridView;
class WaitingBar;
class TableRowModel;
class Workspace;
class WriteGateway;

/// The table shown: its title and read-only notice, a find box, and the grid with its model,
/// filters, sorting and editor. Keeps the tables opened before (their models and GridEditors,
/// so their undo steps and refused values) and shows them again as they were left; clean ones
/// beyond kKeepOpen are closed.
class TablePane : public QWidget
{
    Q_OBJECT

public:
    explicit TablePane(QWidget* parent = nullptr);
    ~TablePane() override;

    /// The signed-in workspace's write gateway (its workspace and policy), or nullptr to close.
    void setGateway(WriteGateway* gateway, int round);
    bool showTable(const QString& tableCode, const QString& department, QString* error);
    /// Closes every open table (another workspace, another account).
    void closeTable();
    /// Says again whether the shown task may be written (after its state or deadline moved).
    void refreshNotice();
    /// The department whose rows are shown (empty: every department's).
    QString department() const { return m_query.department; }
    /// Refused values waiting in all open tables (asked about before closing).
    int rejectedCount() const;
    static constexpr int kKeepOpen = 6;

    GridView* grid() const { return m_grid; }
    TableRowModel* model() const { return m_model; }
    GridEditor* editor() const { return m_editor; }
    QLineEdit* findBox() const { return m_find; }
    /// The strip shown while edits wait for another program's write.
    WaitingBar* waitingBar() const { return m_waiting; }
    /// "count / sum / average" of the selected cells, for the status bar.
    QString selectionSummary() const;
    QString readOnlyReason() const;
    void sortBy(int column, bool descending);
    /// 修改记录 of a cell (right-click); returns how many steps it lists, -1 for none.
    int showCellHistory(const QModelIndex& index, bool modal = true);
    /// Adds entries of the window's to a cell's menu (the office's merge decisions).
    using CellMenuExtension = std::function<void(QMenu& menu, const QModelIndex& index)>;
    void setCellMenuExtension(CellMenuExtension extension) { m_cellMenuExtension = std::move(extension); }
    /// The cell's menu as a right-click shows it (for tests, without showing it).
    void fillCellMenu(QMenu& menu, const QModelIndex& index);

signals:
    void tableChanged();
    void selectionSummaryChanged(const QString& text);
    void currentCellChanged(const QModelIndex& index);
    void undoStackChanged(QUndoStack* stack);

private:
    CellMenuExtension m_cellMenuExtension;
    /// Shows how to start on an empty table (or that the filters hide every row).
    void updateEmptyHint();
    void applyFilter(int column, const QString& text);
    void applyFind();
    void showHeaderMenu(const QPoint& pos);
    void showCellMenu(const QPoint& pos);
    void requery();
    /// Takes the shown table off the grid, keeping it open.
    void detach();
    void evict();

    struct OpenTable
    {
        QString key; ///< table code | department
        TableRowModel* model;
        GridEditor* editor;
        TableQuery query;
        QString find;
    };
    QVector<OpenTable> m_open; ///< the one shown first

    WriteGateway* m_gateway = nullptr;
    Workspace* m_ws = nullptr;
    int m_round = 0;
    TableQuery m_query;
    QLabel* m_title;
    QLabel* m_notice;
    WaitingBar* m_waiting;
    QLabel* m_emptyHint;
    QLineEdit* m_find;
    QTimer* m_findTimer;
    GridView* m_grid;
    TableRowModel* m_model = nullptr;
    GridEditor* m_editor = nullptr;
    bool m_fitted = false;
};

} // namespace caiji
