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
    // Hands a full batch over, waiting while the queue is full; false once the consumer has
    // gone. The batch is prepared here only while the consumer is behind (batches waiting):
    // then this thread has time to spare; otherwise the consumer, which would wait, does it.
    auto handOver = [this, &batch]() {
        std::function<void(SheetRow&)> prepare;
        {
            std::lock_guard<std::mutex> lock(m_mutex);
            prepare = m_prepare;
        }
        if (prepare && m_queue.size() >= kPrepareWhenWaiting) {
            for (SheetRow& row : batch)
                prepare(row);
        }
        const bool taken = m_queue.push(std::move(batch));
        batch = QVector<SheetRow>();
        batch.reserve(kBatchRows);
        return taken;
    };
    QString error;
    const bool ok = source.readSheet(
        sheet,
        [&](int number, const QStringList& cells) {
            batch.append({number, cells, false, {}, {}, {}});
            return batch.size() < kBatchRows || handOver();
        },
        &error);
    // The rows read before a failure too: the consumer hears of the failure after them.
    if (!batch.isEmpty())
        handOver();
    if (!ok && !m_queue.isCancelled()) {
        std::lock_guard<std::mutex> lock(m_mutex);
        m_error = error;
    }
    m_queue.close();
}

bool SheetStream::next(QVector<SheetRow>* rows)
{
    return m_queue.pop(rows);
}

void SheetStream::prepareWith(std::function<void(SheetRow&)> prepare)
{
    std::lock_guard<std::mutex> lock(m_mutex);
    m_prepare = std::move(prepare);
}

void SheetStream::cancel()
{
    m_queue.cancel();
}

QString SheetStream::error() const
{
    std::lock_guard<std::mutex> lock(m_mutex);
    return m_error;
}

} // namespace caiji
