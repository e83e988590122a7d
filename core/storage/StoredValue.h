#pragma once

#include "../catalog/CatalogModel.h"

#include <QCoreApplication>
#include <QVariant>

namespace caiji {

/// Values read from a workspace file (SQLite) that another copy of the program wrote, or a
/// person with a database tool: a department's package. The grid's checks are for canonical
/// values; a value stored otherwise (text in a number column, a date not written as a date, a
/// yes/no of 5) would be changed on the way in without anyone seeing it, so it is refused.
class StoredValue
{
    Q_DECLARE_TR_FUNCTIONS(caiji::StoredValue)

public:
    /// The canonical value of column `column` of `table` when `stored` (as SQLite gives it:
    /// integer, real, text, blob or null) is that value as a workspace stores it; else false and
    /// why in `error`, naming the table, the field and the value.
    static bool read(const Table& table, int column, const QVariant& stored, QVariant* value, QString* error);
};

} // namespace caiji
