#pragma once

#include <QString>

#include <condition_variable>
#include <mutex>
#include <thread>

struct sqlite3;

namespace caiji {

/// Copies a SQLite workspace's write-ahead log back into the file on a thread of its own, so
/// that the commit that fills the log does not also wait for that copy (SQLite's automatic
/// checkpoint runs inside the committing call: a 20-package merge spent a fifth of its time
/// there). It takes over from the connection's automatic checkpoint for as long as it lives,
/// at the same size (SQLite's 1000 pages), and gives it back when it goes.
///
/// The copy is a passive checkpoint on a connection of its own: it never waits for a lock and
/// never holds one a writer or reader needs, and what it copies is already committed (a kill
/// in the middle loses nothing: SQLite redoes it from the log at the next open).
class WalCheckpointer
{
public:
    static constexpr int kPages = 1000;

    /// For `db`, the open connection of the file at `path` in WAL mode (the caller's thread).
    WalCheckpointer(sqlite3* db, const QString& path);
    /// Waits for a copy under way; gives the connection its automatic checkpoint back.
    ~WalCheckpointer();
    WalCheckpointer(const WalCheckpointer&) = delete;
    WalCheckpointer& operator=(const WalCheckpointer&) = delete;

    /// False when the second connection could not be opened: the automatic checkpoint stays.
    bool isRunning() const { return m_own != nullptr; }
    /// Checkpoints finished so far (for tests).
    int checkpoints() const;
    /// Blocks until no copy is asked for or under way (for tests and benchmarks).
    void waitIdle();

private:
    static int onCommit(void* self, sqlite3* db, const char* schema, int pages);
    void run();

    sqlite3* m_db;
    sqlite3* m_own = nullptr;
    std::thread m_thread;
    mutable std::mutex m_mutex;
    std::condition_variable m_wake;
    std::condition_variable m_idle;
    bool m_asked = false;
    bool m_busy = false;
    bool m_stop = false;
    bool m_reading = false; ///< the thread's connection has read the file (and so its log)
    int m_done = 0;
};

} // namespace caiji
