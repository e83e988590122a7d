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

QStringList ValueFormat::constraints(const Catalog& catalog, const Field& f)
{
    QStringList out;
    if (f.required)
        out.append(tr("required"));
    if (f.maxLength > 0)
        out.append(tr("at most %n character(s)", nullptr, f.maxLength));
    if (!f.format.isEmpty())
        out.append(tr("format: %1").arg(f.format));
    if (f.min && f.max)
        out.append(tr("from %1 to %2").arg(*f.min).arg(*f.max));
    else if (f.min)
        out.append(tr("at least %1").arg(*f.min));
    else if (f.max)
        out.append(tr("at most %1").arg(*f.max));
    if (f.type == FieldType::Decimal)
        out.append(tr("%n decimal place(s)", nullptr, f.decimals));
    if (!f.unit.isEmpty())
        out.append(tr("in %1 (not typed into the cell)").arg(f.unit));
    if (f.type == FieldType::Code) {
        if (const CodeList* list = catalog.codeList(f.codeList)) {
            QStringList items;
            for (int i = 0; i < list->items.size() && i < 6; ++i)
                items.append(list->items[i].code + QLatin1Char(' ') + list->items[i].label);
            if (list->items.size() > 6)
                items.append(QStringLiteral("…"));
            out.append(tr("code list %1 (%2 codes: %3)")
                           .arg(list->name)
                           .arg(list->items.size())
                           .arg(items.join(QStringLiteral("，"))));
        }
    }
    if (f.type == FieldType::Reference) {
        const Table* t = catalog.table(f.refTable);
        const Field* key = t ? t->field(f.refField) : nullptr;
        out.append(tr("a %1 registered in table %2 %3")
                       .arg(key ? key->name : f.refField, f.refTable, t ? t->name : QString()));
    }
    return out;
}

} // namespace caiji
