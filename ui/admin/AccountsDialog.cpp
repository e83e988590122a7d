#include "AccountsDialog.h"

#include "ui/dialogs/WriterWait.h"

#include "core/auth/AccessPolicy.h"
#include "core/storage/Directory.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "ui/dialogs/Notices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardItemModel>
#include <QTableView>
#include <QVBoxLayout>

namespace caiji {

AccountsDialog::AccountsDialog(Workspace& ws, const AccessPolicy& policy, QWidget* parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_policy(policy)
    , m_model(new QStandardItemModel(this))
    , m_view(new QTableView(this))
    , m_status(new QLabel(this))
{
    setObjectName(QStringLiteral("accounts"));
    setWindowTitle(tr("Accounts"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);
    auto* add = new QPushButton(tr("New account…"), this);
    auto* disable = new QPushButton(tr("Disable"), this);
    auto* enable = new QPushButton(tr("Enable"), this);
    auto* reset = new QPushButton(tr("Reset password…"), this);
    auto* close = new QPushButton(tr("Close"), this);
    for (QPushButton* b : {add, disable, enable, reset, close})
        b->setAutoDefault(false);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(disable);
    buttons->addWidget(enable);
    buttons->addWidget(reset);
    buttons->addStretch(1);
    buttons->addWidget(close);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(m_view, 1);
    layout->addWidget(m_status);
    layout->addLayout(buttons);
    auto report = [this](bool ok, const QString& done, const QString& error) {
        if (ok)
            m_status->setText(done);
        else
            Notices::refusal(this, error, {});
    };
    connect(add, &QPushButton::clicked, this, [this, report] {
        User u;
        QString password;
        QString error;
        if (askNewAccount(&u, &password))
            report(create(u, password, &error), tr("Account %1 created.").arg(u.login), error);
    });
    connect(disable, &QPushButton::clicked, this, [this, report] {
        QString error;
        const QString login = currentLogin();
        report(setActive(login, false, &error), tr("Account %1 disabled.").arg(login), error);
    });
    connect(enable, &QPushButton::clicked, this, [this, report] {
        QString error;
        const QString login = currentLogin();
        report(setActive(login, true, &error), tr("Account %1 enabled.").arg(login), error);
    });
    connect(reset, &QPushButton::clicked, this, [this, report] {
        const QString login = currentLogin();
        bool ok = false;
        const QString password = QInputDialog::getText(this, tr("Reset password"),
            tr("New password for %1 (8 or more characters, letters and digits):").arg(login), QLineEdit::Password,
            QString(), &ok);
        QString error;
        if (ok)
            report(resetPassword(login, password, &error), tr("The password of %1 is reset.").arg(login), error);
    });
    connect(close, &QPushButton::clicked, this, &QDialog::accept);
    resize(900, 520);
    reload();
}

void AccountsDialog::reload()
{
    m_model->clear();
    m_model->setHorizontalHeaderLabels({tr("Login"), tr("Name"), tr("Department"), tr("Roles"), tr("State")});
    QString error;
    const QString refused = m_policy.denial(Action::Administer);
    if (!refused.isEmpty()) {
        m_status->setText(refused);
        return;
    }
    for (const User& u : Accounts(m_ws).users(&error)) {
        QStringList roles;
        for (Role r : u.roles)
            roles.append(roleDisplayName(r));
        const QString locked
            = SqlUtil::scalar(m_ws.db(), QStringLiteral("SELECT locked_until FROM cj_user WHERE login = ?"), {u.login})
                  .toString();
        const bool lockedNow = !locked.isEmpty() && locked > Workspace::now();
        const QString state = !u.active ? tr("disabled")
            : lockedNow                 ? tr("locked until %1").arg(locked.left(16))
                                        : tr("active");
        QList<QStandardItem*> row;
        for (const QString& text :
            {u.login, u.displayName, m_policy.departmentName(u.department), roles.join(QStringLiteral("、")), state})
            row.append(new QStandardItem(text));
        if (!u.active)
            for (QStandardItem* item : std::as_const(row))
                item->setForeground(QColor(140, 140, 140));
        m_model->appendRow(row);
    }
    if (!error.isEmpty())
        m_status->setText(error);
    m_view->resizeColumnsToContents();
}

QString AccountsDialog::currentLogin() const
{
    const QModelIndex i = m_view->currentIndex();
    return i.isValid() ? m_model->item(i.row(), 0)->text() : QString();
}

bool AccountsDialog::create(const User& user, const QString& password, QString* error)
{
    const bool ok = WriterWait::run(this, m_ws, [&] { return Accounts(m_ws).create(m_policy, user, password, error); });
    reload();
    return ok;
}

bool AccountsDialog::setActive(const QString& login, bool active, QString* error)
{
    if (login.isEmpty()) {
        if (error)
            *error = tr("Select an account first.");
        return false;
    }
    const bool ok
        = WriterWait::run(this, m_ws, [&] { return Accounts(m_ws).setActive(m_policy, login, active, error); });
    reload();
    return ok;
}

bool AccountsDialog::resetPassword(const QString& login, const QString& password, QString* error)
{
    if (login.isEmpty()) {
        if (error)
            *error = tr("Select an account first.");
        return false;
    }
    const bool ok
        = WriterWait::run(this, m_ws, [&] { return Accounts(m_ws).resetPassword(m_policy, login, password, error); });
    reload();
    return ok;
}

bool AccountsDialog::askNewAccount(User* user, QString* password)
{
    QDialog form(this);
    form.setWindowTitle(tr("New account"));
    auto* login = new QLineEdit(&form);
    auto* name = new QLineEdit(&form);
    auto* department = new QComboBox(&form);
    department->addItem(tr("(none: office-wide)"), QString());
    for (const Department& d : Directory(m_ws).departments())
        department->addItem(d.name, d.code);
    QVector<QPair<Role, QCheckBox*>> roles;
    auto* roleBox = new QVBoxLayout;
    for (Role r : {Role::Collector, Role::Head, Role::Reviewer, Role::SupervisorAdmin, Role::Leader}) {
        auto* check = new QCheckBox(roleDisplayName(r), &form);
        roles.append({r, check});
        roleBox->addWidget(check);
    }
    auto* first = new QLineEdit(&form);
    auto* second = new QLineEdit(&form);
    first->setEchoMode(QLineEdit::Password);
    second->setEchoMode(QLineEdit::Password);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &form);
    auto* layout = new QFormLayout(&form);
    layout->addRow(tr("Login"), login);
    layout->addRow(tr("Name"), name);
    layout->addRow(tr("Department"), department);
    layout->addRow(tr("Roles"), roleBox);
    layout->addRow(tr("Password"), first);
    layout->addRow(tr("Password again"), second);
    layout->addRow(buttons);
    connect(buttons, &QDialogButtonBox::accepted, &form, [&] {
        if (first->text() != second->text()) {
            Notices::refusal(&form, tr("The two passwords differ."), {});
            return;
        }
        form.accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, &form, &QDialog::reject);
    if (form.exec() != QDialog::Accepted)
        return false;
    user->login = login->text().trimmed();
    user->displayName = name->text().trimmed();
    user->department = department->currentData().toString();
    user->roles.clear();
    for (const auto& [role, check] : std::as_const(roles)) {
        if (check->isChecked())
            user->roles.append(role);
    }
    *password = first->text();
    return true;
}

} // namespace caiji
