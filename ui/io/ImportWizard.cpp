#include "ImportWizard.h"

#include "ui/dialogs/FileDialogs.h"

#include "core/io/CsvReader.h"
#include "core/io/XlsxReader.h"
#include "core/jobs/JobRunner.h"
#include "core/session/Session.h"
#include "core/storage/Workspace.h"
#include "core/write/WriteGateway.h"

#include <QApplication>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QProgressDialog>
#include <QPushButton>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace caiji {

namespace {
QTableWidget* makeTable(const QStringList& headers, QWidget* parent)
{
    auto* t = new QTableWidget(0, static_cast<int>(headers.size()), parent);
    t->setHorizontalHeaderLabels(headers);
    t->verticalHeader()->hide();
    t->setEditTriggers(QAbstractItemView::NoEditTriggers);
    t->horizontalHeader()->setStretchLastSection(true);
    return t;
}
} // namespace

ImportWizard::ImportWizard(
    WriteGateway& gateway, const Table& table, int round, const QString& department, QWidget* parent)
    : QWizard(parent)
    , m_gateway(gateway)
    , m_ws(gateway.workspace())
    , m_table(table)
    , m_round(round)
    , m_department(department)
    , m_file(new QLineEdit(this))
    , m_sheet(new QComboBox(this))
    , m_append(new QRadioButton(tr("Append the rows"), this))
    , m_replace(new QRadioButton(tr("Replace my department's rows of this table"), this))
    , m_update(new QRadioButton(tr("Update rows with the same key, add the others"), this))
    , m_mapping(makeTable({tr("Column in the file"), tr("Field")}, this))
    , m_counts(new QLabel(this))
    , m_diff(makeTable({tr("Row"), tr("Field"), tr("Now"), tr("After the import")}, this))
    , m_rejected(makeTable({tr("File row"), tr("Column"), tr("Value"), tr("Reason")}, this))
    , m_removed(makeTable({tr("Row"), tr("Used by rows of other tables"), tr("What happens")}, this))
    , m_new(makeTable({tr("Row")}, this))
    , m_jobs(new JobRunner(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import into %1").arg(table.title()));
    setWizardStyle(QWizard::ClassicStyle);
    resize(900, 600);

    auto* filePage = new QWizardPage(this);
    filePage->setTitle(tr("File and sheet"));
    filePage->setSubTitle(tr("An Excel or WPS workbook (.xlsx, .xls) or a text file (.csv, UTF-8 or GBK)."));
    auto* form = new QFormLayout(filePage);
    auto* row = new QHBoxLayout;
    m_file->setObjectName(QStringLiteral("importFile"));
    row->addWidget(m_file, 1);
    auto* browse = new QPushButton(tr("Browse…"), filePage);
    row->addWidget(browse);
    form->addRow(tr("File"), row);
    form->addRow(tr("Sheet"), m_sheet);
    // Matching by key is the default where the table has one: importing the same file twice
    // changes nothing, and nothing is ever duplicated by surprise.
    form->addRow(tr("Mode"), m_update);
    form->addRow(QString(), m_replace);
    form->addRow(QString(), m_append);
    m_update->setEnabled(!table.keys.isEmpty());
    m_update->setObjectName(QStringLiteral("importModeUpdate"));
    m_replace->setObjectName(QStringLiteral("importModeReplace"));
    m_append->setObjectName(QStringLiteral("importModeAppend"));
    (table.keys.isEmpty() ? m_append : m_update)->setChecked(true);
    connect(browse, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::openFile(this, tr("Import file"), QString(),
            tr("Spreadsheets (*.xlsx *.xls *.et *.csv *.tsv *.txt);;All files (*)"));
        if (!path.isEmpty())
            setFile(path);
    });
    connect(m_file, &QLineEdit::editingFinished, this, [this] {
        QString error;
        if (!m_file->text().isEmpty() && m_file->text() != m_loaded && !loadFile(&error))
            QMessageBox::warning(this, windowTitle(), error);
    });
    setPage(FilePage, filePage);

    auto* mappingPage = new QWizardPage(this);
    mappingPage->setTitle(tr("Columns"));
    mappingPage->setSubTitle(tr("Columns are matched to fields by their Chinese names; change any that are wrong. "
                                "Your choice is remembered for this table."));
    auto* ml = new QVBoxLayout(mappingPage);
    m_mapping->setObjectName(QStringLiteral("importMapping"));
    ml->addWidget(m_mapping);
    setPage(MappingPage, mappingPage);

    auto* previewPage = new QWizardPage(this);
    previewPage->setTitle(tr("Dry run"));
    previewPage->setSubTitle(tr("Nothing has been written yet. Check the result, then choose Finish to import."));
    auto* pl = new QVBoxLayout(previewPage);
    m_counts->setObjectName(QStringLiteral("importCounts"));
    pl->addWidget(m_counts);
    m_tabs = new QTabWidget(previewPage);
    m_tabs->addTab(m_diff, tr("Changes"));
    m_tabs->addTab(m_new, tr("New rows"));
    m_removed->setObjectName(QStringLiteral("importRemovals"));
    m_tabs->addTab(m_removed, tr("Removed"));
    m_tabs->addTab(m_rejected, tr("Not imported"));
    pl->addWidget(m_tabs, 1);
    // Rows other tables use are kept unless ticked, one by one or all at once.
    auto* removeAll = new QPushButton(tr("Remove all listed rows, also those other tables use"), previewPage);
    removeAll->setObjectName(QStringLiteral("removeAllListed"));
    pl->addWidget(removeAll, 0, Qt::AlignLeft);
    connect(removeAll, &QPushButton::clicked, this, [this] {
        for (int r = 0; r < m_removed->rowCount(); ++r)
            m_removed->item(r, 0)->setCheckState(Qt::Checked);
    });
    connect(m_removed, &QTableWidget::itemChanged, this, [this](QTableWidgetItem* item) {
        if (item->column() == 0 && m_removed->item(item->row(), 2))
            m_removed->item(item->row(), 2)
                ->setText(item->checkState() == Qt::Checked ? tr("removed") : tr("kept (other tables use it)"));
    });
    auto* save = new QPushButton(tr("Save the rows not imported…"), previewPage);
    pl->addWidget(save, 0, Qt::AlignLeft);
    connect(save, &QPushButton::clicked, this, [this] {
        const QString path = FileDialogs::saveFile(
            this, tr("Rows not imported"), tr("not-imported.xlsx"), tr("Excel workbooks (*.xlsx)"));
        QString error;
        if (!path.isEmpty() && !TableImporter::saveRejected(m_plan, path, &error))
            QMessageBox::warning(this, windowTitle(), error);
    });
    setPage(PreviewPage, previewPage);
}

ImportWizard::~ImportWizard() = default;

void ImportWizard::setFile(const QString& path)
{
    m_file->setText(path);
    QString error;
    if (!loadFile(&error))
        QMessageBox::warning(this, windowTitle(), error);
}

bool ImportWizard::loadFile(QString* error)
{
    const QString path = m_file->text().trimmed();
    m_source.reset();
    m_sheet->clear();
    m_loaded.clear();
    std::unique_ptr<SheetSource> source = SheetSource::open(path, error);
    if (!source)
        return false;
    for (const SheetInfo& s : source->sheets())
        m_sheet->addItem(s.hidden ? tr("%1 (hidden)").arg(s.name) : s.name);
    m_sheet->setCurrentIndex(source->firstVisibleSheet());
    m_source = std::move(source);
    m_loaded = path;
    return true;
}

ImportMode ImportWizard::mode() const
{
    if (m_replace->isChecked())
        return ImportMode::Replace;
    if (m_update->isChecked())
        return ImportMode::Update;
    return ImportMode::Append;
}

bool ImportWizard::runPlan(QString* error)
{
    TableImporter importer(m_gateway, m_table.code, m_round, m_department, mode());
    if (currentId() == MappingPage || currentId() == PreviewPage) {
        QHash<int, int> overrides;
        for (int r = 0; r < m_mapping->rowCount(); ++r) {
            if (auto* combo = qobject_cast<QComboBox*>(m_mapping->cellWidget(r, 1)))
                overrides.insert(r, combo->currentData().toInt());
        }
        importer.setColumnOverrides(overrides);
    }
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = importer.plan(*m_source, m_sheet->currentIndex(), &m_plan, error);
    QApplication::restoreOverrideCursor();
    return ok;
}

bool ImportWizard::validateCurrentPage()
{
    QString error;
    if (currentId() == FilePage) {
        if ((m_file->text() != m_loaded || !m_source) && !loadFile(&error)) {
            QMessageBox::warning(this, windowTitle(), error.isEmpty() ? tr("Choose a file to import.") : error);
            return false;
        }
        if (!runPlan(&error)) {
            QMessageBox::warning(this, windowTitle(), error);
            return false;
        }
    } else if (currentId() == MappingPage) {
        if (!runPlan(&error)) {
            QMessageBox::warning(this, windowTitle(), error);
            return false;
        }
    }
    return true;
}

void ImportWizard::initializePage(int id)
{
    if (id == MappingPage)
        fillMapping();
    else if (id == PreviewPage)
        fillPreview();
}

void ImportWizard::fillMapping()
{
    m_mapping->setRowCount(static_cast<int>(m_plan.mapping.headers.size()));
    for (int r = 0; r < m_plan.mapping.headers.size(); ++r) {
        m_mapping->setItem(r, 0, new QTableWidgetItem(m_plan.mapping.headers[r]));
        auto* combo = new QComboBox(m_mapping);
        combo->addItem(tr("(not imported)"), -1);
        for (int f = 0; f < m_table.fields.size(); ++f)
            combo->addItem(m_table.fields[f].headerLabel(), f);
        combo->setCurrentIndex(qMax(0, combo->findData(m_plan.mapping.fieldOfColumn.value(r, -1))));
        m_mapping->setCellWidget(r, 1, combo);
    }
    m_mapping->resizeColumnToContents(0);
}

void ImportWizard::fillPreview()
{
    m_counts->setText(tr("<b>%1</b> new, <b>%2</b> changed, <b>%3</b> unchanged, <b>%4</b> removed (<b>%5</b> kept "
                         "because other tables use them), <b>%6</b> rows not imported.")
                          .arg(m_plan.newRows)
                          .arg(m_plan.changedRows)
                          .arg(m_plan.unchangedRows)
                          .arg(m_plan.removedRows)
                          .arg(m_plan.keptRows)
                          .arg(m_plan.rejectedRows));
    m_diff->setRowCount(static_cast<int>(m_plan.diff.size()));
    for (int i = 0; i < m_plan.diff.size(); ++i) {
        const ImportDiff& d = m_plan.diff[i];
        const QStringList cells = {d.rowKey, d.field, d.before, d.after};
        for (int c = 0; c < 4; ++c)
            m_diff->setItem(i, c, new QTableWidgetItem(cells[c]));
        m_diff->item(i, 3)->setBackground(QColor(220, 245, 220));
    }
    m_rejected->setRowCount(static_cast<int>(m_plan.rejected.size()));
    for (int i = 0; i < m_plan.rejected.size(); ++i) {
        const ImportRejection& r = m_plan.rejected[i];
        const QStringList cells = {QString::number(r.fileRow), r.column, r.text, r.reason};
        for (int c = 0; c < 4; ++c)
            m_rejected->setItem(i, c, new QTableWidgetItem(cells[c]));
        m_rejected->item(i, 2)->setBackground(QColor(255, 214, 214));
    }
    // Every row that goes: those other tables use stay unless ticked.
    const QSignalBlocker quiet(m_removed);
    m_removed->setRowCount(static_cast<int>(m_plan.removedList.size()));
    for (int i = 0; i < m_plan.removedList.size(); ++i) {
        const ImportRemoval& r = m_plan.removedList[i];
        auto* key = new QTableWidgetItem(r.key);
        key->setData(Qt::UserRole, r.rowId);
        key->setFlags(
            r.references > 0 ? key->flags() | Qt::ItemIsUserCheckable : key->flags() & ~Qt::ItemIsUserCheckable);
        key->setCheckState(r.references > 0 ? Qt::Unchecked : Qt::Checked);
        m_removed->setItem(i, 0, key);
        m_removed->setItem(i, 1, new QTableWidgetItem(QString::number(r.references)));
        m_removed->setItem(
            i, 2, new QTableWidgetItem(r.references > 0 ? tr("kept (other tables use it)") : tr("removed")));
        if (r.references > 0)
            m_removed->item(i, 1)->setBackground(QColor(255, 238, 200));
    }
    m_new->setRowCount(static_cast<int>(m_plan.newRowKeys.size()));
    for (int i = 0; i < m_plan.newRowKeys.size(); ++i)
        m_new->setItem(i, 0, new QTableWidgetItem(m_plan.newRowKeys[i]));
    for (QTableWidget* t : {m_diff, m_rejected, m_removed, m_new})
        t->resizeColumnsToContents();
    // Show what needs attention first: rows that would go, then refused rows, then changes.
    m_tabs->setCurrentWidget(!m_plan.removedList.isEmpty()          ? m_removed
            : !m_plan.rejected.isEmpty()                            ? m_rejected
            : !m_plan.diff.isEmpty() || m_plan.newRowKeys.isEmpty() ? m_diff
                                                                    : m_new);
}

void ImportWizard::accept()
{
    if (m_jobs->isRunning())
        return;
    // The commit runs on a worker with a connection of its own, through a gateway of that
    // connection for the same account; this window shows its progress and can cancel it.
    auto record = std::make_shared<ImportRecord>();
    // The removals the person confirmed (rows nothing uses are ticked already).
    QSet<QString> confirmed;
    for (int r = 0; r < m_removed->rowCount(); ++r) {
        if (m_removed->item(r, 0)->checkState() == Qt::Checked)
            confirmed.insert(m_removed->item(r, 0)->data(Qt::UserRole).toString());
    }
    TableImporter::confirmRemovals(&m_plan, confirmed);
    const ImportPlan plan = m_plan;
    const QString table = m_table.code;
    const int round = m_round;
    const QString department = m_department;
    const ImportMode how = mode();
    const std::shared_ptr<const AccessPolicy> policy = m_gateway.sharedPolicy();
    const bool started = m_jobs->start(
        m_ws, tr("Importing into %1").arg(m_table.title()), [=](Workspace& ws, JobControl& control, QString* error) {
            const auto session = Session::forWorker(ws, policy, round);
            TableImporter importer(session->gateway(), table, round, department, how);
            return importer.commit(
                plan, error, [&control](int done, int total) { return control.progress(done, total); }, record.get());
        });
    if (!started)
        return;
    auto* progress = new QProgressDialog(tr("Importing…"), tr("Cancel"), 0, 100, this);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(200);
    connect(progress, &QProgressDialog::canceled, m_jobs, &JobRunner::cancel);
    connect(m_jobs, &JobRunner::progress, progress, [progress](qint64 done, qint64 total) {
        progress->setValue(total > 0 ? static_cast<int>(done * 100 / total) : 100);
    });
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        m_jobs, &JobRunner::finished, this, [this, progress, record, connection](bool ok, const QString& error) {
            disconnect(*connection);
            progress->close();
            if (!ok) {
                QMessageBox::warning(this, windowTitle(), error);
                return;
            }
            m_record = *record;
            TableImporter(m_gateway, m_table.code, m_round, m_department, mode()).rememberMapping(m_plan);
            QWizard::accept();
        });
}

} // namespace caiji
