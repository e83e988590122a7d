#pragma once

#include <QDialog>

class QLabel;
class QPushButton;

namespace caiji {

class Session;

/// Progress of a round for the college's leadership (and the office): by department, how many
/// tasks are accepted, under review, being filled or not started, as a bar chart (Qt Charts);
/// the round's own state; and the round-level steps: the office aggregates once every task is
/// accepted and records the report to the Ministry, leadership approves.
class LeadershipView : public QDialog
{
    Q_OBJECT

public:
    LeadershipView(Session& session, QWidget* parent = nullptr);

    void reload();
    /// The round-level steps, as the buttons do them; the message says how it went.
    QString aggregate();
    QString approve();
    QString report();
    QString roundState() const;

private:
    Session& m_session;
    QWidget* m_chartHolder;
    QLabel* m_state;
    QLabel* m_message;
    QPushButton* m_aggregate;
    QPushButton* m_approve;
    QPushButton* m_report;
};

} // namespace caiji
