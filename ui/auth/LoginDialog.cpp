#include "LoginDialog.h"

#include "core/auth/Accounts.h"
#include "core/storage/Directory.h"
#include "core/storage/Workspace.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>

namespace caiji {

LoginDialog::LoginDialog(Workspace& ws, QWidget* parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_users(new QComboBox(this))
    , m_password(new QLineEdit(this))
    , m_message(new QLabel(this))
{
    setWindowTitle(tr("Sign in"));
    auto* form = new QFormLayout(this);
    form->addRow(new QLabel(tr("Workspace: %1").arg(ws.location().displayName()), this));
    Directory dir(ws);
    QHash<QString, QString> deptNames;
    for (const Department& d : dir.departments())
        deptNames.insert(d.code, d.name);
    for (const User& u : Accounts(ws).users()) {
        QStringList roles;
        for (Role r : u.roles)
            roles.append(roleDisplayName(r));
        m_users->addItem(
            QStringLiteral("%1 — %2（%3，%4）")
                .arg(u.login, u.displayName, deptNames.value(u.department), roles.join(QStringLiteral("、"))),
            u.login);
    }
    m_users->setObjectName(QStringLiteral("loginUser"));
    m_password->setObjectName(QStringLiteral("loginPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    form->addRow(tr("Account"), m_users);
    form->addRow(tr("Password"), m_password);
    m_message->setStyleSheet(QStringLiteral("color:#a00"));
    form->addRow(m_message);
    auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    form->addRow(buttons);
    m_password->setFocus();
}

void LoginDialog::accept()
{
    QString error;
    Actor actor;
    const Credentials who {m_users->currentData().toString(), m_password->text()};
    if (who.login.isEmpty() || !Session::authenticate(m_ws, who, &actor, &error)) {
        m_message->setText(error);
        m_password->selectAll();
        return;
    }
    m_credentials = who;
    QDialog::accept();
}

} // namespace caiji
