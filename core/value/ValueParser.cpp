#include "ValueParser.h"

#include "Checksums.h"

#include <QDate>
#include <QHash>
#include <QRegularExpression>

#include <cmath>

namespace caiji {

namespace {

ParsedValue good(const QVariant& v)
{
    return {true, v, QString()};
}

ParsedValue bad(const QString& message, const char* rule = "type")
{
    return {false, QVariant(), message, QString::fromLatin1(rule)};
}

// Digits as people type them: full-width, with thousands separators or spaces.
QString normaliseNumber(const QString& text)
{
    QString s = Checksums::toHalfWidth(text).trimmed();
    s.remove(QLatin1Char(','));
    s.remove(QChar(0xFF0C)); // full-width comma left by IMEs
    s.remove(QLatin1Char(' '));
    return s;
}

// A date cell of Excel or LibreOffice with a date-and-time format reads "2004-11-03 00:00:00":
// a time of midnight says nothing and is dropped (any other time is not a date).
QString withoutMidnight(const QString& text)
{
    static const QRegularExpression midnight(QStringLiteral("^(\\d{4}-\\d{2}-\\d{2})[ T]00:00(:00(\\.0+)?)?$"));
    const QRegularExpressionMatch m = midnight.match(text);
    return m.hasMatch() ? m.captured(1) : text;
}

QDate parseDate(const QString& text)
{
    const QString s = withoutMidnight(Checksums::toHalfWidth(text).trimmed());
    static const QRegularExpression ymd(
        QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*[-/.月]\\s*(\\d{1,2})\\s*日?$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})(\\d{2})$"));
    QRegularExpressionMatch m = ymd.match(s);
    if (!m.hasMatch())
        m = compact.match(s);
    if (!m.hasMatch())
        return QDate();
    return QDate(m.captured(1).toInt(), m.captured(2).toInt(), m.captured(3).toInt());
}

// 年月 as the platform wants it: six digits YYYYMM.
QString parseYearMonth(const QString& text)
{
    const QString s = withoutMidnight(Checksums::toHalfWidth(text).trimmed());
    static const QRegularExpression compact(QStringLiteral("^(\\d{4})(\\d{2})$"));
    static const QRegularExpression sep(QStringLiteral("^(\\d{4})\\s*[-/.年]\\s*(\\d{1,2})\\s*月?$"));
    // An Excel date cell in a 年月 column arrives as a full date: its year and month are meant.
    static const QRegularExpression fullDate(QStringLiteral("^(\\d{4})-(\\d{2})-(\\d{2})$"));
    QRegularExpressionMatch m = compact.match(s);
    if (!m.hasMatch())
        m = sep.match(s);
    if (!m.hasMatch())
        m = fullDate.match(s);
    if (!m.hasMatch())
        return QString();
    const int y = m.captured(1).toInt();
    const int mo = m.captured(2).toInt();
    if (y < 1900 || y > 2100 || mo < 1 || mo > 12)
        return QString();
    return QStringLiteral("%1%2").arg(y).arg(mo, 2, 10, QLatin1Char('0'));
}

QString describeRange(const Field& f)
{
    if (f.min && f.max)
        return ValueParser::tr("between %1 and %2").arg(*f.min).arg(*f.max);
    if (f.min)
        return ValueParser::tr("at least %1").arg(*f.min);
    return ValueParser::tr("at most %1").arg(*f.max);
}

ParsedValue checkRange(const Field& f, double v, const QVariant& canonical)
{
    if ((f.min && v < *f.min) || (f.max && v > *f.max))
        return bad(
            ValueParser::tr("%1 is out of range: it must be %2.").arg(canonical.toString(), describeRange(f)), "range");
    return good(canonical);
}

// A decimal within the field's decimal places (then its range), as typed or as stored.
ParsedValue checkDecimals(const Field& f, double v, const QString& text)
{
    const double scale = std::pow(10.0, f.decimals);
    const double rounded = std::round(v * scale) / scale;
    if (std::abs(rounded - v) > 1e-9 * std::max(1.0, std::abs(v)))
        return bad(ValueParser::tr("\"%1\" has more than %2 decimal places.").arg(text).arg(f.decimals), "decimals");
    return checkRange(f, rounded, QVariant(rounded));
}

} // namespace

ParsedValue ValueParser::parse(const Catalog& catalog, const Field& f, const QString& rawText)
{
    const QString text = rawText.trimmed();
    if (text.isEmpty()) {
        if (f.required)
            return bad(tr("%1 is required.").arg(f.name), "required");
        return good(QVariant());
    }
    switch (f.type) {
    case FieldType::Integer:
    case FieldType::Year: {
        QString s = normaliseNumber(text);
        if (f.type == FieldType::Year && s.endsWith(QChar(0x5E74))) // 年
            s.chop(1);
        bool ok = false;
        const qint64 v = s.toLongLong(&ok);
        if (!ok)
            return bad(tr("\"%1\" is not a whole number.").arg(text));
        if (f.type == FieldType::Year && (v < 1900 || v > 2100))
            return bad(tr("\"%1\" is not a year (four digits, such as 2024).").arg(text));
        return checkRange(f, static_cast<double>(v), QVariant(v));
    }
    case FieldType::Decimal: {
        const QString s = normaliseNumber(text);
        static const QRegularExpression number(QStringLiteral("^[-+]?(\\d+(\\.\\d*)?|\\.\\d+)$"));
        if (!number.match(s).hasMatch())
            return bad(f.unit.isEmpty()
                    ? tr("\"%1\" is not a number.").arg(text)
                    : tr("\"%1\" is not a number (the unit %2 is not typed into the cell).").arg(text, f.unit));
        return checkDecimals(f, s.toDouble(), text);
    }
    case FieldType::Date: {
        const QDate d = parseDate(text);
        if (!d.isValid())
            return bad(tr("\"%1\" is not a date; write it as 2024-09-01.").arg(text), "date");
        return good(QVariant(d));
    }
    case FieldType::YearMonth: {
        const QString ym = parseYearMonth(text);
        if (ym.isEmpty())
            return bad(tr("\"%1\" is not a year and month; write six digits such as 202409.").arg(text), "yearmonth");
        return good(QVariant(ym));
    }
    case FieldType::Boolean: {
        static const QStringList yes = {QStringLiteral("是"), QStringLiteral("Y"), QStringLiteral("YES"),
            QStringLiteral("1"), QStringLiteral("TRUE"), QStringLiteral("√"), QStringLiteral("有")};
        static const QStringList no = {QStringLiteral("否"), QStringLiteral("N"), QStringLiteral("NO"),
            QStringLiteral("0"), QStringLiteral("FALSE"), QStringLiteral("×"), QStringLiteral("无")};
        const QString s = Checksums::toHalfWidth(text).toUpper();
        if (yes.contains(s))
            return good(QVariant(true));
        if (no.contains(s))
            return good(QVariant(false));
        // The words of the interface language last: looking up a translation costs more than
        // the lists above, and nearly every cell is 是 or 否.
        if (s == tr("Yes").toUpper())
            return good(QVariant(true));
        if (s == tr("No").toUpper())
            return good(QVariant(false));
        return bad(tr("\"%1\" is not 是 or 否.").arg(text), "boolean");
    }
    case FieldType::Code: {
        const CodeList* list = catalog.codeList(f.codeList);
        if (!list)
            return bad(tr("Code list %1 is missing from the catalog.").arg(f.codeList), "code");
        if (const auto code = list->codeFor(text))
            return good(QVariant(*code));
        // "01 汉族" as copied from a code list, or a code in full-width digits.
        const QString half = Checksums::toHalfWidth(text);
        const QString first = half.section(QLatin1Char(' '), 0, 0);
        if (const auto code = list->codeFor(first))
            return good(QVariant(*code));
        if (const auto code = list->codeFor(half))
            return good(QVariant(*code));
        return bad(tr("\"%1\" is not in the code list %2.").arg(text, list->name), "code");
    }
    case FieldType::Reference:
    case FieldType::Text:
    case FieldType::MultiLine: {
        // Text is kept exactly as typed (inner spaces, leading zeros); only the ends are trimmed.
        // Identifier-like fields (with a pattern) accept full-width digits and letters.
        QString v = text;
        if (!f.pattern.isEmpty() || f.type == FieldType::Reference)
            v = Checksums::toHalfWidth(v);
        return check(catalog, f, QVariant(v));
    }
    }
    return bad(tr("Unknown field type."));
}

ParsedValue ValueParser::check(const Catalog& catalog, const Field& f, const QVariant& value)
{
    if (value.isNull() || !value.isValid() || (value.typeId() == QMetaType::QString && value.toString().isEmpty())) {
        if (f.required)
            return bad(tr("%1 is required.").arg(f.name), "required");
        return good(QVariant());
    }
    switch (f.type) {
    case FieldType::Text:
    case FieldType::MultiLine:
    case FieldType::Reference: {
        const QString s = value.toString();
        if (f.maxLength > 0 && s.size() > f.maxLength)
            return bad(tr("\"%1\" is too long: at most %2 characters.").arg(s).arg(f.maxLength), "length");
        if (!f.pattern.isEmpty()) {
            // Compiling a pattern costs far more than matching it: keep one per pattern.
            thread_local QHash<QString, QRegularExpression> compiled;
            auto it = compiled.find(f.pattern);
            if (it == compiled.end())
                it = compiled.insert(f.pattern, QRegularExpression(QRegularExpression::anchoredPattern(f.pattern)));
            if (!it->match(s).hasMatch())
                return bad(tr("\"%1\" does not have the required format: it must be %2.").arg(s, f.format), "pattern");
        }
        return good(QVariant(s));
    }
    case FieldType::Integer:
    case FieldType::Year:
    case FieldType::Decimal:
        return checkRange(f, value.toDouble(), value);
    case FieldType::Code: {
        const CodeList* list = catalog.codeList(f.codeList);
        if (!list || list->labelOf(value.toString()).isEmpty())
            return bad(
                tr("\"%1\" is not in the code list %2.").arg(value.toString(), list ? list->name : f.codeList), "code");
        return good(value);
    }
    case FieldType::YearMonth: {
        const QString ym = parseYearMonth(value.toString());
        if (ym.isEmpty() || ym != value.toString())
            return bad(tr("\"%1\" is not a year and month; write six digits such as 202409.").arg(value.toString()),
                "yearmonth");
        return good(value);
    }
    case FieldType::Date:
    case FieldType::Boolean:
        return good(value);
    }
    return good(value);
}

ParsedValue ValueParser::checkStored(const Catalog& catalog, const Field& f, const QVariant& stored)
{
    if (stored.isNull() || !stored.isValid())
        return check(catalog, f, QVariant());
    const int type = stored.typeId();
    const bool numeric = type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Double
        || type == QMetaType::ULongLong || type == QMetaType::UInt;
    // The common case first, with nothing to look at: free text as text, a whole number
    // without a range (a whole-round scan meets millions of these).
    if ((f.type == FieldType::Text || f.type == FieldType::MultiLine) && type == QMetaType::QString && f.maxLength <= 0
        && f.pattern.isEmpty())
        return good(stored);
    if (f.type == FieldType::Integer && type == QMetaType::LongLong && !f.min && !f.max)
        return good(stored);
    switch (f.type) {
    case FieldType::Integer:
    case FieldType::Year:
        if (numeric && (type != QMetaType::Double || std::floor(stored.toDouble()) == stored.toDouble()))
            return check(catalog, f, QVariant(stored.toLongLong()));
        return parse(catalog, f, stored.toString());
    case FieldType::Decimal: {
        if (!numeric)
            return parse(catalog, f, stored.toString());
        return checkDecimals(f, stored.toDouble(), stored.toString());
    }
    case FieldType::Date: {
        if (type == QMetaType::QDate)
            return stored.toDate().isValid()
                ? good(stored)
                : bad(tr("\"%1\" is not a date; write it as 2024-09-01.").arg(stored.toString()), "date");
        // Stored as ISO text: anything else (an Excel serial number, 2024/9/1, 30 February) is
        // not a date this program wrote.
        const QString s = stored.toString();
        const QDate d = QDate::fromString(s, Qt::ISODate);
        if (s.size() != 10 || !d.isValid())
            return bad(tr("\"%1\" is not a date; write it as 2024-09-01.").arg(s), "date");
        return good(QVariant(d));
    }
    case FieldType::Boolean:
        if (type == QMetaType::Bool || (numeric && (stored.toLongLong() == 0 || stored.toLongLong() == 1)))
            return good(QVariant(stored.toBool()));
        return bad(tr("\"%1\" is not 是 or 否.").arg(stored.toString()), "boolean");
    case FieldType::YearMonth:
    case FieldType::Code:
    case FieldType::Text:
    case FieldType::MultiLine:
    case FieldType::Reference:
        return check(catalog, f, numeric ? QVariant(stored.toString()) : stored);
    }
    return check(catalog, f, stored);
}

} // namespace caiji
