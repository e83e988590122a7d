#include "FieldType.h"

#include <QCoreApplication>

#include <array>
#include <utility>

namespace caiji {

namespace {
const std::array<std::pair<FieldType, const char*>, 10> kNames = {{
    {FieldType::Text, "text"},
    {FieldType::MultiLine, "multiline"},
    {FieldType::Integer, "integer"},
    {FieldType::Decimal, "decimal"},
    {FieldType::Date, "date"},
    {FieldType::YearMonth, "yearmonth"},
    {FieldType::Year, "year"},
    {FieldType::Boolean, "boolean"},
    {FieldType::Code, "code"},
    {FieldType::Reference, "reference"},
}};
} // namespace

bool fieldTypeFromString(const QString& s, FieldType* out)
{
    for (const auto& [type, name] : kNames) {
        if (s == QLatin1String(name)) {
            *out = type;
            return true;
        }
    }
    return false;
}

QString fieldTypeToString(FieldType t)
{
    for (const auto& [type, name] : kNames) {
        if (type == t)
            return QString::fromLatin1(name);
    }
    return QString();
}

QString fieldTypeDisplayName(FieldType t)
{
    switch (t) {
    case FieldType::Text:
        return QCoreApplication::translate("caiji::FieldType", "Text");
    case FieldType::MultiLine:
        return QCoreApplication::translate("caiji::FieldType", "Multi-line text");
    case FieldType::Integer:
        return QCoreApplication::translate("caiji::FieldType", "Whole number");
    case FieldType::Decimal:
        return QCoreApplication::translate("caiji::FieldType", "Decimal number");
    case FieldType::Date:
        return QCoreApplication::translate("caiji::FieldType", "Date (YYYY-MM-DD)");
    case FieldType::YearMonth:
        return QCoreApplication::translate("caiji::FieldType", "Year and month (YYYYMM, six digits)");
    case FieldType::Year:
        return QCoreApplication::translate("caiji::FieldType", "Year (YYYY)");
    case FieldType::Boolean:
        return QCoreApplication::translate("caiji::FieldType", "Yes/No");
    case FieldType::Code:
        return QCoreApplication::translate("caiji::FieldType", "Code from a list");
    case FieldType::Reference:
        return QCoreApplication::translate("caiji::FieldType", "Reference to a source table");
    }
    return QString();
}

bool isNumericType(FieldType t)
{
    return t == FieldType::Integer || t == FieldType::Decimal || t == FieldType::Year;
}

bool isTextualType(FieldType t)
{
    return t == FieldType::Text || t == FieldType::MultiLine || t == FieldType::Code || t == FieldType::Reference;
}

} // namespace caiji
