#include "WalCheckpointer.h"

#include <sqlite3.h>

namespace caiji {

WalCheckpointer::WalCheckpointer(sqlite3* db, const QString& path)
    : m_db(db)
{
    if (!db)
        return;
    if (sqlite3_open_v2(path.toUtf8().constData(), &m_own, SQLITE_OPEN_READWRITE | SQLITE_OPEN_FULLMUTEX, nullptr)
        != SQLITE_OK) {
        sqlite3_close(m_own);
        m_own = nullptr;
        return;
    }
    sqlite3_busy_timeout(m_own, 1000);
    m_thread = std::thread(&WalCheckpointer::run, this);
    // Replaces the automatic checkpoint (SQLite keeps one WAL hook per connection).
    sqlite3_wal_hook(m_db, &WalCheckpointer::onCommit, this);
}

WalCheckpointer::~WalCheckpointer()
{
    if (!m_own)
        return;
    sqlite3_wal_autocheckpoint(m_db, kPages);
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_stop = true;
    }
    m_wake.notify_all();
    m_thread.join();
    sqlite3_close(m_own);
}

int WalCheckpointer::onCommit(void* self, sqlite3*, const char* schema, int pages)
{
    // Called by the committing thread, with the log's size after the commit: only a note here.
    if (pages < kPages || qstrcmp(schema, "main") != 0)
        return SQLITE_OK;
    auto* me = static_cast<WalCheckpointer*>(self);
    {
        std::lock_guard<std::mutex> lock(me->m_mutex);
        me->m_asked = true;
    }
    me->m_wake.notify_one();
    return SQLITE_OK;
}

void WalCheckpointer::run()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    for (;;) {
        m_wake.wait(lock, [this] { return m_asked || m_stop; });
        if (m_stop)
            break;
        m_asked = false;
        m_busy = true;
        lock.unlock();
        // A connection that has read nothing yet does not know the file is in WAL mode (its
        // checkpoint would do nothing): it reads the schema once first.
        if (!m_reading)
            m_reading
                = sqlite3_exec(m_own, "SELECT COUNT(*) FROM sqlite_master", nullptr, nullptr, nullptr) == SQLITE_OK;
        // Passive: copies what no reader still needs and returns; a commit meanwhile asks again.
        sqlite3_wal_checkpoint_v2(m_own, "main", SQLITE_CHECKPOINT_PASSIVE, nullptr, nullptr);
        lock.lock();
        m_busy = false;
        ++m_done;
        if (!m_asked)
            m_idle.notify_all();
    }
    m_busy = false;
    m_idle.notify_all();
}

int WalCheckpointer::checkpoints() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_done;
}

void WalCheckpointer::waitIdle()
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_idle.wait(lock, [this] { return m_stop || (!m_asked && !m_busy); });
}

} // namespace caiji
