#include "UiSettings.h"

#include <QSettings>

namespace caiji {

namespace {
const QString kLastWorkspace = QStringLiteral("workspace/last");
const QString kLanguage = QStringLiteral("ui/language");
const QString kGeometry = QStringLiteral("window/geometry");
const QString kState = QStringLiteral("window/state");
} // namespace

QString UiSettings::lastWorkspace()
{
    return QSettings().value(kLastWorkspace).toString();
}

void UiSettings::setLastWorkspace(const QString& location)
{
    QSettings().setValue(kLastWorkspace, location);
}

QString UiSettings::language()
{
    const QString l = QSettings().value(kLanguage).toString();
    return l == QLatin1String("en") ? l : QStringLiteral("zh_CN");
}

void UiSettings::setLanguage(const QString& language)
{
    QSettings().setValue(kLanguage, language);
}

QByteArray UiSettings::windowGeometry()
{
    return QSettings().value(kGeometry).toByteArray();
}

void UiSettings::setWindowGeometry(const QByteArray& geometry)
{
    QSettings().setValue(kGeometry, geometry);
}

QByteArray UiSettings::windowState()
{
    return QSettings().value(kState).toByteArray();
}

void UiSettings::setWindowState(const QByteArray& state)
{
    QSettings().setValue(kState, state);
}

} // namespace caiji
