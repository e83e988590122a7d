#include "LetterPrinter.h"

#include "DocumentTemplate.h"
#include "LetterRegistry.h"
#include "PdfPrinter.h"

#include "../storage/Directory.h"
#include "../storage/Workspace.h"
#include "../write/WriteGateway.h"

namespace caiji {

bool LetterPrinter::print(WriteGateway& gateway, int round, const QString& department, const QString& path,
    ConfirmationLetter* letter, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    Workspace& ws = gateway.workspace();
    Department d;
    if (!Directory(ws).findDepartment(department, &d))
        return fail(tr("The workspace has no department \"%1\".").arg(department));
    const Actor& a = gateway.actor();
    if (!a.isOffice() && a.department != d.code)
        return fail(tr("Only %1 and the supervision office print its confirmation letter.").arg(d.name));
    ConfirmationLetter l;
    if (!ConfirmationLetter::build(ws, round, d.code, &l, error))
        return false;
    // A confirmed letter is registered: it gets its number, or keeps it when the data is the same.
    if (!l.draft && !LetterRegistry(gateway).issue(&l, error))
        return false;
    DocumentTemplate tmpl;
    QString problem;
    if (!tmpl.parse(ConfirmationLetter::templateText(ws), ConfirmationLetter::schema(), &problem))
        return fail(tr("The letter's template is broken: %1").arg(problem));
    const QVariantHash data = l.templateData(&problem);
    if (!problem.isEmpty())
        return fail(problem);
    PdfPrinter::Page page;
    page.header = tr("Confirmation letter %1    Verification code %2").arg(l.number, l.code);
    if (l.draft)
        page.watermark = tr("DRAFT, for checking only");
    if (!PdfPrinter::print(tmpl.render(data), page, path, nullptr, error))
        return false;
    if (letter)
        *letter = l;
    return true;
}

} // namespace caiji
