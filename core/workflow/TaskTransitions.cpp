#include "TaskTransitions.h"

#include <array>
#include <utility>

namespace caiji {

namespace {
const std::array<std::pair<TaskAction, const char*>, 6> kActions = {{
    {TaskAction::Submit, "submit"},
    {TaskAction::Confirm, "confirm"},
    {TaskAction::Review, "review"},
    {TaskAction::Accept, "accept"},
    {TaskAction::Return, "return"},
    {TaskAction::Unlock, "unlock"},
}};

bool fillable(TaskState s)
{
    return taskAcceptsEdits(s);
}
} // namespace

QString taskActionToString(TaskAction a)
{
    for (const auto& [action, name] : kActions) {
        if (action == a)
            return QString::fromLatin1(name);
    }
    return QString();
}

bool taskActionFromString(const QString& s, TaskAction* out)
{
    for (const auto& [action, name] : kActions) {
        if (s == QLatin1String(name)) {
            *out = action;
            return true;
        }
    }
    return false;
}

QString taskActionDisplayName(TaskAction a)
{
    switch (a) {
    case TaskAction::Submit:
        return TaskTransitions::tr("Submit");
    case TaskAction::Confirm:
        return TaskTransitions::tr("Confirm");
    case TaskAction::Review:
        return TaskTransitions::tr("Pass domain review");
    case TaskAction::Accept:
        return TaskTransitions::tr("Accept");
    case TaskAction::Return:
        return TaskTransitions::tr("Return for correction");
    case TaskAction::Unlock:
        return TaskTransitions::tr("Unlock for revision");
    }
    return QString();
}

bool TaskTransitions::target(TaskAction action, TaskState from, bool domainReview, TaskState* to)
{
    switch (action) {
    case TaskAction::Submit:
        *to = TaskState::Submitted;
        return fillable(from);
    case TaskAction::Confirm:
        *to = TaskState::Confirmed;
        return from == TaskState::Submitted;
    case TaskAction::Review:
        *to = TaskState::DomainReviewed;
        return domainReview && from == TaskState::Confirmed;
    case TaskAction::Accept:
        *to = TaskState::Accepted;
        return from == (domainReview ? TaskState::DomainReviewed : TaskState::Confirmed);
    case TaskAction::Return:
        *to = TaskState::Returned;
        return from == TaskState::Submitted || from == TaskState::Confirmed || from == TaskState::DomainReviewed
            || from == TaskState::Accepted;
    case TaskAction::Unlock:
        *to = TaskState::Revising;
        return from == TaskState::Confirmed || from == TaskState::DomainReviewed || from == TaskState::Accepted;
    }
    return false;
}

QString TaskTransitions::denial(const AccessPolicy& policy, const Table& table, const QString& department,
    TaskAction action, TaskState from, bool domainReview)
{
    TaskState to = from;
    if (!target(action, from, domainReview, &to)) {
        if (action == TaskAction::Review && !domainReview)
            return tr("%1 of %2 has no domain review: the supervision office accepts it directly.")
                .arg(table.title(), policy.departmentName(department));
        return tr("%1 of %2 is %3: it cannot be %4 now.")
            .arg(table.title(), policy.departmentName(department), taskStateDisplayName(from),
                taskActionDisplayName(action));
    }
    const Actor& a = policy.actor();
    // Whoever holds an SQLite file without accounts holds its process too.
    if (a.owner)
        return QString();
    const bool own = a.department == department;
    const bool office = a.has(Role::SupervisorAdmin);
    bool allowed = false;
    QString who;
    switch (action) {
    case TaskAction::Submit:
        allowed = own && a.has(Role::Collector) && policy.fills(table, department);
        who = tr("the department's data administrator");
        break;
    case TaskAction::Confirm:
        allowed = own && a.has(Role::Head);
        who = tr("the department's head");
        break;
    case TaskAction::Review:
        allowed = a.has(Role::Reviewer) && policy.reviews(table, a.department);
        who = tr("a domain reviewer of %1").arg(policy.departmentName(policy.reviewerOf(table)));
        break;
    case TaskAction::Accept:
    case TaskAction::Unlock:
        allowed = office;
        who = tr("the supervision office");
        break;
    case TaskAction::Return:
        // Each returns what reached it: the head a submission, the domain reviewer a
        // confirmation, the office anything under review or accepted.
        allowed = office || (from == TaskState::Submitted && own && a.has(Role::Head))
            || (from == TaskState::Confirmed && domainReview && a.has(Role::Reviewer)
                && policy.reviews(table, a.department));
        who = from == TaskState::Submitted                 ? tr("the department's head or the supervision office")
            : from == TaskState::Confirmed && domainReview ? tr("the domain reviewer or the supervision office")
                                                           : tr("the supervision office");
        break;
    }
    if (allowed)
        return QString();
    return tr("%1 may not %2 %3 of %4: only %5 may.")
        .arg(a.displayName.isEmpty() ? a.login : a.displayName, taskActionDisplayName(action), table.title(),
            policy.departmentName(department), who);
}

QVector<TaskAction> TaskTransitions::offered(
    const AccessPolicy& policy, const Table& table, const QString& department, TaskState from, bool domainReview)
{
    QVector<TaskAction> out;
    for (const auto& [action, name] : kActions) {
        Q_UNUSED(name)
        if (denial(policy, table, department, action, from, domainReview).isEmpty())
            out.append(action);
    }
    return out;
}

} // namespace caiji
