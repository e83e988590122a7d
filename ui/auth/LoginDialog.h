#pragma once

#include "core/edit/EditPolicy.h"

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

    /// The identity of a user after a successful password check, or false with a reason.
    static bool identify(Workspace& ws, const QString& login, const QString& password, Identity* out, QString* error);
    Identity identity() const { return m_identity; }

    void accept() override;

private:
    Workspace& m_ws;
    QComboBox* m_users;
    QLineEdit* m_password;
    QLabel* m_message;
    Identity m_identity;
};

} // namespace caiji
