#pragma once

#include "../auth/AccessPolicy.h"
#include "Finding.h"

#include <QCoreApplication>
#include <QVector>

namespace caiji {

class Catalog;
class Workspace;

/// Which findings an account sees: those about rows it reads whole (a finding names values).
/// The CLI and the quality console share it.
class FindingAccess
{
    Q_DECLARE_TR_FUNCTIONS(caiji::FindingAccess)

public:
    /// Checks the round as the account may (its department's rows, or `department`'s, a code,
    /// when it reads every department's) and keeps the findings it sees. False with `error` when
    /// `department` is another's than the account's own, or the check fails.
    static bool check(Workspace& ws, const AccessPolicy& policy, int round, const QString& department,
        QVector<Finding>* out, QString* error);
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
