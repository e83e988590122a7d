#pragma once

#include <QChar>
#include <QString>

namespace caiji {

/// Check digits of Chinese national identifiers.
class Checksums
{
public:
    /// GB 11643-1999 居民身份证号码: the check character (0–9 or X) for the first 17 digits,
    /// or a null QChar when those are not 17 ASCII digits.
    static QChar idCardCheckChar(const QString& first17);
    /// A complete 18-character number with a correct check character (lower-case x accepted;
    /// full-width digits are normalised first).
    static bool isValidIdCard(const QString& number);
    /// GB 32100-2015 统一社会信用代码: the check character for the first 17 characters.
    static QChar creditCodeCheckChar(const QString& first17);
    static bool isValidCreditCode(const QString& code);
    /// Full-width digits and letters (０-９, Ａ-Ｚ, ａ-ｚ) turned into ASCII; other characters kept.
    static QString toHalfWidth(const QString& s);
};

} // namespace caiji
