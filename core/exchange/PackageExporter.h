#pragma once

#include "PackageManifest.h"

#include <QCoreApplication>

namespace caiji {

class WriteGateway;

/// Issues a department package (DESIGN 3.7): a standalone SQLite workspace with the catalog,
/// the departments and the division, the department's tasks, deadlines, accounts and comments,
/// the rows the department reads (its own whole, other departments' source tables by their keys
/// and names only) and a manifest. The office keeps the package as issued (cj_package): the
/// base its return is merged against.
class PackageExporter
{
    Q_DECLARE_TR_FUNCTIONS(caiji::PackageExporter)

public:
    /// The office only. `department` a code or name; the file at `path` is replaced only when
    /// the package is whole. `manifest` receives what was issued. With a seal password the
    /// package goes back sealed to the office's key (OfficeSeal; made with the first one).
    static bool exportDepartment(WriteGateway& gateway, int round, const QString& department, const QString& path,
        PackageManifest* manifest, QString* error, const QString& sealPassword = QString());
};

} // namespace caiji
