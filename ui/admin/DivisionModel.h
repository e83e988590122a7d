#pragma once

#include "core/auth/Division.h"
#include "core/storage/Directory.h"

#include <QAbstractTableModel>

namespace caiji {

/// The division of the tables as a matrix the supervision office edits: one row per table, one
/// column per department, each cell saying whether the department leads the table (牵头), fills
/// its own rows (填报) and reviews the others' (审核). Cells that differ from the saved division
/// are shown in bold until saved.
class DivisionModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum class Part
    {
        None, ///< the department has nothing to do with the table
        Lead,
        Fill,
        Review, ///< reviews the others' rows (does not fill)
    };

    explicit DivisionModel(QObject* parent = nullptr);

    void load(const Catalog& catalog, const QVector<Department>& departments, const Division& saved);
    const Division& division() const { return m_division; }
    const QVector<Department>& departments() const { return m_departments; }
    /// Replaces the edited division (an imported workbook), keeping the saved one to compare with.
    void setDivision(const Division& division);
    /// After a save: what is edited is what is saved.
    void markSaved();
    /// Tables whose division is changed and not saved.
    QStringList changedTables() const;

    /// Gives the department a part in the table: Lead moves the old lead to the fillers, Fill
    /// adds it to the fillers (a lead stays the lead), Review makes it the reviewing department,
    /// None takes it off (a lead cannot be taken off: another lead must be chosen first).
    bool setPart(const QModelIndex& index, Part part);
    QString tableCode(int row) const;

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QStringList m_tables; ///< codes, catalog order
    QStringList m_names;
    QVector<Department> m_departments;
    Division m_division;
    Division m_saved;
};

} // namespace caiji
