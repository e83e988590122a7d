#pragma once

#include "DocumentTemplate.h"
#include "Printout.h"

#include <QCoreApplication>

namespace caiji {

class AccessPolicy;
class Workspace;

/// 退回通知: what the review sent back to a department, on paper for the department head: each
/// returned task, the reason, who returned it and when, and its comments anchored to the table, a
/// row (by its key) or a cell, with the department's answers so far.
class ReturnNotice
{
    Q_DECLARE_TR_FUNCTIONS(caiji::ReturnNotice)

public:
    /// The department's (a code) tasks now returned in the round. The department's own people,
    /// the office and the college's leadership print it; false with `error` for others, or when
    /// no task of the department is returned.
    static bool build(
        Workspace& ws, const AccessPolicy& policy, int round, const QString& department, Printout* out, QString* error);
    static TemplateSchema schema();
};

} // namespace caiji
