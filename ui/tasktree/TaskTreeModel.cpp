#include "TaskTreeModel.h"

#include "core/validation/FindingTally.h"

#include "core/storage/Directory.h"
#include "core/storage/Workspace.h"
#include "core/validation/Finding.h"
#include "core/workflow/Deadlines.h"
#include "core/workflow/TaskOverview.h"

#include <QBrush>
#include <QColor>

#include <algorithm>
#include <functional>

#include <QHash>
#include <QLocale>

namespace caiji {

TaskTreeModel::TaskTreeModel(QObject* parent)
    : QStandardItemModel(parent)
{
    setHorizontalHeaderLabels({tr("Task"), tr("State"), tr("Rows"), tr("Problems")});
}

namespace {
QList<QStandardItem*> makeRow(const QString& name, const QString& state, qint64 rows)
{
    auto* n = new QStandardItem(name);
    auto* s = new QStandardItem(state);
    auto* r = new QStandardItem(QLocale().toString(rows));
    r->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
    auto* p = new QStandardItem;
    for (QStandardItem* i : {n, s, r, p})
        i->setEditable(false);
    return {n, s, r, p};
}
} // namespace

QString TaskTreeModel::taskTip(const QStandardItem* name, const QString& problems) const
{
    QStringList lines = {name->data(FullNameRole).toString()};
    const QModelIndex i = name->index();
    lines.append(tr("State: %1").arg(i.siblingAtColumn(StateColumn).data().toString()));
    lines.append(tr("Rows: %1").arg(i.siblingAtColumn(RowsColumn).data().toString()));
    lines.append(tr("Problems: %1").arg(problems.isEmpty() ? tr("none found") : problems));
    if (!name->data(DeadlineRole).toString().isEmpty())
        lines.append(name->data(DeadlineRole).toString());
    if (name->data(LeadRole).toBool())
        lines.append(tr("Lead department for this table"));
    return lines.join(QLatin1Char('\n'));
}

bool TaskTreeModel::reload(Workspace& ws, int round, const AccessPolicy& policy, QString* error)
{
    QVector<TaskRow> all;
    if (!TaskOverview::load(ws, round, &all, error))
        return false;
    m_all = all;
    QVector<TaskRow> tasks = TaskOverview::visible(policy, ws.catalog(), all);
    // The account's own department first: its tasks are what it opens Caiji for.
    const QString own = policy.actor().department;
    std::stable_partition(tasks.begin(), tasks.end(), [&own](const TaskRow& t) { return t.departmentCode == own; });
    // Deadlines in working days; overdue tasks in red.
    const QHash<QString, QDate> deadlines = Deadlines(ws, round).all(error);
    const WorkCalendar calendar = WorkCalendar::of(ws);
    const QDate today = QDate::currentDate();
    removeRows(0, rowCount());
    Directory dir(ws);
    QString roundName = tr("Round %1").arg(round);
    for (const Round& r : dir.rounds()) {
        if (r.year == round)
            roundName = r.name;
    }
    QList<QStandardItem*> roundRow = makeRow(roundName, QString(), 0);
    roundRow[0]->setData(round, RoundRole);
    qint64 roundRows = 0;
    QStandardItem* deptItem = nullptr;
    QList<QStandardItem*> deptRow;
    QHash<QString, QStandardItem*> categoryItems;
    qint64 deptRows = 0;
    int deptTables = 0;
    int deptStarted = 0;
    auto closeDept = [&]() {
        if (!deptItem)
            return;
        deptRow[1]->setText(tr("%1/%2 started").arg(deptStarted).arg(deptTables));
        deptRow[0]->setToolTip(
            tr("%1: %2 of %3 tables started").arg(deptRow[0]->text()).arg(deptStarted).arg(deptTables));
        deptRow[2]->setText(QLocale().toString(deptRows));
    };
    QString currentDept;
    for (const TaskRow& t : tasks) {
        if (t.departmentCode != currentDept) {
            closeDept();
            currentDept = t.departmentCode;
            deptRow = makeRow(t.departmentName, QString(), 0);
            deptItem = deptRow[0];
            deptItem->setData(t.departmentCode, DepartmentRole);
            deptItem->setData(round, RoundRole);
            roundRow[0]->appendRow(deptRow);
            categoryItems.clear();
            deptRows = 0;
            deptTables = 0;
            deptStarted = 0;
        }
        QStandardItem*& cat = categoryItems[t.category];
        if (!cat) {
            const Category* c = ws.catalog().category(t.category);
            QList<QStandardItem*> catRow = makeRow(c ? c->name : t.category, QString(), 0);
            catRow[2]->setText(QString());
            cat = catRow[0];
            deptItem->appendRow(catRow);
        }
        QList<QStandardItem*> row
            = makeRow(QStringLiteral("%1 %2").arg(t.tableCode, t.tableName), taskStateDisplayName(t.state), t.rowCount);
        for (QStandardItem* i : row) {
            i->setData(t.tableCode, TableCodeRole);
            i->setData(t.departmentCode, DepartmentRole);
            i->setData(round, RoundRole);
        }
        row[0]->setData(QStringLiteral("%1 %2").arg(t.tableCode, t.tableName), FullNameRole);
        row[0]->setData(t.isLead, LeadRole);
        const QDate due = deadlines.value(t.tableCode + QLatin1Char('|') + t.departmentCode);
        if (due.isValid()) {
            const bool open = taskBeforeSubmission(t.state);
            const bool overdue = open && due < today;
            row[0]->setData(overdue
                    ? tr("Overdue: the deadline was %1").arg(due.toString(Qt::ISODate))
                    : tr("Due %1, %n working day(s) left", nullptr, calendar.workingDaysBetween(today, due))
                          .arg(due.toString(Qt::ISODate)),
                DeadlineRole);
            if (overdue) {
                for (QStandardItem* i : row.mid(0, 2))
                    i->setForeground(QBrush(QColor(0xc0, 0x39, 0x2b)));
                row[1]->setText(tr("%1 · overdue").arg(row[1]->text()));
            }
        }
        cat->appendRow(row);
        row[0]->setToolTip(taskTip(row[0], QString()));
        deptRows += t.rowCount;
        roundRows += t.rowCount;
        ++deptTables;
        if (t.state != TaskState::NotStarted)
            ++deptStarted;
    }
    closeDept();
    roundRow[2]->setText(QLocale().toString(roundRows));
    appendRow(roundRow);
    return true;
}

} // namespace caiji

namespace caiji {

void TaskTreeModel::setFindings(const QVector<Finding>& findings, const QHash<QString, Explanation>& explanations)
{
    const QHash<QString, FindingTally> perTask = FindingTally::perTask(findings, explanations);
    auto text = [](const FindingTally& t) {
        QStringList parts;
        if (t.errors)
            parts.append(tr("%1 errors").arg(t.errors));
        if (t.openWarnings())
            parts.append(tr("%1 warnings to explain").arg(t.openWarnings()));
        else if (t.warnings)
            parts.append(tr("warnings explained"));
        return parts.join(QStringLiteral(" · "));
    };
    // Walk round → department → category → table, writing counts and summing upwards.
    std::function<FindingTally(const QModelIndex&)> walk = [&](const QModelIndex& parent) {
        FindingTally sum;
        for (int r = 0; r < rowCount(parent); ++r) {
            const QModelIndex i = index(r, NameColumn, parent);
            const QString table = i.data(TableCodeRole).toString();
            const FindingTally c = table.isEmpty()
                ? walk(i)
                : perTask.value(FindingTally::taskKey(table, i.data(DepartmentRole).toString()));
            QStandardItem* cell = itemFromIndex(index(r, ProblemsColumn, parent));
            cell->setText(text(c));
            if (!table.isEmpty()) {
                QStandardItem* name = itemFromIndex(i);
                name->setToolTip(taskTip(name, text(c)));
            }
            cell->setForeground(c.errors ? QBrush(QColor(170, 0, 0))
                    : c.openWarnings()   ? QBrush(QColor(160, 100, 0))
                                         : QBrush(QColor(0, 110, 0)));
            sum += c;
        }
        return sum;
    };
    walk(QModelIndex());
}

} // namespace caiji
