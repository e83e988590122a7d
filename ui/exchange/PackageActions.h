#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace caiji {

class Session;

/// 管理 → 签发部门数据包: the office picks the department, the file and whether it comes back
/// sealed; the package is issued as caiji-cli package export issues it. 文件 → 交回数据包: the
/// department writes the file it sends back, as caiji-cli package return does.
class PackageActions
{
    Q_DECLARE_TR_FUNCTIONS(caiji::PackageActions)

public:
    /// Issues without asking; `message` says what was done, or why not. With a seal password the
    /// package goes back sealed for the office.
    static bool exportPackage(Session& session, const QString& department, const QString& path, QString* message,
        const QString& sealPassword = QString());
    static void askAndExport(QWidget* parent, Session& session, const QString& shownDepartment);
    /// 文件 → 交回数据包 (the department, in its package): the file to send back.
    static bool returnPackage(Session& session, const QString& path, QString* message);
    static void askAndReturn(QWidget* parent, Session& session);
};

} // namespace caiji
