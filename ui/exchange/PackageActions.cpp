#include "PackageActions.h"

#include "core/exchange/PackageExporter.h"
#include "core/exchange/PackageReturn.h"
#include "core/session/Session.h"
#include "ui/dialogs/FileDialogs.h"
#include "ui/dialogs/Notices.h"
#include "ui/documents/PrintActions.h"

#include <QApplication>
#include <QInputDialog>
#include <QLineEdit>
#include <QMessageBox>

namespace caiji {

bool PackageActions::exportPackage(
    Session& session, const QString& department, const QString& path, QString* message, const QString& sealPassword)
{
    PackageManifest m;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    const bool ok = PackageExporter::exportDepartment(
        session.gateway(), session.round(), department, path, &m, message, sealPassword);
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
    // Sealed, the returned file opens only with the office's seal password.
    QString seal;
    if (QMessageBox::question(parent, tr("Department package"),
            tr("Seal the package for the office? The department then returns it encrypted: only this office opens "
               "it with its seal password, and any change to the file on the way is detected."))
        == QMessageBox::Yes) {
        bool ok = false;
        seal = QInputDialog::getText(parent, tr("Seal password"),
            tr("The office's seal password (at least 8 characters; the same one for every sealed package):"),
            QLineEdit::Password, QString(), &ok);
        if (!ok)
            return;
    }
    QString message;
    if (exportPackage(session, department, path, &message, seal))
        QMessageBox::information(parent, tr("Department package"), message);
    else
        Notices::refusal(parent, message, {});
}

bool PackageActions::returnPackage(Session& session, const QString& path, QString* message)
{
    bool sealed = false;
    if (!PackageReturn::write(session.workspace(), path, &sealed, message))
        return false;
    *message = sealed ? tr("The package is sealed for the supervision office in %1: send that file back.").arg(path)
                      : tr("The package is in %1: send that file back to the supervision office.").arg(path);
    return true;
}

void PackageActions::askAndReturn(QWidget* parent, Session& session)
{
    const QString path = FileDialogs::saveFile(parent, tr("Send the package back"),
        tr("%1 returned.caijipkg").arg(session.policy().departmentName(session.actor().department)),
        tr("Department packages (*.caijipkg)"));
    if (path.isEmpty())
        return;
    QString message;
    if (returnPackage(session, path, &message))
        QMessageBox::information(parent, tr("Department package"), message);
    else
        Notices::refusal(parent, message, {});
}

} // namespace caiji
