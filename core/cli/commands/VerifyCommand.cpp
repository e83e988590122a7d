#include "VerifyCommand.h"

#include "../../documents/LetterRegistry.h"
#include "../../documents/ScanReader.h"
#include "../../session/Session.h"

#include <QFileInfo>

namespace caiji::cli {

QString VerifyCommand::prepare()
{
    if (m_positional.size() < 2)
        return tr("verify needs a workspace and a verification code, or a scan or photo of the letter.");
    // The code may be typed with spaces between its groups.
    m_code = m_positional.mid(1).join(QLatin1Char(' '));
    m_positional = m_positional.mid(0, 1);
    return QString();
}

int VerifyCommand::runOn(Session* session, Workspace* ws, int round)
{
    Q_UNUSED(ws)
    Q_UNUSED(round)
    LetterCheck check;
    QString error;
    LetterRegistry registry(session->gateway());
    // A scan or photo of the paper: its QR code holds the letter's number and whole hash.
    if (QFileInfo(m_code).isFile()) {
        QByteArray payload;
        if (!ScanReader::read(m_code, &payload, nullptr, &error) || !registry.verifyPayload(payload, &check, &error))
            return fail(BadInput, error);
    } else if (!registry.verify(m_code, &check, &error)) {
        return fail(BadInput, error);
    }
    const IssuedLetter& l = check.letter;
    m_out << tr("Letter %1 of %2, issued %3 by %4 (%5).")
                 .arg(l.number, session->policy().departmentName(l.department), l.issuedAt.left(10), l.issuedBy,
                     LetterRegistry::stateDisplayName(l.state))
          << Qt::endl;
    if (check.matches) {
        m_out << tr("The data still matches the letter.") << Qt::endl;
        return Ok;
    }
    m_out << tr("The data no longer matches the letter: %n table(s) changed.", nullptr,
        static_cast<int>(check.changedTables.size()))
          << Qt::endl;
    for (const QString& t : std::as_const(check.changedTables))
        m_out << QStringLiteral("  ") << t << Qt::endl;
    return Problems;
}

} // namespace caiji::cli
