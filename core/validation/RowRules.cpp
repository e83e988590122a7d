#include "RowRules.h"

#include "../value/Checksums.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace caiji {

namespace {

bool isEmptyValue(const QVariant& v)
{
    return v.isNull() || !v.isValid() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

QString shown(const QVariant& v)
{
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    if (v.typeId() == QMetaType::Double)
        return QString::number(v.toDouble(), 'g', 12);
    return v.toString();
}

QString number(double v)
{
    return QString::number(v, 'g', 12);
}

bool isYearMonth(const QString& ym)
{
    static const QRegularExpression valid(QStringLiteral("^(19|20)\\d\\d(0[1-9]|1[0-2])$"));
    return valid.match(ym).hasMatch();
}

// A 年月 or date as "YYYYMM" (both forms compare as text that way).
QString yearMonthOf(const QVariant& v)
{
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(QStringLiteral("yyyyMM"));
    const QString s = v.toString();
    return s.size() >= 7 && s.at(4) == QLatin1Char('-') ? s.left(4) + s.mid(5, 2) : s.left(6);
}

} // namespace

bool RowRule::holds(double left, const QString& op, double right)
{
    const double eps = 1e-6 * std::max(1.0, std::abs(right));
    return op == QLatin1String("<=") ? left <= right + eps
        : op == QLatin1String(">=")  ? left + eps >= right
        : op == QLatin1String("<")   ? left < right - eps
        : op == QLatin1String(">")   ? left > right + eps
                                     : std::abs(left - right) <= eps;
}

bool RowRule::isRowKind(const QString& kind)
{
    static const QStringList kinds = {QStringLiteral("compare"), QStringLiteral("date-order"),
        QStringLiteral("required-if"), QStringLiteral("empty-if"), QStringLiteral("prefix"),
        QStringLiteral("birth-match"), QStringLiteral("year-match"), QStringLiteral("flag-if")};
    return kinds.contains(kind);
}

std::unique_ptr<RowRule> RowRule::compile(const Table& table, const QJsonObject& rule, QString* problem)
{
    auto r = std::unique_ptr<RowRule>(new RowRule);
    r->m_table = &table;
    r->m_id = rule.value(QLatin1String("id")).toString();
    r->m_message = rule.value(QLatin1String("message")).toString();
    severityFromString(rule.value(QLatin1String("severity")).toString(), &r->m_severity);
    const QString kind = rule.value(QLatin1String("kind")).toString();
    QStringList missing;
    auto column = [&](const QString& key) {
        const int c = table.fieldIndex(key);
        if (c < 0)
            missing.append(key.isEmpty() ? QStringLiteral("?") : key);
        return c;
    };
    auto columnsOf = [&](const QJsonValue& v) {
        QVector<int> out;
        const QJsonArray keys = v.isArray() ? v.toArray() : QJsonArray {v};
        for (const QJsonValue& k : keys)
            out.append(column(k.toString()));
        if (out.isEmpty())
            missing.append(QStringLiteral("?"));
        return out;
    };
    auto comparison = [&](const QJsonObject& o) {
        Comparison c;
        c.left.columns = columnsOf(o.value(QLatin1String("left")));
        c.right.columns = columnsOf(o.value(QLatin1String("right")));
        c.right.factor = o.value(QLatin1String("factor")).toDouble(1);
        c.op = o.value(QLatin1String("op")).toString(QStringLiteral("<="));
        static const QStringList ops = {
            QStringLiteral("<="), QStringLiteral(">="), QStringLiteral("="), QStringLiteral("<"), QStringLiteral(">")};
        if (!ops.contains(c.op))
            missing.append(QStringLiteral("op %1").arg(c.op));
        return c;
    };
    if (kind == QLatin1String("compare")) {
        r->m_kind = Kind::Compare;
        const QJsonArray pairs = rule.value(QLatin1String("pairs")).toArray();
        if (pairs.isEmpty())
            r->m_comparisons.append(comparison(rule));
        for (const QJsonValue& p : pairs)
            r->m_comparisons.append(comparison(p.toObject()));
    } else if (kind == QLatin1String("date-order")) {
        r->m_kind = Kind::DateOrder;
        r->m_fields = {column(rule.value(QLatin1String("before")).toString())};
        r->m_other = column(rule.value(QLatin1String("after")).toString());
    } else if (kind == QLatin1String("required-if") || kind == QLatin1String("empty-if")
        || kind == QLatin1String("flag-if")) {
        r->m_kind = kind == QLatin1String("required-if") ? Kind::RequiredIf
            : kind == QLatin1String("empty-if")          ? Kind::EmptyIf
                                                         : Kind::FlagIf;
        if (r->m_kind != Kind::FlagIf)
            r->m_fields = columnsOf(rule.contains(QLatin1String("fields")) ? rule.value(QLatin1String("fields"))
                                                                           : rule.value(QLatin1String("field")));
        QJsonArray conditions = rule.value(QLatin1String("whenAny")).toArray();
        if (conditions.isEmpty())
            conditions.append(QJsonObject {{QStringLiteral("field"), rule.value(QLatin1String("when"))},
                {QStringLiteral("equals"), rule.value(QLatin1String("equals"))}});
        for (const QJsonValue& v : conditions) {
            const QJsonObject o = v.toObject();
            Condition c;
            c.column = column(o.value(QLatin1String("field")).toString());
            if (o.contains(QLatin1String("equals")) && !o.value(QLatin1String("equals")).isUndefined())
                c.equals = o.value(QLatin1String("equals")).toVariant();
            c.empty = o.value(QLatin1String("empty")).toBool();
            r->m_conditions.append(c);
        }
    } else if (kind == QLatin1String("prefix")) {
        r->m_kind = Kind::Prefix;
        r->m_fields = {column(rule.value(QLatin1String("field")).toString())};
        r->m_other = column(rule.value(QLatin1String("of")).toString());
        r->m_length = rule.value(QLatin1String("length")).toInt();
        if (r->m_length <= 0)
            missing.append(QStringLiteral("length"));
    } else if (kind == QLatin1String("birth-match") || kind == QLatin1String("year-match")) {
        r->m_kind = kind == QLatin1String("birth-match") ? Kind::BirthMatch : Kind::YearMatch;
        r->m_fields = {column(rule.value(QLatin1String("field")).toString())};
        r->m_other = column(
            rule.value(r->m_kind == Kind::BirthMatch ? QLatin1String("idcard") : QLatin1String("year")).toString());
    } else {
        if (problem)
            *problem = tr("rule %1: \"%2\" is not a row rule").arg(r->m_id, kind);
        return nullptr;
    }
    if (!missing.isEmpty()) {
        if (problem)
            *problem = tr("rule %1 of table %2 names what the table does not have: %3")
                           .arg(r->m_id, table.code, missing.join(QStringLiteral(", ")));
        return nullptr;
    }
    return r;
}

QVector<int> RowRule::columns() const
{
    QVector<int> out = m_fields;
    for (const Comparison& c : m_comparisons)
        out << c.left.columns << c.right.columns;
    for (const Condition& c : m_conditions)
        out << c.column;
    if (m_other >= 0)
        out << m_other;
    return out;
}

QString RowRule::namesOf(const QVector<int>& columns) const
{
    QStringList names;
    for (int c : columns)
        names.append(m_table->fields[c].name);
    return names.join(QStringLiteral("＋"));
}

QString RowRule::sideText(const Side& side, const QVector<QVariant>& values, double sum) const
{
    Q_UNUSED(values)
    const QString names = namesOf(side.columns);
    return side.factor == 1 ? tr("%1 %2").arg(names, number(sum))
                            : tr("%1 × %2 = %3").arg(names, number(side.factor), number(sum * side.factor));
}

bool RowRule::conditionHolds(const QVector<QVariant>& values) const
{
    return std::any_of(
        m_conditions.cbegin(), m_conditions.cend(), [&](const Condition& c) { return holdsFor(c, values[c.column]); });
}

RowViolation RowRule::twoFields(int first, const QVariant& a, int second, const QVariant& b, int marked) const
{
    return {m_table->fields[marked].key, {shown(a), shown(b)},
        tr("%1 (%2 %3, %4 %5)")
            .arg(m_message, m_table->fields[first].name, shown(a), m_table->fields[second].name, shown(b))};
}

bool RowRule::holdsFor(const Condition& c, const QVariant& v) const
{
    if (c.empty)
        return isEmptyValue(v);
    if (isEmptyValue(v))
        return false;
    const Field& f = m_table->fields[c.column];
    // Without a value to equal, a 是/否 field "has a value" only when it says 是.
    if (!c.equals.isValid())
        return f.type != FieldType::Boolean || v.toBool();
    return f.type == FieldType::Boolean ? v.toBool() == c.equals.toBool() : shown(v) == shown(c.equals);
}

void RowRule::check(const QVector<QVariant>& values, QVector<RowViolation>* out) const
{
    switch (m_kind) {
    case Kind::Compare:
        for (const Comparison& c : m_comparisons) {
            auto sum = [&](const Side& s, bool* any) {
                double total = 0;
                for (int col : s.columns) {
                    if (!isEmptyValue(values[col])) {
                        total += values[col].toDouble();
                        *any = true;
                    }
                }
                return total;
            };
            bool anyLeft = false;
            bool anyRight = false;
            const double left = sum(c.left, &anyLeft);
            const double right = sum(c.right, &anyRight);
            if (!anyLeft || !anyRight)
                continue;
            const double r = right * c.right.factor;
            if (!holds(left, c.op, r))
                out->append({m_table->fields[c.left.columns.first()].key, {number(left), number(r)},
                    tr("%1 (%2; %3)")
                        .arg(m_message, sideText(c.left, values, left), sideText(c.right, values, right))});
        }
        break;
    case Kind::DateOrder: {
        const QVariant& b = values[m_fields.first()];
        const QVariant& a = values[m_other];
        if (isEmptyValue(b) || isEmptyValue(a))
            break;
        if (shown(b) > shown(a))
            out->append(twoFields(m_fields.first(), b, m_other, a, m_other));
        break;
    }
    case Kind::RequiredIf:
    case Kind::EmptyIf: {
        if (!conditionHolds(values))
            break;
        for (int f : m_fields) {
            const bool empty = isEmptyValue(values[f])
                || (m_kind == Kind::EmptyIf && m_table->fields[f].type == FieldType::Boolean && !values[f].toBool());
            if (m_kind == Kind::RequiredIf && empty)
                out->append(
                    {m_table->fields[f].key, {}, tr("%1 (%2 is empty)").arg(m_message, m_table->fields[f].name)});
            else if (m_kind == Kind::EmptyIf && !empty)
                out->append({m_table->fields[f].key, {shown(values[f])},
                    tr("%1 (%2 holds %3)").arg(m_message, m_table->fields[f].name, shown(values[f]))});
        }
        break;
    }
    case Kind::FlagIf:
        for (const Condition& c : m_conditions) {
            const Field& f = m_table->fields[c.column];
            const QVariant& v = values[c.column];
            if (holdsFor(c, v)) {
                out->append({f.key, {shown(v)},
                    c.empty ? tr("%1 (%2 is empty)").arg(m_message, f.name)
                            : tr("%1 (%2 holds %3)")
                                  .arg(m_message, f.name,
                                      f.type == FieldType::Boolean ? (v.toBool() ? tr("yes") : tr("no")) : shown(v))});
                break;
            }
        }
        break;
    case Kind::Prefix: {
        const QVariant& v = values[m_fields.first()];
        const QVariant& of = values[m_other];
        if (isEmptyValue(v) || isEmptyValue(of))
            break;
        if (shown(v) != shown(of).left(m_length))
            out->append(twoFields(m_fields.first(), v, m_other, of, m_fields.first()));
        break;
    }
    case Kind::BirthMatch: {
        const QVariant& v = values[m_fields.first()];
        const QVariant& id = values[m_other];
        if (isEmptyValue(v) || isEmptyValue(id))
            break;
        const QDate born = Checksums::idCardBirthDate(id.toString());
        if (!born.isValid() || !isYearMonth(yearMonthOf(v)))
            break; // a wrong number or 年月 is its own finding
        const Field& f = m_table->fields[m_fields.first()];
        const bool same = f.type == FieldType::Date ? v.toDate() == born
                                                    : yearMonthOf(v) == born.toString(QStringLiteral("yyyyMM"));
        if (!same)
            out->append({f.key, {shown(v), born.toString(Qt::ISODate)},
                tr("%1 (%2 %3, the ID card number says %4)")
                    .arg(m_message, f.name, shown(v), born.toString(Qt::ISODate))});
        break;
    }
    case Kind::YearMatch: {
        const QVariant& v = values[m_fields.first()];
        const QVariant& year = values[m_other];
        if (isEmptyValue(v) || isEmptyValue(year) || !isYearMonth(yearMonthOf(v)))
            break;
        if (yearMonthOf(v).left(4) != shown(year))
            out->append(twoFields(m_fields.first(), v, m_other, year, m_fields.first()));
        break;
    }
    }
}

void RowRule::settle(QVector<QVariant>* values, const QSet<int>& fixed) const
{
    QVector<QVariant>& v = *values;
    // What was given stays as given (a planted error, a total taken from another table).
    auto set = [&](int column, const QVariant& value) {
        if (!fixed.contains(column))
            v[column] = value;
    };
    auto typed = [&](int column, double x) {
        return m_table->fields[column].type == FieldType::Decimal ? QVariant(std::round(x * 100) / 100)
                                                                  : QVariant(static_cast<qint64>(std::ceil(x - 1e-9)));
    };
    auto filler = [&](int column) {
        const Field& f = m_table->fields[column];
        if (f.type == FieldType::Text || f.type == FieldType::MultiLine)
            set(column, tr("%1 (see the attached record)").arg(f.name));
        else if (f.type == FieldType::Boolean)
            set(column, true);
    };
    switch (m_kind) {
    case Kind::Compare:
        for (const Comparison& c : m_comparisons) {
            double left = 0;
            for (int col : c.left.columns)
                left += isEmptyValue(v[col]) ? 0 : v[col].toDouble();
            double right = 0;
            for (int col : c.right.columns)
                right += isEmptyValue(v[col]) ? 0 : v[col].toDouble();
            if (holds(left, c.op, right * c.right.factor))
                continue;
            const double want = c.op.startsWith(QLatin1Char('>')) ? -1 : 1;
            const int total = c.right.columns.first();
            if (c.right.columns.size() == 1 && !fixed.contains(total) && want > 0) {
                set(total, typed(total, (left + (c.op == QLatin1String("<") ? 1 : 0)) / c.right.factor));
            } else if (want > 0 && left > 0) {
                // Scale the parts down to fit the total; for an equality the last part takes
                // what rounding left over.
                const double target = right * c.right.factor;
                const double scale = target / left;
                double sum = 0;
                int last = -1;
                for (int col : c.left.columns) {
                    if (isEmptyValue(v[col]))
                        continue;
                    set(col,
                        m_table->fields[col].type == FieldType::Decimal
                            ? QVariant(std::floor(v[col].toDouble() * scale * 100) / 100)
                            : QVariant(static_cast<qint64>(std::floor(v[col].toDouble() * scale))));
                    sum += v[col].toDouble();
                    last = col;
                }
                if (c.op == QLatin1String("=") && last >= 0)
                    set(last, typed(last, v[last].toDouble() + target - sum));
            }
        }
        break;
    case Kind::DateOrder:
        if (!isEmptyValue(v[m_fields.first()]) && !isEmptyValue(v[m_other])
            && shown(v[m_fields.first()]) > shown(v[m_other])) {
            const QVariant before = v[m_fields.first()];
            set(m_fields.first(), v[m_other]);
            set(m_other, before);
        }
        break;
    case Kind::RequiredIf:
        if (conditionHolds(v)) {
            for (int f : m_fields) {
                if (isEmptyValue(v[f]))
                    filler(f);
            }
        }
        break;
    case Kind::EmptyIf:
        if (conditionHolds(v)) {
            for (int f : m_fields)
                set(f, QVariant());
        }
        break;
    case Kind::FlagIf:
        for (const Condition& c : m_conditions) {
            if (c.empty && isEmptyValue(v[c.column]))
                filler(c.column);
            else if (!c.empty && m_table->fields[c.column].type == FieldType::Boolean && !isEmptyValue(v[c.column])
                && v[c.column].toBool() == c.equals.toBool())
                set(c.column, !c.equals.toBool());
        }
        break;
    case Kind::Prefix:
        if (!isEmptyValue(v[m_other]))
            set(m_fields.first(), shown(v[m_other]).left(m_length));
        break;
    case Kind::BirthMatch: {
        const QDate born = isEmptyValue(v[m_other]) ? QDate() : Checksums::idCardBirthDate(v[m_other].toString());
        if (born.isValid()) {
            const int f = m_fields.first();
            set(f,
                m_table->fields[f].type == FieldType::Date ? QVariant(born)
                                                           : QVariant(born.toString(QStringLiteral("yyyyMM"))));
        }
        break;
    }
    case Kind::YearMatch: {
        const int f = m_fields.first();
        if (!isEmptyValue(v[f]) && !isEmptyValue(v[m_other])) {
            const QString ym = yearMonthOf(v[f]);
            set(f, shown(v[m_other]).left(4) + ym.mid(4, 2));
        }
        break;
    }
    }
}

} // namespace caiji
