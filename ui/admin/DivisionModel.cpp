#include "DivisionModel.h"

#include <QBrush>
#include <QColor>
#include <QFont>

namespace caiji {

DivisionModel::DivisionModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void DivisionModel::load(const Catalog& catalog, const QVector<Department>& departments, const Division& saved)
{
    beginResetModel();
    m_tables.clear();
    m_names.clear();
    for (const Table& t : catalog.tables) {
        m_tables.append(t.code);
        m_names.append(t.name);
    }
    m_departments = departments;
    m_division = saved;
    m_saved = saved;
    endResetModel();
}

void DivisionModel::setDivision(const Division& division)
{
    m_division = division;
    if (rowCount() > 0 && columnCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1));
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
}

void DivisionModel::markSaved()
{
    m_saved = m_division;
    if (rowCount() > 0 && columnCount() > 0) {
        emit dataChanged(index(0, 0), index(rowCount() - 1, columnCount() - 1), {Qt::FontRole});
        emit headerDataChanged(Qt::Vertical, 0, rowCount() - 1);
    }
}

QStringList DivisionModel::changedTables() const
{
    return m_division.changedFrom(m_saved);
}

QString DivisionModel::tableCode(int row) const
{
    return m_tables.value(row);
}

bool DivisionModel::setPart(const QModelIndex& index, Part part)
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return false;
    const QString table = m_tables.at(index.row());
    const QString dept = m_departments.at(index.column()).code;
    TableDivision d = m_division.of(table);
    switch (part) {
    case Part::Lead:
        if (d.lead == dept)
            return true;
        d.contributing.removeAll(dept);
        if (!d.lead.isEmpty())
            d.contributing.prepend(d.lead);
        d.lead = dept;
        if (d.reviewer == dept)
            d.reviewer.clear();
        break;
    case Part::Fill:
        if (d.lead != dept && !d.contributing.contains(dept))
            d.contributing.append(dept);
        break;
    case Part::Review:
        d.reviewer = dept == d.lead ? QString() : dept;
        break;
    case Part::None:
        if (d.lead == dept)
            return false;
        d.contributing.removeAll(dept);
        if (d.reviewer == dept)
            d.reviewer.clear();
        break;
    }
    m_division.set(table, d);
    // The whole row: a new lead changes the old lead's cell too.
    emit dataChanged(this->index(index.row(), 0), this->index(index.row(), columnCount() - 1));
    emit headerDataChanged(Qt::Vertical, index.row(), index.row());
    return true;
}

int DivisionModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_tables.size());
}

int DivisionModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_departments.size());
}

QVariant DivisionModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return QVariant();
    const QString table = m_tables.at(index.row());
    const QString dept = m_departments.at(index.column()).code;
    const TableDivision d = m_division.of(table);
    const bool lead = d.lead == dept;
    const bool fills = d.contributing.contains(dept);
    const bool reviews = !d.reviewer.isEmpty() && d.reviewer == dept;
    switch (role) {
    case Qt::DisplayRole: {
        QStringList parts;
        if (lead)
            parts.append(tr("Lead", "division: leads the table"));
        if (fills)
            parts.append(tr("Fill", "division: fills its own rows"));
        if (reviews)
            parts.append(tr("Review", "division: reviews the others' rows"));
        return parts.join(QLatin1Char(' '));
    }
    case Qt::ToolTipRole: {
        QStringList lines;
        const QString who = m_departments.at(index.column()).name;
        if (lead)
            lines.append(tr("%1 leads %2: fills it and reads every department's rows").arg(who, table));
        if (fills)
            lines.append(tr("%1 fills its own rows of %2").arg(who, table));
        if (reviews || (lead && d.reviewer.isEmpty()))
            lines.append(tr("%1's reviewer passes the other departments' rows").arg(who));
        return lines.join(QLatin1Char('\n'));
    }
    case Qt::BackgroundRole:
        if (lead)
            return QBrush(QColor(0x9f, 0xc5, 0xf0));
        if (fills)
            return QBrush(QColor(0xdc, 0xea, 0xfa));
        if (reviews)
            return QBrush(QColor(0xe6, 0xd9, 0xf5));
        return QVariant();
    case Qt::FontRole:
        if (!(m_saved.of(table) == d)) {
            const TableDivision s = m_saved.of(table);
            const bool was = s.lead == dept || s.contributing.contains(dept) || s.reviewer == dept;
            const bool is = lead || fills || reviews;
            if (was != is || (s.lead == dept) != lead || (s.reviewer == dept) != reviews) {
                QFont f;
                f.setBold(true);
                f.setUnderline(true);
                return f;
            }
        }
        return QVariant();
    case Qt::TextAlignmentRole:
        return Qt::AlignCenter;
    default:
        return QVariant();
    }
}

QVariant DivisionModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section >= m_departments.size())
            return QVariant();
        if (role == Qt::DisplayRole)
            return m_departments.at(section).name;
        if (role == Qt::ToolTipRole)
            return m_departments.at(section).fullName;
        return QVariant();
    }
    if (section < 0 || section >= m_tables.size())
        return QVariant();
    if (role == Qt::DisplayRole)
        return tr("%1 %2").arg(m_tables.at(section), m_names.at(section));
    if (role == Qt::FontRole && !(m_saved.of(m_tables.at(section)) == m_division.of(m_tables.at(section)))) {
        QFont f;
        f.setBold(true);
        return f;
    }
    return QVariant();
}

} // namespace caiji
