#include "SummaryRefresh.h"

#include "../auth/ServerRoles.h"
#include "../jobs/JobRunner.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "Session.h"

#include "../validation/SummaryBuilder.h"
#include "../write/WriteGateway.h"

#include <QSqlQuery>
#include <QUuid>

namespace caiji {

namespace {

/// One setting a stale summary, so that writers marking different summaries at once never
/// overwrite each other's marks; its value changes with every mark.
const QString kStalePrefix = QStringLiteral("summary.stale:");
/// Before marks had a setting each, the marks of accounts under row-level security.
const QString kOldStaleKey = QStringLiteral("summary.stale");

} // namespace

SummaryRefresh::SummaryRefresh(WriteGateway& gateway, QObject* parent)
    : QObject(parent)
    , m_gateway(gateway)
    , m_partialView(ServerRoles(gateway.workspace()).installed() && !gateway.actor().isOffice())
{
    connect(&gateway.feed(), &ChangeFeed::changed, this, &SummaryRefresh::onChanged);
    gateway.setBeforeCommit(
        [this](const QVector<ChangeEvent>& events, QString* error) { return markStale(events, error); });
}

SummaryRefresh::~SummaryRefresh()
{
    m_gateway.setBeforeCommit({});
}

QStringList SummaryRefresh::stale(Workspace& ws)
{
    QStringList out;
    QSqlQuery q(ws.db());
    if (SqlUtil::exec(ws.db(),
            QStringLiteral("SELECT key FROM cj_setting WHERE key LIKE ? AND value <> '' ORDER BY key"),
            {kStalePrefix + QLatin1Char('%')}, nullptr, &q)) {
        while (q.next())
            out.append(q.value(0).toString().mid(kStalePrefix.size()));
    }
    q.finish();
    for (const QString& entry : ws.setting(kOldStaleKey).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (!out.contains(entry))
            out.append(entry);
    }
    return out;
}

bool SummaryRefresh::markStale(const QVector<ChangeEvent>& events, QString* error)
{
    Workspace& ws = m_gateway.workspace();
    for (const ChangeEvent& event : events) {
        // A load (the demo) computes every summary once at its end; computed writes are the
        // recompute itself.
        if (event.origin == WriteOrigin::Computed || event.origin == WriteOrigin::Load)
            continue;
        for (const QString& summary : SummaryBuilder(m_gateway, event.round).dependents(event.table)) {
            const QString key = kStalePrefix + summary + QLatin1Char('@') + QString::number(event.round);
            if (!ws.setSetting(key, QUuid::createUuid().toString(QUuid::WithoutBraces), error))
                return false;
        }
    }
    return true;
}

bool SummaryRefresh::rebuildEntry(WriteGateway& gateway, const QString& entry, QString* error)
{
    Workspace& ws = gateway.workspace();
    const QString key = kStalePrefix + entry;
    // Read before the details: a writer that marks the summary after this recompute read them
    // changes the mark, and the mark stays. Cleared after the recompute's own short transaction
    // (the summary is computed before it takes the write lock): a kill between the two leaves
    // the mark, and the summary is only computed once more.
    const QString mark = ws.setting(key);
    int changed = 0;
    if (!SummaryBuilder(gateway, entry.section(QLatin1Char('@'), 1).toInt())
             .rebuild(entry.section(QLatin1Char('@'), 0, 0), &changed, error))
        return false;
    return mark.isEmpty()
        || SqlUtil::exec(ws.db(), QStringLiteral("UPDATE cj_setting SET value = '' WHERE key = ? AND value = ?"),
            {key, mark}, error);
}

bool SummaryRefresh::rebuildStale(QString* error)
{
    Workspace& ws = m_gateway.workspace();
    for (const QString& entry : stale(ws)) {
        if (!rebuildEntry(m_gateway, entry, error))
            return false;
    }
    return ws.setting(kOldStaleKey).isEmpty() || ws.setSetting(kOldStaleKey, QString(), error);
}

void SummaryRefresh::onChanged(const ChangeEvent& event)
{
    if (event.origin == WriteOrigin::Computed || event.origin == WriteOrigin::Load)
        return;
    // Marked stale with the write: the office recomputes when it signs in.
    if (m_partialView)
        return;
    const QStringList summaries = SummaryBuilder(m_gateway, event.round).dependents(event.table);
    if (m_runner) {
        for (const QString& summary : summaries) {
            const QString entry = summary + QLatin1Char('@') + QString::number(event.round);
            if (!m_pending.contains(entry))
                m_pending.append(entry);
        }
        startPending();
        return;
    }
    for (const QString& summary : summaries) {
        if (!rebuildEntry(m_gateway, summary + QLatin1Char('@') + QString::number(event.round), &m_error))
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
                if (!rebuildEntry(session->gateway(), entry, error))
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
