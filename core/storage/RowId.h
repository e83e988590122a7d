#pragma once

#include <QString>

namespace caiji {

/// Row ids: UUID version 7 (RFC 9562), a millisecond Unix time followed by a counter and random
/// bits, written as 26 characters of Crockford's base32 (the text form of a ULID) instead of
/// 36 hexadecimal ones with dashes. They are as unique as random (v4) UUIDs, and ids made one
/// after another sort one after another (as text too: the alphabet is in ASCII order), so a
/// bulk load appends to the `_id` index instead of touching a random page of it per row; the
/// shorter text saves 20 bytes per row in the table and its index.
class RowId
{
public:
    /// A new id, greater than every id this process made before (even within one millisecond).
    static QString next();
    /// The id for a given time, counter and random bits (for tests of the layout).
    static QString make(qint64 unixMs, quint16 counter, quint64 random);
    /// The 128 bits of an id made here (false for another text).
    static bool decode(const QString& id, quint64* high, quint64* low);
};

} // namespace caiji
