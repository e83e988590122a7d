#pragma once

#include <QByteArray>
#include <QString>

namespace caiji {

/// The window's settings, typed: one place names each key and its default (KeePassXC's
/// Config does the same), so no caller spells a QSettings key of its own.
class UiSettings
{
public:
    static QString lastWorkspace();
    static void setLastWorkspace(const QString& location);
    /// "zh_CN" (the default) or "en"; takes effect at the next start.
    static QString language();
    static void setLanguage(const QString& language);
    static QByteArray windowGeometry();
    static void setWindowGeometry(const QByteArray& geometry);
    static QByteArray windowState();
    static void setWindowState(const QByteArray& state);
};

} // namespace caiji
