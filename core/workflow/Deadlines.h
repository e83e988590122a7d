#pragma once

#include "TaskState.h"
#include "WorkCalendar.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QString>

namespace caiji {

class AccessPolicy;
class Workspace;

/// The deadlines of a round's tasks, on the working-day calendar: the office schedules the
/// round (collection opens on a date, the data-source tables are due a number of working days
/// before, every other task on the due date), may move one task's deadline, and grants a
/// department a time-boxed exception with a reason. A task still being filled after its
/// deadline is locked (WriteGateway) until an exception runs.
class Deadlines
{
    Q_DECLARE_TR_FUNCTIONS(caiji::Deadlines)

public:
    Deadlines(Workspace& ws, int round)
        : m_ws(ws)
        , m_round(round)
    {
    }

    /// Every task of the round gets its deadline: `dueOn` for the tasks, and `sourceLeadDays`
    /// working days before `opensOn` for the data-source tables (seed policy: 提前5个工作日).
    bool schedule(
        const AccessPolicy& policy, const QDate& opensOn, const QDate& dueOn, int sourceLeadDays, QString* error);
    bool setDeadline(
        const AccessPolicy& policy, const QString& table, const QString& department, const QDate& date, QString* error);
    /// Lets the department keep filling the table until `until` (inclusive), for `reason`.
    bool grantException(const AccessPolicy& policy, const QString& table, const QString& department, const QDate& until,
        const QString& reason, QString* error);

    /// "table|department" → deadline, for the tasks that have one.
    QHash<QString, QDate> all(QString* error = nullptr) const;
    /// The last day of the exception running on `today`, or an invalid date.
    QDate exceptionUntil(const QString& table, const QString& department, const QDate& today) const;
    /// Why the task (in `state`, due on `deadline`; `taskName` as the message names it) is locked
    /// on `today` by its deadline, or empty.
    QString lockReason(const QString& table, const QString& department, const QString& taskName, TaskState state,
        const QDate& deadline, const QDate& today) const;

private:
    bool allowed(const AccessPolicy& policy, QString* error) const;

    Workspace& m_ws;
    int m_round;
};

} // namespace caiji
