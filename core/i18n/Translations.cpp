#include "Translations.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace caiji {

QString Translations::install(const QString& language)
{
    QString lang = language;
    if (lang.isEmpty())
        lang = qEnvironmentVariable("CAIJI_LANG");
    if (lang.startsWith(QLatin1String("en"))) {
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        return QStringLiteral("en");
    }
    // Chinese whatever the system's locale (C.UTF-8 on a fresh Linux): dates, numbers and Qt's
    // own dialogs and buttons, with Qt's translations below.
    QLocale::setDefault(QLocale(QLocale::Chinese, QLocale::China));
    auto* app = QCoreApplication::instance();
    auto* own = new QTranslator(app);
    if (own->load(QStringLiteral(":/i18n/caiji_zh_CN.qm")))
        QCoreApplication::installTranslator(own);
    auto* qt = new QTranslator(app);
    if (qt->load(QStringLiteral("qtbase_zh_CN"), QLibraryInfo::path(QLibraryInfo::TranslationsPath)))
        QCoreApplication::installTranslator(qt);
    return QStringLiteral("zh_CN");
}

} // namespace caiji
