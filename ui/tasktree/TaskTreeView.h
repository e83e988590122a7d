#pragma once

#include <QTreeView>

namespace caiji {

class TaskTreeModel;

/// The task tree as people use it: the account's own department opened first, what was open
/// and selected kept when the model reloads, and count columns dropped on a narrow tree before
/// the table names are cut (the tooltips carry them all).
class TaskTreeView : public QTreeView
{
    Q_OBJECT

public:
    explicit TaskTreeView(TaskTreeModel* model, QWidget* parent = nullptr);

    /// Opens the round and `department` (listed first by the model).
    void expandDepartment(const QString& department);
    /// Rebuilds through `reload` (false: nothing changed) keeping expansion and selection; with
    /// nothing open before, opens `department`.
    bool reloadKeepingState(const std::function<bool()>& reload, const QString& department);

protected:
    void resizeEvent(QResizeEvent* event) override;

private:
    TaskTreeModel* m_model;
};

} // namespace caiji
