#include "BenchSupport.h"

#include "BenchReport.h"
#include "core/storage/Directory.h"
#include "core/storage/Workspace.h"
#include "core/workflow/TaskOverview.h"

#include <sys/resource.h>

namespace caiji::bench {

double peakMemoryMb()
{
    rusage usage {};
    getrusage(RUSAGE_SELF, &usage);
    return usage.ru_maxrss / 1024.0; // Linux reports kilobytes
}

double threadCpuMs()
{
    // What this thread itself computed: on a shared machine, unlike the wall clock, not what
    // other guests took from it meanwhile.
    rusage usage {};
    getrusage(RUSAGE_THREAD, &usage);
    return usage.ru_utime.tv_sec * 1e3 + usage.ru_utime.tv_usec / 1e3 + usage.ru_stime.tv_sec * 1e3
        + usage.ru_stime.tv_usec / 1e3;
}

std::unique_ptr<Workspace> openWorkspace(const QStringList& args, const char* usage, QTextStream& err, int* round)
{
    if (args.isEmpty()) {
        err << "usage: " << usage << Qt::endl;
        return nullptr;
    }
    QString error;
    auto ws = Workspace::open(args.first(), &error);
    if (!ws) {
        err << error << Qt::endl;
        return nullptr;
    }
    *round = Directory(*ws).latestRound().year;
    return ws;
}

QString largestTable(Workspace& ws, int round)
{
    QHash<QString, QHash<QString, qint64>> counts;
    QString error;
    TaskOverview::rowCounts(ws, round, &counts, &error);
    QString best;
    qint64 most = -1;
    for (auto it = counts.constBegin(); it != counts.constEnd(); ++it) {
        qint64 n = 0;
        for (qint64 v : it.value())
            n += v;
        if (n > most) {
            most = n;
            best = it.key();
        }
    }
    return best;
}

} // namespace caiji::bench
