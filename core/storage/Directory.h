#pragma once

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
    QString name; ///< the short name the catalog uses, e.g. 学工处
    QString fullName; ///< e.g. 学工处（团委、武装部）
    QString kind; ///< "office" (职能部门) or "school" (院系)
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

/// Departments and rounds of a workspace (accounts: auth/Accounts; tasks: workflow/Assignments).
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

private:
    Workspace& m_ws;
};

} // namespace caiji
