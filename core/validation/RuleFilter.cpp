#include "RuleFilter.h"

#include "../storage/SqlDialect.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace caiji {

namespace {
const char* const kKeys[] = {"where", "whereNot"};
}

bool RuleFilter::append(const SqlDialect& dialect, const Table& table, const QJsonObject& spec, const QString& alias,
    QString* sql, QVariantList* binds)
{
    for (const char* key : kKeys) {
        const bool negated = key[5] != '\0';
        const QJsonObject conditions = spec.value(QLatin1String(key)).toObject();
        for (auto it = conditions.constBegin(); it != conditions.constEnd(); ++it) {
            const Field* f = table.field(it.key());
            if (!f)
                return false;
            const QString column = (alias.isEmpty() ? QString() : alias + QLatin1Char('.')) + SqlDialect::quote(f->key);
            const QJsonArray values = it.value().isArray() ? it.value().toArray() : QJsonArray {it.value()};
            QStringList marks;
            for (const QJsonValue& v : values) {
                marks.append(QStringLiteral("?"));
                binds->append(dialect.toDatabase(*f, v.toVariant()));
            }
            if (marks.isEmpty())
                continue;
            // A row without a value is neither one of the listed values nor "not" one of them.
            *sql += marks.size() == 1
                ? QStringLiteral(" AND %1 %2 ?").arg(column, negated ? QStringLiteral("<>") : QStringLiteral("="))
                : QStringLiteral(" AND %1 %2 (%3)")
                      .arg(column, negated ? QStringLiteral("NOT IN") : QStringLiteral("IN"),
                          marks.join(QLatin1Char(',')));
        }
    }
    return true;
}

bool RuleFilter::valid(const Table& table, const QJsonObject& spec)
{
    for (const char* key : kKeys) {
        const QJsonObject conditions = spec.value(QLatin1String(key)).toObject();
        for (auto it = conditions.constBegin(); it != conditions.constEnd(); ++it) {
            if (!table.field(it.key()))
                return false;
        }
    }
    return true;
}

QString RuleFilter::signature(const QJsonObject& spec)
{
    QJsonObject o;
    for (const char* key : kKeys) {
        if (spec.contains(QLatin1String(key)))
            o.insert(QLatin1String(key), spec.value(QLatin1String(key)));
    }
    return o.isEmpty() ? QString() : QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact));
}

} // namespace caiji
