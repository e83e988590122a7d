#include "DashboardDialog.h"

#include "ui/dialogs/WriterWait.h"

#include "TaskMatrixModel.h"
#include "core/session/Session.h"
#include "core/session/TaskWorkflow.h"
#include "ui/dialogs/Notices.h"
#include "ui/workflow/UnlockRequestsDialog.h"

#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace caiji {

DashboardDialog::DashboardDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_model(new TaskMatrixModel(this))
    , m_view(new QTableView(this))
    , m_filter(new QComboBox(this))
    , m_accept(new QPushButton(tr("Accept the department's waiting tasks"), this))
    , m_unlocks(new QPushButton(this))
    , m_schedule(new QPushButton(tr("Schedule…"), this))
    , m_extend(new QPushButton(tr("Extend…"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("dashboard"));
    setWindowTitle(tr("Progress of round %1").arg(session.round()));
    m_filter->addItem(tr("All tasks"), int(TaskMatrixModel::Filter::All));
    m_filter->addItem(tr("Overdue"), int(TaskMatrixModel::Filter::Overdue));
    m_filter->addItem(tr("Waiting for the office"), int(TaskMatrixModel::Filter::WaitingForOffice));
    m_filter->addItem(tr("Returned"), int(TaskMatrixModel::Filter::Returned));
    m_filter->addItem(tr("With problems"), int(TaskMatrixModel::Filter::Problems));
    auto* legend
        = new QLabel(tr("· not started  F filling  S submitted  C confirmed  R domain review passed  ✓ accepted  "
                        "B returned; red: overdue or errors"),
            this);
    auto* refresh = new QPushButton(tr("Refresh"), this);
    auto* top = new QHBoxLayout;
    top->addWidget(m_filter);
    top->addWidget(legend, 1);
    top->addWidget(refresh);
    top->addWidget(m_schedule);
    top->addWidget(m_extend);
    top->addWidget(m_unlocks);
    top->addWidget(m_accept);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectItems);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setDefaultSectionSize(
        m_view->fontMetrics().horizontalAdvance(QStringLiteral("6-1-2-1")) + 10);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_summary);
    // Bulk acceptance is the office's; leadership looks.
    m_accept->setVisible(session.actor().isOffice());
    m_unlocks->setObjectName(QStringLiteral("dashboard-unlocks"));
    m_unlocks->setVisible(session.actor().isOffice());
    connect(m_unlocks, &QPushButton::clicked, this, &DashboardDialog::showUnlockRequests);
    m_schedule->setVisible(session.actor().isOffice());
    m_extend->setVisible(session.actor().isOffice());
    connect(m_schedule, &QPushButton::clicked, this, [this] {
        QDialog ask(this);
        ask.setWindowTitle(tr("Schedule the round"));
        auto* opens = new QDateEdit(QDate::currentDate(), &ask);
        auto* due = new QDateEdit(QDate::currentDate().addMonths(1), &ask);
        for (QDateEdit* e : {opens, due}) {
            e->setCalendarPopup(true);
            e->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        }
        auto* days = new QSpinBox(&ask);
        days->setRange(0, 30);
        days->setValue(5); // seed policy: 提前5个工作日
        auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
        auto* form = new QFormLayout(&ask);
        form->addRow(tr("Collection opens"), opens);
        form->addRow(tr("Tasks due"), due);
        form->addRow(tr("Data-source tables, working days before opening"), days);
        form->addRow(box);
        connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
        connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
        QString error;
        if (ask.exec() == QDialog::Accepted && !schedule(opens->date(), due->date(), days->value(), &error))
            Notices::refusal(this, error, {});
    });
    connect(m_extend, &QPushButton::clicked, this, [this] {
        const QModelIndex cell = m_view->currentIndex();
        const QString table = cell.data(TaskMatrixModel::TableRole).toString();
        const QString dept = cell.data(TaskMatrixModel::DepartmentRole).toString();
        if (table.isEmpty()) {
            m_summary->setText(tr("Select the task first."));
            return;
        }
        QDialog ask(this);
        ask.setWindowTitle(tr("Let %1 be filled after its deadline").arg(table));
        auto* until = new QDateEdit(QDate::currentDate().addDays(3), &ask);
        until->setCalendarPopup(true);
        until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        auto* reason = new QLineEdit(&ask);
        auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
        auto* form = new QFormLayout(&ask);
        form->addRow(tr("Until"), until);
        form->addRow(tr("Reason"), reason);
        form->addRow(box);
        connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
        connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
        QString error;
        if (ask.exec() == QDialog::Accepted && !extend(table, dept, until->date(), reason->text(), &error))
            Notices::refusal(this, error, {});
    });
    connect(m_filter, &QComboBox::currentIndexChanged, this,
        [this] { m_model->setFilter(TaskMatrixModel::Filter(m_filter->currentData().toInt())); });
    connect(refresh, &QPushButton::clicked, this, &DashboardDialog::reload);
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        const QString table = index.data(TaskMatrixModel::TableRole).toString();
        if (!table.isEmpty())
            emit openTask(table, index.data(TaskMatrixModel::DepartmentRole).toString());
    });
    connect(m_accept, &QPushButton::clicked, this, [this] {
        const QString dept = m_view->currentIndex().data(TaskMatrixModel::DepartmentRole).toString();
        if (dept.isEmpty()) {
            m_summary->setText(tr("Select a cell of the department first."));
            return;
        }
        m_summary->setText(acceptAll(dept));
    });
    resize(1200, 560);
    reload();
}

void DashboardDialog::setTallies(const QHash<QString, FindingTally>& tallies)
{
    m_model->setTallies(tallies);
}

void DashboardDialog::reload()
{
    QString error;
    if (!m_model->reload(m_session.workspace(), m_session.round(), m_session.policy(), &error)) {
        m_summary->setText(error);
        return;
    }
    m_view->setColumnWidth(
        0, m_view->fontMetrics().horizontalAdvance(QStringLiteral("信息工程学院（国际学院）  99/99")));
    m_summary->setText(m_model->summary());
    const int waiting = static_cast<int>(TaskWorkflow(m_session.gateway(), m_session.round()).unlockRequests().size());
    m_unlocks->setText(tr("Requests to unlock (%1)").arg(waiting));
}

bool DashboardDialog::schedule(const QDate& opensOn, const QDate& dueOn, int sourceDays, QString* error)
{
    const bool ok = WriterWait::run(this, m_session.workspace(), [&] {
        return TaskWorkflow(m_session.gateway(), m_session.round()).schedule(opensOn, dueOn, sourceDays, error);
    });
    if (ok)
        m_summary->setText(tr("Scheduled: collection opens %1, tasks due %2.")
                               .arg(opensOn.toString(Qt::ISODate), dueOn.toString(Qt::ISODate)));
    return ok;
}

bool DashboardDialog::extend(
    const QString& table, const QString& department, const QDate& until, const QString& reason, QString* error)
{
    const bool ok = WriterWait::run(this, m_session.workspace(), [&] {
        return TaskWorkflow(m_session.gateway(), m_session.round())
            .grantException(table, department, until, reason, error);
    });
    if (ok)
        m_summary->setText(tr("%1 of %2 may be filled until %3.")
                               .arg(table, m_session.policy().departmentName(department), until.toString(Qt::ISODate)));
    return ok;
}

UnlockRequestsDialog* DashboardDialog::showUnlockRequests()
{
    auto* dialog = new UnlockRequestsDialog(m_session.gateway(), m_session.round(), this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &UnlockRequestsDialog::openTask, this, &DashboardDialog::openTask);
    connect(dialog, &UnlockRequestsDialog::granted, this, &DashboardDialog::reload);
    dialog->show();
    return dialog;
}

QString DashboardDialog::acceptAll(const QString& department)
{
    int accepted = 0;
    TaskOutcome r;
    WriterWait::run(this, m_session.workspace(), [&] {
        r = TaskWorkflow(m_session.gateway(), m_session.round()).acceptAll(department, &accepted);
        return r.ok();
    });
    reload();
    return r.message;
}

} // namespace caiji
