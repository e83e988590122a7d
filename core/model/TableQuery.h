#pragma once

#include "../catalog/CatalogModel.h"
#include "../storage/SqlDialect.h"

#include <QString>
#include <QVariantList>

namespace caiji {

/// What rows of a catalog table a grid shows: one round, optionally one department. Built into
/// SQL with bound parameters only; rows are ordered by the row sequence (_seq) so that pages
/// can be fetched by key (`_seq >= anchor`) instead of walking OFFSETs.
struct TableQuery
{
    Table table;
    int round = 0;
    QString department; ///< empty: every department

    /// SELECT of the metadata the grid needs, then every field, for rows with _seq >= ?.
    QString pageSql(int limit) const;
    /// One _seq per `pageSize` rows (the page anchors), in order, plus the total as the last
    /// column of each row.
    QString anchorSql(int pageSize) const;
    QString countSql() const;
    /// Values for the WHERE clause's placeholders, in order.
    QVariantList whereValues() const;

private:
    QString whereClause() const;
};

} // namespace caiji
