#include "ValueFormat.h"

#include <QCoreApplication>
#include <QDate>
#include <QLocale>

namespace caiji {

QString ValueFormat::display(const Catalog& catalog, const Field& field, const QVariant& v)
{
    if (v.isNull() || !v.isValid())
        return QString();
    switch (field.type) {
    case FieldType::Boolean:
        return v.toBool() ? QCoreApplication::translate("caiji::ValueFormat", "Yes")
                          : QCoreApplication::translate("caiji::ValueFormat", "No");
    case FieldType::Decimal:
        return QString::number(v.toDouble(), 'f', field.decimals);
    case FieldType::Date:
        return v.toDate().isValid() ? v.toDate().toString(Qt::ISODate) : v.toString();
    case FieldType::Code: {
        const CodeList* list = catalog.codeList(field.codeList);
        const QString code = v.toString();
        const QString label = list ? list->labelOf(code) : QString();
        return label.isEmpty() ? code : label;
    }
    default:
        return v.toString();
    }
}

QString ValueFormat::editText(const Field& field, const QVariant& v)
{
    if (v.isNull() || !v.isValid())
        return QString();
    switch (field.type) {
    case FieldType::Decimal:
        return QString::number(v.toDouble(), 'f', field.decimals);
    case FieldType::Date:
        return v.toDate().toString(Qt::ISODate);
    case FieldType::Boolean:
        return v.toBool() ? QCoreApplication::translate("caiji::ValueFormat", "Yes")
                          : QCoreApplication::translate("caiji::ValueFormat", "No");
    default:
        return v.toString();
    }
}

} // namespace caiji
