#pragma once

#include "DocumentTemplate.h"
#include "Printout.h"

#include "../validation/Finding.h"

#include <QCoreApplication>

namespace caiji {

class AccessPolicy;
class Workspace;

/// The findings list as a printout: what the check found (the account's, of a department or the
/// whole college), errors first, table by table, with the explanations written and their review.
class FindingsPrintout
{
    Q_DECLARE_TR_FUNCTIONS(caiji::FindingsPrintout)

public:
    /// `findings` as FindingAccess::check gives them; `department` a code or empty.
    static bool build(Workspace& ws, const AccessPolicy& policy, int round, const QString& department,
        QVector<Finding> findings, Printout* out, QString* error);
    static TemplateSchema schema();
};

} // namespace caiji
