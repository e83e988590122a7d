#pragma once
// Shared by the libFuzzer targets (scripts/fuzz): a Qt application for the plugins and
// translations the readers use, and a file to hand the readers that take a path.
#include <QCoreApplication>
#include <QFile>
#include <QTemporaryDir>

namespace caiji::fuzz {

inline void startQt()
{
    static int argc = 1;
    static char name[] = "caiji-fuzz";
    static char* argv[] = {name, nullptr};
    static QCoreApplication app(argc, argv);
}

/// The input written to a file of the given suffix (the readers choose by it), reused run
/// after run.
inline QString asFile(const uint8_t* data, size_t size, const QString& suffix)
{
    static QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("input.") + suffix);
    QFile f(path);
    if (f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        f.write(reinterpret_cast<const char*>(data), static_cast<qint64>(size));
    return path;
}

} // namespace caiji::fuzz
