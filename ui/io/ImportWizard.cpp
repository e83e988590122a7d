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
    m_append->setChecked(true);
    form->addRow(tr("Mode"), m_append);
    form->addRow(QString(), m_replace);
    form->addRow(QString(), m_update);
    m_update->setEnabled(!table.keys.isEmpty());
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
    m_tabs->addTab(m_rejected, tr("Not imported"));
    pl->addWidget(m_tabs, 1);
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
    m_counts->setText(
        tr("<b>%1</b> new, <b>%2</b> changed, <b>%3</b> unchanged, <b>%4</b> removed, <b>%5</b> rows not imported.")
            .arg(m_plan.newRows)
            .arg(m_plan.changedRows)
            .arg(m_plan.unchangedRows)
            .arg(m_plan.removedRows)
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
    m_diff->resizeColumnsToContents();
    m_rejected->resizeColumnsToContents();
    // Show what needs attention first.
    m_tabs->setCurrentWidget(m_plan.diff.isEmpty() && !m_plan.rejected.isEmpty() ? m_rejected : m_diff);
}

void ImportWizard::accept()
{
    if (m_jobs->isRunning())
        return;
    // The commit runs on a worker with a connection of its own, through a gateway of that
    // connection for the same account; this window shows its progress and can cancel it.
    auto record = std::make_shared<ImportRecord>();
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
