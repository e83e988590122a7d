#pragma once

#include "../workflow/TaskState.h"

#include <QCoreApplication>
#include <QDate>
#include <QString>
#include <QStringList>
#include <QVector>

namespace caiji {

class Workspace;

struct Department
{
    QString code;
    QString name;     ///< the short name the catalog uses, e.g. 学工处
    QString fullName; ///< e.g. 学工处（团委、武装部）
    QString kind;     ///< "office" (职能部门) or "school" (院系)
    int sort = 0;
    bool isSchool() const { return kind == QLatin1String("school"); }
};

struct Round
{
    int year = 0;
    QString name;
    QString catalogId;
    QDate periodStart;
    QDate periodEnd;
    QString state;
};

struct Assignment
{
    int round = 0;
    QString tableCode;
    QString department;
    bool isLead = false;
    TaskState state = TaskState::NotStarted;
};

/// Departments, rounds and table assignments of a workspace (accounts: auth/Accounts).
class Directory
{
    Q_DECLARE_TR_FUNCTIONS(caiji::Directory)

public:
    explicit Directory(Workspace& ws)
        : m_ws(ws)
    {
    }

    /// The seed policy's offices (督导考核办公室 and the 12 data departments), with stable codes.
    static QVector<Department> seedOffices();

    bool addDepartment(const Department& d, QString* error);
    QVector<Department> departments(QString* error = nullptr) const;
    /// A department by code, short name or full name.
    bool findDepartment(const QString& codeOrName, Department* out) const;

    bool addRound(const Round& r, QString* error);
    QVector<Round> rounds(QString* error = nullptr) const;
    /// The newest round, or year 0 when there is none.
    Round latestRound() const;

    /// Assigns every catalog table of the round: the lead department from the catalog, plus every
    /// 院系 where the catalog says 各院系, plus the other named departments.
    bool assignCatalog(int round, QString* error);
    bool setAssignmentState(int round, const QString& table, const QString& department, TaskState state,
                            QString* error);
    QVector<Assignment> assignments(int round, QString* error = nullptr) const;

private:
    Workspace& m_ws;
};

} // namespace caiji
