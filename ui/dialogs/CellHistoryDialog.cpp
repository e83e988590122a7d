#include "CellHistoryDialog.h"

#include "core/history/CellHistory.h"
#include "core/storage/Workspace.h"
#include "core/value/ValueFormat.h"

#include <QDateTime>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caiji {

namespace {
QString localTime(const QString& iso)
{
    const QDateTime t = QDateTime::fromString(iso, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime().toString(QStringLiteral("yyyy-MM-dd HH:mm:ss")) : iso;
}
} // namespace

CellHistoryDialog::CellHistoryDialog(
    Workspace& ws, const Table& table, const QString& rowId, int column, QWidget* parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("cellHistory"));
    const Field& field = table.fields.at(column);
    setWindowTitle(tr("Change history — %1").arg(field.name));
    resize(760, 360);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(new QLabel(tr("Table %1, field %2").arg(table.title(), field.headerLabel()), this));
    auto* list = new QTableWidget(0, 5, this);
    list->setObjectName(QStringLiteral("historyTable"));
    list->setHorizontalHeaderLabels({tr("Time"), tr("Account"), tr("How"), tr("Before"), tr("After")});
    list->verticalHeader()->hide();
    list->setEditTriggers(QAbstractItemView::NoEditTriggers);
    list->setSelectionBehavior(QAbstractItemView::SelectRows);
    list->horizontalHeader()->setStretchLastSection(true);
    layout->addWidget(list);
    QVector<CellVersion> steps;
    if (!CellHistory(ws, table).history(rowId, field.key, &steps, &m_error)) {
        layout->addWidget(new QLabel(m_error, this));
    }
    m_steps = static_cast<int>(steps.size());
    const QString empty = tr("(empty)");
    for (const CellVersion& v : std::as_const(steps)) {
        const int r = list->rowCount();
        list->insertRow(r);
        const bool change = v.op == QLatin1String("update");
        const QString before = change ? ValueFormat::display(ws.catalog(), field, v.before) : QString();
        const QString after = change || v.op == QLatin1String("insert")
            ? ValueFormat::display(ws.catalog(), field, v.after)
            : QString();
        const QStringList cells
            = {localTime(v.at), v.login, CellHistory::describe(v), change && before.isEmpty() ? empty : before,
                (change || v.op == QLatin1String("insert")) && after.isEmpty() ? empty : after};
        for (int c = 0; c < cells.size(); ++c)
            list->setItem(r, c, new QTableWidgetItem(cells[c]));
    }
    list->resizeColumnsToContents();
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
}

} // namespace caiji
