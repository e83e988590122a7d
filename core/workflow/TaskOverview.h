#pragma once

#include "TaskState.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QVector>

namespace caiji {

class AccessPolicy;
class Catalog;
class Workspace;

/// One task of a round as the task tree and `caiji-cli status` show it.
struct TaskRow
{
    QString tableCode;
    QString tableName;
    QString category;
    QString departmentCode;
    QString departmentName;
    bool isLead = false;
    TaskState state = TaskState::NotStarted;
    qint64 rowCount = 0;
};

/// Reads the tasks of a round with their states and row counts (live rows of that
/// department in that table).
class TaskOverview
{
    Q_DECLARE_TR_FUNCTIONS(caiji::TaskOverview)

public:
    static bool load(Workspace& ws, int round, QVector<TaskRow>* out, QString* error);
    /// Live row count of every table of a round, per department: table code → (dept → count).
    /// The tasks an account sees: those whose rows it reads (its own department's, or all).
    static QVector<TaskRow> visible(const AccessPolicy& policy, const Catalog& catalog, const QVector<TaskRow>& tasks);
    static bool rowCounts(Workspace& ws, int round, QHash<QString, QHash<QString, qint64>>* out, QString* error);
};

} // namespace caiji
