#pragma once

#include "DocumentTemplate.h"
#include "Printout.h"

#include <QCoreApplication>

namespace caiji {

class AccessPolicy;
class Workspace;

/// A table printed in the official layout (DESIGN 3.6): the national header rows where the
/// catalog groups fields (a merged cell over the group's fields), the header repeated on every
/// page, landscape when the table is wide, codes as their labels.
class TablePrintout
{
    Q_DECLARE_TR_FUNCTIONS(caiji::TablePrintout)

public:
    /// The table's rows of the round that `policy`'s account reads (of `department` when given,
    /// a code). False with `error` when the table is unknown or not the account's to read, or the
    /// template is broken. `rows` receives the number of rows printed; `limit` prints the first
    /// rows only (0: all).
    static bool build(Workspace& ws, const AccessPolicy& policy, int round, const QString& table,
        const QString& department, Printout* out, qint64* rows, QString* error, qint64 limit = 0);
    static TemplateSchema schema();
    /// Wider than this many columns, the table prints landscape.
    static constexpr int kPortraitColumns = 8;
};

} // namespace caiji
