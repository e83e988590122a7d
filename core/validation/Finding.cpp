#include "Finding.h"

#include <QCoreApplication>

namespace caiji {

QString severityToString(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QStringLiteral("error");
    case Severity::Warning:
        return QStringLiteral("warning");
    case Severity::Info:
        return QStringLiteral("info");
    }
    return QString();
}

bool severityFromString(const QString& s, Severity* out)
{
    for (Severity v : {Severity::Error, Severity::Warning, Severity::Info}) {
        if (severityToString(v) == s) {
            *out = v;
            return true;
        }
    }
    return false;
}

QString severityDisplayName(Severity s)
{
    switch (s) {
    case Severity::Error:
        return QCoreApplication::translate("caiji::Severity", "Error");
    case Severity::Warning:
        return QCoreApplication::translate("caiji::Severity", "Warning");
    case Severity::Info:
        return QCoreApplication::translate("caiji::Severity", "Info");
    }
    return QString();
}

} // namespace caiji
