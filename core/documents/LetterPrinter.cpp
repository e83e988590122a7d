#include "LetterPrinter.h"

#include "LetterRegistry.h"
#include "PdfPrinter.h"
#include "Templates.h"

#include "../storage/Directory.h"
#include "../storage/Workspace.h"
#include "../write/WriteGateway.h"

#include <QDateTime>

namespace caiji {

namespace {
bool allowed(const Actor& a, const Department& d, QString* error)
{
    if (a.isOffice() || a.department == d.code)
        return true;
    if (error)
        *error = LetterPrinter::tr("Only %1 and the supervision office print its confirmation letter.").arg(d.name);
    return false;
}
} // namespace

bool LetterPrinter::render(Workspace& ws, const ConfirmationLetter& l, Printout* out, QString* error)
{
    DocumentTemplate tmpl;
    if (!Templates::load(ws, QStringLiteral("letter"), &tmpl, error))
        return false;
    QString problem;
    const QVariantHash data = l.templateData(&problem);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    out->title = tr("Confirmation letter %1").arg(l.number);
    out->html = tmpl.render(data);
    out->header = tr("Confirmation letter %1    Verification code %2").arg(l.number, l.code);
    out->watermark = l.draft ? tr("DRAFT, for checking only") : l.voided ? tr("VOID") : QString();
    out->landscape = false;
    return true;
}

bool LetterPrinter::prepare(WriteGateway& gateway, int round, const QString& department, Printout* out,
    ConfirmationLetter* letter, QString* error)
{
    Workspace& ws = gateway.workspace();
    Department d;
    if (!Directory(ws).findDepartment(department, &d)) {
        if (error)
            *error = tr("The workspace has no department \"%1\".").arg(department);
        return false;
    }
    if (!allowed(gateway.actor(), d, error))
        return false;
    ConfirmationLetter l;
    if (!ConfirmationLetter::build(ws, round, d.code, &l, error))
        return false;
    // A confirmed letter is registered: it gets its number, or keeps it when the data is the same.
    if (!l.draft && !LetterRegistry(gateway).issue(&l, error))
        return false;
    if (!render(ws, l, out, error))
        return false;
    if (letter)
        *letter = l;
    return true;
}

bool LetterPrinter::print(WriteGateway& gateway, int round, const QString& department, const QString& path,
    ConfirmationLetter* letter, QString* error)
{
    Printout printout;
    return prepare(gateway, round, department, &printout, letter, error)
        && PdfPrinter::print(printout, path, nullptr, error);
}

bool LetterPrinter::prepareIssued(
    WriteGateway& gateway, const QString& number, Printout* out, ConfirmationLetter* letter, QString* error)
{
    Workspace& ws = gateway.workspace();
    LetterRegistry registry(gateway);
    IssuedLetter issued;
    if (!registry.findNumber(number, &issued, error))
        return false;
    Department d;
    Directory(ws).findDepartment(issued.department, &d);
    if (!allowed(gateway.actor(), d, error))
        return false;
    ConfirmationLetter l;
    l.round = issued.round;
    l.department = issued.department;
    l.describe(ws);
    l.number = issued.number;
    l.replaces = issued.replaces;
    l.tables = issued.tables;
    l.hash = issued.hash;
    l.code = issued.code;
    l.draft = false;
    l.voided = issued.state == QLatin1String("void");
    l.replacedBy = l.voided ? registry.replacedBy(issued.number) : QString();
    l.date = QDateTime::fromString(issued.issuedAt, Qt::ISODateWithMs).toLocalTime().date();
    if (!render(ws, l, out, error))
        return false;
    if (letter)
        *letter = l;
    return true;
}

} // namespace caiji
