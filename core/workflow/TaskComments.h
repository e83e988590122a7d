#pragma once

#include "../auth/AccessPolicy.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

namespace caiji {

class Workspace;

/// A comment of a return, anchored to the task's table (no row), a row, or a cell (row and
/// field); open until the department answers it, answered until its author (or the office)
/// closes it.
struct TaskComment
{
    qint64 id = 0;
    QString rowId; ///< empty: the whole table
    QString field; ///< empty: the whole row
    QString text;
    QString author;
    QString at;
    QString state; ///< "open", "answered" or "closed"
    QString answer;
    QString answeredBy;
    QString answeredAt;

    /// 未答复, 已答复, 已关闭 (translated).
    static QString stateDisplayName(const QString& state);
};

/// The comments of a task (round, table, department): read, answered by the department,
/// closed by whoever wrote them or the office. Written with a return (WriteGateway::moveTask).
class TaskComments
{
    Q_DECLARE_TR_FUNCTIONS(caiji::TaskComments)

public:
    TaskComments(Workspace& ws, int round)
        : m_ws(ws)
        , m_round(round)
    {
    }

    QVector<TaskComment> of(const QString& table, const QString& department, QString* error = nullptr) const;
    /// Open comments per task, "table|department" → count (task lists, dashboards).
    QHash<QString, int> openCounts(QString* error = nullptr) const;
    /// The department's collector or head answers an open (or answered) comment.
    bool answer(const AccessPolicy& policy, qint64 id, const QString& text, QString* error);
    /// The comment's author or the office closes it.
    bool close(const AccessPolicy& policy, qint64 id, QString* error);

private:
    bool find(qint64 id, QString* table, QString* department, QString* author, QString* error) const;

    Workspace& m_ws;
    int m_round;
};

} // namespace caiji
