#include "DemoValues.h"

#include "../validation/RowRules.h"

#include <QJsonValue>

#include "../value/Checksums.h"
#include "DemoData.h"

#include <QRegularExpression>

#include <cmath>

namespace caiji {

const QStringList& DemoValues::keys(const QString& tableField) const
{
    static const QStringList empty;
    auto it = m_keys.constFind(tableField);
    return it == m_keys.constEnd() ? empty : it.value();
}

QString DemoValues::personName()
{
    QString n = m_rng.pick(DemoData::surnames()) + m_rng.pick(DemoData::givenChars());
    if (m_rng.chance(0.6))
        n += m_rng.pick(DemoData::givenChars());
    return n;
}

QDate DemoValues::dateInPeriod()
{
    const qint64 span = qMax<qint64>(1, m_start.daysTo(m_end));
    return m_start.addDays(m_rng.range(0, static_cast<int>(span)));
}

QString DemoValues::code(const QString& listId, const QString& label)
{
    const CodeList* list = m_catalog.codeList(listId);
    if (!list || list->items.isEmpty())
        return QString();
    if (const auto c = list->codeFor(label))
        return *c;
    return m_rng.pick(list->items).code;
}

QString DemoValues::text(const Table& table, const Field& field, int rowIndex)
{
    const QString& n = field.name;
    auto has = [&](const char* s) { return n.contains(QString::fromUtf8(s)); };
    QString v;
    if (!field.pattern.isEmpty()) {
        // Patterns in the catalog are digit or alphanumeric codes; honour their length.
        static const QRegularExpression fixedDigits(QStringLiteral("^\\^\\[0-9\\]\\{(\\d+)\\}\\$$"));
        const auto m = fixedDigits.match(field.pattern);
        if (m.hasMatch())
            return m_rng.digits(m.captured(1).toInt());
        if (field.pattern == QLatin1String("^[0-9]{17}[0-9Xx]$")) {
            const QString first17 = m_rng.pick(DemoData::regions()).first
                + QDate(m_rng.range(1970, 2006), m_rng.range(1, 12), m_rng.range(1, 28))
                      .toString(QStringLiteral("yyyyMMdd"))
                + m_rng.digits(3);
            return first17 + Checksums::idCardCheckChar(first17);
        }
        // A running number keeps generated keys unique across departments and tables.
        v = QStringLiteral("%1%2").arg(m_rng.range(10, 99)).arg(++m_serial, 5, 10, QLatin1Char('0'));
    } else if (has("姓名") || has("负责人") || has("联系人") || has("带头人") || (has("教师") && !has("数"))) {
        v = personName();
    } else if (has("电话") || has("手机")) {
        v = QStringLiteral("13%1").arg(m_rng.digits(9));
    } else if (has("邮箱") || has("邮件")) {
        v = QStringLiteral("user%1@cdyy.edu.cn").arg(m_rng.digits(5));
    } else if (has("单位") || has("企业") || has("公司")) {
        v = m_rng.pick(DemoData::companies());
    } else if (has("网址")) {
        v = QStringLiteral("https://www.cdyy.edu.cn");
    } else if (has("地址") || has("地区") || has("生源")) {
        v = m_rng.pick(DemoData::regions()).second;
    } else if (has("课程")) {
        v = m_rng.pick(DemoData::schools()).coursePool.at(m_rng.range(0, 17));
    } else if (has("专业")) {
        v = m_rng.pick(DemoData::majors()).name;
    } else if (has("部门") || has("系部") || has("院系")) {
        v = m_rng.pick(DemoData::schools()).name;
    } else if (has("名称") || has("项目") || has("题目") || has("名")) {
        v = QStringLiteral("%1%2（%3）").arg(table.name, n).arg(rowIndex + 1);
    } else {
        v = QStringLiteral("%1%2").arg(n).arg(rowIndex + 1);
    }
    if (field.maxLength > 0 && v.size() > field.maxLength)
        v.truncate(field.maxLength);
    return v;
}

QVariant DemoValues::value(const Table& table, const Field& field, int rowIndex)
{
    switch (field.type) {
    case FieldType::Text:
        return text(table, field, rowIndex);
    case FieldType::MultiLine:
        return QStringLiteral("%1：按学院年度工作计划组织实施，成效良好。").arg(field.name);
    case FieldType::Integer: {
        const int lo = field.min ? static_cast<int>(*field.min) : 0;
        const int hi = field.max ? static_cast<int>(qMin(*field.max, 1e6)) : 200;
        return QVariant(static_cast<qint64>(m_rng.range(lo, qMax(lo, qMin(hi, lo + 500)))));
    }
    case FieldType::Decimal: {
        const double lo = field.min.value_or(0.0);
        const double hi = field.max ? qMin(*field.max, lo + 5000.0) : lo + 500.0;
        const double scale = std::pow(10.0, field.decimals);
        return QVariant(std::round((lo + m_rng.unit() * (hi - lo)) * scale) / scale);
    }
    case FieldType::Date:
        return QVariant(dateInPeriod());
    case FieldType::YearMonth:
        return QVariant(dateInPeriod().toString(QStringLiteral("yyyyMM")));
    case FieldType::Year:
        return QVariant(static_cast<qint64>(m_end.year()));
    case FieldType::Boolean:
        return QVariant(m_rng.chance(0.5));
    case FieldType::Code: {
        const CodeList* list = m_catalog.codeList(field.codeList);
        return list && !list->items.isEmpty() ? QVariant(m_rng.pick(list->items).code) : QVariant();
    }
    case FieldType::Reference: {
        const QStringList& pool = keys(field.refTable + QLatin1Char('.') + field.refField);
        return pool.isEmpty() ? QVariant() : QVariant(m_rng.pick(pool));
    }
    }
    return QVariant();
}

QVector<QVariant> DemoValues::row(const Table& table, const QHash<QString, QVariant>& given, int rowIndex)
{
    QVector<QVariant> out;
    out.reserve(table.fields.size());
    QSet<int> fixed;
    for (const Field& f : table.fields) {
        auto it = given.constFind(f.key);
        if (it != given.constEnd())
            fixed.insert(static_cast<int>(out.size()));
        out.append(it != given.constEnd() ? it.value() : value(table, f, rowIndex));
    }
    // The demo obeys its own catalog: each row is settled against the table's row rules (twice,
    // as one rule's total can be another's part).
    auto& rules = m_rowRules[table.code];
    if (!m_rulesCompiled.contains(table.code)) {
        m_rulesCompiled.insert(table.code);
        for (const QJsonValue& r : table.rules) {
            if (auto compiled = RowRule::compile(table, r.toObject(), nullptr))
                rules.push_back(std::shared_ptr<RowRule>(std::move(compiled)));
        }
    }
    for (int pass = 0; pass < 2 && !rules.empty(); ++pass) {
        for (const auto& rule : rules)
            rule->settle(&out, fixed);
    }
    return out;
}

} // namespace caiji
