#pragma once

#include "TaskState.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace caiji {

class Division;
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

    /// Assigns every catalog table of the round as the workspace's division says (Division::load:
    /// the catalog's until the office changes it): the lead department, then the others that fill.
    bool assignCatalog(int round, QString* error);
    /// Brings the tasks of a running round in line with a new division: new tasks start 未开始,
    /// tasks taken away go when nothing was begun (refused, naming it, when it was), the lead
    /// mark follows. Runs inside the caller's transaction.
    bool follow(int round, const Division& division, QString* error);
    bool setState(int round, const QString& table, const QString& department, TaskState state, QString* error);
    QVector<Assignment> all(int round, QString* error = nullptr) const;

private:
    bool assignCatalogFrom(int round, const Division& division, QString* error);

    Workspace& m_ws;
};

} // namespace caiji
