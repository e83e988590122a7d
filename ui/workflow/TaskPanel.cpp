#include "TaskPanel.h"

#include "ChangesDialog.h"

#include "ui/dialogs/WriterWait.h"

#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/workflow/Deadlines.h"
#include "core/write/WriteGateway.h"

#include <QCheckBox>
#include <QDialog>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QToolButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace caiji {

TaskPanel::TaskPanel(QWidget* parent)
    : QWidget(parent)
    , m_state(new QLabel(this))
    , m_detail(new QLabel(this))
    , m_buttons(new QHBoxLayout)
    , m_commentsButton(new QToolButton(this))
    , m_changesButton(new QToolButton(this))
{
    setObjectName(QStringLiteral("taskPanel"));
    m_state->setObjectName(QStringLiteral("taskState"));
    m_state->setStyleSheet(QStringLiteral("font-weight: bold;"));
    m_detail->setObjectName(QStringLiteral("taskDetail"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(4, 2, 4, 2);
    layout->addWidget(m_state);
    layout->addWidget(m_detail, 1);
    m_commentsButton->setObjectName(QStringLiteral("task-comments"));
    m_commentsButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_commentsButton, &QToolButton::clicked, this, &TaskPanel::showComments);
    layout->addWidget(m_commentsButton);
    m_changesButton->setObjectName(QStringLiteral("task-changes"));
    m_changesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    connect(m_changesButton, &QToolButton::clicked, this, &TaskPanel::showChanges);
    layout->addWidget(m_changesButton);
    layout->addLayout(m_buttons);
    hide();
}

void TaskPanel::setGateway(WriteGateway* gateway, int round)
{
    m_gateway = gateway;
    m_round = round;
    m_table.clear();
    m_department.clear();
    hide();
}

void TaskPanel::setTask(const QString& table, const QString& department)
{
    m_table = table;
    m_department = department;
    refresh();
}

void TaskPanel::setCurrentCell(const QString& rowId, const QString& field, const QString& label)
{
    m_rowId = rowId;
    m_field = field;
    m_cellLabel = label;
}

QStringList TaskPanel::commentsAt(const QString& rowId, const QString& field) const
{
    QStringList out;
    for (const TaskComment& c : m_comments) {
        if (c.state == QLatin1String("closed") || c.rowId.isEmpty() || c.rowId != rowId
            || (!c.field.isEmpty() && c.field != field))
            continue;
        out.append(tr("%1 (%2, %3): %4").arg(TaskComment::stateDisplayName(c.state), c.author, c.at.left(10), c.text)
            + (c.answer.isEmpty() ? QString() : tr(" — answer: %1").arg(c.answer)));
    }
    return out;
}

QString TaskPanel::summary() const
{
    return m_state->text() + QLatin1Char(' ') + m_detail->text();
}

void TaskPanel::refresh()
{
    while (QLayoutItem* item = m_buttons->takeAt(0)) {
        delete item->widget();
        delete item;
    }
    m_offered.clear();
    m_comments.clear();
    m_changes.clear();
    if (!m_gateway || m_table.isEmpty() || m_department.isEmpty()) {
        hide();
        emit commentsChanged();
        return;
    }
    Workspace& ws = m_gateway->workspace();
    TaskWorkflow workflow(*m_gateway, m_round);
    const TaskState state = workflow.state(m_table, m_department);
    m_state->setText(tr("State: %1").arg(taskStateDisplayName(state)));
    QStringList detail;
    const QDate due = Deadlines(ws, m_round).all().value(m_table + QLatin1Char('|') + m_department);
    const bool filling = taskBeforeSubmission(state);
    if (due.isValid()) {
        const QDate today = QDate::currentDate();
        const int left = WorkCalendar::of(ws).workingDaysBetween(today, due);
        detail.append(filling && due < today
                ? tr("<span style='color:#c0392b'>overdue since %1</span>").arg(due.toString(Qt::ISODate))
                : tr("due %1, %n working day(s) left", nullptr, left).arg(due.toString(Qt::ISODate)));
    }
    m_comments = TaskComments(ws, m_round).of(m_table, m_department);
    int open = 0;
    QStringList tips;
    for (const TaskComment& c : std::as_const(m_comments)) {
        if (c.state == QLatin1String("open"))
            ++open;
        if (c.state != QLatin1String("closed"))
            tips.append(tr("%1: %2").arg(c.author, c.text));
    }
    if (open > 0)
        detail.append(tr("<span style='color:#c0392b'>%n open comment(s)</span>", nullptr, open));
    const QVector<TaskEvent> history = workflow.history(m_table, m_department);
    if (!history.isEmpty() && history.last().action == TaskAction::Return)
        tips.prepend(tr("Returned by %1: %2").arg(history.last().login, history.last().reason));
    // After a return, what the department changed since: for the head, the reviewer, the office.
    m_changes.clear();
    for (const TaskEvent& e : history) {
        if (e.action == TaskAction::Return) {
            m_changes = workflow.changesSinceReturn(m_table, m_department);
            break;
        }
    }
    m_changesButton->setText(tr("Changes since return (%1)").arg(m_changes.size()));
    m_changesButton->setVisible(!m_changes.isEmpty());
    m_commentsButton->setText(tr("Comments (%1)").arg(m_comments.size()));
    m_commentsButton->setVisible(!m_comments.isEmpty());
    m_detail->setText(detail.join(QStringLiteral(" · ")));
    m_detail->setToolTip(tips.join(QLatin1Char('\n')));
    m_offered = workflow.offered(m_table, m_department);
    for (const TaskAction a : std::as_const(m_offered)) {
        auto* b = new QToolButton(this);
        b->setObjectName(QStringLiteral("task-") + taskActionToString(a));
        b->setText(taskActionDisplayName(a));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(b, &QToolButton::clicked, this, [this, a] { ask(a); });
        m_buttons->addWidget(b);
    }
    // After confirmation the department asks the office to unlock (it cannot unlock itself).
    const Actor& a = m_gateway->actor();
    const bool confirmed
        = state == TaskState::Confirmed || state == TaskState::DomainReviewed || state == TaskState::Accepted;
    if (confirmed && a.department == m_department && (a.has(Role::Collector) || a.has(Role::Head))) {
        auto* b = new QToolButton(this);
        b->setObjectName(QStringLiteral("task-request-unlock"));
        b->setText(tr("Ask to unlock"));
        b->setToolButtonStyle(Qt::ToolButtonTextOnly);
        connect(b, &QToolButton::clicked, this, [this] {
            bool ok = false;
            const QString reason = QInputDialog::getMultiLineText(this, tr("Ask to unlock"),
                tr("What must be revised, and why? (rows or fields, for the supervision office)"), QString(), &ok);
            if (ok)
                requestUnlock(reason);
        });
        m_buttons->addWidget(b);
    }
    show();
    emit commentsChanged();
}

TaskOutcome TaskPanel::requestUnlock(const QString& reason)
{
    TaskOutcome r;
    WriterWait::run(this, m_gateway->workspace(), [&] {
        r = TaskWorkflow(*m_gateway, m_round).requestUnlock(m_table, m_department, reason, QString());
        return r.ok();
    });
    if (r.ok())
        emit moved(r.message);
    else
        emit refused(r.message, r.blocking);
    return r;
}

TaskOutcome TaskPanel::take(TaskWorkflow& workflow, TaskAction action, const QString& password, const QString& reason,
    const QString& comment, bool onCell)
{
    switch (action) {
    case TaskAction::Submit:
        return workflow.submit(m_table, m_department);
    case TaskAction::Confirm:
        return workflow.confirm(m_table, m_department, password);
    case TaskAction::Review:
        return workflow.review(m_table, m_department);
    case TaskAction::Accept:
        return workflow.accept(m_table, m_department);
    case TaskAction::Unlock:
        return workflow.unlock(m_table, m_department, reason,
            WorkCalendar::of(m_gateway->workspace()).addWorkingDays(QDate::currentDate(), 5));
    case TaskAction::Return: {
        QVector<TaskComment> comments;
        if (!comment.trimmed().isEmpty()) {
            TaskComment c;
            c.text = comment;
            if (onCell) {
                c.rowId = m_rowId;
                c.field = m_field;
            }
            comments.append(c);
        }
        return workflow.returnTask(m_table, m_department, reason, comments);
    }
    }
    return {};
}

TaskOutcome TaskPanel::perform(
    TaskAction action, const QString& password, const QString& reason, const QString& comment, bool onCell)
{
    TaskWorkflow workflow(*m_gateway, m_round);
    TaskOutcome r;
    // While another program writes, the step waits for it (saying for whom) rather than fail.
    WriterWait::run(this, m_gateway->workspace(), [&] {
        r = take(workflow, action, password, reason, comment, onCell);
        return r.ok();
    });
    refresh();
    if (r.ok())
        emit moved(r.message);
    else
        emit refused(r.message, r.blocking);
    return r;
}

void TaskPanel::ask(TaskAction action)
{
    switch (action) {
    case TaskAction::Confirm: {
        bool ok = false;
        const QString password = QInputDialog::getText(this, tr("Confirm the department's data"),
            tr("Your password signs the confirmation of %1. The data is locked afterwards.").arg(m_table),
            QLineEdit::Password, QString(), &ok);
        if (ok)
            perform(action, password);
        return;
    }
    case TaskAction::Return: {
        QDialog dialog(this);
        dialog.setWindowTitle(tr("Return for correction"));
        auto* form = new QFormLayout(&dialog);
        auto* reason = new QPlainTextEdit(&dialog);
        reason->setPlaceholderText(tr("What must the department correct? (required)"));
        auto* comment = new QLineEdit(&dialog);
        auto* onCell
            = new QCheckBox(m_rowId.isEmpty() ? tr("On the whole table")
                                              : tr("Pin the comment to the current cell (%1)").arg(m_cellLabel),
                &dialog);
        onCell->setEnabled(!m_rowId.isEmpty());
        onCell->setChecked(!m_rowId.isEmpty());
        auto* buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, &dialog);
        form->addRow(tr("Reason"), reason);
        form->addRow(tr("Comment"), comment);
        form->addRow(QString(), onCell);
        form->addRow(buttons);
        connect(buttons, &QDialogButtonBox::accepted, &dialog, &QDialog::accept);
        connect(buttons, &QDialogButtonBox::rejected, &dialog, &QDialog::reject);
        if (dialog.exec() == QDialog::Accepted)
            perform(action, QString(), reason->toPlainText(), comment->text(), onCell->isChecked());
        return;
    }
    case TaskAction::Submit:
        perform(action);
        return;
    case TaskAction::Unlock: {
        bool ok = false;
        const QString reason = QInputDialog::getMultiLineText(this, tr("Unlock for revision"),
            tr("What is to be revised? The department edits for five working days; the confirmation no longer "
               "stands until it is confirmed again."),
            QString(), &ok);
        if (ok)
            perform(action, QString(), reason);
        return;
    }
    case TaskAction::Review:
    case TaskAction::Accept:
        if (QMessageBox::question(this, taskActionDisplayName(action),
                tr("%1 this task? It stays locked for the department.").arg(taskActionDisplayName(action)))
            == QMessageBox::Yes)
            perform(action);
        return;
    }
}

bool TaskPanel::answer(qint64 id, const QString& text, QString* error)
{
    const bool ok = WriterWait::run(
        this, m_gateway->workspace(), [&] { return TaskWorkflow(*m_gateway, m_round).answerComment(id, text, error); });
    refresh();
    return ok;
}

bool TaskPanel::close(qint64 id, QString* error)
{
    const bool ok = WriterWait::run(
        this, m_gateway->workspace(), [&] { return TaskWorkflow(*m_gateway, m_round).closeComment(id, error); });
    refresh();
    return ok;
}

void TaskPanel::showChanges()
{
    auto* dialog = new ChangesDialog(m_gateway->workspace(), m_round, m_table, m_changes, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->show();
}

void TaskPanel::showComments()
{
    auto* dialog = new QDialog(this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    dialog->setObjectName(QStringLiteral("taskComments"));
    dialog->setWindowTitle(tr("Comments on %1").arg(m_table));
    auto* list = new QTreeWidget(dialog);
    list->setHeaderLabels({tr("Where"), tr("Comment"), tr("By"), tr("State"), tr("Answer")});
    list->setRootIsDecorated(false);
    list->header()->setMinimumSectionSize(80);
    const Table* table = m_gateway->workspace().catalog().table(m_table);
    auto fill = [this, list, table] {
        list->clear();
        for (const TaskComment& c : std::as_const(m_comments)) {
            const Field* f = table && !c.field.isEmpty() ? table->field(c.field) : nullptr;
            const QString where = c.rowId.isEmpty() ? tr("Whole table") : f ? tr("Cell %1").arg(f->name) : tr("Row");
            auto* item
                = new QTreeWidgetItem({where, c.text, c.author, TaskComment::stateDisplayName(c.state), c.answer});
            item->setData(0, Qt::UserRole, c.id);
            item->setToolTip(1, c.text);
            list->addTopLevelItem(item);
        }
        for (int col = 0; col < 5; ++col)
            list->resizeColumnToContents(col);
    };
    fill();
    auto* answerButton = new QPushButton(tr("Answer…"), dialog);
    auto* closeButton = new QPushButton(tr("Close comment"), dialog);
    auto* status = new QLabel(dialog);
    auto current
        = [list] { return list->currentItem() ? list->currentItem()->data(0, Qt::UserRole).toLongLong() : qint64(0); };
    connect(answerButton, &QPushButton::clicked, dialog, [this, dialog, current, fill, status] {
        bool ok = false;
        const QString text = QInputDialog::getMultiLineText(dialog, tr("Answer"), tr("Your answer"), QString(), &ok);
        QString error;
        if (ok && current() && !answer(current(), text, &error))
            status->setText(error);
        fill();
    });
    connect(closeButton, &QPushButton::clicked, dialog, [this, current, fill, status] {
        QString error;
        if (current() && !close(current(), &error))
            status->setText(error);
        fill();
    });
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(status, 1);
    buttons->addWidget(answerButton);
    buttons->addWidget(closeButton);
    auto* layout = new QVBoxLayout(dialog);
    layout->addWidget(list);
    layout->addLayout(buttons);
    dialog->resize(760, 320);
    dialog->show();
}

} // namespace caiji
