#include "QualityConsole.h"

#include "core/validation/RuleCatalog.h"
#include "ui/documents/PrintActions.h"

#include "ui/dialogs/FileDialogs.h"

#include "core/jobs/JobRunner.h"
#include "core/storage/Directory.h"
#include "core/storage/Workspace.h"
#include "core/validation/Explanations.h"
#include "core/validation/FindingAccess.h"
#include "core/validation/FindingTally.h"
#include "core/validation/FindingsExport.h"
#include "core/validation/FindingsModel.h"
#include "core/validation/Validator.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QTableView>
#include <QVBoxLayout>

namespace caiji {

namespace {
// Accepts findings of one severity (or all) and, optionally, of one department.
class FindingsFilter : public QSortFilterProxyModel
{
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    int severity = -1;
    QString department;
    void refresh() { invalidateFilter(); }

protected:
    bool filterAcceptsRow(int row, const QModelIndex& parent) const override
    {
        const QModelIndex i = sourceModel()->index(row, 0, parent);
        if (severity >= 0 && i.data(FindingsModel::SeverityRole).toInt() != severity)
            return false;
        return department.isEmpty() || i.data(FindingsModel::DepartmentRole).toString() == department;
    }
};
} // namespace

QualityConsole::QualityConsole(QWidget* parent)
    : QWidget(parent)
    , m_model(new FindingsModel(this))
    , m_proxy(new FindingsFilter(this))
    , m_view(new QTableView(this))
    , m_severity(new QComboBox(this))
    , m_mine(new QCheckBox(tr("Only my department"), this))
    , m_summary(new QLabel(this))
    , m_jobs(new JobRunner(this))
    , m_dependents(new JobRunner(this))
{
    setObjectName(QStringLiteral("qualityConsole"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    m_run = new QPushButton(tr("Check this round"), this);
    m_run->setObjectName(QStringLiteral("runValidation"));
    bar->addWidget(m_run);
    m_progress = new QProgressBar(this);
    m_progress->setMaximumWidth(160);
    m_progress->hide();
    bar->addWidget(m_progress);
    m_cancel = new QPushButton(tr("Cancel"), this);
    m_cancel->hide();
    bar->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, m_jobs, &JobRunner::cancel);
    connect(m_jobs, &JobRunner::progress, this, [this](qint64 done, qint64 total) {
        m_progress->setMaximum(static_cast<int>(qMax<qint64>(1, total)));
        m_progress->setValue(static_cast<int>(done));
    });
    m_severity->addItem(tr("All severities"), -1);
    m_severity->addItem(severityDisplayName(Severity::Error), static_cast<int>(Severity::Error));
    m_severity->addItem(severityDisplayName(Severity::Warning), static_cast<int>(Severity::Warning));
    m_severity->addItem(severityDisplayName(Severity::Info), static_cast<int>(Severity::Info));
    bar->addWidget(m_severity);
    bar->addWidget(m_mine);
    bar->addWidget(m_summary, 1);
    auto* explain = new QPushButton(tr("Explain…"), this);
    explain->setObjectName(QStringLiteral("explainFinding"));
    explain->setToolTip(tr("A warning needs a written explanation that a reviewer accepts or not."));
    bar->addWidget(explain);
    m_accept = new QPushButton(tr("Accept"), this);
    m_reject = new QPushButton(tr("Do not accept"), this);
    bar->addWidget(m_accept);
    bar->addWidget(m_reject);
    auto* save = new QPushButton(tr("Export to Excel…"), this);
    bar->addWidget(save);
    auto* print = new QPushButton(tr("Print…"), this);
    print->setToolTip(tr("The findings as shown, as a list to print"));
    bar->addWidget(print);
    connect(explain, &QPushButton::clicked, this, &QualityConsole::explainSelected);
    connect(m_accept, &QPushButton::clicked, this, [this] { reviewSelected(true); });
    connect(m_reject, &QPushButton::clicked, this, [this] { reviewSelected(false); });
    connect(save, &QPushButton::clicked, this, &QualityConsole::exportFindings);
    connect(print, &QPushButton::clicked, this, [this] {
        if (m_ws && m_policy)
            PrintActions::previewFindings(this, *m_ws, *m_policy, m_round, shownFindings());
    });
    layout->addLayout(bar);
    m_proxy->setSourceModel(m_model);
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    layout->addWidget(m_view, 1);
    connect(m_run, &QPushButton::clicked, this, &QualityConsole::startValidation);
    connect(m_severity, &QComboBox::currentIndexChanged, this, &QualityConsole::applyFilter);
    connect(m_mine, &QCheckBox::toggled, this, &QualityConsole::applyFilter);
    // Enter as well as a double click (a view's "activated") goes to the finding's cell.
    connect(m_view, &QTableView::activated, this, [this](const QModelIndex& i) {
        emit jumpRequested(i.data(FindingsModel::TableCodeRole).toString(), i.data(FindingsModel::RowIdRole).toString(),
            i.data(FindingsModel::FieldRole).toString(), i.data(FindingsModel::DepartmentRole).toString());
    });
}

void QualityConsole::setWorkspace(Workspace* ws, int round, std::shared_ptr<const AccessPolicy> policy)
{
    m_ws = ws;
    m_round = round;
    m_policy = std::move(policy);
    const Actor who = m_policy ? m_policy->actor() : Actor();
    m_mine->setChecked(!who.isOffice() && !who.department.isEmpty());
    // Reviewing explanations is the supervision office's and the domain reviewers' work.
    const bool reviews = who.isOffice() || who.has(Role::Reviewer);
    m_accept->setVisible(reviews);
    m_reject->setVisible(reviews);
    m_mine->setEnabled(!who.department.isEmpty());
    m_model->setFindings(nullptr, {}, {});
    m_summary->clear();
}

namespace {
// The check of a round (or of some of its tables) as the account may see it, for a worker.
JobRunner::Work checkJob(int round, std::shared_ptr<const AccessPolicy> policy, const QStringList& only,
    std::shared_ptr<QVector<Finding>> found)
{
    return [found, round, policy, only](Workspace& ws, JobControl& control, QString* error) {
        Validator validator(ws, round);
        validator.setDepartment(FindingAccess::checkedDepartment(*policy));
        const QStringList mine = FindingAccess::checkedTables(*policy, ws.catalog()); // empty: every table
        QStringList tables = mine;
        if (!only.isEmpty()) {
            tables.clear();
            for (const QString& t : only) {
                if (mine.isEmpty() || mine.contains(t))
                    tables.append(t);
            }
            if (tables.isEmpty())
                return true;
        }
        validator.setTables(tables);
        validator.setProgress([&control](int done, int total) { return control.progress(done, total); });
        QVector<Finding> checked;
        if (!validator.run(&checked, error))
            return false;
        *found = FindingAccess::visible(*policy, ws.catalog(), checked);
        return true;
    };
}
} // namespace

bool QualityConsole::isChecking() const
{
    return m_jobs->isRunning();
}

bool QualityConsole::startValidation()
{
    if (!m_ws || !m_policy || m_jobs->isRunning())
        return false;
    // The check runs on a worker thread with its own connection; this window stays responsive
    // and edits go on meanwhile.
    auto found = std::make_shared<QVector<Finding>>();
    const int round = m_round;
    const bool started = m_jobs->start(*m_ws, tr("Checking the data of round %1").arg(round),
        checkJob(round, m_policy, {}, found), JobRunner::Kind::ReadsOnly);
    if (!started)
        return false;
    m_run->setEnabled(false);
    m_progress->setValue(0);
    m_progress->show();
    m_cancel->show();
    m_summary->setText(tr("Checking the data of round %1…").arg(round));
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_jobs, &JobRunner::finished, this, [this, found, connection](bool ok, const QString& error) {
        disconnect(*connection);
        m_run->setEnabled(true);
        m_progress->hide();
        m_cancel->hide();
        if (!ok) {
            m_summary->setText(error);
            emit validationFailed(error);
            return;
        }
        showFindings(*found);
        startDependents();
    });
    return true;
}

void QualityConsole::showFindings(const QVector<Finding>& findings)
{
    QHash<QString, QString> names;
    for (const Department& d : Directory(*m_ws).departments())
        names.insert(d.code, d.name);
    m_model->setFindings(&m_ws->catalog(), findings, names);
    // 部门, 数据表, 行 and 字段 as wide as they need; the problem up to half the width, and the
    // explanation takes the rest.
    m_view->resizeColumnsToContents();
    const int cap = qMax(260, m_view->viewport()->width() / 2);
    if (m_view->columnWidth(FindingsModel::MessageColumn) > cap)
        m_view->setColumnWidth(FindingsModel::MessageColumn, cap);
    reloadExplanations(); // tells the task tree and the grid (validated)
}

void QualityConsole::applyFilter()
{
    auto* filter = static_cast<FindingsFilter*>(m_proxy);
    filter->severity = m_severity->currentData().toInt();
    filter->department = m_mine->isChecked() && m_policy ? m_policy->actor().department : QString();
    filter->refresh();
    FindingTally all;
    for (const FindingTally& t : FindingTally::perTask(m_model->findings(), m_model->explanations()))
        all += t;
    m_summary->setText(tr("%1 errors, %2 warnings (%3 explained), %4 notes; %5 shown")
                           .arg(all.errors)
                           .arg(all.warnings)
                           .arg(all.explained)
                           .arg(m_model->count(Severity::Info))
                           .arg(m_proxy->rowCount()));
}

} // namespace caiji

namespace caiji {

void QualityConsole::revalidateRows(const QString& table, const QStringList& rowIds)
{
    if (!m_ws || rowIds.isEmpty())
        return;
    Validator validator(*m_ws, m_round);
    validator.setRows(table, rowIds);
    QVector<Finding> checked;
    QString error;
    if (!validator.run(&checked, &error)) {
        m_summary->setText(error);
        return;
    }
    const QVector<Finding> fresh = FindingAccess::visible(*m_policy, m_ws->catalog(), checked);
    m_model->replaceRows(table, rowIds, fresh);
    applyFilter();
    emit validated(m_model->findings());
    // Findings elsewhere that this change may have made or ended (a reference, a total, a
    // duplicate) are checked again in the background, so none goes stale.
    for (const QString& t : RuleCatalog::dependentTables(m_ws->catalog(), table)) {
        if (!m_pendingTables.contains(t))
            m_pendingTables.append(t);
    }
    startDependents();
}

void QualityConsole::startDependents()
{
    if (m_pendingTables.isEmpty() || !m_ws || !m_policy || m_dependents->isRunning() || m_jobs->isRunning())
        return;
    const QStringList tables = std::exchange(m_pendingTables, {});
    auto found = std::make_shared<QVector<Finding>>();
    const QString department = FindingAccess::checkedDepartment(*m_policy);
    if (!m_dependents->start(*m_ws, tr("Checking the tables that depend on the change"),
            checkJob(m_round, m_policy, tables, found), JobRunner::Kind::ReadsOnly))
        return;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_dependents, &JobRunner::finished, this,
        [this, found, tables, department, connection](bool ok, const QString& error) {
            disconnect(*connection);
            if (ok) {
                m_model->replaceTables(tables, department, *found);
                applyFilter();
                emit validated(m_model->findings());
            } else {
                m_summary->setText(error);
            }
            startDependents();
        });
}

void QualityConsole::reloadExplanations()
{
    if (!m_ws)
        return;
    m_model->setExplanations(Explanations(*m_ws, m_round).all());
    // An accepted explanation changes what is left to do, in the task tree and the grid.
    applyFilter();
    emit validated(m_model->findings());
}

const Finding* QualityConsole::selectedFinding() const
{
    const QModelIndex current = m_view->currentIndex();
    if (!current.isValid())
        return nullptr;
    return &m_model->findingAt(m_proxy->mapToSource(current).row());
}

void QualityConsole::explainSelected()
{
    const Finding* f = selectedFinding();
    if (!f || !m_ws)
        return;
    if (const QString no = Explanations::cannotExplain(*f); !no.isEmpty()) {
        QMessageBox::information(this, tr("Explain a finding"), no);
        return;
    }
    bool ok = false;
    const QString text = QInputDialog::getMultiLineText(this, tr("Explain a finding"),
        f->message + QStringLiteral("\n\n") + tr("Explanation:"),
        m_model->data(m_proxy->mapToSource(m_view->currentIndex()).siblingAtColumn(FindingsModel::ExplanationColumn))
            .toString()
            .section(QStringLiteral(" ["), 0, 0),
        &ok);
    if (!ok)
        return;
    QString error;
    if (!Explanations(*m_ws, m_round).explain(*m_policy, *f, text, &error)) {
        QMessageBox::warning(this, tr("Explain a finding"), error);
        return;
    }
    reloadExplanations();
}

void QualityConsole::reviewSelected(bool accept)
{
    const Finding* f = selectedFinding();
    if (!f || !m_ws)
        return;
    QString error;
    if (!Explanations(*m_ws, m_round).review(*m_policy, *f, accept, &error)) {
        QMessageBox::warning(this, tr("Review an explanation"), error);
        return;
    }
    reloadExplanations();
}

QVector<Finding> QualityConsole::shownFindings() const
{
    QVector<Finding> shown;
    for (int r = 0; r < m_proxy->rowCount(); ++r)
        shown.append(m_model->findingAt(m_proxy->mapToSource(m_proxy->index(r, 0)).row()));
    return shown;
}

void QualityConsole::exportFindings()
{
    if (!m_ws)
        return;
    const QString path = FileDialogs::saveFile(
        this, tr("Export findings"), tr("findings-%1.xlsx").arg(m_round), tr("Excel workbooks (*.xlsx)"));
    if (path.isEmpty())
        return;
    QString error;
    if (!FindingsExport::writeXlsx(path, *m_ws, m_round, shownFindings(), &error))
        QMessageBox::warning(this, tr("Export findings"), error);
}

} // namespace caiji
