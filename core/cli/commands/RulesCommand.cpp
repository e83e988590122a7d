#include "RulesCommand.h"

#include "../../session/Session.h"
#include "../../storage/Workspace.h"
#include "../../validation/WorkspaceRules.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caiji::cli {

QString RulesCommand::prepare()
{
    if (m_positional.size() < 2)
        return tr("rules needs list, add or remove and a workspace.");
    m_sub = m_positional.takeFirst();
    return QString();
}

int RulesCommand::runOn(Session* session, Workspace* ws, int round)
{
    QString error;
    if (m_sub != QLatin1String("list") && !session->denial(Action::Administer).isEmpty())
        return fail(BadInput, session->denial(Action::Administer));
    WorkspaceRules rules(*ws);
    if (m_sub == QLatin1String("list")) {
        const auto all = rules.all(&error);
        if (!error.isEmpty())
            return fail(BadInput, error);
        QJsonArray arr;
        for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
            for (QJsonObject r : it.value()) {
                r.insert(QStringLiteral("table"), it.key());
                arr.append(r);
            }
        }
        m_out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (m_sub == QLatin1String("add")) {
        if (m_positional.size() != 2 || option(QStringLiteral("table")).isEmpty())
            return usage(tr("rules add needs a workspace, --table CODE and a rule file."));
        QFile f(m_positional.at(1));
        if (!f.open(QIODevice::ReadOnly))
            return fail(BadInput, tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return fail(BadInput, tr("%1 is not a JSON rule object: %2").arg(f.fileName(), pe.errorString()));
        if (!rules.add(option(QStringLiteral("table")), doc.object(), &error))
            return fail(BadInput, error);
        m_out << tr("Rule %1 added to table %2.")
                     .arg(doc.object().value(QStringLiteral("id")).toString(), option(QStringLiteral("table")))
              << Qt::endl;
        return Ok;
    }
    if (m_sub == QLatin1String("remove")) {
        if (m_positional.size() != 2)
            return usage(tr("rules remove needs a workspace and a rule id."));
        if (!rules.remove(m_positional.at(1), &error))
            return fail(BadInput, error);
        return Ok;
    }
    return usage(tr("Unknown rules command \"%1\".").arg(m_sub));
}

} // namespace caiji::cli
