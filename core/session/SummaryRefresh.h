#pragma once

#include "../write/ChangeFeed.h"

#include <QObject>

namespace caiji {

class WriteGateway;

/// A consequence of writes: the summary tables computed from a changed detail table are
/// recomputed at once, through the gateway, so that no front end leaves a stale summary.
class SummaryRefresh : public QObject
{
    Q_OBJECT

public:
    SummaryRefresh(WriteGateway& gateway, QObject* parent = nullptr);

    QString lastError() const { return m_error; }

private:
    void onChanged(const caiji::ChangeEvent& event);

    WriteGateway& m_gateway;
    QString m_error;
};

} // namespace caiji
