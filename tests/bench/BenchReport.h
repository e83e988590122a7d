#pragma once

#include <QString>
#include <QTextStream>

#include <algorithm>
#include <vector>

namespace caiji::bench {

/// One JSON object per line: {"metric": ..., "value": ..., "unit": ...}.
inline void report(QTextStream& out, const QString& metric, double value, const QString& unit)
{
    out << QStringLiteral("{\"metric\": \"%1\", \"value\": %2, \"unit\": \"%3\"}")
               .arg(metric)
               .arg(value, 0, 'f', 3)
               .arg(unit)
        << Qt::endl;
}

inline double median(std::vector<double> v)
{
    if (v.empty())
        return 0;
    std::sort(v.begin(), v.end());
    return v.size() % 2 ? v[v.size() / 2] : (v[v.size() / 2 - 1] + v[v.size() / 2]) / 2;
}

/// Peak resident memory of this process so far, in MB.
double peakMemoryMb();
/// CPU time the calling thread has used so far (user and system), in ms.
double threadCpuMs();

} // namespace caiji::bench
