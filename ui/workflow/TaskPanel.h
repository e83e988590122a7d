#pragma once

#include "core/session/TaskWorkflow.h"

#include <QWidget>

class QHBoxLayout;
class QLabel;
class QToolButton;

namespace caiji {

class WriteGateway;

/// The strip above the grid that carries the process for the task shown (a table of one
/// department): its state, deadline and working days left, open comments, and a button for each
/// step the account may take now — 提交, 确认 (password again), 业务审核通过, 审核通过, 退回修改 (a
/// reason, and a comment that may be pinned to the current cell).
class TaskPanel : public QWidget
{
    Q_OBJECT

public:
    explicit TaskPanel(QWidget* parent = nullptr);

    void setGateway(WriteGateway* gateway, int round);
    /// The task shown; an empty department hides the panel (every department's rows).
    void setTask(const QString& table, const QString& department);
    /// Where a return's comment is pinned when the reviewer asks for it.
    void setCurrentCell(const QString& rowId, const QString& field, const QString& label);
    /// The comments of the task on one cell (rowId and field) or row (field empty), as lines.
    QStringList commentsAt(const QString& rowId, const QString& field) const;

    /// One step, with what the dialogs would ask; the outcome is also announced by moved() or
    /// refused(). What the buttons do after asking.
    TaskOutcome perform(TaskAction action, const QString& password = QString(), const QString& reason = QString(),
        const QString& comment = QString(), bool onCell = false);
    /// After confirmation: asks the office to unlock the task for revision.
    TaskOutcome requestUnlock(const QString& reason);
    /// The actions offered now, in button order (for tests and screenshots).
    QVector<TaskAction> offered() const { return m_offered; }
    /// The task's comments, and what the account may do with one: answer (its department) or
    /// close (the author, the office). Shown by the comments button.
    QVector<TaskComment> comments() const { return m_comments; }
    bool answer(qint64 id, const QString& text, QString* error);
    bool close(qint64 id, QString* error);
    /// The dialog of the task's comments (modeless), for reading, answering and closing them.
    void showComments();
    /// What changed since the last return (modeless), for the resubmission's reader.
    void showChanges();
    QVector<CellChangeSince> changes() const { return m_changes; }
    QString summary() const;

signals:
    /// The task moved; the text says where to.
    void moved(const QString& message);
    /// The step was refused; the text says why, `details` lists what blocks it.
    void refused(const QString& message, const QStringList& details);
    /// The task's comments were read again (another task, a return, an answer).
    void commentsChanged();

public:
    /// What a button does: asks what the step needs (password, reason, comment), then takes it.
    void ask(TaskAction action);

private:
    void refresh();
    TaskOutcome take(TaskWorkflow& workflow, TaskAction action, const QString& password, const QString& reason,
        const QString& comment, bool onCell);

    WriteGateway* m_gateway = nullptr;
    int m_round = 0;
    QString m_table;
    QString m_department;
    QString m_rowId;
    QString m_field;
    QString m_cellLabel;
    QVector<TaskAction> m_offered;
    QVector<TaskComment> m_comments;
    QVector<CellChangeSince> m_changes;
    QLabel* m_state;
    QLabel* m_detail;
    QHBoxLayout* m_buttons;
    QToolButton* m_commentsButton;
    QToolButton* m_changesButton;
};

} // namespace caiji
