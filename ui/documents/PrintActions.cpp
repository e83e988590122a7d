#include "PrintActions.h"

#include "PrintPreview.h"

#include "core/documents/FindingsPrintout.h"
#include "core/documents/LetterPrinter.h"
#include "core/documents/ReturnNotice.h"
#include "core/documents/TablePrintout.h"
#include "core/session/Session.h"
#include "core/storage/Directory.h"
#include "core/validation/FindingAccess.h"
#include "ui/dialogs/Notices.h"

#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>

namespace caiji {

QString PrintActions::askDepartment(QWidget* parent, Session& session, const QString& shown, const QString& title)
{
    if (!session.actor().isOffice())
        return session.actor().department;
    QStringList names;
    QStringList codes;
    int current = 0;
    for (const Department& d : Directory(session.workspace()).departments()) {
        if (d.code == shown)
            current = static_cast<int>(names.size());
        names.append(d.name);
        codes.append(d.code);
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(parent, title, tr("Department"), names, current, false, &ok);
    return ok ? codes.value(names.indexOf(name)) : QString();
}

void PrintActions::previewTable(QWidget* parent, Session& session, const QString& table, const QString& department)
{
    // A table of tens of thousands of rows is thousands of pages: asked first, not just started.
    constexpr qint64 kLarge = 5000;
    Printout printout;
    QString error;
    qint64 rows = 0;
    QApplication::setOverrideCursor(Qt::WaitCursor);
    bool built = TablePrintout::build(session.workspace(), session.policy(), session.round(), table, department,
        &printout, &rows, &error, kLarge + 1);
    QApplication::restoreOverrideCursor();
    if (built && rows > kLarge) {
        if (QMessageBox::question(parent, tr("Print this table"),
                tr("The table has more than %1 rows: printed, that is hundreds of pages. Print every row?").arg(kLarge))
            != QMessageBox::Yes)
            return;
        QApplication::setOverrideCursor(Qt::WaitCursor);
        built = TablePrintout::build(
            session.workspace(), session.policy(), session.round(), table, department, &printout, &rows, &error);
        QApplication::restoreOverrideCursor();
    }
    if (!built)
        Notices::refusal(parent, error, {});
    else
        PrintPreview::show(parent, printout);
}

void PrintActions::previewNotice(QWidget* parent, Session& session, const QString& shownDepartment)
{
    const QString department = askDepartment(parent, session, shownDepartment, tr("Return notice"));
    if (department.isEmpty())
        return;
    Printout printout;
    QString error;
    if (!ReturnNotice::build(session.workspace(), session.policy(), session.round(), department, &printout, &error))
        Notices::refusal(parent, error, {});
    else
        PrintPreview::show(parent, printout);
}

void PrintActions::previewLetter(QWidget* parent, Session& session, const QString& shownDepartment)
{
    const QString department = askDepartment(parent, session, shownDepartment, tr("Confirmation letter"));
    if (department.isEmpty())
        return;
    Printout printout;
    QString error;
    if (!LetterPrinter::prepare(session.gateway(), session.round(), department, &printout, nullptr, &error))
        Notices::refusal(parent, error, {});
    else
        PrintPreview::show(parent, printout);
}

void PrintActions::previewFindings(
    QWidget* parent, Workspace& ws, const AccessPolicy& policy, int round, const QVector<Finding>& findings)
{
    Printout printout;
    QString error;
    if (!FindingsPrintout::build(
            ws, policy, round, FindingAccess::checkedDepartment(policy), findings, &printout, &error))
        Notices::refusal(parent, error, {});
    else
        PrintPreview::show(parent, printout);
}

} // namespace caiji
