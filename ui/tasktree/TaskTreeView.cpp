#include "TaskTreeView.h"

#include "TaskTreeModel.h"

#include <QHeaderView>
#include <QSet>

#include <functional>

namespace caiji {

namespace {
// A row's place as people see it (round/department/category/table), stable across reloads.
QString pathOf(const QModelIndex& i)
{
    QStringList parts;
    for (QModelIndex p = i; p.isValid(); p = p.parent())
        parts.prepend(p.data().toString());
    return parts.join(QLatin1Char('/'));
}
} // namespace

TaskTreeView::TaskTreeView(TaskTreeModel* model, QWidget* parent)
    : QTreeView(parent)
    , m_model(model)
{
    setObjectName(QStringLiteral("taskTree"));
    setModel(model);
    setUniformRowHeights(true);
    // Little indentation and short counts leave the names room.
    setIndentation(12);
    header()->setStretchLastSection(false);
    header()->setSectionResizeMode(TaskTreeModel::NameColumn, QHeaderView::Stretch);
    for (int c : {TaskTreeModel::StateColumn, TaskTreeModel::RowsColumn, TaskTreeModel::ProblemsColumn})
        header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
}

void TaskTreeView::expandDepartment(const QString& department)
{
    expandToDepth(0);
    const QModelIndex round = m_model->index(0, 0);
    for (int r = 0; r < m_model->rowCount(round); ++r) {
        const QModelIndex d = m_model->index(r, 0, round);
        if (!department.isEmpty() && d.data(TaskTreeModel::DepartmentRole).toString() == department)
            expandRecursively(d);
    }
}

bool TaskTreeView::reloadKeepingState(const std::function<bool()>& reload, const QString& department)
{
    QSet<QString> expanded;
    std::function<void(const QModelIndex&)> collect = [&](const QModelIndex& parent) {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex i = m_model->index(r, 0, parent);
            if (isExpanded(i)) {
                expanded.insert(pathOf(i));
                collect(i);
            }
        }
    };
    collect(QModelIndex());
    const QString table = currentIndex().data(TaskTreeModel::TableCodeRole).toString();
    const QString dept = currentIndex().data(TaskTreeModel::DepartmentRole).toString();
    if (!reload())
        return false;
    if (expanded.isEmpty()) {
        expandDepartment(department);
        return true;
    }
    std::function<void(const QModelIndex&)> restore = [&](const QModelIndex& parent) {
        for (int r = 0; r < m_model->rowCount(parent); ++r) {
            const QModelIndex i = m_model->index(r, 0, parent);
            if (expanded.contains(pathOf(i))) {
                expand(i);
                restore(i);
            }
            if (!table.isEmpty() && i.data(TaskTreeModel::TableCodeRole).toString() == table
                && i.data(TaskTreeModel::DepartmentRole).toString() == dept)
                setCurrentIndex(i);
        }
    };
    restore(QModelIndex());
    return true;
}

void TaskTreeView::resizeEvent(QResizeEvent* event)
{
    const int w = width();
    setColumnHidden(TaskTreeModel::ProblemsColumn, w < 330);
    setColumnHidden(TaskTreeModel::StateColumn, w < 270);
    setColumnHidden(TaskTreeModel::RowsColumn, w < 210);
    QTreeView::resizeEvent(event);
}

} // namespace caiji
