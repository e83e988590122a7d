#include "LetterActions.h"

#include "ui/dialogs/WriterWait.h"

#include "PrintActions.h"

#include "core/documents/LetterPrinter.h"
#include "core/session/Session.h"
#include "ui/dialogs/FileDialogs.h"
#include "ui/dialogs/Notices.h"

#include <QMessageBox>

namespace caiji {

bool LetterActions::print(Session& session, const QString& department, const QString& path, QString* message)
{
    ConfirmationLetter letter;
    QString error;
    if (!LetterPrinter::print(session.gateway(), session.round(), department, path, &letter, &error)) {
        if (message)
            *message = error;
        return false;
    }
    if (message)
        *message = (letter.draft ? tr("Draft of letter %1 written to %2 (not for signing until the head confirms). "
                                      "Verification code %3.")
                                 : tr("Letter %1 written to %2. Verification code %3."))
                       .arg(letter.number, path, letter.code);
    return true;
}

void LetterActions::askAndPrint(QWidget* parent, Session& session, const QString& shownDepartment)
{
    const QString department = PrintActions::askDepartment(parent, session, shownDepartment, tr("Confirmation letter"));
    if (department.isEmpty())
        return;
    const QString path = FileDialogs::saveFile(parent, tr("Save the confirmation letter"),
        tr("confirmation letter %1.pdf").arg(session.policy().departmentName(department)), tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return;
    QString message;
    if (WriterWait::run(parent, session.workspace(), [&] { return print(session, department, path, &message); }))
        QMessageBox::information(parent, tr("Confirmation letter"), message);
    else
        Notices::refusal(parent, message, {});
}

} // namespace caiji
