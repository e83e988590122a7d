#pragma once

#include <QCoreApplication>
#include <QString>

namespace caiji {

class Workspace;

/// The department's side of a package: the file it sends back to the office, a consistent copy
/// of the package as it stands (SQLite's VACUUM INTO, so nothing still in the write-ahead log is
/// left behind), sealed to the office's key when the office issued it sealed.
class PackageReturn
{
    Q_DECLARE_TR_FUNCTIONS(caiji::PackageReturn)

public:
    /// False with `error` when `package` is not a department package or `path` cannot be written.
    static bool write(Workspace& package, const QString& path, bool* sealed, QString* error);
};

} // namespace caiji
