#pragma once

#include "../storage/RowId.h"
#include <QString>
#include <QStringList>

#include <cstdint>

namespace caiji {

/// A small seeded generator (SplitMix64): the same seed gives the same demo college on every
/// platform, unlike std distributions whose output differs between standard libraries.
class DemoRandom
{
public:
    explicit DemoRandom(uint64_t seed)
        : m_state(seed)
    {
    }

    uint64_t next()
    {
        uint64_t z = (m_state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    /// Uniform in [lo, hi].
    int range(int lo, int hi) { return hi <= lo ? lo : lo + static_cast<int>(next() % uint64_t(hi - lo + 1)); }
    double unit() { return static_cast<double>(next() >> 11) / 9007199254740992.0; }
    bool chance(double p) { return unit() < p; }
    template <typename List> const auto& pick(const List& list)
    {
        return list.at(range(0, static_cast<int>(list.size()) - 1));
    }
    QString digits(int n)
    {
        QString s;
        s.reserve(n);
        for (int i = 0; i < n; ++i)
            s += QLatin1Char(static_cast<char>('0' + range(0, 9)));
        return s;
    }
    /// The id of the demo's n-th row: a UUID v7 (see RowId) on a fixed clock, with random bits
    /// from this generator, so a demo is the same every time and loads in id order.
    QString rowId(qint64 n)
    {
        constexpr qint64 kClockMs = 1725148800000; // 2024-09-01
        const uint64_t a = next();
        const uint64_t b = next();
        return RowId::make(kClockMs + n / 4096, static_cast<quint16>(n % 4096), a ^ b);
    }

private:
    uint64_t m_state;
};

} // namespace caiji
