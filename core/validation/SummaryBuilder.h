#pragma once

#include "../catalog/Catalog.h"

#include <QCoreApplication>
#include <QStringList>

namespace caiji {

class Workspace;
class WriteGateway;

/// Computes summary tables from their detail tables, so that nobody types them: one summary
/// row per group of the detail table, each aggregated field from the table's aggregate-equals
/// rules, and name-like fields looked up in the source table the group key refers to (姓名 of
/// an 教工号). Changes go through the WriteGateway as computed writes, journaled like any edit.
class SummaryBuilder
{
    Q_DECLARE_TR_FUNCTIONS(caiji::SummaryBuilder)

public:
    SummaryBuilder(WriteGateway& gateway, int round);

    /// The summary tables computed from this detail table.
    QStringList dependents(const QString& detailTable) const;
    /// Recomputes one summary table; `changed` receives how many rows were written.
    bool rebuild(const QString& summaryTable, int* changed, QString* error);
    /// Recomputes every summary table that can be computed.
    bool rebuildAll(QString* error);

private:
    bool rebuildTotals(const Table& t, int* changed, QString* error);

    WriteGateway& m_gateway;
    Workspace& m_ws;
    int m_round;
};

} // namespace caiji
