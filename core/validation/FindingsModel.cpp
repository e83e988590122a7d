#include "FindingsModel.h"

#include <QBrush>
#include <QColor>
#include <QSet>

#include <algorithm>

namespace caiji {

FindingsModel::FindingsModel(QObject* parent)
    : QAbstractTableModel(parent)
{
}

void FindingsModel::setFindings(
    const Catalog* catalog, QVector<Finding> findings, QHash<QString, QString> departmentNames)
{
    beginResetModel();
    m_catalog = catalog;
    m_findings = std::move(findings);
    m_departmentNames = std::move(departmentNames);
    endResetModel();
}

void FindingsModel::setExplanations(QHash<QString, Explanation> explanations)
{
    m_explanations = std::move(explanations);
    if (!m_findings.isEmpty())
        emit dataChanged(
            index(0, ExplanationColumn), index(static_cast<int>(m_findings.size()) - 1, ExplanationColumn));
}

void FindingsModel::replaceRows(const QString& table, const QStringList& rowIds, const QVector<Finding>& fresh)
{
    const QSet<QString> ids(rowIds.cbegin(), rowIds.cend());
    beginResetModel();
    m_findings.erase(std::remove_if(m_findings.begin(), m_findings.end(),
                         [&](const Finding& f) { return f.table == table && ids.contains(f.rowId); }),
        m_findings.end());
    m_findings += fresh;
    endResetModel();
}

void FindingsModel::replaceTables(const QStringList& tables, const QString& department, const QVector<Finding>& fresh)
{
    beginResetModel();
    m_findings.erase(std::remove_if(m_findings.begin(), m_findings.end(),
                         [&](const Finding& f) {
                             return tables.contains(f.table) && (department.isEmpty() || f.department == department);
                         }),
        m_findings.end());
    m_findings += fresh;
    endResetModel();
}

int FindingsModel::count(Severity s) const
{
    int n = 0;
    for (const Finding& f : m_findings)
        n += f.severity == s ? 1 : 0;
    return n;
}

const Explanation* FindingsModel::explanationFor(const Finding& f) const
{
    const auto it = m_explanations.constFind(Explanations::keyOf(f));
    return it == m_explanations.constEnd() ? nullptr : &it.value();
}

int FindingsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_findings.size());
}

int FindingsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant FindingsModel::data(const QModelIndex& index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return QVariant();
    const Finding& f = m_findings.at(index.row());
    const Table* t = m_catalog ? m_catalog->table(f.table) : nullptr;
    switch (role) {
    case Qt::DisplayRole:
        switch (index.column()) {
        case SeverityColumn:
            return severityDisplayName(f.severity);
        case DepartmentColumn:
            return m_departmentNames.value(f.department, f.department);
        case TableColumn:
            return t ? t->title() : f.table;
        case RowColumn:
            return f.rowKey;
        case FieldColumn:
            return t && t->field(f.field) ? t->field(f.field)->name : f.field;
        case MessageColumn:
            return f.message;
        case ExplanationColumn: {
            const auto e = m_explanations.constFind(Explanations::keyOf(f));
            if (e == m_explanations.constEnd())
                return f.severity == Severity::Warning ? tr("(explanation needed)") : QString();
            return QStringLiteral("%1 [%2]").arg(e->text, Explanations::statusDisplayName(e->status));
        }
        }
        return QVariant();
    case Qt::ToolTipRole:
        return f.message;
    case Qt::ForegroundRole:
        if (index.column() == SeverityColumn)
            return QBrush(f.severity == Severity::Error ? QColor(170, 0, 0)
                    : f.severity == Severity::Warning   ? QColor(160, 100, 0)
                                                        : QColor(60, 60, 60));
        return QVariant();
    case SeverityRole:
        return static_cast<int>(f.severity);
    case TableCodeRole:
        return f.table;
    case RowIdRole:
        return f.rowId;
    case FieldRole:
        return f.field;
    case DepartmentRole:
        return f.department;
    case ExplanationStatusRole:
        return m_explanations.value(Explanations::keyOf(f)).status;
    default:
        return QVariant();
    }
}

QVariant FindingsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QVariant();
    switch (section) {
    case SeverityColumn:
        return tr("Severity");
    case DepartmentColumn:
        return tr("Department");
    case TableColumn:
        return tr("Table");
    case RowColumn:
        return tr("Row");
    case FieldColumn:
        return tr("Field");
    case MessageColumn:
        return tr("Problem");
    case ExplanationColumn:
        return tr("Explanation");
    }
    return QVariant();
}

} // namespace caiji
