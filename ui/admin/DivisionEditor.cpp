#include "DivisionEditor.h"

#include "core/io/DivisionWorkbook.h"
#include "core/storage/Workspace.h"
#include "core/write/WriteGateway.h"
#include "ui/dialogs/FileDialogs.h"
#include "ui/dialogs/Notices.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace caiji {

DivisionEditor::DivisionEditor(WriteGateway& gateway, QWidget* parent)
    : QDialog(parent)
    , m_gateway(gateway)
    , m_model(new DivisionModel(this))
    , m_view(new QTableView(this))
    , m_find(new QLineEdit(this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("divisionEditor"));
    setWindowTitle(tr("Division of the tables"));
    Workspace& ws = gateway.workspace();
    Division division;
    QString error;
    if (!Division::load(ws, &division, &error))
        m_summary->setText(error);
    m_model->load(ws.catalog(), Directory(ws).departments(), division);
    m_view->setModel(m_model);
    m_view->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    // Wide enough for the department's name and a cell's "牵头 审核".
    for (int c = 0; c < m_model->columnCount(); ++c)
        m_view->setColumnWidth(c,
            qMax(m_view->fontMetrics().horizontalAdvance(m_model->headerData(c, Qt::Horizontal).toString()),
                m_view->fontMetrics().horizontalAdvance(QStringLiteral("牵头 审核")))
                + 16);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 6);
    m_view->setContextMenuPolicy(Qt::CustomContextMenu);
    m_find->setPlaceholderText(tr("Find a table (code or name)"));
    m_find->setClearButtonEnabled(true);

    auto button = [this](const QString& text, const QString& name, auto slot) {
        auto* b = new QPushButton(text, this);
        b->setObjectName(name);
        b->setAutoDefault(false);
        connect(b, &QPushButton::clicked, this, slot);
        return b;
    };
    auto* top = new QHBoxLayout;
    top->addWidget(m_find, 1);
    top->addWidget(
        button(tr("Lead"), QStringLiteral("division-lead"), [this] { applyToSelection(DivisionModel::Part::Lead); }));
    top->addWidget(
        button(tr("Fills"), QStringLiteral("division-fill"), [this] { applyToSelection(DivisionModel::Part::Fill); }));
    top->addWidget(button(
        tr("Reviews"), QStringLiteral("division-review"), [this] { applyToSelection(DivisionModel::Part::Review); }));
    top->addWidget(button(
        tr("Take off"), QStringLiteral("division-none"), [this] { applyToSelection(DivisionModel::Part::None); }));
    auto* bottom = new QHBoxLayout;
    bottom->addWidget(m_summary, 1);
    bottom->addWidget(button(tr("Import workbook…"), QStringLiteral("division-import"), [this] {
        const QString path = FileDialogs::openFile(
            this, tr("Import the division of the tables"), QString(), tr("Workbooks (*.xlsx *.xls *.csv)"));
        QString error;
        if (!path.isEmpty() && !importWorkbook(path, &error))
            Notices::refusal(this, error, {});
    }));
    bottom->addWidget(button(tr("Export workbook…"), QStringLiteral("division-export"), [this] {
        const QString path = FileDialogs::saveFile(this, tr("Export the division of the tables"),
            tr("division of the tables.xlsx"), tr("Excel workbook (*.xlsx)"));
        QString error;
        if (!path.isEmpty() && !exportWorkbook(path, &error))
            Notices::refusal(this, error, {});
    }));
    auto* saveButton = button(tr("Save…"), QStringLiteral("division-save"), [this] {
        bool ok = false;
        const QString reason = QInputDialog::getText(this, tr("Save the division"),
            tr("Why is it changed? (kept in the journal)"), QLineEdit::Normal, QString(), &ok);
        QString error;
        if (ok && !save(reason, &error))
            Notices::refusal(this, error, {});
    });
    bottom->addWidget(saveButton);
    auto* close = button(tr("Close"), QStringLiteral("division-close"), [this] { reject(); });
    bottom->addWidget(close);

    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);

    connect(m_find, &QLineEdit::textChanged, this, [this](const QString& text) {
        for (int r = 0; r < m_model->rowCount(); ++r)
            m_view->setRowHidden(r,
                !text.isEmpty()
                    && !m_model->headerData(r, Qt::Vertical).toString().contains(text, Qt::CaseInsensitive));
    });
    connect(m_view, &QTableView::customContextMenuRequested, this, [this](const QPoint& at) {
        QMenu menu(this);
        menu.addAction(tr("Lead the table"), this, [this] { applyToSelection(DivisionModel::Part::Lead); });
        menu.addAction(tr("Fill its own rows"), this, [this] { applyToSelection(DivisionModel::Part::Fill); });
        menu.addAction(tr("Review the others' rows"), this, [this] { applyToSelection(DivisionModel::Part::Review); });
        menu.addAction(tr("Take off the table"), this, [this] { applyToSelection(DivisionModel::Part::None); });
        menu.exec(m_view->viewport()->mapToGlobal(at));
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &DivisionEditor::updateSummary);
    resize(1200, 640);
    updateSummary();
}

int DivisionEditor::applyToSelection(DivisionModel::Part part)
{
    int changed = 0;
    QStringList refused;
    for (const QModelIndex& index : m_view->selectionModel()->selectedIndexes()) {
        const Division before = m_model->division();
        if (!m_model->setPart(index, part))
            refused.append(m_model->tableCode(index.row()));
        else if (!m_model->division().changedFrom(before).isEmpty())
            ++changed;
    }
    if (!refused.isEmpty())
        m_summary->setText(
            tr("A lead stays until another department leads the table: %1").arg(refused.join(QLatin1Char(' '))));
    else
        updateSummary();
    return changed;
}

bool DivisionEditor::save(const QString& reason, QString* error)
{
    QStringList changed;
    if (!m_gateway.saveDivision(m_model->division(), reason, &changed, error))
        return false;
    m_model->markSaved();
    m_summary->setText(changed.isEmpty()
            ? tr("Nothing to save.")
            : tr("Saved: the division of %n table(s) changed.", nullptr, static_cast<int>(changed.size())));
    emit saved();
    return true;
}

bool DivisionEditor::importWorkbook(const QString& path, QString* error)
{
    Workspace& ws = m_gateway.workspace();
    Division read;
    if (!DivisionWorkbook::read(path, ws.catalog(), m_model->departments(), m_model->division(), &read, error))
        return false;
    m_model->setDivision(read);
    updateSummary();
    return true;
}

bool DivisionEditor::exportWorkbook(const QString& path, QString* error)
{
    Workspace& ws = m_gateway.workspace();
    return DivisionWorkbook::write(
        path, ws.catalog(), m_model->departments(), m_model->division(), DivisionWorkbook::title(ws.catalog()), error);
}

void DivisionEditor::updateSummary()
{
    const QStringList changed = m_model->changedTables();
    m_summary->setText(changed.isEmpty()
            ? tr("Select cells, then make the department lead, fill or review the table. Bold: not saved yet.")
            : tr("%n table(s) changed, not saved: %1", nullptr, static_cast<int>(changed.size()))
                  .arg(changed.mid(0, 8).join(QLatin1Char(' '))
                      + (changed.size() > 8 ? QStringLiteral(" …") : QString())));
}

void DivisionEditor::reject()
{
    if (!m_model->changedTables().isEmpty()
        && QMessageBox::question(this, windowTitle(), tr("The division is changed and not saved. Close anyway?"))
            != QMessageBox::Yes)
        return;
    QDialog::reject();
}

} // namespace caiji
