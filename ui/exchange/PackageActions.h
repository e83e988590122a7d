#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace caiji {

class Session;

/// 管理 → 签发部门数据包: the office picks the department and the file; the package is issued
/// as caiji-cli package export issues it.
class PackageActions
{
    Q_DECLARE_TR_FUNCTIONS(caiji::PackageActions)

public:
    /// Issues without asking; `message` says what was done, or why not.
    static bool exportPackage(Session& session, const QString& department, const QString& path, QString* message);
    static void askAndExport(QWidget* parent, Session& session, const QString& shownDepartment);
};

} // namespace caiji
