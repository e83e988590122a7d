#pragma once

#include "../write/ChangeFeed.h"

#include <QObject>

namespace caiji {

class Workspace;

/// A consequence of writes: a task whose rows change moves from 未开始 (or 已退回) to 填报中,
/// whichever front end wrote. Computed summaries and loads do not count as filling.
class TaskProgress : public QObject
{
    Q_OBJECT

public:
    TaskProgress(Workspace& ws, ChangeFeed& feed, QObject* parent = nullptr);

    QString lastError() const { return m_error; }

private:
    void onChanged(const caiji::ChangeEvent& event);

    Workspace& m_ws;
    ChangeFeed* m_feed = nullptr;
    QString m_error;
};

} // namespace caiji
