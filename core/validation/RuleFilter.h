#pragma once

#include "../catalog/Catalog.h"

#include <QJsonObject>
#include <QString>
#include <QVariantList>

namespace caiji {

class SqlDialect;

/// The row conditions a rule puts on the rows it counts or sums: `where` {field: value} and
/// `whereNot` {field: value}, a value being one value or a list of them (民族 not 汉族; 场所类型
/// one of the classroom kinds). Written as SQL with bound parameters, so that every rule kind
/// that filters rows (totals, total-equals, aggregate-equals, match, the summary builder) reads
/// the same conditions the same way.
class RuleFilter
{
public:
    /// Appends " AND …" for each condition of `spec` on `table`'s columns (prefixed with `alias.`
    /// when it is not empty). False when a condition names a field the table does not have.
    static bool append(const SqlDialect& dialect, const Table& table, const QJsonObject& spec, const QString& alias,
        QString* sql, QVariantList* binds);
    /// Whether every field the conditions name exists in `table`.
    static bool valid(const Table& table, const QJsonObject& spec);
    /// A stable text of the conditions: rules with the same one filter the same rows.
    static QString signature(const QJsonObject& spec);
};

} // namespace caiji
