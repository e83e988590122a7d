#pragma once

#include "core/model/TableRowModel.h"

#include <QPointer>
#include <QTableView>

namespace caiji {


/// The spreadsheet view: fixed row heights (so 200,000 rows cost nothing to lay out), row
/// numbers, and prefetching of the pages around what is visible whenever the view scrolls.
class GridView : public QTableView
{
    Q_OBJECT

public:
    explicit GridView(QWidget* parent = nullptr);

    void setRowModel(TableRowModel* model);
    TableRowModel* rowModel() const { return m_model; }
    /// Sizes columns to their header and the rows loaded so far (Excel's auto-fit, cheaply).
    void fitColumns();

signals:
    void currentColumnChanged(int column);

protected:
    void currentChanged(const QModelIndex& current, const QModelIndex& previous) override;

private:
    void prefetchVisible();

    QPointer<TableRowModel> m_model;
};

} // namespace caiji
