#include "JobRunner.h"

#include "../storage/WorkspaceActivity.h"

#include "../storage/Workspace.h"

#include <QMetaObject>
#include <QPointer>

#include <optional>

#include <QtConcurrent>

namespace caiji {

JobRunner::JobRunner(QObject* parent)
    : QObject(parent)
{
    connect(&m_watcher, &QFutureWatcher<Outcome>::finished, this, [this] {
        const Outcome o = m_watcher.result();
        m_control.reset();
        emit finished(o.ok, o.error);
    });
}

JobRunner::~JobRunner()
{
    cancel();
    wait();
}

bool JobRunner::isRunning() const
{
    return m_control != nullptr;
}

bool JobRunner::start(const Workspace& workspace, const QString& title, Work work, Kind kind)
{
    if (isRunning())
        return false;
    m_title = title;
    m_control = std::make_shared<JobControl>();
    std::shared_ptr<JobControl> control = m_control;
    QPointer<JobRunner> self(this);
    // The function lives in the control it asks: a plain pointer back (a shared one made a
    // cycle, and every job's control leaked; LeakSanitizer found it).
    JobControl* asked = control.get();
    control->progress = [asked, self](qint64 done, qint64 total) {
        // Queued to the runner's thread; the job goes on without waiting for the GUI.
        if (self)
            QMetaObject::invokeMethod(
                self,
                [self, done, total] {
                    if (self)
                        emit self->progress(done, total);
                },
                Qt::QueuedConnection);
        return !asked->cancelled();
    };
    // A connection belongs to the thread that opened it: the worker opens its own, and closes
    // it before it ends.
    const WorkspaceLocation location = workspace.location();
    const QString user = workspace.currentUser();
    m_watcher.setFuture(QtConcurrent::run([location, user, title, work = std::move(work), control, kind]() {
        Outcome o;
        auto ws = Workspace::open(location, &o.error);
        if (!ws)
            return o;
        ws->setCurrentUser(user);
        // Whoever waits for this job's writes is told what it is.
        std::optional<WorkspaceActivity> activity;
        if (kind == Kind::Writes)
            activity.emplace(*ws, title);
        o.ok = work(*ws, *control, &o.error);
        if (!o.ok && control->cancelled() && o.error.isEmpty())
            o.error = tr("Cancelled; nothing was changed.");
        return o;
    }));
    return true;
}

void JobRunner::cancel()
{
    if (m_control)
        m_control->m_cancelled = true;
}

void JobRunner::wait()
{
    m_watcher.waitForFinished();
}

} // namespace caiji
