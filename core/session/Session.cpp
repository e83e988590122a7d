#include "Session.h"

#include "../auth/Accounts.h"
#include "../auth/ServerRoles.h"
#include "../jobs/JobRunner.h"
#include "../storage/Directory.h"
#include "../storage/Workspace.h"
#include "../write/WriteGateway.h"
#include "SummaryRefresh.h"
#include "TaskProgress.h"

namespace caiji {

Session::~Session()
{
    // A recompute on the worker ends first; subscribers and the gateway go before the workspace
    // they use.
    m_summaryJobs.reset();
    m_tasks.reset();
    m_summaries.reset();
    m_gateway.reset();
}

bool Session::authenticate(Workspace& ws, const Credentials& who, Actor* out, QString* error)
{
    if (who.login.isEmpty()) {
        if (ws.location().backend != Backend::Sqlite) {
            if (error)
                *error = tr("A PostgreSQL workspace needs an account: sign in with --user LOGIN.");
            return false;
        }
        *out = Actor::workspaceOwner();
        return true;
    }
    Accounts accounts(ws);
    User u;
    QString why;
    if (!accounts.signIn(who.login, who.password, &why) || !accounts.find(who.login, &u)) {
        if (error)
            *error = why.isEmpty()
                ? tr("Sign-in failed: the account \"%1\" or its password is wrong, or the account is disabled.")
                      .arg(who.login)
                : why;
        return false;
    }
    *out = Actor::fromUser(u);
    return true;
}

std::unique_ptr<Session> Session::open(const QString& location, const Credentials& who, QString* error, int round)
{
    WorkspaceLocation loc;
    if (!WorkspaceLocation::parse(location, &loc, error))
        return nullptr;
    if (loc.backend == Backend::Postgres && !who.login.isEmpty()) {
        // With server roles the account connects as itself: the server checks its password and
        // enforces its rights on every statement, whatever this program does.
        WorkspaceLocation mine = loc;
        mine.user = ServerRoles::roleName(loc.database, who.login);
        mine.password = who.password;
        QString refused;
        if (auto ws = Workspace::open(mine, &refused)) {
            User u;
            if (!Accounts(*ws).find(who.login, &u) || !u.active) {
                if (error)
                    *error
                        = tr("Sign-in failed: the account \"%1\" or its password is wrong, or the account is disabled.")
                              .arg(who.login);
                return nullptr;
            }
            std::unique_ptr<Session> s(new Session);
            s->m_owned = std::move(ws);
            s->m_ws = s->m_owned.get();
            if (!s->signIn(Actor::fromUser(u), error) || !s->setRound(round, error))
                return nullptr;
            return s;
        }
        auto ws = Workspace::open(loc, error);
        if (!ws)
            return nullptr;
        if (ServerRoles(*ws).installed()) {
            if (error)
                *error = tr("The PostgreSQL server refused the sign-in of account \"%1\": %2").arg(who.login, refused);
            return nullptr;
        }
        return start(std::move(ws), who, error, round);
    }
    auto ws = Workspace::open(loc, error);
    if (!ws)
        return nullptr;
    return start(std::move(ws), who, error, round);
}

std::unique_ptr<Session> Session::start(
    std::unique_ptr<Workspace> ws, const Credentials& who, QString* error, int round)
{
    Actor actor;
    if (!authenticate(*ws, who, &actor, error))
        return nullptr;
    std::unique_ptr<Session> s(new Session);
    s->m_owned = std::move(ws);
    s->m_ws = s->m_owned.get();
    if (!s->signIn(actor, error))
        return nullptr;
    if (!s->setRound(round, error))
        return nullptr;
    return s;
}

std::unique_ptr<Session> Session::asOwner(
    std::unique_ptr<Workspace> ws, const QString& attributedAs, QString* error, int round)
{
    std::unique_ptr<Session> s(new Session);
    s->m_owned = std::move(ws);
    s->m_ws = s->m_owned.get();
    if (!s->signIn(Actor::workspaceOwner(attributedAs), error))
        return nullptr;
    if (!s->setRound(round, error))
        return nullptr;
    return s;
}

std::unique_ptr<Session> Session::forWorker(Workspace& ws, std::shared_ptr<const AccessPolicy> policy, int round)
{
    std::unique_ptr<Session> s(new Session);
    s->m_ws = &ws;
    s->m_round = round;
    s->attach(std::move(policy));
    return s;
}

bool Session::signIn(const Actor& actor, QString* error)
{
    auto policy = AccessPolicy::load(*m_ws, actor, error);
    if (!policy)
        return false;
    attach(std::move(policy));
    // Summaries a write marked stale and nobody recomputed (a program killed between the two,
    // or accounts that see only their own rows): whoever can compute them does, now.
    if (m_summaries->computes() && !SummaryRefresh::stale(*m_ws).isEmpty()) {
        QString why;
        if (!m_summaries->rebuildStale(&why))
            qWarning("%s", qPrintable(why));
    }
    return true;
}

void Session::attach(std::shared_ptr<const AccessPolicy> policy)
{
    m_tasks.reset();
    m_summaries.reset();
    m_gateway = std::make_unique<WriteGateway>(*m_ws, policy);
    m_policy = std::move(policy);
    // Consequences in the order they must happen: summaries first, then task states.
    m_summaries = std::make_unique<SummaryRefresh>(*m_gateway);
    m_tasks = std::make_unique<TaskProgress>(*m_ws, m_gateway->feed());
    if (m_summaryJobs)
        m_summaries->runOn(m_summaryJobs.get());
}

void Session::recomputeSummariesInBackground()
{
    if (!m_summaryJobs) {
        m_summaryJobs = std::make_unique<JobRunner>();
        m_summaries->runOn(m_summaryJobs.get());
    }
}

bool Session::setRound(int round, QString* error)
{
    Directory dir(*m_ws);
    if (round == 0) {
        m_round = dir.latestRound().year;
        return true;
    }
    for (const Round& r : dir.rounds(error)) {
        if (r.year == round) {
            m_round = round;
            return true;
        }
    }
    if (error)
        *error = tr("The workspace has no round %1.").arg(round);
    return false;
}

bool Session::switchUser(const Credentials& who, QString* error)
{
    Actor actor;
    if (!authenticate(*m_ws, who, &actor, error))
        return false;
    return signIn(actor, error);
}

} // namespace caiji
