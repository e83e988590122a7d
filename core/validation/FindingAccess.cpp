#include "FindingAccess.h"

#include "../catalog/Catalog.h"
#include "../storage/Workspace.h"
#include "Validator.h"

namespace caiji {

bool FindingAccess::check(Workspace& ws, const AccessPolicy& policy, int round, const QString& department,
    QVector<Finding>* out, QString* error)
{
    Validator validator(ws, round);
    const QString own = checkedDepartment(policy);
    validator.setTables(checkedTables(policy, ws.catalog()));
    if (!department.isEmpty() && !own.isEmpty() && department != own) {
        if (error)
            *error = tr("%1 has no right to read the findings of %2: each department checks its own data.")
                         .arg(policy.actor().login, policy.departmentName(department));
        return false;
    }
    if (!department.isEmpty() || !own.isEmpty())
        validator.setDepartment(department.isEmpty() ? own : department);
    QVector<Finding> checked;
    if (!validator.run(&checked, error))
        return false;
    // Findings name values: only those of rows the account reads whole.
    *out = visible(policy, ws.catalog(), checked);
    return true;
}

QString FindingAccess::checkedDepartment(const AccessPolicy& policy)
{
    const Actor& a = policy.actor();
    if (a.isOffice() || a.has(Role::Leader) || a.has(Role::Reviewer))
        return QString();
    return a.department;
}

QStringList FindingAccess::checkedTables(const AccessPolicy& policy, const Catalog& catalog)
{
    if (policy.actor().isOffice() || policy.actor().has(Role::Leader))
        return {};
    QStringList out;
    for (const Table& t : catalog.tables) {
        const ReadScope scope = policy.readScope(t);
        if (scope == ReadScope::AllRows || scope == ReadScope::OwnRows)
            out.append(t.code);
    }
    // Nothing to check is not "everything": a table code no catalog has.
    return out.isEmpty() ? QStringList {QStringLiteral("-")} : out;
}

QVector<Finding> FindingAccess::visible(
    const AccessPolicy& policy, const Catalog& catalog, const QVector<Finding>& findings)
{
    if (policy.actor().isOffice() || policy.actor().has(Role::Leader))
        return findings;
    QVector<Finding> out;
    for (const Finding& f : findings) {
        const Table* t = catalog.table(f.table);
        if (t && policy.readScope(*t) != ReadScope::ReferenceColumns && policy.allows(Action::Read, *t, f.department))
            out.append(f);
    }
    return out;
}

} // namespace caiji
