#pragma once

#include <QCoreApplication>
#include <QStandardItemModel>

namespace caiji {

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
    };
    enum Column
    {
        NameColumn,
        StateColumn,
        RowsColumn,
    };

    explicit TaskTreeModel(QObject* parent = nullptr);

    /// Rebuilds the tree from the workspace; returns false with error on a database problem.
    bool reload(Workspace& ws, int round, QString* error);
};

} // namespace caiji
