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
    /// Recomputes the summaries accounts under row-level security could not (the office's
    /// session does this when it signs in).
    bool rebuildStale(QString* error);
    static QString staleKey();

private:
    void onChanged(const caiji::ChangeEvent& event);

    WriteGateway& m_gateway;
    bool m_partialView;
    QString m_error;
};

} // namespace caiji
