#pragma once

#include "core/validation/Explanations.h"
#include "core/validation/Finding.h"
#include "core/workflow/TaskOverview.h"

#include <QCoreApplication>

#include <QStandardItemModel>

namespace caiji {

class AccessPolicy;
class Workspace;

/// The task tree: round → department → category → table, each table with its state and row
/// count and each department with its totals.
class TaskTreeModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Role
    {
        TableCodeRole = Qt::UserRole + 1,
        DepartmentRole,
        RoundRole,
        FullNameRole, ///< a task's 表号 and full table name
        LeadRole, ///< whether the department leads the table
        DeadlineRole, ///< a task's deadline in words (days left, or overdue)
    };
    enum Column
    {
        NameColumn,
        StateColumn,
        RowsColumn,
        ProblemsColumn,
    };

    explicit TaskTreeModel(QObject* parent = nullptr);

    /// Rebuilds the tree from the workspace; returns false with error on a database problem.
    /// The tasks of the round that the account of `policy` sees.
    bool reload(Workspace& ws, int round, const AccessPolicy& policy, QString* error);
    /// Every task of the round as the last reload read it (other views of the tasks share it
    /// rather than counting every table's rows again).
    const QVector<TaskRow>& tasks() const { return m_all; }
    /// Shows validation results: errors and warnings per task, summed per department.
    /// Shows each task's errors and the warnings still to explain (an accepted explanation
    /// counts as explained), summed up the tree.
    void setFindings(const QVector<Finding>& findings, const QHash<QString, Explanation>& explanations = {});

private:
    /// A task's tooltip: full name, state, rows, problems, whether the department leads it.
    QString taskTip(const QStandardItem* name, const QString& problems) const;
    QVector<TaskRow> m_all;
};

} // namespace caiji
