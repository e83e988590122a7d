#pragma once

#include "core/exchange/PackageMerger.h"

#include <QAbstractTableModel>
#include <QHash>

namespace caiji {

class Catalog;

/// The conflicts of staged merges as a table, open ones first: where (department, table, row,
/// field), what kind, the base's, the master's and the package's values with who changed them,
/// and the office's decision.
class ConflictsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        Number,
        Department,
        Table,
        Record,
        Field,
        Kind,
        Base,
        Master,
        Package,
        Decision,
        ColumnCount,
    };
    enum Roles
    {
        IdRole = Qt::UserRole + 1,
        OpenRole,
    };

    ConflictsModel(const Catalog& catalog, QHash<QString, QString> departmentNames, QObject* parent = nullptr);
    /// The conflicts, and the rows they are about as people know them (row id → label).
    void setConflicts(QVector<StoredConflict> conflicts, QHash<QString, QString> rowLabels = {});
    const StoredConflict& conflictAt(int row) const { return m_conflicts.at(row); }
    int openCount() const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Catalog& m_catalog;
    QHash<QString, QString> m_names;
    QVector<StoredConflict> m_conflicts;
    QHash<QString, QString> m_rows;
};

} // namespace caiji
