#include "RecordMatch.h"

#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "RuleFilter.h"

#include <QDate>
#include <QJsonArray>
#include <QSqlQuery>

namespace caiji {

namespace {

struct Pair
{
    const Field* mine;
    const Field* theirs;
};

QVector<Pair> pairs(const Table& mine, const Table& theirs, const QJsonObject& map, bool* ok)
{
    QVector<Pair> out;
    for (auto it = map.constBegin(); it != map.constEnd(); ++it) {
        const Field* a = mine.field(it.key());
        const Field* b = theirs.field(it.value().toString());
        if (!a || !b) {
            *ok = false;
            return {};
        }
        out.append(Pair {a, b});
    }
    return out;
}

// Values as people read them and as they compare: dates in ISO form, text without the spaces
// around it.
QString comparable(const Field& f, const QVariant& stored)
{
    const QVariant v = SqlDialect::fromDatabase(f, stored);
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    return v.toString().trimmed();
}

} // namespace

RecordMatch::RecordMatch(Workspace& ws, int round)
    : m_ws(ws)
    , m_round(round)
{
}

QVector<QJsonObject> RecordMatch::cases(const QJsonObject& rule)
{
    QVector<QJsonObject> out;
    for (const QJsonValue& v : rule.value(QLatin1String("cases")).toArray())
        out.append(v.toObject());
    if (out.isEmpty())
        out.append(rule);
    return out;
}

QStringList RecordMatch::targets(const QJsonObject& rule)
{
    QStringList out;
    for (const QJsonObject& c : cases(rule))
        out.append(c.value(QLatin1String("table")).toString());
    out.removeDuplicates();
    return out;
}

QString RecordMatch::problem(const Catalog& catalog, const Table& table, const QJsonObject& rule)
{
    for (const QJsonObject& c : cases(rule)) {
        const Table* other = catalog.table(c.value(QLatin1String("table")).toString());
        if (!other)
            return tr("it looks into table \"%1\", which the catalog does not have")
                .arg(c.value(QLatin1String("table")).toString());
        bool ok = true;
        const QVector<Pair> key = pairs(table, *other, c.value(QLatin1String("key")).toObject(), &ok);
        pairs(table, *other, c.value(QLatin1String("same")).toObject(), &ok);
        if (!ok || !RuleFilter::valid(table, c))
            return tr("it names a field that %1 or %2 does not have").arg(table.code, other->code);
        if (key.isEmpty())
            return tr("it names no field to find the matching record by (\"key\")");
    }
    return QString();
}

bool RecordMatch::check(const Table& t, const QJsonObject& rule, const QString& rowFilter, const QVariantList& binds,
    const Labeller& label, QVector<Finding>* out, QString* error) const
{
    Severity severity = Severity::Warning;
    severityFromString(rule.value(QLatin1String("severity")).toString(), &severity);
    const QString message = rule.value(QLatin1String("message")).toString();
    for (const QJsonObject& c : cases(rule)) {
        const Table* other = m_ws.catalog().table(c.value(QLatin1String("table")).toString());
        if (!other || !RuleFilter::valid(t, c))
            continue; // `catalog check` names what is missing
        bool ok = true;
        const QVector<Pair> key = pairs(t, *other, c.value(QLatin1String("key")).toObject(), &ok);
        const QVector<Pair> same = pairs(t, *other, c.value(QLatin1String("same")).toObject(), &ok);
        if (!ok || key.isEmpty())
            continue;
        // The other table's records, by their key values: what each holds in the `same` fields.
        QHash<QString, QVector<QStringList>> records;
        {
            QStringList cols;
            for (const Pair& p : key)
                cols.append(SqlDialect::quote(p.theirs->key));
            for (const Pair& p : same)
                cols.append(SqlDialect::quote(p.theirs->key));
            QSqlQuery q(m_ws.db());
            q.setForwardOnly(true);
            if (!SqlUtil::exec(m_ws.db(),
                    QStringLiteral("SELECT %1 FROM %2 WHERE \"_round\" = ? AND \"_deleted\" = 0")
                        .arg(cols.join(QLatin1Char(',')), SqlDialect::quote(other->sqlName())),
                    {m_round}, error, &q))
                return false;
            while (q.next()) {
                QStringList k;
                for (int i = 0; i < key.size(); ++i)
                    k.append(comparable(*key[i].theirs, q.value(i)));
                QStringList v;
                for (int i = 0; i < same.size(); ++i)
                    v.append(comparable(*same[i].theirs, q.value(static_cast<int>(key.size()) + i)));
                records[k.join(QChar(0x1f))].append(v);
            }
        }
        // A key that is a reference to the other table's key is already checked to exist there.
        const bool referenceChecked = key.size() == 1 && key[0].mine->type == FieldType::Reference
            && key[0].mine->refTable == other->code && key[0].mine->refField == key[0].theirs->key;
        QStringList cols = {QStringLiteral("m.\"_id\""), QStringLiteral("m.\"_dept\"")};
        for (const Field& f : t.fields)
            cols.append(QStringLiteral("m.") + SqlDialect::quote(f.key));
        QString where = rowFilter;
        QVariantList allBinds = binds;
        RuleFilter::append(m_ws.dialect(), t, c, QStringLiteral("m"), &where, &allBinds);
        QSqlQuery q(m_ws.db());
        q.setForwardOnly(true);
        if (!SqlUtil::exec(m_ws.db(),
                QStringLiteral("SELECT %1 FROM %2 AS m WHERE %3")
                    .arg(cols.join(QLatin1Char(',')), SqlDialect::quote(t.sqlName()), where),
                allBinds, error, &q))
            return false;
        while (q.next()) {
            const auto valueAt = [&q](int column) { return q.value(2 + column); };
            QStringList k;
            bool blank = false;
            for (const Pair& p : key) {
                k.append(comparable(*p.mine, valueAt(t.fieldIndex(p.mine->key))));
                blank = blank || k.last().isEmpty();
            }
            if (blank)
                continue; // a required value missing is reported as such
            const auto found = records.constFind(k.join(QChar(0x1f)));
            Finding f {rule.value(QLatin1String("id")).toString(), QStringLiteral("cross-table"), severity, t.code,
                q.value(0).toString(), label(valueAt), QString(), q.value(1).toString(), {}, QString()};
            if (found == records.constEnd()) {
                if (referenceChecked)
                    continue;
                f.field = key[0].mine->key;
                f.values = {k.join(QLatin1Char('/'))};
                f.message = tr("%1: table %2 %3 has no record whose %4 is \"%5\".")
                                .arg(message, other->code, other->name, key[0].theirs->name, k.join(QLatin1Char('/')));
                out->append(f);
                continue;
            }
            if (same.isEmpty())
                continue;
            QStringList mine;
            for (const Pair& p : same)
                mine.append(comparable(*p.mine, valueAt(t.fieldIndex(p.mine->key))));
            if (found->contains(mine))
                continue;
            // Name the first field that differs from the (first) matching record.
            const QStringList& theirs = found->first();
            int i = 0;
            while (i < same.size() - 1 && mine[i] == theirs[i])
                ++i;
            f.field = same[i].mine->key;
            f.values = {mine[i], theirs[i]};
            f.message = tr("%1: %2 is \"%3\", but %4 of the record in table %5 %6 is \"%7\".")
                            .arg(message, same[i].mine->name, mine[i], same[i].theirs->name, other->code, other->name,
                                theirs[i].isEmpty() ? tr("(empty)") : theirs[i]);
            out->append(f);
        }
    }
    return true;
}

} // namespace caiji
