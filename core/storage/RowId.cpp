#include "RowId.h"

#include <QDateTime>
#include <QMutex>
#include <QRandomGenerator>

namespace caiji {

QString RowId::make(qint64 unixMs, quint16 counter, quint64 random)
{
    // 48 bits of time, version 7 and 12 bits of counter, variant 0b10 and 62 random bits.
    const quint64 high = (static_cast<quint64>(unixMs) << 16) | 0x7000u | (counter & 0x0FFFu);
    const quint64 low = (random & 0x3FFFFFFFFFFFFFFFull) | 0x8000000000000000ull;
    // 128 bits as 26 base32 digits, the first holding the top 3 bits. Written digit by digit: a
    // bulk load makes one per row, and QString::arg was most of it.
    static const char digits[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
    char text[26];
    for (int i = 25; i >= 0; --i) {
        const int shift = 5 * (25 - i); // bit position of this digit's lowest bit
        quint64 v = 0;
        if (shift < 64) {
            v = low >> shift;
            if (shift > 59)
                v |= high << (64 - shift);
        } else {
            v = high >> (shift - 64);
        }
        text[i] = digits[v & 0x1F];
    }
    return QString::fromLatin1(text, 26);
}

bool RowId::decode(const QString& id, quint64* high, quint64* low)
{
    static const QByteArray digits("0123456789ABCDEFGHJKMNPQRSTVWXYZ");
    if (id.size() != 26)
        return false;
    *high = 0;
    *low = 0;
    for (const QChar c : id) {
        const int d = digits.indexOf(static_cast<char>(c.unicode()));
        if (d < 0 || c.unicode() > 127)
            return false;
        // Shift the 128-bit value left by five and add the digit.
        *high = (*high << 5) | (*low >> 59);
        *low = (*low << 5) | static_cast<quint64>(d);
    }
    return true;
}

QString RowId::next()
{
    // Method 1 of RFC 9562 (6.2): a counter orders the ids of one millisecond; should it run
    // out, the time is moved on by one so the order still holds.
    static QMutex mutex;
    static qint64 lastMs = 0;
    static quint16 counter = 0;
    qint64 ms = QDateTime::currentMSecsSinceEpoch();
    {
        QMutexLocker lock(&mutex);
        if (ms <= lastMs) {
            ms = lastMs;
            if (++counter > 0x0FFF) {
                counter = 0;
                ms = ++lastMs;
            }
        } else {
            counter = 0;
            lastMs = ms;
        }
        return make(ms, counter, QRandomGenerator::global()->generate64());
    }
}

} // namespace caiji
