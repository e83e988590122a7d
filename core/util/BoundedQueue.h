#pragma once

#include <condition_variable>
#include <deque>
#include <mutex>

namespace caiji {

/// A queue between one producing and one consuming thread that holds at most `capacity` items:
/// a producer ahead of its consumer waits instead of letting memory grow with the work. Either
/// side may stop the other: close() after the last item (pop() drains, then fails), cancel()
/// to give up (both fail at once).
template <typename T>
class BoundedQueue
{
public:
    explicit BoundedQueue(int capacity)
        : m_capacity(capacity)
    {
    }

    /// Waits for room; false once cancelled (the item is dropped).
    bool push(T item)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_cancelled || static_cast<int>(m_items.size()) < m_capacity; });
        if (m_cancelled)
            return false;
        m_items.push_back(std::move(item));
        m_changed.notify_all();
        return true;
    }

    /// Waits for an item; false when cancelled, or closed with nothing left.
    bool pop(T* item)
    {
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_cancelled || m_closed || !m_items.empty(); });
        if (m_cancelled || m_items.empty())
            return false;
        *item = std::move(m_items.front());
        m_items.pop_front();
        m_changed.notify_all();
        return true;
    }

    /// No more items will come.
    void close()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_closed = true;
        m_changed.notify_all();
    }

    void cancel()
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_cancelled = true;
        m_changed.notify_all();
    }

    /// Items waiting now.
    int size() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return static_cast<int>(m_items.size());
    }

    bool isCancelled() const
    {
        std::lock_guard<std::mutex> lock(m_mutex);
        return m_cancelled;
    }

private:
    const int m_capacity;
    mutable std::mutex m_mutex;
    std::condition_variable m_changed;
    std::deque<T> m_items;
    bool m_closed = false;
    bool m_cancelled = false;
};

} // namespace caiji
