#pragma once

#include "DocumentTemplate.h"

#include <QCoreApplication>
#include <QVariantHash>

namespace caiji {

class AccessPolicy;
class Workspace;

/// What heads every printout: the college (its 1-1), the round, the department, when and by whom
/// it was printed. Values every template of a printout may use.
class PrintoutHeading
{
    Q_DECLARE_TR_FUNCTIONS(caiji::PrintoutHeading)

public:
    static TemplateSchema schema();
    /// college, year, round, department ("全校" when empty), printed, printedBy.
    static QVariantHash data(Workspace& ws, const AccessPolicy& policy, int round, const QString& department);
    /// The college's name as its table 1-1 of the round says; empty when not yet filled.
    static QString college(Workspace& ws, int round);
    /// The round's name ("2026 年采集"), else its year.
    static QString roundName(Workspace& ws, int round);
};

} // namespace caiji
