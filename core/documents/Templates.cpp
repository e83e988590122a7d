#include "Templates.h"

#include "ConfirmationLetter.h"
#include "FindingsPrintout.h"
#include "ReturnNotice.h"
#include "TablePrintout.h"

#include "../auth/AccessPolicy.h"
#include "../storage/Workspace.h"

#include <QFile>
#include <QSaveFile>

namespace caiji {

QStringList Templates::kinds()
{
    return {QStringLiteral("letter"), QStringLiteral("table"), QStringLiteral("notice"), QStringLiteral("findings")};
}

QString Templates::displayName(const QString& kind)
{
    if (kind == QLatin1String("letter"))
        return tr("confirmation letter");
    if (kind == QLatin1String("table"))
        return tr("table printout");
    if (kind == QLatin1String("notice"))
        return tr("return notice");
    if (kind == QLatin1String("findings"))
        return tr("findings list");
    return kind;
}

TemplateSchema Templates::schema(const QString& kind)
{
    if (kind == QLatin1String("letter"))
        return ConfirmationLetter::schema();
    if (kind == QLatin1String("table"))
        return TablePrintout::schema();
    if (kind == QLatin1String("notice"))
        return ReturnNotice::schema();
    if (kind == QLatin1String("findings"))
        return FindingsPrintout::schema();
    return {};
}

QString Templates::shipped(const QString& kind)
{
    QFile f(QStringLiteral(":/templates/%1.html").arg(kind));
    return f.open(QIODevice::ReadOnly) ? QString::fromUtf8(f.readAll()) : QString();
}

QString Templates::text(Workspace& ws, const QString& kind)
{
    const QString own = ws.setting(QStringLiteral("template.") + kind);
    return own.isEmpty() ? shipped(kind) : own;
}

bool Templates::load(Workspace& ws, const QString& kind, DocumentTemplate* out, QString* error)
{
    QString problem;
    if (out->parse(text(ws, kind), schema(kind), &problem))
        return true;
    if (error)
        *error = tr("The template of the %1 is broken: %2").arg(displayName(kind), problem);
    return false;
}

bool Templates::isOwn(Workspace& ws, const QString& kind)
{
    return !ws.setting(QStringLiteral("template.") + kind).isEmpty();
}

bool Templates::exportTo(Workspace& ws, const QString& kind, const QString& path, QString* error)
{
    QSaveFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(text(ws, kind).toUtf8()) < 0 || !f.commit()) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    return true;
}

bool Templates::importFrom(
    Workspace& ws, const AccessPolicy& policy, const QString& kind, const QString& path, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const QString refused = policy.denial(Action::Administer);
    if (!refused.isEmpty())
        return fail(refused);
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly))
        return fail(tr("Cannot read %1.").arg(path));
    const QString content = QString::fromUtf8(f.readAll());
    DocumentTemplate check;
    QString problem;
    if (!check.parse(content, schema(kind), &problem))
        return fail(tr("%1: %2").arg(path, problem));
    return ws.setSetting(QStringLiteral("template.") + kind, content, error);
}

bool Templates::reset(Workspace& ws, const AccessPolicy& policy, const QString& kind, QString* error)
{
    const QString refused = policy.denial(Action::Administer);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    return ws.setSetting(QStringLiteral("template.") + kind, QString(), error);
}

} // namespace caiji
