#include "VerifyCommand.h"

#include "../../documents/LetterRegistry.h"
#include "../../session/Session.h"

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
    // A typed 校验码, or a scan or photo of the paper (its QR code holds the number and hash).
    if (!LetterRegistry(session->gateway()).verifyCodeOrScan(m_code, &check, &error))
        return fail(BadInput, error);
    for (const QString& line :
        LetterRegistry::summary(check, session->policy().departmentName(check.letter.department)))
        m_out << line << Qt::endl;
    return check.matches ? Ok : Problems;
}

} // namespace caiji::cli
