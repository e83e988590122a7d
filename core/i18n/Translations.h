#pragma once

#include <QString>

namespace caiji {

/// Installs Caiji's and Qt's translations. Caiji speaks Chinese by default (its users are
/// Chinese colleges); CAIJI_LANG=en or the language argument "en" keeps the English strings.
class Translations
{
public:
    /// Returns the language installed ("zh_CN" or "en").
    static QString install(const QString& language = QString());
};

} // namespace caiji
