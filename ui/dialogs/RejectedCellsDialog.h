#pragma once

#include "core/edit/GridEditor.h"

#include <QDialog>

namespace caiji {

/// Lists the cells of a paste or edit that were not saved: row, column, the value and why.
class RejectedCellsDialog : public QDialog
{
    Q_OBJECT

public:
    RejectedCellsDialog(const Table& table, const QVector<CellRejection>& rejected, QWidget* parent = nullptr);
};

} // namespace caiji
