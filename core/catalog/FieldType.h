#pragma once

#include <QString>

namespace caiji {

/// The value types a catalog field can have. The string forms are the catalog JSON spelling.
enum class FieldType
{
    Text,
    MultiLine,
    Integer,
    Decimal,
    Date,
    YearMonth,
    Year,
    Boolean,
    Code,
    Reference,
};

bool fieldTypeFromString(const QString& s, FieldType* out);
QString fieldTypeToString(FieldType t);
/// A short Chinese-first (translated) description such as "年月（YYYYMM）" for help panes.
QString fieldTypeDisplayName(FieldType t);
bool isNumericType(FieldType t);
bool isTextualType(FieldType t);

} // namespace caiji
