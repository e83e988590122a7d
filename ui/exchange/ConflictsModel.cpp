#include "ConflictsModel.h"

#include "core/catalog/Catalog.h"

#include <QBrush>

namespace caiji {

ConflictsModel::ConflictsModel(const Catalog& catalog, QHash<QString, QString> departmentNames, QObject* parent)
    : QAbstractTableModel(parent)
    , m_catalog(catalog)
    , m_names(std::move(departmentNames))
{
}

void ConflictsModel::setConflicts(QVector<StoredConflict> conflicts, QHash<QString, QString> rowLabels)
{
    beginResetModel();
    m_conflicts = std::move(conflicts);
    m_rows = std::move(rowLabels);
    endResetModel();
}

int ConflictsModel::openCount() const
{
    int n = 0;
    for (const StoredConflict& s : m_conflicts)
        n += s.state == QLatin1String("open") ? 1 : 0;
    return n;
}

int ConflictsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : static_cast<int>(m_conflicts.size());
}

int ConflictsModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant ConflictsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid))
        return {};
    const StoredConflict& s = m_conflicts.at(index.row());
    const MergeConflict& c = s.conflict;
    const bool open = s.state == QLatin1String("open");
    if (role == IdRole)
        return s.id;
    if (role == OpenRole)
        return open;
    if (role == Qt::BackgroundRole) {
        if (index.column() == Master)
            return QBrush(QColor(232, 240, 254));
        if (index.column() == Package)
            return QBrush(QColor(254, 243, 224));
        return {};
    }
    if (role == Qt::ForegroundRole && index.column() == Decision && open)
        return QBrush(QColor(192, 57, 43));
    if (role == Qt::ToolTipRole && index.column() == Decision && !s.note.isEmpty())
        return s.note;
    if (role != Qt::DisplayRole)
        return {};
    const struct Table* t = m_catalog.table(c.table);
    auto who = [](const QString& value, const QString& by, const QString& at) {
        if (by.isEmpty())
            return value;
        return at.isEmpty() ? tr("%1 (%2)").arg(value, by) : tr("%1 (%2, %3)").arg(value, by, at.left(10));
    };
    switch (index.column()) {
    case Number:
        return s.id;
    case Department:
        return m_names.value(s.department, s.department);
    case Table:
        return t ? t->title() : c.table;
    case Record:
        return m_rows.value(c.rowId, c.field.isEmpty() ? c.package : QString());
    case Field: {
        const struct Field* f = t ? t->field(c.field) : nullptr;
        return f ? f->name : tr("whole row");
    }
    case Kind:
        return MergeConflict::kindDisplayName(c.kind);
    case Base:
        return c.base;
    case Master:
        return who(c.master, c.masterBy, c.masterAt);
    case Package:
        return who(c.package, c.packageBy, c.packageAt);
    case Decision:
        if (open)
            return tr("to decide");
        if (s.resolution == QLatin1String("master"))
            return tr("master's");
        if (s.resolution == QLatin1String("package"))
            return tr("package's");
        if (s.resolution == QLatin1String("base"))
            return tr("base's");
        return tr("value: %1").arg(s.value);
    default:
        return {};
    }
}

QVariant ConflictsModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case Number:
        return tr("No.");
    case Department:
        return tr("Department");
    case Table:
        return tr("Table");
    case Record:
        return tr("Record");
    case Field:
        return tr("Field");
    case Kind:
        return tr("Conflict");
    case Base:
        return tr("Base");
    case Master:
        return tr("Master");
    case Package:
        return tr("Package");
    case Decision:
        return tr("Decision");
    default:
        return {};
    }
}

} // namespace caiji
