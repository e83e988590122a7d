#include "LetterCommand.h"

#include "../../documents/ConfirmationLetter.h"
#include "../../documents/DocumentTemplate.h"
#include "../../documents/LetterRegistry.h"
#include "../../documents/PdfPrinter.h"
#include "../../session/Session.h"
#include "../../storage/Directory.h"
#include "../../storage/Workspace.h"

namespace caiji::cli {

QString LetterCommand::prepare()
{
    if (m_positional.size() != 2)
        return tr("letter needs a workspace and the PDF to write.");
    if (option(QStringLiteral("department")).isEmpty())
        return tr("letter needs --department NAME.");
    m_pdf = m_positional.takeLast();
    return QString();
}

int LetterCommand::runOn(Session* session, Workspace* ws, int round)
{
    QString error;
    Department d;
    if (!Directory(*ws).findDepartment(option(QStringLiteral("department")), &d))
        return fail(BadInput, tr("The workspace has no department \"%1\".").arg(option(QStringLiteral("department"))));
    // The department's own people and the office print its letter.
    const Actor& a = session->actor();
    if (!a.isOffice() && a.department != d.code)
        return fail(BadInput, tr("Only %1 and the supervision office print its confirmation letter.").arg(d.name));
    ConfirmationLetter letter;
    if (!ConfirmationLetter::build(*ws, round, d.code, &letter, &error))
        return fail(BadInput, error);
    // A confirmed letter is registered: it gets its number, or keeps it when the data is the same.
    if (!letter.draft && !LetterRegistry(session->gateway()).issue(&letter, &error))
        return fail(BadInput, error);
    DocumentTemplate tmpl;
    if (!tmpl.parse(ConfirmationLetter::templateText(*ws), ConfirmationLetter::schema(), &error))
        return fail(BadInput, tr("The letter's template is broken: %1").arg(error));
    const QVariantHash data = letter.templateData(&error);
    if (!error.isEmpty())
        return fail(BadInput, error);
    PdfPrinter::Page page;
    page.header = tr("Confirmation letter %1    Verification code %2").arg(letter.number, letter.code);
    if (letter.draft)
        page.watermark = tr("DRAFT, for checking only");
    int pages = 0;
    if (!PdfPrinter::print(tmpl.render(data), page, m_pdf, &pages, &error))
        return fail(BadInput, error);
    m_out << (letter.draft
            ? tr(
                "Draft of letter %1 (%2): %n table(s), written to %3.", nullptr, static_cast<int>(letter.tables.size()))
            : tr("Letter %1 (%2): %n table(s), written to %3.", nullptr, static_cast<int>(letter.tables.size())))
                 .arg(letter.number, d.name, m_pdf)
          << Qt::endl;
    m_out << letter.code << Qt::endl;
    Q_UNUSED(pages)
    return Ok;
}

} // namespace caiji::cli
