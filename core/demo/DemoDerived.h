#pragma once

#include "../catalog/Catalog.h"
#include "DemoRandom.h"

#include <QHash>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <optional>

namespace caiji {

class Workspace;

/// The demo's rows whose values follow from tables filled before them, so that the demo obeys
/// its catalog's cross-table rules: 3-3's totals from 4-1-2 and X-23, 3-4's classrooms from
/// X-25, 7-6-1's 报到数 from 12-1, X-07's practice days from 6-1-1, X-14's evidence from 9-6-2
/// and 8-9, 11-1's changes from 7-1-1, X-24's donated equipment within 9-3, X-28's published
/// figures from 10-1 and 3-1. What is not derived stays DemoValues' generic sample data.
class DemoDerived
{
public:
    using Given = QHash<QString, QVariant>;

    DemoDerived(Workspace& ws, DemoRandom& rng, int round);

    /// The tables that must be filled before `table` for its values to follow from them (only
    /// among the generically filled ones; hand-built tables come first anyway).
    static QStringList prerequisites(const QString& table);
    /// Whether the table is always filled (its rows or another table's follow from it), never
    /// left "not started" as some detail tables are.
    static bool alwaysFilled(const QString& table);

    /// The rows of `table`, each as its given values, when how many there are follows from other
    /// tables; nothing when the generic number of rows will do.
    std::optional<QVector<Given>> rows(const Table& table);
    /// The given values of a generic row `index` of `table` (its totals, counts and figures that
    /// other tables fix); empty for a table with none.
    Given given(const Table& table, int index);

private:
    Given assetTotals();
    Given consistentTotals(const Table& t);
    Given publishedFigures();
    QVector<Given> practice();
    QVector<Given> evidence();
    QVector<Given> majorChanges();
    QVector<Given> enrolment();
    QVector<Given> donatedEquipment();
    double scalar(const QString& sql, const QVariantList& binds = {});
    QVariant stored(const QString& table, const QString& field, const QVariant& canonical) const;

    Workspace& m_ws;
    DemoRandom& m_rng;
    int m_round;
};

} // namespace caiji
