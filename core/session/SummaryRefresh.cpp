#include "SummaryRefresh.h"

#include "../auth/ServerRoles.h"
#include "../jobs/JobRunner.h"
#include "../storage/Workspace.h"
#include "Session.h"

#include "../validation/SummaryBuilder.h"
#include "../write/WriteGateway.h"

namespace caiji {

SummaryRefresh::SummaryRefresh(WriteGateway& gateway, QObject* parent)
    : QObject(parent)
    , m_gateway(gateway)
    // Under the server's row-level security an account sees only what it may: a summary over
    // every department's details is then the office's to compute.
    , m_partialView(ServerRoles(gateway.workspace()).installed() && !gateway.actor().isOffice())
{
    connect(&gateway.feed(), &ChangeFeed::changed, this, &SummaryRefresh::onChanged);
}

QString SummaryRefresh::staleKey()
{
    return QStringLiteral("summary.stale");
}

bool SummaryRefresh::rebuildStale(QString* error)
{
    Workspace& ws = m_gateway.workspace();
    const QStringList stale = ws.setting(staleKey()).split(QLatin1Char(','), Qt::SkipEmptyParts);
    for (const QString& entry : stale) {
        int changed = 0;
        if (!SummaryBuilder(m_gateway, entry.section(QLatin1Char('@'), 1).toInt())
                 .rebuild(entry.section(QLatin1Char('@'), 0, 0), &changed, error))
            return false;
    }
    return stale.isEmpty() || ws.setSetting(staleKey(), QString(), error);
}

void SummaryRefresh::onChanged(const ChangeEvent& event)
{
    // A load (the demo) computes every summary once at its end.
    if (event.origin == WriteOrigin::Computed || event.origin == WriteOrigin::Load)
        return;
    SummaryBuilder builder(m_gateway, event.round);
    if (m_partialView) {
        Workspace& ws = m_gateway.workspace();
        QStringList stale = ws.setting(staleKey()).split(QLatin1Char(','), Qt::SkipEmptyParts);
        for (const QString& summary : builder.dependents(event.table)) {
            const QString entry = summary + QLatin1Char('@') + QString::number(event.round);
            if (!stale.contains(entry))
                stale.append(entry);
        }
        ws.setSetting(staleKey(), stale.join(QLatin1Char(',')), &m_error);
        return;
    }
    if (m_runner) {
        for (const QString& summary : builder.dependents(event.table)) {
            const QString entry = summary + QLatin1Char('@') + QString::number(event.round);
            if (!m_pending.contains(entry))
                m_pending.append(entry);
        }
        startPending();
        return;
    }
    for (const QString& summary : builder.dependents(event.table)) {
        int changed = 0;
        if (!builder.rebuild(summary, &changed, &m_error))
            return;
    }
}

void SummaryRefresh::runOn(JobRunner* runner)
{
    m_runner = runner;
    if (!runner)
        return;
    connect(runner, &JobRunner::finished, this, [this](bool ok, const QString& error) {
        if (!ok) {
            m_error = error;
            emit failed(error);
        }
        startPending(); // what was edited meanwhile
    });
}

void SummaryRefresh::startPending()
{
    if (m_pending.isEmpty() || m_runner->isRunning())
        return;
    const QStringList work = std::exchange(m_pending, {});
    const std::shared_ptr<const AccessPolicy> policy = m_gateway.sharedPolicy();
    m_runner->start(m_gateway.workspace(), tr("Recomputing summary tables"),
        [work, policy](Workspace& ws, JobControl&, QString* error) {
            // The worker's own gateway for the same account: its writes are as checked and journaled.
            const auto session = Session::forWorker(ws, policy, 0);
            for (const QString& entry : work) {
                int changed = 0;
                if (!SummaryBuilder(session->gateway(), entry.section(QLatin1Char('@'), 1).toInt())
                         .rebuild(entry.section(QLatin1Char('@'), 0, 0), &changed, error))
                    return false;
            }
            return true;
        });
    QStringList tables;
    for (const QString& entry : work)
        tables.append(entry.section(QLatin1Char('@'), 0, 0));
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(m_runner, &JobRunner::finished, this, [this, tables, connection](bool ok) {
        disconnect(*connection);
        if (ok)
            emit recomputed(tables);
    });
}

} // namespace caiji
