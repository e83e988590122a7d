#include "RejectedCellsDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caiji {

RejectedCellsDialog::RejectedCellsDialog(const Table& table, const QVector<CellRejection>& rejected, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("rejectedCells"));
    setWindowTitle(tr("Cells not saved"));
    resize(760, 420);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("%n cell(s) were not saved. They are marked red in the table; fix them there or in "
                                    "the source file and paste again.",
                                     nullptr, static_cast<int>(rejected.size())),
        this));
    auto* list = new QTableWidget(static_cast<int>(rejected.size()), 4, this);
    list->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("Reason")});
    list->verticalHeader()->hide();
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    for (int i = 0; i < rejected.size(); ++i) {
        const CellRejection& r = rejected[i];
        list->setItem(i, 0, new QTableWidgetItem(QString::number(r.row + 1)));
        list->setItem(i, 1,
            new QTableWidgetItem(
                r.column < table.fields.size() ? table.fields[r.column].name : tr("(column %1)").arg(r.column + 1)));
        list->setItem(i, 2, new QTableWidgetItem(r.text));
        list->setItem(i, 3, new QTableWidgetItem(r.reason));
    }
    list->horizontalHeader()->setStretchLastSection(true);
    list->resizeColumnsToContents();
    layout->addWidget(list, 1);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace caiji
