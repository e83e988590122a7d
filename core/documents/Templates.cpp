#include "Templates.h"

#include "ConfirmationLetter.h"
#include "FindingsPrintout.h"
#include "ReturnNotice.h"
#include "TablePrintout.h"

#include "../storage/Workspace.h"

#include <QFile>

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

} // namespace caiji
