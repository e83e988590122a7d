#include "CatalogModel.h"

#include <QCoreApplication>

namespace caiji {

QString CodeList::labelOf(const QString& code) const
{
    for (const CodeItem& item : items) {
        if (item.code == code)
            return item.label;
    }
    return QString();
}

std::optional<QString> CodeList::codeFor(const QString& text) const
{
    const QString t = text.trimmed();
    for (const CodeItem& item : items) {
        if (item.code == t || item.label == t)
            return item.code;
    }
    return std::nullopt;
}

QString Field::headerLabel() const
{
    if (unit.isEmpty())
        return name;
    return QStringLiteral("%1（%2）").arg(name, unit);
}

QString tableKindToString(TableKind k)
{
    switch (k) {
    case TableKind::Source:
        return QStringLiteral("source");
    case TableKind::Detail:
        return QStringLiteral("detail");
    case TableKind::Single:
        return QStringLiteral("single");
    case TableKind::Summary:
        return QStringLiteral("summary");
    }
    return QString();
}

QString tableKindDisplayName(TableKind k)
{
    switch (k) {
    case TableKind::Source:
        return QCoreApplication::translate("caiji::Table", "Data source table");
    case TableKind::Detail:
        return QCoreApplication::translate("caiji::Table", "Detail table");
    case TableKind::Single:
        return QCoreApplication::translate("caiji::Table", "Single-record form");
    case TableKind::Summary:
        return QCoreApplication::translate("caiji::Table", "Summary table (computed)");
    }
    return QString();
}

QString periodToString(Period p)
{
    switch (p) {
    case Period::AcademicYear:
        return QStringLiteral("academic-year");
    case Period::CalendarYear:
        return QStringLiteral("calendar-year");
    case Period::PointInTime:
        return QStringLiteral("point-in-time");
    }
    return QString();
}

QString periodDisplayName(Period p)
{
    switch (p) {
    case Period::AcademicYear:
        return QCoreApplication::translate("caiji::Table", "Academic year (Sep 1 - Aug 31)");
    case Period::CalendarYear:
        return QCoreApplication::translate("caiji::Table", "Calendar year");
    case Period::PointInTime:
        return QCoreApplication::translate("caiji::Table", "Point in time");
    }
    return QString();
}

const Field* Table::field(const QString& key) const
{
    const int i = fieldIndex(key);
    return i < 0 ? nullptr : &fields[i];
}

int Table::fieldIndex(const QString& key) const
{
    for (int i = 0; i < fields.size(); ++i) {
        if (fields[i].key == key)
            return i;
    }
    return -1;
}

QString Table::sqlName() const
{
    QString s = QStringLiteral("t_");
    for (QChar c : code) {
        if (c.isLetterOrNumber() && c.unicode() < 128)
            s += c.toLower();
        else
            s += QLatin1Char('_');
    }
    return s;
}

} // namespace caiji
