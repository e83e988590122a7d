#pragma once

#include "core/validation/FindingTally.h"

#include <QDate>
#include <QDialog>

class QComboBox;
class QLabel;
class QPushButton;
class QTableView;

namespace caiji {

class UnlockRequestsDialog;

class Session;
class TaskMatrixModel;

/// The office's dashboard of a round (issue 11): the department × table matrix coloured by
/// state, overdue tasks marked, a filter, the summary line, bulk acceptance of a department's
/// tasks that wait for the office, and a double-click into any task. Leadership sees the same,
/// read only.
class DashboardDialog : public QDialog
{
    Q_OBJECT

public:
    DashboardDialog(Session& session, QWidget* parent = nullptr);

    TaskMatrixModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void setTallies(const QHash<QString, FindingTally>& tallies);
    /// Reads the tasks again (after a step anywhere).
    void reload();
    /// The requests to unlock waiting for the office (modeless), opened from the button.
    UnlockRequestsDialog* showUnlockRequests();
    /// The office's dates: the round's schedule (collection opens, tasks due, data-source tables
    /// so many working days earlier), and an exception that lets a late task be filled until a day.
    bool schedule(const QDate& opensOn, const QDate& dueOn, int sourceDays, QString* error);
    bool extend(
        const QString& table, const QString& department, const QDate& until, const QString& reason, QString* error);
    /// Accepts every task of the department that waits for the office; the message says how many.
    QString acceptAll(const QString& department);

signals:
    void openTask(const QString& table, const QString& department);

private:
    Session& m_session;
    TaskMatrixModel* m_model;
    QTableView* m_view;
    QComboBox* m_filter;
    QPushButton* m_accept;
    QPushButton* m_unlocks;
    QPushButton* m_schedule;
    QPushButton* m_extend;
    QLabel* m_summary;
};

} // namespace caiji
