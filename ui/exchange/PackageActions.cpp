#include "PackageActions.h"

#include "core/exchange/PackageExporter.h"
#include "core/session/Session.h"
#include "ui/dialogs/FileDialogs.h"
#include "ui/dialogs/Notices.h"
#include "ui/documents/PrintActions.h"

#include <QApplication>
#include <QMessageBox>

namespace caiji {

bool PackageActions::exportPackage(Session& session, const QString& department, const QString& path, QString* message)
{
    PackageManifest m;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok
        = PackageExporter::exportDepartment(session.gateway(), session.round(), department, path, &m, message);
    QApplication::restoreOverrideCursor();
    if (!ok)
        return false;
    qint64 rows = 0;
    for (const TableFingerprint& f : std::as_const(m.tables))
        rows += f.rows;
    *message = tr("The package of %1 for round %2 is in %3: %n table(s), %4 row(s). The department opens it in Caiji, "
                  "fills and confirms it, and sends the file back to be merged.",
        nullptr, static_cast<int>(m.tables.size()))
                   .arg(m.departmentName)
                   .arg(m.round)
                   .arg(path)
                   .arg(rows);
    return true;
}

void PackageActions::askAndExport(QWidget* parent, Session& session, const QString& shownDepartment)
{
    const QString department = PrintActions::askDepartment(parent, session, shownDepartment, tr("Department package"));
    if (department.isEmpty())
        return;
    const QString path = FileDialogs::saveFile(parent, tr("Save the department package"),
        tr("%1 %2.caijipkg").arg(session.policy().departmentName(department)).arg(session.round()),
        tr("Department packages (*.caijipkg)"));
    if (path.isEmpty())
        return;
    QString message;
    if (exportPackage(session, department, path, &message))
        QMessageBox::information(parent, tr("Department package"), message);
    else
        Notices::refusal(parent, message, {});
}

} // namespace caiji
