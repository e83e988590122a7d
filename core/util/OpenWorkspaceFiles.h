#pragma once

#include <QCoreApplication>
#include <QString>

namespace caiji {

/// The SQLite workspace files this process has open. SQLite's locks on them are POSIX advisory
/// locks, which belong to the process: closing *any* descriptor of such a file drops them all
/// ("How To Corrupt An SQLite Database File", 2.2), and another program then takes the
/// workspace for unused and deletes its -wal and -shm files under our feet. So nothing in the
/// process may open a workspace file, its -wal, -shm or -journal, except SQLite: every reader
/// and writer of a file a person names asks refusal() first.
class OpenWorkspaceFiles
{
    Q_DECLARE_TR_FUNCTIONS(caiji::OpenWorkspaceFiles)

public:
    /// Counts one more open connection of the workspace file at dbPath.
    static void hold(const QString& dbPath);
    static void release(const QString& dbPath);
    /// Empty when `path` is no file of a workspace open in this process; else a message that says
    /// so. Looks only at names and inodes (stat), never opens the file.
    static QString refusal(const QString& path);
};

} // namespace caiji
