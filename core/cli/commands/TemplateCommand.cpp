#include "TemplateCommand.h"

#include "../../documents/ConfirmationLetter.h"
#include "../../documents/DocumentTemplate.h"
#include "../../session/Session.h"
#include "../../storage/Workspace.h"

#include <QFile>

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
        return withFile ? tr("template %1 needs a workspace, a kind (letter) and a file.").arg(m_sub)
                        : tr("template reset needs a workspace and a kind (letter).");
    if (withFile)
        m_file = m_positional.takeLast();
    m_kind = m_positional.takeLast();
    if (m_kind != QLatin1String("letter"))
        return tr("Unknown template \"%1\": the printouts with templates are: letter.").arg(m_kind);
    return QString();
}

int TemplateCommand::runOn(Session* session, Workspace* ws, int round)
{
    Q_UNUSED(round)
    const QString refused = session->denial(Action::Administer);
    if (!refused.isEmpty())
        return fail(BadInput, refused);
    const QString key = QStringLiteral("template.") + m_kind;
    QString error;
    if (m_sub == QLatin1String("export")) {
        QFile f(m_file);
        if (!f.open(QIODevice::WriteOnly) || f.write(ConfirmationLetter::templateText(*ws).toUtf8()) < 0)
            return fail(BadInput, tr("Cannot write %1.").arg(m_file));
        m_out << tr("Template %1 written to %2.").arg(m_kind, m_file) << Qt::endl;
        return Ok;
    }
    if (m_sub == QLatin1String("reset")) {
        if (!ws->setSetting(key, QString(), &error))
            return fail(BadInput, error);
        m_out << tr("Template %1 is the shipped one again.").arg(m_kind) << Qt::endl;
        return Ok;
    }
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly))
        return fail(BadInput, tr("Cannot read %1.").arg(m_file));
    const QString text = QString::fromUtf8(f.readAll());
    DocumentTemplate check;
    if (!check.parse(text, ConfirmationLetter::schema(), &error))
        return fail(BadInput, tr("%1: %2").arg(m_file, error));
    if (!ws->setSetting(key, text, &error))
        return fail(BadInput, error);
    m_out << tr("Template %1 taken from %2; letters print with it from now on.").arg(m_kind, m_file) << Qt::endl;
    return Ok;
}

} // namespace caiji::cli
