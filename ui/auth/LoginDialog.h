#pragma once

#include "core/session/Session.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;

namespace caiji {

class Workspace;

/// Who is working: pick an account of the workspace and give its password (Argon2id-checked).
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    LoginDialog(Workspace& ws, QWidget* parent = nullptr);

    /// The account and password, checked (Argon2id) when the dialog was accepted.
    Credentials credentials() const { return m_credentials; }

    void accept() override;

private:
    Workspace& m_ws;
    QComboBox* m_users;
    QLineEdit* m_password;
    QLabel* m_message;
    Credentials m_credentials;
};

} // namespace caiji
