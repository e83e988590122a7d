#pragma once

#include "../auth/AccessPolicy.h"
#include "Finding.h"

#include <QVector>

namespace caiji {

class Catalog;

/// Which findings an account sees: those about rows it reads whole (a finding names values).
/// The CLI and the quality console share it.
class FindingAccess
{
public:
    /// The department a whole-round check of this account is limited to (its own), or empty
    /// for those who read every department (office, leadership, domain reviewers).
    static QString checkedDepartment(const AccessPolicy& policy);
    /// The tables a whole-round check of this account reads (whole rows of its own or all
    /// departments); empty for all of them.
    static QStringList checkedTables(const AccessPolicy& policy, const Catalog& catalog);
    static QVector<Finding> visible(
        const AccessPolicy& policy, const Catalog& catalog, const QVector<Finding>& findings);
};

} // namespace caiji
