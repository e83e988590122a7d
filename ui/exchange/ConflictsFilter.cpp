#include "ConflictsFilter.h"

#include "ConflictsModel.h"

namespace caiji {

void ConflictsFilter::setTable(const QString& table)
{
    m_table = table;
    invalidateFilter();
}

void ConflictsFilter::setDepartment(const QString& department)
{
    m_department = department;
    invalidateFilter();
}

void ConflictsFilter::setField(const QString& field)
{
    m_field = field;
    invalidateFilter();
}

void ConflictsFilter::setOpenOnly(bool open)
{
    m_openOnly = open;
    invalidateFilter();
}

bool ConflictsFilter::filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const
{
    const QAbstractItemModel* m = sourceModel();
    auto text = [&](int column) { return m->index(sourceRow, column, sourceParent).data().toString(); };
    if (!m_table.isEmpty() && text(ConflictsModel::Table) != m_table)
        return false;
    if (!m_department.isEmpty() && text(ConflictsModel::Department) != m_department)
        return false;
    if (!m_field.isEmpty() && text(ConflictsModel::Field) != m_field)
        return false;
    return !m_openOnly || m->index(sourceRow, 0, sourceParent).data(ConflictsModel::OpenRole).toBool();
}

} // namespace caiji
