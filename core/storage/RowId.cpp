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
    // Written digit by digit: a bulk load makes one per row, and QString::arg was most of it.
    static const char digits[] = "0123456789abcdef";
    char text[36];
    int at = 0;
    auto put = [&](quint64 v, int from, int count) {
        for (int i = 0; i < count; ++i)
            text[at++] = digits[(v >> (4 * (15 - from - i))) & 0xF];
    };
    put(high, 0, 8);
    text[at++] = '-';
    put(high, 8, 4);
    text[at++] = '-';
    put(high, 12, 4);
    text[at++] = '-';
    put(low, 0, 4);
    text[at++] = '-';
    put(low, 4, 12);
    return QString::fromLatin1(text, 36);
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
