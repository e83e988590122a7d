#pragma once

#include <QString>

namespace caiji {

/// Row ids: UUID version 7 (RFC 9562), a millisecond Unix time followed by a counter and random
/// bits. They are as unique as random (v4) UUIDs, and ids made one after another sort one after
/// another, so a bulk load appends to the `_id` index instead of touching a random page of it
/// per row (a third of the insert time of a 100,000-row import with v4 ids).
class RowId
{
public:
    /// A new id, greater than every id this process made before (even within one millisecond).
    static QString next();
    /// The id for a given time, counter and random bits (for tests of the layout).
    static QString make(qint64 unixMs, quint16 counter, quint64 random);
};

} // namespace caiji
