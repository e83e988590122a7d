#include "LetterCommand.h"

#include "../../documents/ConfirmationLetter.h"
#include "../../documents/LetterPrinter.h"
#include "../../documents/LetterRegistry.h"
#include "../../documents/PdfPrinter.h"
#include "../../documents/ScanReader.h"
#include "../../session/Session.h"
#include "../../storage/Directory.h"
#include "../../storage/Workspace.h"

#include <QFileInfo>

namespace caiji::cli {

QString LetterCommand::prepare()
{
    const bool list = hasFlag(QStringLiteral("list"));
    const bool byNumber = !option(QStringLiteral("number")).isEmpty();
    const bool scan = !option(QStringLiteral("scan")).isEmpty();
    if (list)
        return m_positional.size() == 1 ? QString() : tr("letter --list needs a workspace.");
    if (scan && !byNumber)
        return tr("letter --scan FILE needs --number, the letter's number.");
    if (m_positional.size() != (scan ? 1 : 2))
        return scan ? tr("letter --scan needs a workspace.") : tr("letter needs a workspace and the PDF to write.");
    if (!byNumber && option(QStringLiteral("department")).isEmpty())
        return tr("letter needs --department NAME (or --number of a letter printed before).");
    if (!scan)
        m_pdf = m_positional.takeLast();
    return QString();
}

int LetterCommand::runOn(Session* session, Workspace* ws, int round)
{
    if (hasFlag(QStringLiteral("list")))
        return list(session, round);
    if (!option(QStringLiteral("scan")).isEmpty())
        return attach(session);
    QString error;
    ConfirmationLetter letter;
    Printout printout;
    QString department;
    if (!option(QStringLiteral("number")).isEmpty()) {
        if (!LetterPrinter::prepareIssued(
                session->gateway(), option(QStringLiteral("number")), &printout, &letter, &error))
            return fail(BadInput, error);
    } else {
        Department d;
        if (!Directory(*ws).findDepartment(option(QStringLiteral("department")), &d))
            return fail(
                BadInput, tr("The workspace has no department \"%1\".").arg(option(QStringLiteral("department"))));
        if (!LetterPrinter::prepare(session->gateway(), round, d.code, &printout, &letter, &error))
            return fail(BadInput, error);
    }
    if (!PdfPrinter::print(printout, m_pdf, nullptr, &error))
        return fail(BadInput, error);
    const QString name = session->policy().departmentName(letter.department);
    const int tables = static_cast<int>(letter.tables.size());
    m_out << (letter.draft  ? tr("Draft of letter %1 (%2): %n table(s), written to %3.", nullptr, tables)
            : letter.voided ? tr("Void letter %1 (%2): %n table(s), written to %3.", nullptr, tables)
                            : tr("Letter %1 (%2): %n table(s), written to %3.", nullptr, tables))
                 .arg(letter.number, name, m_pdf)
          << Qt::endl;
    m_out << letter.code << Qt::endl;
    return Ok;
}

int LetterCommand::list(Session* session, int round)
{
    QString error;
    const QVector<IssuedLetter> letters = LetterRegistry(session->gateway()).letters(round, &error);
    if (!error.isEmpty())
        return fail(BadInput, error);
    const Actor& a = session->actor();
    for (const IssuedLetter& l : letters) {
        // The office and the leadership see the whole registry; a department its own letters.
        if (!a.isOffice() && !a.has(Role::Leader) && a.department != l.department)
            continue;
        m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5")
                     .arg(l.number, session->policy().departmentName(l.department), l.code,
                         LetterRegistry::stateDisplayName(l.state), l.issuedAt.left(10))
              << (l.scanName.isEmpty() ? QString() : QStringLiteral("\t") + l.scanName) << Qt::endl;
    }
    return Ok;
}

int LetterCommand::attach(Session* session)
{
    const QString path = option(QStringLiteral("scan"));
    QByteArray payload;
    QByteArray content;
    QString unread;
    // A scan without a readable QR code is still taken: the paper is what was signed.
    if (!ScanReader::read(path, &payload, &content, &unread) && content.isEmpty())
        return fail(BadInput, unread);
    QString error;
    const QString number = option(QStringLiteral("number"));
    if (!LetterRegistry(session->gateway()).attachScan(number, QFileInfo(path).fileName(), content, payload, &error))
        return fail(BadInput, error);
    m_out << tr("The signed scan %1 is attached to letter %2: it is signed and returned.")
                 .arg(QFileInfo(path).fileName(), number)
          << Qt::endl;
    if (payload.isEmpty())
        m_out << tr("Note: no QR code was found in the scan (%1).").arg(unread) << Qt::endl;
    return Ok;
}

} // namespace caiji::cli
