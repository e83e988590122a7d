#pragma once

#include <QPair>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include "../util/BoundedQueue.h"

#include <functional>
#include <mutex>
#include <thread>

namespace caiji {

class SheetSource;

/// A row of a sheet as read: its 1-based number in the file and its cell texts.
struct SheetRow
{
    int number = 0;
    QStringList cells;
    // Filled by the stream's prepare step (on the reader's thread), if one was set in time.
    bool prepared = false;
    QVector<QVariant> values;
    QVector<QPair<int, QString>> problems; ///< (column, message)
    QVector<QVariant> encoded;             ///< the values as they will be bound, if asked for
};

/// Reads a sheet on a worker thread and hands its rows over in batches, so that unpacking and
/// parsing the file (the larger half of reading an xlsx) overlaps with checking and writing the
/// rows. The queue is bounded: a slow consumer holds the reader back instead of letting memory
/// grow with the file. The source is used only by the worker until the stream is destroyed.
class SheetStream
{
public:
    SheetStream(SheetSource& source, int sheet);
    /// Stops the reader if it is still going and waits for it.
    ~SheetStream();
    SheetStream(const SheetStream&) = delete;
    SheetStream& operator=(const SheetStream&) = delete;

    /// The next batch of rows (replacing `rows`); false once every row has been handed over or
    /// reading failed, which error() then tells.
    bool next(QVector<SheetRow>* rows);
    /// Work to do on the reader's thread for rows not yet handed over, while the consumer is
    /// behind (it does the work for rows that come unprepared): spreads the checking of cells
    /// over both cores by whichever has time.
    /// `prepare` must be safe to run on another thread and sets `prepared`.
    void prepareWith(std::function<void(SheetRow&)> prepare);
    /// Tells the reader to stop; next() returns false from now on.
    void cancel();
    /// Empty unless reading failed.
    QString error() const;

    static constexpr int kBatchRows = 1000;
    static constexpr int kMaxQueued = 16;
    /// The reader prepares a batch itself when at least this many wait for the consumer.
    static constexpr int kPrepareWhenWaiting = 1;

private:
    void read(SheetSource& source, int sheet);

    BoundedQueue<QVector<SheetRow>> m_queue{kMaxQueued};
    mutable std::mutex m_mutex; ///< guards the two below
    std::function<void(SheetRow&)> m_prepare;
    QString m_error;
    std::thread m_thread;
};

} // namespace caiji
