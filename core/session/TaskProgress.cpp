#include "TaskProgress.h"

#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../workflow/TaskState.h"

#include <QSqlQuery>

namespace caiji {

TaskProgress::TaskProgress(Workspace& ws, ChangeFeed& feed, QObject* parent)
    : QObject(parent)
    , m_ws(ws)
{
    connect(&feed, &ChangeFeed::changed, this, &TaskProgress::onChanged);
    m_feed = &feed;
}

void TaskProgress::onChanged(const ChangeEvent& event)
{
    if (event.origin == WriteOrigin::Computed || event.origin == WriteOrigin::Load)
        return;
    int moved = 0;
    for (const QString& dept : event.departments) {
        QSqlQuery q(m_ws.db());
        if (!SqlUtil::exec(m_ws.db(),
                QStringLiteral("UPDATE cj_assignment SET state = ?, updated_at = ? WHERE round = ? AND table_code = ? "
                               "AND department = ? AND state IN (?, ?)"),
                {taskStateToString(TaskState::Filling), Workspace::now(), event.round, event.table, dept,
                    taskStateToString(TaskState::NotStarted), taskStateToString(TaskState::Returned)},
                &m_error, &q))
            return;
        moved += q.numRowsAffected();
    }
    if (moved > 0)
        emit m_feed->tasksChanged(event.round);
}

} // namespace caiji
