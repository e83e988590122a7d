#include "EditPolicy.h"

#include "../catalog/Catalog.h"

namespace caiji {

bool EditPolicy::fills(const Table& table, const QString& code) const
{
    if (code.isEmpty())
        return false;
    QStringList names = {table.department};
    names += table.alsoDepartments;
    for (const QString& n : names) {
        if (n == Catalog::allSchoolsName() ? m_schools.contains(code) : m_codes.value(n) == code)
            return true;
    }
    return false;
}

QString EditPolicy::tableReadOnlyReason(const Table& table) const
{
    if (table.kind == TableKind::Summary)
        return tr("%1 is a summary table: Caiji computes it from the detail rows, nobody types into it.").arg(table.title());
    if (m_who.readOnly)
        return tr("College leadership reads the data; it does not fill tables.");
    if (m_who.supervisor)
        return QString();
    if (!fills(table, m_who.department)) {
        if (table.kind == TableKind::Source)
            return tr("%1 is a data source table kept by %2; other departments only read it.").arg(table.title(), table.department);
        return tr("%1 is filled by %2, not by your department.").arg(table.title(), table.department);
    }
    return QString();
}

QString EditPolicy::rowReadOnlyReason(const Table& table, const QString& rowDepartment) const
{
    const QString reason = tableReadOnlyReason(table);
    if (!reason.isEmpty() || m_who.supervisor)
        return reason;
    // The lead department of a source table keeps all of its rows; everyone else their own.
    const bool lead = m_codes.value(table.department) == m_who.department;
    if (table.kind == TableKind::Source && lead)
        return QString();
    if (rowDepartment != m_who.department)
        return tr("This row belongs to another department (%1).").arg(rowDepartment);
    return QString();
}

QString EditPolicy::newRowDepartment(const Table& table) const
{
    if (fills(table, m_who.department))
        return m_who.department;
    if (table.department == Catalog::allSchoolsName())
        return m_schools.value(0);
    return m_codes.value(table.department);
}

} // namespace caiji
