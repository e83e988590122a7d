#pragma once

#include "core/validation/FindingTally.h"
#include "core/workflow/TaskOverview.h"

#include <QAbstractTableModel>
#include <QDate>

namespace caiji {

class AccessPolicy;
class Workspace;

/// The supervision office's view of a round: one row per department, one column per table,
/// each cell a task coloured by its state, overdue ones marked, with rows, deadline and problems
/// in its tooltip; the first column says how far the department is.
class TaskMatrixModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        TableRole = Qt::UserRole + 1, ///< table code of the cell's task (empty: no task)
        DepartmentRole, ///< department code of the row
        StateRole, ///< TaskState as int
        OverdueRole, ///< bool
    };
    /// Which tasks are shown; the others' cells stay empty.
    enum class Filter
    {
        All,
        Overdue,
        WaitingForOffice, ///< confirmed (without a domain review left) or domain-reviewed
        Returned,
        Problems, ///< errors or open warnings
    };

    explicit TaskMatrixModel(QObject* parent = nullptr);

    bool reload(Workspace& ws, int round, const AccessPolicy& policy, QString* error);
    /// Problem counts from the last validation.
    void setTallies(const QHash<QString, FindingTally>& tallies);
    void setFilter(Filter f);
    /// "n tasks: a 未开始, b 填报中 …; late: departments" for the line under the matrix.
    QString summary() const;
    /// The department codes of rows, in order.
    QStringList departments() const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    struct Cell
    {
        TaskRow task;
        QDate deadline;
        int openComments = 0;
        bool present = false;
    };
    const Cell* cell(const QModelIndex& index) const;
    bool overdue(const Cell& c) const;
    bool shown(const Cell& c) const;

    QVector<QPair<QString, QString>> m_departments; ///< code, name
    QVector<QPair<QString, QString>> m_tables; ///< code, name
    QHash<QString, Cell> m_cells; ///< "table|department"
    QHash<QString, FindingTally> m_tallies;
    Filter m_filter = Filter::All;
    QDate m_today;
};

} // namespace caiji
