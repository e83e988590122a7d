#pragma once

#include <QCoreApplication>
#include <QFutureWatcher>
#include <QObject>
#include <QString>

#include <atomic>
#include <functional>
#include <memory>

namespace caiji {

class Workspace;

/// What a running job may ask: whether to go on, and where it is.
class JobControl
{
public:
    /// Reports progress (done of total; total 0 when unknown); false once the job is cancelled.
    std::function<bool(qint64 done, qint64 total)> progress;
    bool cancelled() const { return m_cancelled.load(); }

private:
    friend class JobRunner;
    std::atomic_bool m_cancelled {false};
};

/// Runs long work (whole-round validation, exports, and the letters and merges to come) on a
/// worker thread with a connection of its own to the workspace, so that the GUI thread never
/// waits for it and never spins a nested event loop (DESIGN 3.5a). Progress and the end are
/// reported by queued signals; cancel() asks the job to stop at its next progress report. One
/// job at a time per runner.
class JobRunner : public QObject
{
    Q_OBJECT

public:
    /// The job: runs on the worker thread with the workspace opened there (closed when it ends).
    /// Returns false with an error on failure or cancellation.
    using Work = std::function<bool(Workspace& ws, JobControl& control, QString* error)>;

    explicit JobRunner(QObject* parent = nullptr);
    ~JobRunner() override;

    /// Whether the job writes: only a writer leaves the note that tells those who wait for
    /// the workspace's write lock who holds it (WorkspaceActivity) — a reader's note would
    /// replace the writer's and name the wrong job.
    enum class Kind
    {
        Writes,
        ReadsOnly
    };

    /// Starts `work` on `ws` opened once more for the worker; false when a job is running.
    bool start(const Workspace& ws, const QString& title, Work work, Kind kind = Kind::Writes);
    void cancel();
    bool isRunning() const;
    QString title() const { return m_title; }
    /// Waits for the running job to end (tests, closing the window).
    void wait();

signals:
    void progress(qint64 done, qint64 total);
    void finished(bool ok, const QString& error);

private:
    struct Outcome
    {
        bool ok = false;
        QString error;
    };

    QFutureWatcher<Outcome> m_watcher;
    std::shared_ptr<JobControl> m_control;
    QString m_title;
};

} // namespace caiji
