#pragma once

#include "TaskState.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace caiji {

class Workspace;

/// A task of a round: a table a department fills.
struct Assignment
{
    int round = 0;
    QString tableCode;
    QString department;
    bool isLead = false;
    TaskState state = TaskState::NotStarted;
};

/// The tasks of a round: which department fills which table, and each task's state.
class Assignments
{
    Q_DECLARE_TR_FUNCTIONS(caiji::Assignments)

public:
    explicit Assignments(Workspace& ws)
        : m_ws(ws)
    {
    }

    /// Assigns every catalog table of the round: the lead department from the catalog, plus every
    /// 院系 where the catalog says 各院系, plus the other named departments.
    bool assignCatalog(int round, QString* error);
    bool setState(int round, const QString& table, const QString& department, TaskState state, QString* error);
    QVector<Assignment> all(int round, QString* error = nullptr) const;

private:
    Workspace& m_ws;
};

} // namespace caiji
