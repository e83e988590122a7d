#include "SummaryBuilder.h"
#include "RuleCatalog.h"
#include "RuleFilter.h"

#include "../storage/Directory.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../write/WriteGateway.h"
#include "Validator.h"

#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>

#include <algorithm>
#include <cmath>

namespace caiji {

SummaryBuilder::SummaryBuilder(WriteGateway& gateway, int round)
    : m_gateway(gateway)
    , m_ws(gateway.workspace())
    , m_round(round)
{
}

namespace {
// The detail rows one group of aggregate-equals rules reads: one table, grouped by one field,
// under the same row conditions (11-4's 民族 groups count four staff tables, each without 汉族).
struct Part
{
    const Table* source = nullptr;
    QString sourceGroupBy; ///< in the detail table
    QJsonObject filter; ///< the rules' where / whereNot
    QVector<QPair<int, QString>> aggregates; ///< summary column → SQL aggregate over the detail rows
};

struct Plan
{
    QVector<Part> parts;
    QString groupBy; ///< in the summary table
    QVector<QPair<int, QString>> lookups; ///< summary column → field of the referenced source table
    const Table* lookupTable = nullptr;
    QString lookupKey;

    bool reads(const QString& table) const
    {
        return std::any_of(parts.cbegin(), parts.cend(), [&](const Part& p) { return p.source->code == table; });
    }
    bool computes(int column) const
    {
        return std::any_of(parts.cbegin(), parts.cend(), [column](const Part& p) {
            return std::any_of(
                p.aggregates.cbegin(), p.aggregates.cend(), [column](const auto& a) { return a.first == column; });
        });
    }
};

bool planFor(const Catalog& cat, const Table& t, Plan* plan)
{
    if (t.kind != TableKind::Summary)
        return false;
    for (const QJsonObject& r : RuleCatalog::executableRules(t)) {
        if (r.value(QLatin1String("kind")).toString() != QLatin1String("aggregate-equals"))
            continue;
        const Table* src = cat.table(r.value(QLatin1String("source")).toString());
        const QString group = r.value(QLatin1String("groupBy")).toString();
        const QString srcGroup = r.value(QLatin1String("sourceGroupBy")).toString(group);
        const int column = t.fieldIndex(r.value(QLatin1String("field")).toString());
        if (!src || column < 0 || !src->field(srcGroup) || !RuleFilter::valid(*src, r)
            || (!plan->parts.isEmpty() && plan->groupBy != group))
            continue;
        plan->groupBy = group;
        const QString filter = RuleFilter::signature(r);
        auto part = std::find_if(plan->parts.begin(), plan->parts.end(), [&](const Part& p) {
            return p.source == src && p.sourceGroupBy == srcGroup && RuleFilter::signature(p.filter) == filter;
        });
        if (part == plan->parts.end()) {
            plan->parts.append({src, srcGroup, r, {}});
            part = plan->parts.end() - 1;
        }
        const QString agg = r.value(QLatin1String("aggregate")).toString();
        const QString sf = SqlDialect::quote(r.value(QLatin1String("sourceField")).toString());
        part->aggregates.append({column,
            agg == QLatin1String("sum")                  ? QStringLiteral("SUM(%1)").arg(sf)
                : agg == QLatin1String("count-distinct") ? QStringLiteral("COUNT(DISTINCT %1)").arg(sf)
                                                         : QStringLiteral("COUNT(*)")});
    }
    if (plan->parts.isEmpty())
        return false;
    // Text fields with the same key as a field of the table the group key refers to.
    const Field* g = t.field(plan->groupBy);
    if (g && g->type == FieldType::Reference) {
        plan->lookupTable = cat.table(g->refTable);
        plan->lookupKey = g->refField;
        for (int c = 0; c < t.fields.size(); ++c) {
            const Field& f = t.fields[c];
            if (f.key != plan->groupBy && plan->lookupTable && plan->lookupTable->field(f.key) && !plan->computes(c))
                plan->lookups.append({c, f.key});
        }
    }
    return true;
}
} // namespace

// The total-equals rules of a one-row summary table (在校生总数 = rows of 10-1 …).
static QVector<QJsonObject> totalRules(const Table& t)
{
    QVector<QJsonObject> out;
    if (t.kind != TableKind::Summary)
        return out;
    for (const QJsonObject& r : RuleCatalog::executableRules(t)) {
        if (r.value(QLatin1String("kind")).toString() == QLatin1String("total-equals")
            && t.field(r.value(QLatin1String("field")).toString()))
            out.append(r);
    }
    return out;
}

QStringList SummaryBuilder::dependents(const QString& detailTable) const
{
    QStringList out;
    for (const Table& t : m_ws.catalog().tables) {
        Plan plan;
        if (planFor(m_ws.catalog(), t, &plan) && plan.reads(detailTable))
            out.append(t.code);
        for (const QJsonObject& r : totalRules(t)) {
            if (r.value(QLatin1String("source")).toString() == detailTable && !out.contains(t.code))
                out.append(t.code);
        }
    }
    return out;
}

bool SummaryBuilder::rebuildTotals(const Table& t, int* changed, QString* error)
{
    Validator totals(m_ws, m_round);
    QVector<QVariant> want(t.fields.size());
    for (const QJsonObject& r : totalRules(t)) {
        double v = 0;
        if (!totals.totalOf(r, &v, error))
            return false;
        const int c = t.fieldIndex(r.value(QLatin1String("field")).toString());
        want[c] = t.fields[c].type == FieldType::Decimal ? QVariant(v) : QVariant(static_cast<qint64>(std::llround(v)));
    }
    QSqlQuery q(m_ws.db());
    QStringList cols;
    for (const Field& f : t.fields)
        cols.append(SqlDialect::quote(f.key));
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral(
                "SELECT \"_id\", \"_version\", %1 FROM %2 WHERE \"_round\" = ? AND \"_deleted\" = 0 ORDER BY \"_seq\"")
                .arg(cols.join(QLatin1Char(',')), SqlDialect::quote(t.sqlName())),
            {m_round}, error, &q))
        return false;
    const WriteIntent computed {WriteOrigin::Computed, QStringLiteral("computed"), false};
    if (!q.next()) {
        Department d;
        if (!Directory(m_ws).findDepartment(t.department, &d)) {
            if (error)
                *error = tr("Table %1 belongs to %2, which the workspace does not have.").arg(t.code, t.department);
            return false;
        }
        QVector<QString> ids;
        if (!m_gateway.insertRows(t, m_round, d.code, {want}, &ids, error, computed))
            return false;
        *changed = 1;
        return true;
    }
    QVector<CellChange> changes;
    for (int c = 0; c < t.fields.size(); ++c) {
        if (want[c].isValid() && SqlDialect::fromDatabase(t.fields[c], q.value(2 + c)) != want[c])
            changes.append({q.value(0).toString(), q.value(1).toLongLong(), c, want[c]});
    }
    if (changes.isEmpty())
        return true;
    const EditResult r = m_gateway.applyCells(t, m_round, changes, computed);
    if (!r.ok && error)
        *error = r.error;
    *changed = r.ok ? 1 : 0;
    return r.ok;
}

bool SummaryBuilder::rebuildAll(QString* error)
{
    for (const Table& t : m_ws.catalog().tables) {
        Plan plan;
        int changed = 0;
        if ((planFor(m_ws.catalog(), t, &plan) || !totalRules(t).isEmpty()) && !rebuild(t.code, &changed, error))
            return false;
    }
    return true;
}

bool SummaryBuilder::rebuild(const QString& code, int* changed, QString* error)
{
    *changed = 0;
    const Table* t = m_ws.catalog().table(code);
    Plan plan;
    if (t && !planFor(m_ws.catalog(), *t, &plan) && !totalRules(*t).isEmpty())
        return rebuildTotals(*t, changed, error);
    if (!t || !planFor(m_ws.catalog(), *t, &plan)) {
        if (error)
            *error = tr("Table %1 cannot be computed from a detail table.").arg(code);
        return false;
    }
    const int width = static_cast<int>(t->fields.size());
    const int groupColumn = t->fieldIndex(plan.groupBy);
    // 1. What the summary should hold, per group: each part's aggregates, and zero where a
    // group has no rows in a part (no 蒙古族 among the 校外兼课教师).
    QHash<QString, QVector<QVariant>> wanted;
    QStringList order;
    auto typed = [&](int column, double v) {
        return t->fields[column].type == FieldType::Decimal ? QVariant(v)
                                                            : QVariant(static_cast<qint64>(std::llround(v)));
    };
    for (const Part& part : plan.parts) {
        QStringList exprs;
        for (const auto& a : part.aggregates)
            exprs.append(a.second);
        QString where = QStringLiteral("\"_round\" = ? AND \"_deleted\" = 0 AND %1 IS NOT NULL")
                            .arg(SqlDialect::quote(part.sourceGroupBy));
        QVariantList binds = {m_round};
        RuleFilter::append(m_ws.dialect(), *part.source, part.filter, QString(), &where, &binds);
        QSqlQuery q(m_ws.db());
        if (!SqlUtil::exec(m_ws.db(),
                QStringLiteral("SELECT %1, %2 FROM %3 WHERE %4 GROUP BY %1")
                    .arg(SqlDialect::quote(part.sourceGroupBy), exprs.join(QLatin1Char(',')),
                        SqlDialect::quote(part.source->sqlName()), where),
                binds, error, &q))
            return false;
        while (q.next()) {
            const QString group = q.value(0).toString();
            auto it = wanted.find(group);
            if (it == wanted.end()) {
                QVector<QVariant> row(width);
                row[groupColumn] = group;
                for (const Part& p : plan.parts) {
                    for (const auto& a : p.aggregates)
                        row[a.first] = typed(a.first, 0);
                }
                it = wanted.insert(group, row);
                order.append(group);
            }
            for (int i = 0; i < part.aggregates.size(); ++i)
                (*it)[part.aggregates[i].first] = typed(part.aggregates[i].first, q.value(1 + i).toDouble());
        }
    }
    order.sort();
    // A group whose key is not in its source table (a wrong 教工号 in the details) gets no
    // summary row: validation reports the detail rows, and a summary row could not refer to it.
    auto dropUnknown = [&](const QSet<QString>& known) {
        for (auto it = wanted.begin(); it != wanted.end();) {
            if (!known.contains(it.key())) {
                order.removeOne(it.key());
                it = wanted.erase(it);
            } else {
                ++it;
            }
        }
    };
    if (plan.lookupTable && !plan.lookups.isEmpty()) {
        QStringList cols;
        for (const auto& l : plan.lookups)
            cols.append(SqlDialect::quote(l.second));
        QSqlQuery q(m_ws.db());
        if (!SqlUtil::exec(m_ws.db(),
                QStringLiteral("SELECT %1, %2 FROM %3 WHERE \"_round\" = ? AND \"_deleted\" = 0")
                    .arg(SqlDialect::quote(plan.lookupKey), cols.join(QLatin1Char(',')),
                        SqlDialect::quote(plan.lookupTable->sqlName())),
                {m_round}, error, &q))
            return false;
        QSet<QString> known;
        while (q.next()) {
            known.insert(q.value(0).toString());
            auto it = wanted.find(q.value(0).toString());
            if (it == wanted.end())
                continue;
            for (int i = 0; i < plan.lookups.size(); ++i)
                (*it)[plan.lookups[i].first]
                    = SqlDialect::fromDatabase(t->fields[plan.lookups[i].first], q.value(1 + i));
        }
        dropUnknown(known);
    } else if (const Field* g = t->field(plan.groupBy); g && g->type == FieldType::Reference) {
        // The same for a group key that refers to a table without looked-up fields.
        if (const Table* src = m_ws.catalog().table(g->refTable)) {
            QSqlQuery q(m_ws.db());
            if (!SqlUtil::exec(m_ws.db(),
                    QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE \"_round\" = ? AND \"_deleted\" = 0")
                        .arg(SqlDialect::quote(g->refField), SqlDialect::quote(src->sqlName())),
                    {m_round}, error, &q))
                return false;
            QSet<QString> known;
            while (q.next())
                known.insert(q.value(0).toString());
            dropUnknown(known);
        }
    }
    // 2. What it holds now.
    struct Existing
    {
        QString id;
        qint64 version;
        QVector<QVariant> values;
    };
    QHash<QString, Existing> existing;
    {
        QStringList cols;
        for (const Field& f : t->fields)
            cols.append(SqlDialect::quote(f.key));
        QSqlQuery q(m_ws.db());
        if (!SqlUtil::exec(m_ws.db(),
                QStringLiteral("SELECT \"_id\", \"_version\", %1 FROM %2 WHERE \"_round\" = ? AND \"_deleted\" = 0")
                    .arg(cols.join(QLatin1Char(',')), SqlDialect::quote(t->sqlName())),
                {m_round}, error, &q))
            return false;
        while (q.next()) {
            Existing e {q.value(0).toString(), q.value(1).toLongLong(), QVector<QVariant>(width)};
            for (int c = 0; c < width; ++c)
                e.values[c] = SqlDialect::fromDatabase(t->fields[c], q.value(2 + c));
            existing.insert(e.values[groupColumn].toString(), e);
        }
    }
    // 3. The difference, written through the edit service.
    QVector<CellChange> changes;
    QVector<QVector<QVariant>> inserts;
    QVector<QPair<QString, qint64>> removals;
    for (const QString& group : order) {
        const QVector<QVariant>& want = wanted[group];
        auto it = existing.constFind(group);
        if (it == existing.constEnd()) {
            inserts.append(want);
            continue;
        }
        for (int c = 0; c < width; ++c) {
            if (want[c].isValid() && want[c] != it->values[c])
                changes.append({it->id, it->version, c, want[c]});
        }
    }
    for (auto it = existing.constBegin(); it != existing.constEnd(); ++it) {
        if (!wanted.contains(it.key()))
            removals.append({it->id, it->version});
    }
    Department d;
    if (!Directory(m_ws).findDepartment(t->department, &d)) {
        if (error)
            *error = tr("Table %1 belongs to %2, which the workspace does not have.").arg(t->code, t->department);
        return false;
    }
    const QString owner = d.code;
    const WriteIntent computed {WriteOrigin::Computed, QStringLiteral("computed"), false};
    WriteIntent checked = computed;
    checked.validate = true;
    WriteGateway::Scope scope(m_gateway);
    if (!changes.isEmpty()) {
        const EditResult r = m_gateway.applyCells(*t, m_round, changes, computed);
        if (!r.ok) {
            if (error)
                *error = r.error;
            return false;
        }
        *changed += static_cast<int>(r.updated.size());
    }
    if (!inserts.isEmpty()) {
        QVector<QString> ids;
        if (!m_gateway.insertRows(*t, m_round, owner, inserts, &ids, error, checked))
            return false;
        *changed += static_cast<int>(inserts.size());
    }
    if (!removals.isEmpty()) {
        const EditResult r = m_gateway.setDeleted(*t, m_round, removals, true, computed);
        if (!r.ok) {
            if (error)
                *error = r.error;
            return false;
        }
        *changed += static_cast<int>(r.updated.size());
    }
    return scope.commit(error);
}

} // namespace caiji
