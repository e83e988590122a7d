#include "LetterCommand.h"

#include "../../documents/ConfirmationLetter.h"
#include "../../documents/LetterPrinter.h"
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
    ConfirmationLetter letter;
    if (!LetterPrinter::print(session->gateway(), round, d.code, m_pdf, &letter, &error))
        return fail(BadInput, error);
    m_out << (letter.draft
            ? tr(
                "Draft of letter %1 (%2): %n table(s), written to %3.", nullptr, static_cast<int>(letter.tables.size()))
            : tr("Letter %1 (%2): %n table(s), written to %3.", nullptr, static_cast<int>(letter.tables.size())))
                 .arg(letter.number, d.name, m_pdf)
          << Qt::endl;
    m_out << letter.code << Qt::endl;
    return Ok;
}

} // namespace caiji::cli
