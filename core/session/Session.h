#pragma once

#include "../auth/AccessPolicy.h"

#include <QCoreApplication>
#include <QString>

#include <memory>

namespace caiji {

class JobRunner;
class SummaryRefresh;
class TaskProgress;
class Workspace;
class WriteGateway;

/// Who signs in. An empty login on an SQLite file acts as the workspace owner (whoever holds
/// the file holds its data); on PostgreSQL a login is required.
struct Credentials
{
    QString login;
    QString password;
};

/// One signed-in workspace: owns the workspace, the acting account, its policy, the write
/// gateway with its core consequences, and the round being worked on. Front ends hold one and
/// replace it whole: a new session is built first, and only then swapped in, so a failed open
/// leaves the old one untouched.
class Session
{
    Q_DECLARE_TR_FUNCTIONS(caiji::Session)

public:
    ~Session();
    Session(const Session&) = delete;
    Session& operator=(const Session&) = delete;

    /// Opens the workspace at location and signs in; round 0 is the newest round.
    static std::unique_ptr<Session> open(
        const QString& location, const Credentials& who, QString* error, int round = 0);
    /// Signs in on a workspace already open (its creator, tests).
    static std::unique_ptr<Session> start(
        std::unique_ptr<Workspace> ws, const Credentials& who, QString* error, int round = 0);
    /// A session of the workspace owner, without accounts (creating a workspace, the demo).
    static std::unique_ptr<Session> asOwner(
        std::unique_ptr<Workspace> ws, const QString& attributedAs, QString* error, int round = 0);
    /// The same account on a workspace a worker thread opened (JobRunner): its writes go
    /// through a gateway of that connection, with the same consequences.
    /// The workspace stays the caller's.
    static std::unique_ptr<Session> forWorker(Workspace& ws, std::shared_ptr<const AccessPolicy> policy, int round);
    /// Checks credentials against the workspace's accounts.
    static bool authenticate(Workspace& ws, const Credentials& who, Actor* out, QString* error);

    Workspace& workspace() const { return *m_ws; }
    WriteGateway& gateway() const { return *m_gateway; }
    const AccessPolicy& policy() const { return *m_policy; }
    std::shared_ptr<const AccessPolicy> sharedPolicy() const { return m_policy; }
    const Actor& actor() const { return m_policy->actor(); }
    int round() const { return m_round; }
    /// Empty when round exists; else why not.
    bool setRound(int round, QString* error);

    /// Summaries follow edits on a worker thread, right after each write, instead of within it
    /// (a window: a paste into 200,000 rows does not wait for their summary).
    void recomputeSummariesInBackground();
    SummaryRefresh* summaries() const { return m_summaries.get(); }

    /// Signs in as another account on the same workspace (switch user, no reopening).
    bool switchUser(const Credentials& who, QString* error);
    /// Refuses Administer for non-office actors: the message names the missing right.
    QString denial(Action a) const { return m_policy->denial(a); }

private:
    Session() = default;
    bool signIn(const Actor& actor, QString* error);
    void attach(std::shared_ptr<const AccessPolicy> policy);

    std::unique_ptr<Workspace> m_owned;
    Workspace* m_ws = nullptr; ///< m_owned, or a worker's
    std::shared_ptr<const AccessPolicy> m_policy;
    // Declared after the workspace: destroyed before it.
    std::unique_ptr<WriteGateway> m_gateway;
    std::unique_ptr<SummaryRefresh> m_summaries;
    std::unique_ptr<TaskProgress> m_tasks;
    std::unique_ptr<JobRunner> m_summaryJobs;
    int m_round = 0;
};

} // namespace caiji
