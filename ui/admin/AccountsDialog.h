#pragma once

#include "core/auth/Accounts.h"

#include <QDialog>

class QLabel;
class QStandardItemModel;
class QTableView;

namespace caiji {

class AccessPolicy;
class Workspace;

/// 账号管理, the supervision office's list of accounts: who, which department, which roles,
/// active, disabled or locked; create an account, disable or enable one, reset a password. Every
/// change goes through Accounts, which checks the office's right and the password's strength.
class AccountsDialog : public QDialog
{
    Q_OBJECT

public:
    AccountsDialog(Workspace& ws, const AccessPolicy& policy, QWidget* parent = nullptr);

    QStandardItemModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    bool create(const User& user, const QString& password, QString* error);
    bool setActive(const QString& login, bool active, QString* error);
    bool resetPassword(const QString& login, const QString& password, QString* error);
    void reload();

private:
    /// The form for a new account; false when cancelled.
    bool askNewAccount(User* user, QString* password);
    QString currentLogin() const;

    Workspace& m_ws;
    const AccessPolicy& m_policy;
    QStandardItemModel* m_model;
    QTableView* m_view;
    QLabel* m_status;
};

} // namespace caiji
