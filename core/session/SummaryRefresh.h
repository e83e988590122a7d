#pragma once

#include "../write/ChangeFeed.h"

#include <QObject>

namespace caiji {

class JobRunner;
class WriteGateway;

/// A consequence of writes: the summary tables computed from a changed detail table are
/// recomputed through the gateway, so that no front end leaves a stale summary. At once, in the
/// writer's call (the command line); or, for a window (runOn()), right after it on a worker
/// thread, so that a paste into 200,000 rows does not also wait for their summary.
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
    /// Recompute on `runner`'s worker, as the same account, instead of in the writer's call.
    void runOn(JobRunner* runner);

signals:
    /// A recompute on the worker ended: these summary tables may have changed.
    void recomputed(const QStringList& summaries);
    void failed(const QString& error);

private:
    void onChanged(const caiji::ChangeEvent& event);
    void startPending();

    WriteGateway& m_gateway;
    bool m_partialView;
    QString m_error;
    JobRunner* m_runner = nullptr;
    QStringList m_pending; ///< summary@round
};

} // namespace caiji
