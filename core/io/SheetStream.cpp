#include "SheetStream.h"

#include "SheetSource.h"

namespace caiji {

SheetStream::SheetStream(SheetSource& source, int sheet)
    : m_thread([this, &source, sheet] { read(source, sheet); })
{
}

SheetStream::~SheetStream()
{
    cancel();
    m_thread.join();
}

void SheetStream::read(SheetSource& source, int sheet)
{
    QVector<SheetRow> batch;
    batch.reserve(kBatchRows);
    // Hands a full batch over, waiting while the queue is full; false once cancelled.
    auto handOver = [this, &batch]() {
        std::function<void(SheetRow&)> prepare;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            prepare = m_prepare;
        }
        if (prepare) {
            for (SheetRow& row : batch)
                prepare(row);
        }
        std::unique_lock<std::mutex> lock(m_mutex);
        m_changed.wait(lock, [this] { return m_cancelled || static_cast<int>(m_queue.size()) < kMaxQueued; });
        if (m_cancelled)
            return false;
        m_queue.push_back(std::move(batch));
        batch = QVector<SheetRow>();
        batch.reserve(kBatchRows);
        m_changed.notify_all();
        return true;
    };
    QString error;
    const bool ok = source.readSheet(
        sheet,
        [&](int number, const QStringList& cells) {
            batch.append({number, cells, false, {}, {}});
            return batch.size() < kBatchRows || handOver();
        },
        &error);
    // The rows read before a failure too: the consumer hears of the failure after them.
    if (!batch.isEmpty())
        handOver();
    std::lock_guard<std::mutex> lock(m_mutex);
    if (!ok && !m_cancelled)
        m_error = error;
    m_finished = true;
    m_changed.notify_all();
}

bool SheetStream::next(QVector<SheetRow>* rows)
{
    std::unique_lock<std::mutex> lock(m_mutex);
    m_changed.wait(lock, [this] { return m_cancelled || m_finished || !m_queue.empty(); });
    if (m_cancelled || m_queue.empty())
        return false; // finished: every batch was handed over (or reading failed)
    *rows = std::move(m_queue.front());
    m_queue.pop_front();
    m_changed.notify_all();
    return true;
}

void SheetStream::prepareWith(std::function<void(SheetRow&)> prepare)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_prepare = std::move(prepare);
}

void SheetStream::cancel()
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_cancelled = true;
    m_changed.notify_all();
}

QString SheetStream::error() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}

} // namespace caiji
