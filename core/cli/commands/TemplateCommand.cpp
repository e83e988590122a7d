#include "TemplateCommand.h"

#include "../../documents/Templates.h"
#include "../../session/Session.h"
#include "../../storage/Workspace.h"

namespace caiji::cli {

QString TemplateCommand::prepare()
{
    if (m_positional.isEmpty())
        return tr("template needs export, import or reset.");
    m_sub = m_positional.takeFirst();
    const bool withFile = m_sub == QLatin1String("export") || m_sub == QLatin1String("import");
    if (!withFile && m_sub != QLatin1String("reset"))
        return tr("Unknown template command \"%1\".").arg(m_sub);
    if (m_positional.size() != (withFile ? 3 : 2))
        return withFile
            ? tr("template %1 needs a workspace, a kind (%2) and a file.")
                  .arg(m_sub, Templates::kinds().join(QLatin1Char('|')))
            : tr("template reset needs a workspace and a kind (%1).").arg(Templates::kinds().join(QLatin1Char('|')));
    if (withFile)
        m_file = m_positional.takeLast();
    m_kind = m_positional.takeLast();
    if (!Templates::kinds().contains(m_kind))
        return tr("Unknown template \"%1\": the printouts with templates are: %2.")
            .arg(m_kind, Templates::kinds().join(QStringLiteral(", ")));
    return QString();
}

int TemplateCommand::runOn(Session* session, Workspace* ws, int round)
{
    Q_UNUSED(round)
    const QString refused = session->denial(Action::Administer);
    if (!refused.isEmpty())
        return fail(BadInput, refused);
    QString error;
    if (m_sub == QLatin1String("export")) {
        if (!Templates::exportTo(*ws, m_kind, m_file, &error))
            return fail(BadInput, error);
        m_out << tr("Template %1 written to %2.").arg(m_kind, m_file) << Qt::endl;
        return Ok;
    }
    if (m_sub == QLatin1String("reset")) {
        if (!Templates::reset(*ws, session->policy(), m_kind, &error))
            return fail(BadInput, error);
        m_out << tr("Template %1 is the shipped one again.").arg(m_kind) << Qt::endl;
        return Ok;
    }
    if (!Templates::importFrom(*ws, session->policy(), m_kind, m_file, &error))
        return fail(BadInput, error);
    m_out << tr("Template %1 taken from %2; the %3 prints with it from now on.")
                 .arg(m_kind, m_file, Templates::displayName(m_kind))
          << Qt::endl;
    return Ok;
}

} // namespace caiji::cli
