#pragma once

#include "core/workflow/TaskOverview.h"
#include "core/workflow/TaskTransitions.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QTableView;

namespace caiji {

class MyTasksModel;
class WriteGateway;

/// 我的任务, the collector's and the head's list (MyTasksModel) with the next step of each task
/// as a button: the button opens the task and takes the step there (the process strip asks for
/// the password or the reason); a double-click opens the task.
class MyTasksView : public QWidget
{
    Q_OBJECT

public:
    explicit MyTasksView(QWidget* parent = nullptr);

    MyTasksModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    void setGateway(WriteGateway* gateway, int round);
    /// Reads the tasks again (after a move, new rows, another validation); `all` when the
    /// round's tasks were just read for another view.
    void reload(const QVector<TaskRow>* all = nullptr);

signals:
    void openTask(const QString& table, const QString& department);
    void stepRequested(const QString& table, const QString& department, caiji::TaskAction action);

private:
    void placeButtons();

    WriteGateway* m_gateway = nullptr;
    int m_round = 0;
    MyTasksModel* m_model;
    QTableView* m_view;
    QCheckBox* m_onlyWaiting;
    QLabel* m_summary;
};

} // namespace caiji
