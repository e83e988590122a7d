#include "OpenWorkspaceFiles.h"

#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QMutex>

#include <sys/stat.h>

namespace caiji {

namespace {
struct Held
{
    int count = 0;
    dev_t device = 0;
    ino_t inode = 0;
    bool identified = false;
};

QMutex& mutex()
{
    static QMutex m;
    return m;
}

QHash<QString, Held>& held()
{
    static QHash<QString, Held> h;
    return h;
}

QString normal(const QString& path)
{
    const QFileInfo fi(path);
    const QString canonical = fi.canonicalFilePath();
    return canonical.isEmpty() ? fi.absoluteFilePath() : canonical;
}

bool statOf(const QString& path, dev_t* device, ino_t* inode)
{
    struct stat st
    {
    };
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return false;
    *device = st.st_dev;
    *inode = st.st_ino;
    return true;
}

const char* const kSuffixes[] = {"", "-wal", "-shm", "-journal"};
} // namespace

void OpenWorkspaceFiles::hold(const QString& dbPath)
{
    const QString key = normal(dbPath);
    QMutexLocker lock(&mutex());
    Held& h = held()[key];
    if (h.count++ == 0)
        h.identified = statOf(key, &h.device, &h.inode);
}

void OpenWorkspaceFiles::release(const QString& dbPath)
{
    const QString key = normal(dbPath);
    QMutexLocker lock(&mutex());
    auto it = held().find(key);
    if (it != held().end() && --it->count <= 0)
        held().erase(it);
}

QString OpenWorkspaceFiles::refusal(const QString& path)
{
    if (path.isEmpty())
        return QString();
    const QString candidate = normal(path);
    dev_t device = 0;
    ino_t inode = 0;
    const bool exists = statOf(candidate, &device, &inode);
    QMutexLocker lock(&mutex());
    for (auto it = held().constBegin(); it != held().constEnd(); ++it) {
        bool same = exists && it->identified && it->device == device && it->inode == inode;
        for (const char* suffix : kSuffixes)
            same = same || candidate == it.key() + QLatin1String(suffix);
        if (same)
            return tr("%1 belongs to the workspace %2, which is open in Caiji: it cannot be read or written as another "
                      "file (that would break the workspace's locks and lose edits). Choose another file.")
                .arg(QFileInfo(path).fileName(), it.key());
    }
    return QString();
}

} // namespace caiji
