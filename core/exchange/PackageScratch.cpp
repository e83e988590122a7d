#include "PackageScratch.h"

#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <mutex>

namespace caiji {

namespace {
const QString kPrefix = QStringLiteral("caiji-package-");

/// The first scratch folder of the program looks for stale ones (once is enough: they are a
/// day old), not every one: a listing of the temporary folder per package opened.
QString firstLooksForStale()
{
    static std::once_flag looked;
    std::call_once(looked, [] { PackageScratch::removeStale(); });
    return QDir(QDir::tempPath()).filePath(kPrefix + QStringLiteral("XXXXXX"));
}
} // namespace

PackageScratch::PackageScratch()
    : m_dir(firstLooksForStale())
{
}

int PackageScratch::removeStale(const QString& folder, qint64 seconds)
{
    const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-seconds);
    int removed = 0;
    const QFileInfoList found = QDir(folder.isEmpty() ? QDir::tempPath() : folder)
                                    .entryInfoList({kPrefix + QLatin1Char('*')}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QFileInfo& dir : found) {
        // The newest of the folder and what it holds: a copy being written is not stale.
        QDateTime touched = dir.lastModified().toUTC();
        for (const QFileInfo& f : QDir(dir.filePath()).entryInfoList(QDir::Files | QDir::Hidden))
            touched = qMax(touched, f.lastModified().toUTC());
        if (touched < before && QDir(dir.filePath()).removeRecursively())
            ++removed;
    }
    return removed;
}

} // namespace caiji
