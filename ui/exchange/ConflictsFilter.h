#pragma once

#include <QSortFilterProxyModel>

namespace caiji {

/// The conflicts the office looks at: of one table, one department, one field, only those still
/// to decide — so that a whole table's or department's conflicts are decided at once.
class ConflictsFilter : public QSortFilterProxyModel
{
    Q_OBJECT

public:
    using QSortFilterProxyModel::QSortFilterProxyModel;

    /// Empty: any. Matched against the model's display text of that column.
    void setTable(const QString& table);
    void setDepartment(const QString& department);
    void setField(const QString& field);
    void setOpenOnly(bool open);

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex& sourceParent) const override;

private:
    QString m_table;
    QString m_department;
    QString m_field;
    bool m_openOnly = false;
};

} // namespace caiji
