#include "TaskState.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace caiji {

namespace {
const std::array<std::pair<TaskState, const char*>, 11> kStates = {{
    {TaskState::NotStarted, "not-started"},
    {TaskState::Filling, "filling"},
    {TaskState::Submitted, "submitted"},
    {TaskState::Confirmed, "confirmed"},
    {TaskState::DomainReviewed, "domain-reviewed"},
    {TaskState::Accepted, "accepted"},
    {TaskState::Returned, "returned"},
    {TaskState::Merged, "merged"},
    {TaskState::Approved, "approved"},
    {TaskState::Reported, "reported"},
    {TaskState::Revising, "revising"},
}};
} // namespace

QString taskStateToString(TaskState s)
{
    for (const auto& [state, name] : kStates) {
        if (state == s)
            return QString::fromLatin1(name);
    }
    return QString();
}

bool taskStateFromString(const QString& s, TaskState* out)
{
    for (const auto& [state, name] : kStates) {
        if (s == QLatin1String(name)) {
            *out = state;
            return true;
        }
    }
    return false;
}

QString taskStateDisplayName(TaskState s)
{
    switch (s) {
    case TaskState::NotStarted:
        return QCoreApplication::translate("caiji::TaskState", "Not started");
    case TaskState::Filling:
        return QCoreApplication::translate("caiji::TaskState", "Filling in");
    case TaskState::Submitted:
        return QCoreApplication::translate("caiji::TaskState", "Submitted");
    case TaskState::Confirmed:
        return QCoreApplication::translate("caiji::TaskState", "Confirmed by department");
    case TaskState::DomainReviewed:
        return QCoreApplication::translate("caiji::TaskState", "Domain review passed");
    case TaskState::Accepted:
        return QCoreApplication::translate("caiji::TaskState", "Accepted by supervision office");
    case TaskState::Returned:
        return QCoreApplication::translate("caiji::TaskState", "Returned for correction");
    case TaskState::Merged:
        return QCoreApplication::translate("caiji::TaskState", "Merged");
    case TaskState::Approved:
        return QCoreApplication::translate("caiji::TaskState", "Approved by leadership");
    case TaskState::Reported:
        return QCoreApplication::translate("caiji::TaskState", "Reported");
    case TaskState::Revising:
        return QCoreApplication::translate("caiji::TaskState", "Revising");
    }
    return QString();
}

bool taskBeforeSubmission(TaskState s)
{
    return s == TaskState::NotStarted || s == TaskState::Filling || s == TaskState::Returned;
}

bool taskAcceptsEdits(TaskState s)
{
    return taskBeforeSubmission(s) || s == TaskState::Revising;
}

} // namespace caiji
