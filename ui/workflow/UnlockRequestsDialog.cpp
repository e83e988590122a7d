#include "UnlockRequestsDialog.h"

#include "ui/dialogs/WriterWait.h"

#include "core/storage/Workspace.h"
#include "core/workflow/WorkCalendar.h"
#include "core/write/WriteGateway.h"

#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace caiji {

UnlockRequestsDialog::UnlockRequestsDialog(WriteGateway& gateway, int round, QWidget* parent)
    : QDialog(parent)
    , m_gateway(gateway)
    , m_round(round)
    , m_list(new QTreeWidget(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("unlockRequests"));
    setWindowTitle(tr("Requests to unlock"));
    m_list->setHeaderLabels({tr("Table"), tr("Department"), tr("Why"), tr("What"), tr("Asked by"), tr("When")});
    m_list->setRootIsDecorated(false);
    auto* grantButton = new QPushButton(tr("Grant…"), this);
    auto* openButton = new QPushButton(tr("Open the task"), this);
    auto* closeButton = new QPushButton(tr("Close"), this);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_status, 1);
    buttons->addWidget(openButton);
    buttons->addWidget(grantButton);
    buttons->addWidget(closeButton);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_list, 1);
    layout->addLayout(buttons);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::accept);
    connect(openButton, &QPushButton::clicked, this, [this] {
        const int i = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (i >= 0)
            emit openTask(m_requests.at(i).table, m_requests.at(i).department);
    });
    connect(grantButton, &QPushButton::clicked, this, [this] {
        const int i = m_list->indexOfTopLevelItem(m_list->currentItem());
        if (i < 0) {
            m_status->setText(tr("Select a request first."));
            return;
        }
        QDialog ask(this);
        ask.setWindowTitle(tr("Grant the revision"));
        auto* until = new QDateEdit(&ask);
        until->setCalendarPopup(true);
        until->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        // Five working days by default: a week of the office's calendar.
        until->setDate(WorkCalendar::of(m_gateway.workspace()).addWorkingDays(QDate::currentDate(), 5));
        auto* reason = new QLineEdit(m_requests.at(i).reason, &ask);
        // The fields the revision opens; none ticked: the whole table, rows added and deleted too.
        auto* fields = new QListWidget(&ask);
        if (const Table* t = m_gateway.workspace().catalog().table(m_requests.at(i).table)) {
            for (const Field& f : t->fields) {
                auto* item = new QListWidgetItem(f.name, fields);
                item->setData(Qt::UserRole, f.key);
                item->setFlags(item->flags() | Qt::ItemIsUserCheckable);
                item->setCheckState(Qt::Unchecked);
            }
        }
        auto* box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &ask);
        auto* form = new QFormLayout(&ask);
        form->addRow(tr("Revise until"), until);
        form->addRow(tr("Reason"), reason);
        form->addRow(tr("Only these fields\n(none: the whole table)"), fields);
        form->addRow(box);
        connect(box, &QDialogButtonBox::accepted, &ask, &QDialog::accept);
        connect(box, &QDialogButtonBox::rejected, &ask, &QDialog::reject);
        if (ask.exec() != QDialog::Accepted)
            return;
        QStringList keys;
        for (int f = 0; f < fields->count(); ++f) {
            if (fields->item(f)->checkState() == Qt::Checked)
                keys.append(fields->item(f)->data(Qt::UserRole).toString());
        }
        grant(i, until->date(), reason->text(), keys);
    });
    resize(900, 360);
    reload();
}

void UnlockRequestsDialog::reload()
{
    QString error;
    m_requests = TaskWorkflow(m_gateway, m_round).unlockRequests(&error);
    m_list->clear();
    const AccessPolicy& policy = m_gateway.policy();
    for (const UnlockRequest& r : std::as_const(m_requests)) {
        const Table* t = m_gateway.workspace().catalog().table(r.table);
        m_list->addTopLevelItem(new QTreeWidgetItem({t ? t->title() : r.table, policy.departmentName(r.department),
            r.reason, r.scope, r.requestedBy, r.requestedAt.left(16).replace(QLatin1Char('T'), QLatin1Char(' '))}));
    }
    for (int c = 0; c < m_list->columnCount(); ++c)
        m_list->resizeColumnToContents(c);
    m_status->setText(
        error.isEmpty() ? tr("%n request(s) waiting.", nullptr, static_cast<int>(m_requests.size())) : error);
}

TaskOutcome UnlockRequestsDialog::grant(int index, const QDate& until, const QString& reason, const QStringList& fields)
{
    const UnlockRequest r = m_requests.value(index);
    TaskOutcome out;
    WriterWait::run(this, m_gateway.workspace(), [&] {
        out = TaskWorkflow(m_gateway, m_round)
                  .unlock(r.table, r.department, reason.trimmed().isEmpty() ? r.reason : reason, until, fields);
        return out.ok();
    });
    reload();
    m_status->setText(out.message);
    if (out.ok())
        emit granted();
    return out;
}

} // namespace caiji
