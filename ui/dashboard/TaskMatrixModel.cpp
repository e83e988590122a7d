#include "TaskMatrixModel.h"

#include "core/auth/AccessPolicy.h"
#include "core/storage/Directory.h"
#include "core/storage/Workspace.h"
#include "core/workflow/Deadlines.h"
#include "core/workflow/TaskComments.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace caiji {

namespace {
// A short mark per state, readable in a cell 28 pixels wide, and a colour a person learns fast.
QString mark(TaskState s)
{
    switch (s) {
    case TaskState::NotStarted:
        return QStringLiteral("·");
    case TaskState::Filling:
        return TaskMatrixModel::tr("F", "task state mark: filling");
    case TaskState::Submitted:
        return TaskMatrixModel::tr("S", "task state mark: submitted");
    case TaskState::Confirmed:
        return TaskMatrixModel::tr("C", "task state mark: confirmed");
    case TaskState::DomainReviewed:
        return TaskMatrixModel::tr("R", "task state mark: domain reviewed");
    case TaskState::Accepted:
    case TaskState::Merged:
    case TaskState::Approved:
    case TaskState::Reported:
        return QStringLiteral("✓");
    case TaskState::Returned:
        return TaskMatrixModel::tr("B", "task state mark: returned");
    case TaskState::Revising:
        return TaskMatrixModel::tr("V", "task state mark: revising");
    }
    return QString();
}

QColor colour(TaskState s)
{
    switch (s) {
    case TaskState::NotStarted:
        return QColor(0xf2, 0xf2, 0xf2);
    case TaskState::Filling:
        return QColor(0xfd, 0xf1, 0xc8);
    case TaskState::Submitted:
        return QColor(0xd6, 0xe8, 0xfa);
    case TaskState::Confirmed:
    case TaskState::DomainReviewed:
        return QColor(0xc5, 0xd9, 0xf7);
    case TaskState::Returned:
        return QColor(0xf9, 0xd3, 0xcf);
    case TaskState::Revising:
        return QColor(0xf8, 0xc9, 0x8e);
    default:
        return QColor(0xcf, 0xee, 0xd2);
    }
}
} // namespace

TaskMatrixModel::TaskMatrixModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

bool TaskMatrixModel::reload(Workspace& ws, int round, const AccessPolicy& policy, QString* error)
{
    QVector<TaskRow> all;
    if (!TaskOverview::load(ws, round, &all, error))
        return false;
    const QVector<TaskRow> tasks = TaskOverview::visible(policy, ws.catalog(), all);
    const QHash<QString, QDate> deadlines = Deadlines(ws, round).all(error);
    const QHash<QString, int> comments = TaskComments(ws, round).openCounts(error);
    beginResetModel();
    m_today = QDate::currentDate();
    m_departments.clear();
    m_tables.clear();
    m_cells.clear();
    QSet<QString> departments;
    QSet<QString> tables;
    for (const TaskRow& t : tasks) {
        const QString key = t.tableCode + QLatin1Char('|') + t.departmentCode;
        m_cells.insert(key, {t, deadlines.value(key), comments.value(key), true});
        departments.insert(t.departmentCode);
        tables.insert(t.tableCode);
    }
    for (const Department& d : Directory(ws).departments()) {
        if (departments.contains(d.code))
            m_departments.append({d.code, d.name});
    }
    for (const Table& t : ws.catalog().tables) {
        if (tables.contains(t.code))
            m_tables.append({t.code, t.name});
    }
    endResetModel();
    return true;
}

void TaskMatrixModel::setTallies(const QHash<QString, FindingTally>& tallies)
{
    m_tallies = tallies;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

void TaskMatrixModel::setFilter(Filter f)
{
    m_filter = f;
    if (rowCount() > 0)
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
}

QStringList TaskMatrixModel::departments() const
{
    QStringList out;
    for (const auto& d : m_departments)
        out.append(d.first);
    return out;
}

int TaskMatrixModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_departments.size());
}

int TaskMatrixModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tables.size()) + 1;
}

const TaskMatrixModel::Cell* TaskMatrixModel::cell(const QModelIndex& index) const
{
    if (!index.isValid() || index.column() == 0 || index.row() >= m_departments.size())
        return nullptr;
    const auto it = m_cells.constFind(
        m_tables.at(index.column() - 1).first + QLatin1Char('|') + m_departments.at(index.row()).first);
    return it == m_cells.constEnd() ? nullptr : &*it;
}

bool TaskMatrixModel::overdue(const Cell& c) const
{
    const TaskState s = c.task.state;
    return c.deadline.isValid() && c.deadline < m_today && taskBeforeSubmission(s);
}

bool TaskMatrixModel::shown(const Cell& c) const
{
    const FindingTally t = m_tallies.value(FindingTally::taskKey(c.task.tableCode, c.task.departmentCode));
    switch (m_filter) {
    case Filter::All:
        return true;
    case Filter::Overdue:
        return overdue(c);
    case Filter::WaitingForOffice:
        return c.task.state == TaskState::Confirmed || c.task.state == TaskState::DomainReviewed;
    case Filter::Returned:
        return c.task.state == TaskState::Returned;
    case Filter::Problems:
        return t.errors > 0 || t.openWarnings() > 0;
    }
    return true;
}

QVariant TaskMatrixModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || index.row() >= m_departments.size())
        return {};
    const QString dept = m_departments.at(index.row()).first;
    if (role == DepartmentRole)
        return dept;
    if (index.column() == 0) {
        if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
            return {};
        int total = 0;
        int done = 0;
        int late = 0;
        for (const auto& t : m_tables) {
            const auto it = m_cells.constFind(t.first + QLatin1Char('|') + dept);
            if (it == m_cells.constEnd())
                continue;
            ++total;
            done += it->task.state == TaskState::Accepted ? 1 : 0;
            late += overdue(*it) ? 1 : 0;
        }
        const QString text = tr("%1  %2/%3").arg(m_departments.at(index.row()).second).arg(done).arg(total);
        return role == Qt::DisplayRole || late == 0 ? text : tr("%1; %n task(s) overdue", nullptr, late).arg(text);
    }
    const Cell* c = cell(index);
    if (!c)
        return role == TableRole ? QVariant(QString()) : QVariant();
    const bool visible = shown(*c);
    const FindingTally tally = m_tallies.value(FindingTally::taskKey(c->task.tableCode, c->task.departmentCode));
    switch (role) {
    case Qt::DisplayRole:
        return visible ? mark(c->task.state) : QString();
    case Qt::BackgroundRole:
        return visible ? QBrush(colour(c->task.state)) : QVariant();
    case Qt::ForegroundRole:
        return visible && (overdue(*c) || tally.errors > 0) ? QBrush(QColor(0xc0, 0x39, 0x2b)) : QVariant();
    case Qt::FontRole: {
        if (!visible || !overdue(*c))
            return {};
        QFont f;
        f.setBold(true);
        return f;
    }
    case Qt::TextAlignmentRole:
        return int(Qt::AlignCenter);
    case Qt::ToolTipRole: {
        QStringList lines = {c->task.tableCode + QLatin1Char(' ') + c->task.tableName, c->task.departmentName,
            taskStateDisplayName(c->task.state), tr("%n row(s)", nullptr, static_cast<int>(c->task.rowCount))};
        if (c->deadline.isValid())
            lines.append(overdue(*c) ? tr("Overdue since %1").arg(c->deadline.toString(Qt::ISODate))
                                     : tr("Due %1").arg(c->deadline.toString(Qt::ISODate)));
        if (tally.errors > 0 || tally.openWarnings() > 0)
            lines.append(tr("%1 error(s), %2 warning(s) to explain").arg(tally.errors).arg(tally.openWarnings()));
        if (c->openComments > 0)
            lines.append(tr("%n open comment(s)", nullptr, c->openComments));
        return lines.join(QLatin1Char('\n'));
    }
    case TableRole:
        return c->task.tableCode;
    case StateRole:
        return static_cast<int>(c->task.state);
    case OverdueRole:
        return overdue(*c);
    default:
        return {};
    }
}

QVariant TaskMatrixModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Vertical || section < 0 || section >= columnCount())
        return {};
    if (section == 0)
        return role == Qt::DisplayRole ? QVariant(tr("Department  accepted/tasks")) : QVariant();
    const auto& t = m_tables.at(section - 1);
    if (role == Qt::DisplayRole)
        return t.first;
    if (role == Qt::ToolTipRole)
        return t.first + QLatin1Char(' ') + t.second;
    return {};
}

QString TaskMatrixModel::summary() const
{
    QMap<int, int> byState;
    QStringList late;
    for (const Cell& c : m_cells) {
        ++byState[static_cast<int>(c.task.state)];
        if (overdue(c) && !late.contains(c.task.departmentName))
            late.append(c.task.departmentName);
    }
    QStringList parts;
    for (auto it = byState.constBegin(); it != byState.constEnd(); ++it)
        parts.append(tr("%1 %2").arg(taskStateDisplayName(static_cast<TaskState>(it.key()))).arg(it.value()));
    QString text = tr("%n task(s): ", nullptr, static_cast<int>(m_cells.size())) + parts.join(QStringLiteral("，"));
    if (!late.isEmpty())
        text += tr("; late: %1").arg(late.join(QStringLiteral("、")));
    return text;
}

} // namespace caiji
