#include "QualityConsole.h"

#include "core/storage/Directory.h"
#include "core/storage/Workspace.h"
#include "core/validation/FindingsModel.h"
#include "core/validation/Validator.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QProgressDialog>
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
{
    setObjectName(QStringLiteral("qualityConsole"));
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(4, 4, 4, 4);
    auto* bar = new QHBoxLayout;
    auto* run = new QPushButton(tr("Check this round"), this);
    run->setObjectName(QStringLiteral("runValidation"));
    bar->addWidget(run);
    m_severity->addItem(tr("All severities"), -1);
    m_severity->addItem(severityDisplayName(Severity::Error), static_cast<int>(Severity::Error));
    m_severity->addItem(severityDisplayName(Severity::Warning), static_cast<int>(Severity::Warning));
    m_severity->addItem(severityDisplayName(Severity::Info), static_cast<int>(Severity::Info));
    bar->addWidget(m_severity);
    bar->addWidget(m_mine);
    bar->addWidget(m_summary, 1);
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
    connect(run, &QPushButton::clicked, this, [this] {
        QString error;
        runValidation(&error);
    });
    connect(m_severity, &QComboBox::currentIndexChanged, this, &QualityConsole::applyFilter);
    connect(m_mine, &QCheckBox::toggled, this, &QualityConsole::applyFilter);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& i) {
        emit jumpRequested(i.data(FindingsModel::TableCodeRole).toString(), i.data(FindingsModel::RowIdRole).toString(),
                           i.data(FindingsModel::FieldRole).toString(), i.data(FindingsModel::DepartmentRole).toString());
    });
}

void QualityConsole::setWorkspace(Workspace* ws, int round, const Identity& who)
{
    m_ws = ws;
    m_round = round;
    m_who = who;
    m_mine->setChecked(!who.supervisor && !who.department.isEmpty());
    m_mine->setEnabled(!who.department.isEmpty());
    m_model->setFindings(nullptr, {}, {});
    m_summary->clear();
}

bool QualityConsole::runValidation(QString* error)
{
    if (!m_ws)
        return false;
    QProgressDialog progress(tr("Checking the data of round %1…").arg(m_round), tr("Cancel"), 0, 100, this);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    Validator validator(*m_ws, m_round);
    validator.setProgress([&progress](int done, int total) {
        progress.setValue(done * 100 / qMax(1, total));
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    QVector<Finding> findings;
    if (!validator.run(&findings, error)) {
        m_summary->setText(error ? *error : QString());
        return false;
    }
    progress.setValue(100);
    QHash<QString, QString> names;
    for (const Department& d : Directory(*m_ws).departments())
        names.insert(d.code, d.name);
    m_model->setFindings(&m_ws->catalog(), findings, names);
    applyFilter();
    m_view->resizeColumnsToContents();
    return true;
}

void QualityConsole::applyFilter()
{
    auto* filter = static_cast<FindingsFilter*>(m_proxy);
    filter->severity = m_severity->currentData().toInt();
    filter->department = m_mine->isChecked() ? m_who.department : QString();
    filter->refresh();
    m_summary->setText(tr("%1 errors, %2 warnings, %3 notes; %4 shown")
                           .arg(m_model->count(Severity::Error))
                           .arg(m_model->count(Severity::Warning))
                           .arg(m_model->count(Severity::Info))
                           .arg(m_proxy->rowCount()));
}

} // namespace caiji
