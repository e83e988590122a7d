#pragma once

#include "../write/ChangeFeed.h"

#include <QObject>

namespace caiji {

class JobRunner;
class Workspace;
class WriteGateway;

/// A consequence of writes: the summary tables computed from a changed detail table are
/// recomputed through the gateway, so that no front end leaves a stale summary. At once, in the
/// writer's call (the command line); or, for a window (runOn()), right after it on a worker
/// thread, so that a paste into 200,000 rows does not also wait for their summary.
///
/// Every write marks the summaries it makes stale in its own transaction, and a recompute
/// clears the mark in its: a program killed between the two leaves the mark, and the next
/// session that can compute the summaries does so when it signs in.
class SummaryRefresh : public QObject
{
    Q_OBJECT

public:
    SummaryRefresh(WriteGateway& gateway, QObject* parent = nullptr);
    ~SummaryRefresh() override;

    QString lastError() const { return m_error; }
    /// Whether this account computes summaries (under row-level security an account sees only
    /// what it may: a summary over every department's details is then the office's).
    bool computes() const { return !m_partialView; }
    /// The summaries marked stale and not recomputed since ("10-3@2024").
    static QStringList stale(Workspace& ws);
    /// Recomputes the summaries marked stale.
    bool rebuildStale(QString* error);
    /// Recompute on `runner`'s worker, as the same account, instead of in the writer's call.
    void runOn(JobRunner* runner);

signals:
    /// A recompute on the worker ended: these summary tables may have changed.
    void recomputed(const QStringList& summaries);
    void failed(const QString& error);

private:
    bool markStale(const QVector<caiji::ChangeEvent>& events, QString* error);
    void onChanged(const caiji::ChangeEvent& event);
    void startPending();
    /// Recomputes one "summary@round", then clears its mark unless a writer marked it again
    /// meanwhile.
    static bool rebuildEntry(WriteGateway& gateway, const QString& entry, QString* error);

    WriteGateway& m_gateway;
    bool m_partialView;
    QString m_error;
    JobRunner* m_runner = nullptr;
    QStringList m_pending; ///< summary@round
};

} // namespace caiji
