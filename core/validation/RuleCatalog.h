#pragma once

#include "../catalog/Catalog.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QStringList>
#include <QVector>

namespace caiji {

/// What the catalog's rules are, apart from running them: which kinds run, which rules cannot,
/// which tables an edit of one table may change the findings of. Needs no workspace.
class RuleCatalog
{
    Q_DECLARE_TR_FUNCTIONS(caiji::RuleCatalog)

public:
    /// The table's own rules whose kind runs.
    static QVector<QJsonObject> executableRules(const Table& table);
    /// Whether a rule of this kind is run (or, for "builtin", stated by a built-in check).
    static bool runsKind(const QString& kind);
    /// The catalog's rules Caiji cannot run, each as "table rule-id: message — why" (a kind it
    /// does not know, or one that names what its table lacks); `caiji-cli catalog check` lists them.
    static QStringList rulesThatCannotRun(const Catalog& catalog);
    /// The tables whose findings may change when rows of `table` change, other than those rows'
    /// own: the tables referencing it, those whose totals or summaries are computed from it, those
    /// sharing a unique-across rule with it, and `table` itself when it has keys or unique rules
    /// (an edit can make or end a duplicate elsewhere in it).
    static QStringList dependentTables(const Catalog& catalog, const QString& table);
};

} // namespace caiji
