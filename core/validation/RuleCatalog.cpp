#include "RuleCatalog.h"

#include "RecordMatch.h"
#include "RowRules.h"
#include "RuleFilter.h"

#include <QJsonArray>

namespace caiji {

namespace {

// The kinds run outside RowRule (which has its own list).
const QStringList kTableKinds = {QStringLiteral("checksum"), QStringLiteral("unique"), QStringLiteral("unique-across"),
    QStringLiteral("aggregate-equals"), QStringLiteral("change"), QStringLiteral("total-equals"),
    QStringLiteral("totals"), QStringLiteral("match")};

bool runnable(const QString& kind)
{
    return kTableKinds.contains(kind) || RowRule::isRowKind(kind);
}

// A rule that states what a built-in check already does (every reference exists, a field's
// format, another rule seen from the other table): nothing more to run.
const QStringList kBuiltinChecks
    = {QStringLiteral("reference"), QStringLiteral("format"), QStringLiteral("required"), QStringLiteral("rule")};

} // namespace

QVector<QJsonObject> RuleCatalog::executableRules(const Table& table)
{
    QVector<QJsonObject> out;
    for (const QJsonValue& v : table.rules) {
        const QJsonObject o = v.toObject();
        if (runnable(o.value(QLatin1String("kind")).toString()))
            out.append(o);
    }
    return out;
}

QStringList RuleCatalog::dependentTables(const Catalog& catalog, const QString& code)
{
    QStringList out;
    auto note = [&out](const QString& t) {
        if (!out.contains(t))
            out.append(t);
    };
    auto sharesUnique = [&code](const QJsonObject& r) {
        return r.value(QLatin1String("kind")).toString() == QLatin1String("unique-across")
            && r.value(QLatin1String("tables")).toArray().contains(code);
    };
    for (const QJsonValue& v : catalog.rules) {
        const QJsonObject r = v.toObject();
        if (sharesUnique(r)) {
            for (const QJsonValue& t : r.value(QLatin1String("tables")).toArray())
                note(t.toString());
        }
    }
    for (const Table& t : catalog.tables) {
        for (const Field& f : t.fields) {
            if (f.type == FieldType::Reference && f.refTable == code)
                note(t.code);
        }
        for (const QJsonValue& v : t.rules) {
            const QJsonObject r = v.toObject();
            const QString kind = r.value(QLatin1String("kind")).toString();
            if ((kind == QLatin1String("total-equals") || kind == QLatin1String("aggregate-equals"))
                && r.value(QLatin1String("source")).toString() == code)
                note(t.code);
            if (kind == QLatin1String("totals")
                && (r.value(QLatin1String("left")).toObject().value(QLatin1String("table")).toString() == code
                    || r.value(QLatin1String("right")).toObject().value(QLatin1String("table")).toString() == code))
                note(t.code);
            if (kind == QLatin1String("match") && RecordMatch::targets(r).contains(code))
                note(t.code);
            if (sharesUnique(r))
                note(t.code);
            if (t.code == code && kind == QLatin1String("unique"))
                note(t.code);
        }
        if (t.code == code && !t.keys.isEmpty())
            note(t.code);
    }
    return out;
}

bool RuleCatalog::runsKind(const QString& kind)
{
    return runnable(kind) || kind == QLatin1String("builtin");
}

QStringList RuleCatalog::rulesThatCannotRun(const Catalog& catalog)
{
    QStringList out;
    QSet<QString> ruleIds;
    for (const QJsonValue& v : catalog.rules)
        ruleIds.insert(v.toObject().value(QLatin1String("id")).toString());
    for (const Table& t : catalog.tables) {
        for (const QJsonValue& v : t.rules)
            ruleIds.insert(v.toObject().value(QLatin1String("id")).toString());
    }
    auto look = [&](const Table* t, const QJsonObject& r) {
        const QString kind = r.value(QLatin1String("kind")).toString();
        const QString where = (t ? t->code : tr("catalog")) + QLatin1Char(' ') + r.value(QLatin1String("id")).toString()
            + QStringLiteral(": ") + r.value(QLatin1String("message")).toString();
        if (kind.isEmpty()) {
            out.append(tr("%1 — it has no kind Caiji can run").arg(where));
        } else if (kind == QLatin1String("builtin")) {
            if (!kBuiltinChecks.contains(r.value(QLatin1String("check")).toString()))
                out.append(
                    tr("%1 — unknown built-in check \"%2\"").arg(where, r.value(QLatin1String("check")).toString()));
            // A rule stated by other rules names them, and they must exist.
            QStringList named;
            if (r.contains(QLatin1String("rule")))
                named.append(r.value(QLatin1String("rule")).toString());
            for (const QJsonValue& v : r.value(QLatin1String("rules")).toArray())
                named.append(v.toString());
            for (const QString& id : std::as_const(named)) {
                if (!ruleIds.contains(id))
                    out.append(tr("%1 — it names rule %2, which the catalog does not have").arg(where, id));
            }
        } else if (kind == QLatin1String("match")) {
            const QString problem = t ? RecordMatch::problem(catalog, *t, r) : tr("it must belong to a table");
            if (!problem.isEmpty())
                out.append(tr("%1 — %2").arg(where, problem));
        } else if (!runnable(kind)) {
            out.append(tr("%1 — unknown kind \"%2\"").arg(where, kind));
        } else if (kind == QLatin1String("change") && !t) {
            for (const QJsonValue& f : r.value(QLatin1String("fields")).toArray()) {
                const Table* table = catalog.table(f.toString().section(QLatin1Char('.'), 0, 0));
                if (!table || !table->field(f.toString().section(QLatin1Char('.'), 1))) {
                    out.append(tr("%1 — it names %2, which the catalog does not have").arg(where, f.toString()));
                    break;
                }
            }
            if (r.value(QLatin1String("fields")).toArray().isEmpty())
                out.append(tr("%1 — it names no indicator (\"fields\": [\"table.field\", …])").arg(where));
        } else if (kind == QLatin1String("totals")) {
            for (const char* side : {"left", "right"}) {
                const QJsonObject o = r.value(QLatin1String(side)).toObject();
                const Table* other = catalog.table(o.value(QLatin1String("table")).toString());
                const bool counts = o.value(QLatin1String("aggregate")).toString() == QLatin1String("count");
                if (!other || (!counts && !other->field(o.value(QLatin1String("field")).toString()))
                    || !RuleFilter::valid(*other, o)) {
                    out.append(tr("%1 — its %2 side names a table or field the catalog does not have")
                                   .arg(where, QLatin1String(side)));
                    break;
                }
            }
        } else if (t && RowRule::isRowKind(kind)) {
            QString problem;
            if (!RowRule::compile(*t, r, &problem))
                out.append(tr("%1 — %2").arg(where, problem));
        }
    };
    for (const QJsonValue& v : catalog.rules)
        look(nullptr, v.toObject());
    for (const Table& t : catalog.tables) {
        for (const QJsonValue& v : t.rules)
            look(&t, v.toObject());
    }
    return out;
}

} // namespace caiji
