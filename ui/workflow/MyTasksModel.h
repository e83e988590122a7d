#pragma once

#include "core/validation/FindingTally.h"
#include "core/workflow/TaskOverview.h"
#include "core/workflow/TaskTransitions.h"

#include <QAbstractTableModel>
#include <QDate>

namespace caiji {

class WriteGateway;

/// 我的任务: the tasks of the signed-in account's department with their state, deadline, working
/// days left, rows, problems and open comments, and the step it may take next; tasks of other
/// departments only where the account has a step to take (a domain reviewer's, the office's).
/// What waits for the account comes first, then the overdue, then by deadline.
class MyTasksModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        TableColumn,
        DepartmentColumn,
        StateColumn,
        DeadlineColumn,
        DaysLeftColumn,
        RowsColumn,
        ProblemsColumn,
        CommentsColumn,
        NextColumn,
        ColumnCount
    };
    enum Role
    {
        TableRole = Qt::UserRole + 1, ///< table code
        DepartmentRole, ///< department code
        NextActionRole, ///< int of the TaskAction to take next; invalid when none
        OverdueRole, ///< bool
    };

    explicit MyTasksModel(QObject* parent = nullptr);

    bool reload(WriteGateway& gateway, int round, QString* error);
    /// The same from the round's tasks already read (TaskOverview::load).
    bool reload(WriteGateway& gateway, int round, const QVector<TaskRow>& all, QString* error);
    /// Problem counts from the last validation, per "table|department".
    void setTallies(const QHash<QString, FindingTally>& tallies);
    /// Only the tasks that wait for the account (a step it may take).
    void setOnlyWaiting(bool only);
    bool onlyWaiting() const { return m_onlyWaiting; }
    /// "n tasks, m wait for you (k to confirm …), o overdue".
    QString summary() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Entry
    {
        TaskRow task;
        QDate deadline;
        int daysLeft = 0;
        bool overdue = false;
        int openComments = 0;
        bool hasNext = false;
        TaskAction next = TaskAction::Submit; ///< the step forward (not a return or an unlock)
    };
    void applyFilter();

    QVector<Entry> m_all;
    QVector<const Entry*> m_shown;
    QHash<QString, FindingTally> m_tallies;
    bool m_onlyWaiting = false;
};

} // namespace caiji
