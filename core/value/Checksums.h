#pragma once

#include <QChar>
#include <QDate>
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
    /// full-width digits are normalised first) whose birth date is a real day, not in the future
    /// (a right check digit over an impossible date is still a wrong number).
    static bool isValidIdCard(const QString& number);
    /// The birth date an 18-character number encodes (characters 7–14), or an invalid date.
    static QDate idCardBirthDate(const QString& number);
    /// GB 32100-2015 统一社会信用代码: the check character for the first 17 characters.
    static QChar creditCodeCheckChar(const QString& first17);
    static bool isValidCreditCode(const QString& code);
    /// Full-width digits and letters (０-９, Ａ-Ｚ, ａ-ｚ) turned into ASCII; other characters kept.
    static QString toHalfWidth(const QString& s);
};

} // namespace caiji
