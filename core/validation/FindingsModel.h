#pragma once

#include "../catalog/Catalog.h"
#include "Explanations.h"
#include "Finding.h"

#include <QAbstractTableModel>
#include <QVector>

namespace caiji {

/// The findings of a validation run as a table: severity, table, row, field, message.
class FindingsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        SeverityColumn,
        DepartmentColumn,
        TableColumn,
        RowColumn,
        FieldColumn,
        MessageColumn,
        ExplanationColumn,
        ColumnCount,
    };
    enum Role
    {
        SeverityRole = Qt::UserRole + 1,
        TableCodeRole,
        RowIdRole,
        FieldRole,
        DepartmentRole,
        ExplanationStatusRole,
    };

    explicit FindingsModel(QObject* parent = nullptr);

    void setFindings(const Catalog* catalog, QVector<Finding> findings, QHash<QString, QString> departmentNames);
    const QVector<Finding>& findings() const { return m_findings; }
    void setExplanations(QHash<QString, Explanation> explanations);
    /// The explanation written for a finding, if any.
    const Explanation* explanationFor(const Finding& f) const;
    const QHash<QString, Explanation>& explanations() const { return m_explanations; }
    /// Replaces the findings of some rows of a table (after they were checked again).
    void replaceRows(const QString& table, const QStringList& rowIds, const QVector<Finding>& fresh);
    /// Replaces the findings of whole tables (of one department's rows, when one is given).
    void replaceTables(const QStringList& tables, const QString& department, const QVector<Finding>& fresh);
    const Finding& findingAt(int row) const { return m_findings.at(row); }
    int count(Severity s) const;

    int rowCount(const QModelIndex& parent = QModelIndex()) const override;
    int columnCount(const QModelIndex& parent = QModelIndex()) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const Catalog* m_catalog = nullptr;
    QVector<Finding> m_findings;
    QHash<QString, QString> m_departmentNames;
    QHash<QString, Explanation> m_explanations;
};

} // namespace caiji
