#include "Checksums.h"

#include <algorithm>

namespace caiji {

QString Checksums::toHalfWidth(const QString& s)
{
    // Most text has nothing full-width: hand it back shared instead of copying it.
    const bool any = std::any_of(s.cbegin(), s.cend(),
        [](QChar c) { return (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E) || c.unicode() == 0x3000; });
    if (!any)
        return s;
    QString out = s;
    for (QChar& c : out) {
        const char16_t u = c.unicode();
        if (u >= 0xFF01 && u <= 0xFF5E)
            c = QChar(static_cast<char16_t>(u - 0xFEE0));
        else if (u == 0x3000)
            c = QLatin1Char(' ');
    }
    return out;
}

QChar Checksums::idCardCheckChar(const QString& first17)
{
    static const int weights[17] = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};
    static const char map[] = "10X98765432";
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const QChar c = first17.at(i);
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return QChar();
        sum += (c.unicode() - '0') * weights[i];
    }
    return QLatin1Char(map[sum % 11]);
}

bool Checksums::isValidIdCard(const QString& number)
{
    const QString n = toHalfWidth(number.trimmed()).toUpper();
    if (n.size() != 18)
        return false;
    const QChar check = idCardCheckChar(n.left(17));
    if (check.isNull() || check != n.at(17))
        return false;
    const QDate born = idCardBirthDate(n);
    return born.isValid() && born <= QDate::currentDate();
}

QDate Checksums::idCardBirthDate(const QString& number)
{
    const QString n = toHalfWidth(number.trimmed());
    if (n.size() != 18)
        return QDate();
    return QDate::fromString(n.mid(6, 8), QStringLiteral("yyyyMMdd"));
}

namespace {
// GB 32100: the 31 characters allowed, in value order (no I, O, S, V, Z).
const QString kCreditChars = QStringLiteral("0123456789ABCDEFGHJKLMNPQRTUWXY");
} // namespace

QChar Checksums::creditCodeCheckChar(const QString& first17)
{
    static const int weights[17] = {1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28};
    if (first17.size() != 17)
        return QChar();
    int sum = 0;
    for (int i = 0; i < 17; ++i) {
        const int v = static_cast<int>(kCreditChars.indexOf(first17.at(i)));
        if (v < 0)
            return QChar();
        sum += v * weights[i];
    }
    const int check = (31 - sum % 31) % 31;
    return kCreditChars.at(check);
}

bool Checksums::isValidCreditCode(const QString& code)
{
    const QString c = toHalfWidth(code.trimmed()).toUpper();
    if (c.size() != 18)
        return false;
    const QChar check = creditCodeCheckChar(c.left(17));
    return !check.isNull() && check == c.at(17);
}

} // namespace caiji
