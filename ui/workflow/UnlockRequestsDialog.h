#pragma once

#include "core/session/TaskWorkflow.h"

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace caiji {

class WriteGateway;

/// The requests to unlock confirmed tasks that wait for the supervision office: which table of
/// which department, why, what (rows or fields), who asked and when. The office grants one until
/// a day, with its reason (the department then revises and confirms again), or opens the task.
class UnlockRequestsDialog : public QDialog
{
    Q_OBJECT

public:
    UnlockRequestsDialog(WriteGateway& gateway, int round, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    QVector<UnlockRequest> requests() const { return m_requests; }
    /// Grants request `index` until `until` (the office's reason; empty: the request's), for
    /// `fields` only (keys; empty: the whole table).
    TaskOutcome grant(int index, const QDate& until, const QString& reason, const QStringList& fields = {});
    void reload();

signals:
    void openTask(const QString& table, const QString& department);
    /// A request was granted (the matrix reads the tasks again).
    void granted();

private:
    WriteGateway& m_gateway;
    int m_round;
    QVector<UnlockRequest> m_requests;
    QTreeWidget* m_list;
    QLabel* m_status;
};

} // namespace caiji
