#include "MyTasksModel.h"

#include "core/storage/Workspace.h"
#include "core/workflow/Deadlines.h"
#include "core/workflow/TaskComments.h"
#include "core/workflow/WorkCalendar.h"
#include "core/write/WriteGateway.h"

#include <QBrush>
#include <QColor>
#include <QFont>

#include <algorithm>

namespace caiji {

namespace {
/// The step that moves the task on, when the account has one; returns and unlocks are offered
/// on the task itself, where the reason can be typed.
bool forwardStep(const QVector<TaskAction>& offered, TaskAction* out)
{
    for (const TaskAction a : offered) {
        if (a != TaskAction::Return && a != TaskAction::Unlock) {
            *out = a;
            return true;
        }
    }
    return false;
}
} // namespace

MyTasksModel::MyTasksModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

bool MyTasksModel::reload(WriteGateway& gateway, int round, QString* error)
{
    QVector<TaskRow> all;
    return TaskOverview::load(gateway.workspace(), round, &all, error) && reload(gateway, round, all, error);
}

bool MyTasksModel::reload(WriteGateway& gateway, int round, const QVector<TaskRow>& all, QString* error)
{
    Workspace& ws = gateway.workspace();
    const QVector<TaskRow> tasks = TaskOverview::visible(gateway.policy(), ws.catalog(), all);
    const QHash<QString, QDate> deadlines = Deadlines(ws, round).all(error);
    const QHash<QString, int> comments = TaskComments(ws, round).openCounts(error);
    const WorkCalendar calendar = WorkCalendar::of(ws);
    const QDate today = QDate::currentDate();
    const QString own = gateway.actor().department;
    // Whether a task passes a domain reviewer depends on the table's lead department only
    // (unless the task is the lead's own): asked once per table.
    QHash<QString, bool> domainReview;
    QVector<Entry> entries;
    for (const TaskRow& t : tasks) {
        const Table* table = ws.catalog().table(t.tableCode);
        if (!table)
            continue;
        const bool mine = !own.isEmpty() && t.departmentCode == own;
        bool review = false;
        if (gateway.policy().leads(*table, t.departmentCode)) {
            review = false;
        } else {
            auto it = domainReview.constFind(table->code);
            if (it == domainReview.constEnd())
                it = domainReview.insert(table->code, gateway.hasDomainReview(*table, t.departmentCode));
            review = *it;
        }
        Entry e;
        e.task = t;
        e.hasNext = forwardStep(
            TaskTransitions::offered(gateway.policy(), *table, t.departmentCode, t.state, review), &e.next);
        if (!mine && !e.hasNext)
            continue;
        const QString key = FindingTally::taskKey(t.tableCode, t.departmentCode);
        e.deadline = deadlines.value(key);
        e.openComments = comments.value(key);
        if (e.deadline.isValid()) {
            e.daysLeft = calendar.workingDaysBetween(today, e.deadline);
            e.overdue = e.deadline < today && taskBeforeSubmission(t.state);
        }
        entries.append(e);
    }
    // What waits for the account first, then what is late, then by deadline; otherwise the
    // catalog's order (the overview's), which the stable sort keeps.
    std::stable_sort(entries.begin(), entries.end(), [](const Entry& a, const Entry& b) {
        if (a.hasNext != b.hasNext)
            return a.hasNext;
        if (a.overdue != b.overdue)
            return a.overdue;
        if (a.deadline.isValid() != b.deadline.isValid())
            return a.deadline.isValid();
        return a.deadline < b.deadline;
    });
    beginResetModel();
    m_all = std::move(entries);
    applyFilter();
    endResetModel();
    return true;
}

void MyTasksModel::applyFilter()
{
    m_shown.clear();
    for (const Entry& e : std::as_const(m_all)) {
        if (!m_onlyWaiting || e.hasNext)
            m_shown.append(&e);
    }
}

void MyTasksModel::setTallies(const QHash<QString, FindingTally>& tallies)
{
    m_tallies = tallies;
    if (!m_shown.isEmpty())
        emit dataChanged(index(0, ProblemsColumn), index(rowCount() - 1, ProblemsColumn));
}

void MyTasksModel::setOnlyWaiting(bool only)
{
    if (only == m_onlyWaiting)
        return;
    beginResetModel();
    m_onlyWaiting = only;
    applyFilter();
    endResetModel();
}

QString MyTasksModel::summary() const
{
    QHash<TaskAction, int> waiting;
    int overdue = 0;
    int waitingTotal = 0;
    for (const Entry& e : m_all) {
        if (e.hasNext) {
            ++waiting[e.next];
            ++waitingTotal;
        }
        if (e.overdue)
            ++overdue;
    }
    QStringList parts;
    for (const TaskAction a : {TaskAction::Submit, TaskAction::Confirm, TaskAction::Review, TaskAction::Accept}) {
        if (waiting.value(a) > 0)
            parts.append(tr("%1 %2", "action and count").arg(taskActionDisplayName(a)).arg(waiting.value(a)));
    }
    QString text = tr("%n task(s)", nullptr, static_cast<int>(m_all.size()));
    text += QStringLiteral("; ")
        + (waitingTotal == 0 ? tr("nothing waits for you")
                             : tr("%n wait(s) for you", nullptr, waitingTotal) + QStringLiteral(" (")
                    + parts.join(QStringLiteral("、")) + QLatin1Char(')'));
    if (overdue > 0)
        text += QStringLiteral("; ") + tr("%n overdue", nullptr, overdue);
    return text;
}

int MyTasksModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_shown.size());
}

int MyTasksModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant MyTasksModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const Entry& e = *m_shown.at(index.row());
    const TaskRow& t = e.task;
    const FindingTally tally = m_tallies.value(FindingTally::taskKey(t.tableCode, t.departmentCode));
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case TableColumn:
            return tr("%1 %2").arg(t.tableCode, t.tableName);
        case DepartmentColumn:
            return t.departmentName;
        case StateColumn:
            return taskStateDisplayName(t.state);
        case DeadlineColumn:
            return e.deadline.isValid() ? e.deadline.toString(Qt::ISODate) : QString();
        case DaysLeftColumn:
            if (!e.deadline.isValid() || !taskBeforeSubmission(t.state))
                return QString();
            return e.overdue ? tr("overdue") : QString::number(e.daysLeft);
        case RowsColumn:
            return t.rowCount;
        case ProblemsColumn:
            if (tally.errors == 0 && tally.openWarnings() == 0)
                return QString();
            return tr("%1 errors, %2 warnings").arg(tally.errors).arg(tally.openWarnings());
        case CommentsColumn:
            return e.openComments > 0 ? QVariant(e.openComments) : QVariant();
        case NextColumn:
            return e.hasNext ? taskActionDisplayName(e.next) : QString();
        }
        return QVariant();
    case Qt::ForegroundRole:
        if ((index.column() == DaysLeftColumn || index.column() == DeadlineColumn) && e.overdue)
            return QBrush(QColor(192, 57, 43));
        if (index.column() == ProblemsColumn && tally.errors > 0)
            return QBrush(QColor(192, 57, 43));
        if (index.column() == CommentsColumn && e.openComments > 0)
            return QBrush(QColor(120, 60, 200));
        return QVariant();
    case Qt::FontRole:
        if (e.hasNext && index.column() == TableColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        if (index.column() == RowsColumn || index.column() == DaysLeftColumn || index.column() == CommentsColumn)
            return QVariant::fromValue(Qt::AlignRight | Qt::AlignVCenter);
        return QVariant();
    case Qt::ToolTipRole:
        if (index.column() == TableColumn)
            return tr("%1 %2").arg(t.tableCode, t.tableName);
        return QVariant();
    case TableRole:
        return t.tableCode;
    case DepartmentRole:
        return t.departmentCode;
    case NextActionRole:
        return e.hasNext ? QVariant(static_cast<int>(e.next)) : QVariant();
    case OverdueRole:
        return e.overdue;
    default:
        return QVariant();
    }
}

QVariant MyTasksModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case TableColumn:
        return tr("Table");
    case DepartmentColumn:
        return tr("Department");
    case StateColumn:
        return tr("State");
    case DeadlineColumn:
        return tr("Deadline");
    case DaysLeftColumn:
        return tr("Working days left");
    case RowsColumn:
        return tr("Rows");
    case ProblemsColumn:
        return tr("Problems");
    case CommentsColumn:
        return tr("Open comments");
    case NextColumn:
        return tr("Next step");
    }
    return QVariant();
}

} // namespace caiji
