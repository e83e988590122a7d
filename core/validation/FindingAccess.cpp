#include "FindingAccess.h"

#include "../catalog/Catalog.h"

namespace caiji {

QString FindingAccess::checkedDepartment(const AccessPolicy& policy)
{
    const Actor& a = policy.actor();
    if (a.isOffice() || a.has(Role::Leader) || a.has(Role::Reviewer))
        return QString();
    return a.department;
}

QVector<Finding> FindingAccess::visible(const AccessPolicy& policy, const Catalog& catalog, const QVector<Finding>& findings)
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
