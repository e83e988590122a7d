#include "Validator.h"

#include "../storage/Directory.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../value/Checksums.h"
#include "../value/ValueParser.h"
#include "RecordMatch.h"
#include "RowRules.h"
#include "RuleCatalog.h"
#include "RuleFilter.h"
#include "WorkspaceRules.h"

#include <QDate>
#include <QJsonArray>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>

namespace caiji {

namespace {

Severity severityOf(const QJsonObject& rule, Severity fallback = Severity::Error)
{
    Severity s = fallback;
    severityFromString(rule.value(QLatin1String("severity")).toString(), &s);
    return s;
}

bool isEmpty(const QVariant& v)
{
    return v.isNull() || !v.isValid() || (v.typeId() == QMetaType::QString && v.toString().trimmed().isEmpty());
}

QString shown(const QVariant& v)
{
    if (v.typeId() == QMetaType::QDate)
        return v.toDate().toString(Qt::ISODate);
    return v.toString();
}

} // namespace

Validator::Validator(Workspace& ws, int round)
    : m_ws(ws)
    , m_round(round)
{
}

void Validator::setRows(const QString& table, const QStringList& rowIds)
{
    m_rowsTable = table;
    m_rowIds = rowIds;
}

QStringList Validator::keyFields(const Table& t) const
{
    if (t.kind == TableKind::Single)
        return {}; // one record: the table's name says which
    if (!t.keys.isEmpty())
        return t.keys;
    // Without declared keys, the first two fields people recognise a row by: names and codes,
    // not a 是/否 flag, a number or a paragraph.
    QStringList k;
    for (const Field& f : t.fields) {
        if (f.type == FieldType::Text || f.type == FieldType::Code || f.type == FieldType::Reference
            || f.type == FieldType::Date || f.type == FieldType::YearMonth)
            k.append(f.key);
        if (k.size() == 2)
            break;
    }
    return k;
}

QString Validator::rowLabel(const Table& t, const QStringList& keys, const std::function<QVariant(int)>& valueAt) const
{
    if (keys.isEmpty())
        return t.name;
    QStringList parts;
    for (const QString& k : keys) {
        const int c = t.fieldIndex(k);
        if (c < 0)
            continue;
        const Field& f = t.fields[c];
        QString v = shown(SqlDialect::fromDatabase(f, valueAt(c))).trimmed();
        if (f.type == FieldType::Code) {
            if (const CodeList* list = m_ws.catalog().codeList(f.codeList)) {
                const QString label = list->labelOf(v);
                if (!label.isEmpty())
                    v = label;
            }
        }
        if (v.size() > 20)
            v = v.left(19) + QChar(0x2026);
        if (!v.isEmpty())
            parts.append(v);
    }
    return parts.isEmpty() ? t.name : parts.join(QLatin1Char('/'));
}

QString Validator::rowFilter(const Table& t, QVariantList* binds, const QString& a) const
{
    QString w = QStringLiteral("%1.\"_round\" = ? AND %1.\"_deleted\" = 0").arg(a);
    binds->append(m_round);
    if (!m_department.isEmpty()) {
        w += QStringLiteral(" AND %1.\"_dept\" = ?").arg(a);
        binds->append(m_department);
    }
    if (!m_rowsTable.isEmpty() && m_rowsTable == t.code) {
        QStringList marks;
        for (const QString& id : m_rowIds) {
            marks.append(QStringLiteral("?"));
            binds->append(id);
        }
        w += marks.isEmpty() ? QStringLiteral(" AND 1 = 0")
                             : QStringLiteral(" AND %1.\"_id\" IN (%2)").arg(a, marks.join(QLatin1Char(',')));
    }
    return w;
}

void Validator::add(QVector<Finding>* out, Finding f) const
{
    out->append(std::move(f));
}

bool Validator::run(QVector<Finding>* out, QString* error)
{
    QVector<const Table*> tables;
    for (const Table& t : m_ws.catalog().tables) {
        if ((m_tables.isEmpty() || m_tables.contains(t.code)) && (m_rowsTable.isEmpty() || m_rowsTable == t.code))
            tables.append(&t);
    }
    int done = 0;
    for (const Table* t : tables) {
        if (!scanTable(*t, out, error))
            return false;
        if (!t->keys.isEmpty() && !checkUnique(*t, t->keys, QStringLiteral("unique-key"), Severity::Error, out, error))
            return false;
        for (const QJsonObject& rule : rulesFor(*t)) {
            const QString kind = rule.value(QLatin1String("kind")).toString();
            bool ok = true;
            if (kind == QLatin1String("unique")) {
                QStringList fields;
                for (const QJsonValue& f : rule.value(QLatin1String("fields")).toArray())
                    fields.append(f.toString());
                ok = checkUnique(*t, fields, rule.value(QLatin1String("id")).toString(), severityOf(rule), out, error);
            } else if (kind == QLatin1String("aggregate-equals")) {
                ok = checkAggregate(*t, rule, out, error);
            } else if (kind == QLatin1String("change")) {
                ok = checkChange(*t, rule, out, error);
            } else if (kind == QLatin1String("total-equals")) {
                ok = checkTotal(*t, rule, out, error);
            } else if (kind == QLatin1String("unique-across")) {
                ok = checkUniqueAcross(*t, rule, out, error);
            } else if (kind == QLatin1String("totals")) {
                ok = checkTotals(*t, rule, out, error);
            } else if (kind == QLatin1String("match")) {
                QVariantList binds;
                const QString where = rowFilter(*t, &binds);
                const QStringList keys = keyFields(*t);
                ok = RecordMatch(m_ws, m_round)
                         .check(
                             *t, rule, where, binds,
                             [&](const std::function<QVariant(int)>& valueAt) { return rowLabel(*t, keys, valueAt); },
                             out, error);
            }
            if (!ok)
                return false;
        }
        if (m_progress && !m_progress(++done, static_cast<int>(tables.size()))) {
            if (error)
                *error = tr("Validation was cancelled.");
            return false;
        }
    }
    return true;
}

bool Validator::scanTable(const Table& t, QVector<Finding>* out, QString* error)
{
    const Catalog& cat = m_ws.catalog();
    const QDate today = QDate::currentDate();
    const QString todayYm = today.toString(QStringLiteral("yyyyMM"));
    // What each field needs checked, worked out once per table.
    struct FieldCheck
    {
        const Field* f;
        QString checksum;
        const QSet<QString>* refKeys = nullptr; ///< keys of the referenced source table
        const Table* refTable = nullptr;
    };
    QVector<FieldCheck> checks;
    QHash<QString, int> column;
    for (int i = 0; i < t.fields.size(); ++i) {
        const Field& f = t.fields[i];
        column.insert(f.key, i);
        FieldCheck c {&f, {}};
        if (f.type == FieldType::Reference) {
            c.refTable = cat.table(f.refTable);
            if (c.refTable) {
                c.refKeys = sourceKeys(*c.refTable, f.refField, error);
                if (!c.refKeys)
                    return false;
            }
        }
        checks.append(c);
    }
    const QVector<QJsonObject> rules = rulesFor(t);
    for (const QJsonObject& r : rules) {
        if (r.value(QLatin1String("kind")).toString() == QLatin1String("checksum")) {
            const int c = column.value(r.value(QLatin1String("field")).toString(), -1);
            if (c >= 0)
                checks[c].checksum = r.value(QLatin1String("checksum")).toString();
        }
    }
    const QStringList keys = keyFields(t);
    // Row rules, compiled once for this scan.
    std::vector<std::unique_ptr<RowRule>> rowRules;
    for (const QJsonObject& r : rules) {
        if (!RowRule::isRowKind(r.value(QLatin1String("kind")).toString()))
            continue;
        QString problem;
        auto compiled = RowRule::compile(t, r, &problem);
        if (!compiled)
            continue; // `caiji-cli catalog check` and adding a workspace rule report it
        rowRules.push_back(std::move(compiled));
    }
    // Every column is checked: a value may have arrived any way at all.
    QVector<int> scanned;
    for (int i = 0; i < checks.size(); ++i)
        scanned.append(i);
    QVariantList binds;
    QStringList cols = {QStringLiteral("m.\"_id\""), QStringLiteral("m.\"_dept\"")};
    for (const Field& f : t.fields)
        cols.append(QStringLiteral("m.") + SqlDialect::quote(f.key));
    const QString sql = QStringLiteral("SELECT %1 FROM %2 AS m WHERE %3")
                            .arg(cols.join(QLatin1Char(',')), SqlDialect::quote(t.sqlName()), rowFilter(t, &binds));
    QSqlQuery q(m_ws.db());
    q.setForwardOnly(true);
    if (!SqlUtil::exec(m_ws.db(), sql, binds, error, &q))
        return false;
    const int n = static_cast<int>(t.fields.size());
    const QString todayIso = today.toString(Qt::ISODate);
    QVector<QVariant> values(n);
    QVector<QVariant> canonical(n);
    QVector<RowViolation> violations;
    while (q.next()) {
        for (int i : scanned)
            values[i] = q.value(2 + i);
        // Identity of the row, worked out only when something is found.
        QString rowId;
        QString dept;
        QString rowKey;
        auto finding = [&](const QString& rule, const QString& level, Severity sev, const QString& field,
                           const QStringList& vals, const QString& message) {
            if (rowId.isEmpty()) {
                rowId = q.value(0).toString();
                dept = q.value(1).toString();
                rowKey = rowLabel(t, keys, [&q](int c) { return q.value(2 + c); });
            }
            add(out, {rule, level, sev, t.code, rowId, rowKey, field, dept, vals, message});
        };
        for (int i : scanned) {
            const FieldCheck& c = checks[i];
            const Field& f = *c.f;
            // Type, format, length, range and code list with the very words of entry, on the
            // value as stored, whatever wrote it.
            const ParsedValue p = ValueParser::checkStored(cat, f, values[i]);
            canonical[i] = p.value;
            if (!p.ok) {
                if (p.rule != QLatin1String("required"))
                    finding(p.rule, QStringLiteral("field"), Severity::Error, f.key, {shown(values[i])},
                        tr("%1: %2").arg(f.name, p.message));
                else if (t.kind != TableKind::Summary)
                    finding(p.rule, QStringLiteral("field"), Severity::Error, f.key, {}, p.message);
                continue;
            }
            if (isEmpty(p.value) || isNumericType(f.type) || f.type == FieldType::Boolean)
                continue;
            const QString s = shown(p.value);
            // References are checked here, in the same scan, against the source table's keys
            // read once per run: a NOT EXISTS per row cost more than the whole scan.
            if (c.refKeys && !c.refKeys->contains(s))
                finding(QStringLiteral("reference"), QStringLiteral("cross-table"), Severity::Error, f.key, {s},
                    tr("%1 \"%2\" does not exist in %3 %4.").arg(f.name, s, c.refTable->code, c.refTable->name));
            if ((f.type == FieldType::Date && s > todayIso) || (f.type == FieldType::YearMonth && s > todayYm))
                finding(QStringLiteral("future"), QStringLiteral("field"), Severity::Warning, f.key, {s},
                    tr("%1 %2 lies in the future.").arg(f.name, s));
            if (c.checksum == QLatin1String("idcard") && !Checksums::isValidIdCard(s))
                finding(QStringLiteral("idcard"), QStringLiteral("field"), Severity::Error, f.key, {s},
                    tr("%1 \"%2\" is not a valid ID card number (its length, check digit or birth date is wrong).")
                        .arg(f.name, s));
            if (c.checksum == QLatin1String("creditcode") && !Checksums::isValidCreditCode(s))
                finding(QStringLiteral("creditcode"), QStringLiteral("field"), Severity::Error, f.key, {s},
                    tr("%1 \"%2\" is not a valid unified social credit code.").arg(f.name, s));
        }
        if (!rowRules.empty()) {
            for (const auto& rule : rowRules) {
                violations.clear();
                rule->check(canonical, &violations);
                for (const RowViolation& v : std::as_const(violations))
                    finding(rule->id(), QStringLiteral("row"), rule->severity(), v.field, v.values, v.message);
            }
        }
    }
    return true;
}

bool Validator::checkUnique(const Table& t, const QStringList& fields, const QString& ruleId, Severity severity,
    QVector<Finding>* out, QString* error)
{
    QStringList cols;
    for (const QString& k : fields) {
        if (!t.field(k))
            return true;
        cols.append(QStringLiteral("m.") + SqlDialect::quote(k));
    }
    // Uniqueness is about the whole round, whatever rows or department are being looked at.
    const QString partition = cols.join(QLatin1Char(','));
    QVariantList binds = {m_round};
    const QString sql
        = QStringLiteral("SELECT \"_id\", \"_dept\", c, %1 FROM (SELECT m.\"_id\", m.\"_dept\", %2, "
                         "COUNT(*) OVER (PARTITION BY %2) AS c FROM %3 AS m WHERE m.\"_round\" = ? "
                         "AND m.\"_deleted\" = 0 AND %4 IS NOT NULL) AS d WHERE c > 1")
              .arg(QStringList(fields)
                       .replaceInStrings(QRegularExpression(QStringLiteral("^(.*)$")), QStringLiteral("\"\\1\""))
                       .join(QLatin1Char(',')),
                  partition, SqlDialect::quote(t.sqlName()), cols.first());
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(), sql, binds, error, &q))
        return false;
    QStringList names;
    for (const QString& k : fields)
        names.append(t.field(k)->name);
    while (q.next()) {
        const QString id = q.value(0).toString();
        const QString dept = q.value(1).toString();
        if (!m_department.isEmpty() && dept != m_department)
            continue;
        if (!m_rowsTable.isEmpty() && m_rowsTable == t.code && !m_rowIds.contains(id))
            continue;
        QStringList key;
        for (int i = 0; i < fields.size(); ++i)
            key.append(q.value(3 + i).toString());
        add(out,
            {ruleId, QStringLiteral("table"), severity, t.code, id, key.join(QLatin1Char('/')), fields.first(), dept,
                key,
                tr("%1 %2 appears %3 times; it must be unique.")
                    .arg(names.join(QLatin1Char('+')), key.join(QLatin1Char('/')))
                    .arg(q.value(2).toInt())});
    }
    return true;
}

const QSet<QString>* Validator::sourceKeys(const Table& source, const QString& field, QString* error)
{
    const QString key = source.code + QLatin1Char('.') + field;
    auto it = m_sourceKeys.constFind(key);
    if (it != m_sourceKeys.constEnd())
        return &it.value();
    QSet<QString> keys;
    QSqlQuery q(m_ws.db());
    q.setForwardOnly(true);
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT DISTINCT %1 FROM %2 WHERE \"_round\" = ? AND \"_deleted\" = 0 AND %1 IS NOT NULL")
                .arg(SqlDialect::quote(field), SqlDialect::quote(source.sqlName())),
            {m_round}, error, &q))
        return nullptr;
    while (q.next())
        keys.insert(q.value(0).toString());
    return &*m_sourceKeys.insert(key, keys);
}

bool Validator::partial(const QString& table)
{
    if (!m_partialRead) {
        m_partialRead = true;
        const QVariant listed = SqlUtil::scalar(
            m_ws.db(), QStringLiteral("SELECT value FROM cj_meta WHERE key = ?"), {partialTablesKey()});
        const QStringList codes = listed.toString().split(QLatin1Char(','), Qt::SkipEmptyParts);
        m_partial = QSet<QString>(codes.cbegin(), codes.cend());
    }
    return m_partial.contains(table);
}

bool Validator::checkAggregate(const Table& t, const QJsonObject& rule, QVector<Finding>* out, QString* error)
{
    const Table* src = m_ws.catalog().table(rule.value(QLatin1String("source")).toString());
    // In a department's package the other departments' details are not there: every sum would
    // be a false alarm (6-1-2-2's workload per teacher against 教务处's own records only).
    if (src && (partial(src->code) || partial(t.code)))
        return true;
    const QString field = rule.value(QLatin1String("field")).toString();
    const QString groupBy = rule.value(QLatin1String("groupBy")).toString();
    const QString srcGroup = rule.value(QLatin1String("sourceGroupBy")).toString(groupBy);
    const QString srcField = rule.value(QLatin1String("sourceField")).toString();
    const QString agg = rule.value(QLatin1String("aggregate")).toString();
    if (!src || !t.field(field) || !t.field(groupBy) || !src->field(srcGroup) || !RuleFilter::valid(*src, rule))
        return true;
    // Every aggregate over the same detail table, grouping and row conditions is computed in one
    // pass, the first time a rule needs one of them.
    const QString filter = RuleFilter::signature(rule);
    const QString cacheKey = src->code + QLatin1Char('|') + srcGroup + QLatin1Char('|') + filter;
    if (!m_aggregates.contains(cacheKey)) {
        QStringList exprs;
        QStringList names;
        for (const Table& other : m_ws.catalog().tables) {
            for (const QJsonObject& r : RuleCatalog::executableRules(other)) {
                if (r.value(QLatin1String("kind")).toString() != QLatin1String("aggregate-equals")
                    || r.value(QLatin1String("source")).toString() != src->code
                    || r.value(QLatin1String("sourceGroupBy")).toString(r.value(QLatin1String("groupBy")).toString())
                        != srcGroup
                    || RuleFilter::signature(r) != filter)
                    continue;
                const QString a = r.value(QLatin1String("aggregate")).toString();
                const QString sf = r.value(QLatin1String("sourceField")).toString();
                if ((a == QLatin1String("sum") || a == QLatin1String("count-distinct")) && !src->field(sf))
                    continue;
                exprs.append(a == QLatin1String("sum") ? QStringLiteral("SUM(s.%1)").arg(SqlDialect::quote(sf))
                        : a == QLatin1String("count-distinct")
                        ? QStringLiteral("COUNT(DISTINCT s.%1)").arg(SqlDialect::quote(sf))
                        : QStringLiteral("COUNT(*)"));
                names.append(a + QLatin1Char(':') + (a == QLatin1String("count") ? QString() : sf));
            }
        }
        names.removeDuplicates();
        exprs.removeDuplicates();
        QHash<QString, QHash<QString, double>> byAggregate;
        QString where = QStringLiteral("s.\"_round\" = ? AND s.\"_deleted\" = 0");
        QVariantList binds = {m_round};
        RuleFilter::append(m_ws.dialect(), *src, rule, QStringLiteral("s"), &where, &binds);
        QSqlQuery q(m_ws.db());
        q.setForwardOnly(true);
        if (!SqlUtil::exec(m_ws.db(),
                QStringLiteral("SELECT s.%1, %2 FROM %3 AS s WHERE %4 GROUP BY s.%1")
                    .arg(SqlDialect::quote(srcGroup), exprs.join(QLatin1Char(',')), SqlDialect::quote(src->sqlName()),
                        where),
                binds, error, &q))
            return false;
        while (q.next()) {
            for (int i = 0; i < names.size(); ++i)
                byAggregate[names[i]].insert(q.value(0).toString(), q.value(1 + i).toDouble());
        }
        m_aggregates.insert(cacheKey, byAggregate);
    }
    const QHash<QString, double> computed = m_aggregates.value(cacheKey).value(
        agg + QLatin1Char(':') + (agg == QLatin1String("count") ? QString() : srcField));
    QVariantList binds;
    const QString where = rowFilter(t, &binds);
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT m.\"_id\", m.\"_dept\", m.%1, m.%2 FROM %3 AS m WHERE %4")
                .arg(SqlDialect::quote(groupBy), SqlDialect::quote(field), SqlDialect::quote(t.sqlName()), where),
            binds, error, &q))
        return false;
    const QString id = rule.value(QLatin1String("id")).toString();
    const QString fieldName = t.field(field)->name;
    QSet<QString> seen;
    while (q.next()) {
        const QString group = q.value(2).toString();
        seen.insert(group);
        const double have = q.value(3).toDouble();
        const double want = computed.value(group, 0);
        if (std::abs(have - want) > 1e-6 * std::max(1.0, std::abs(want)))
            add(out,
                {id, QStringLiteral("cross-table"), severityOf(rule), t.code, q.value(0).toString(), group, field,
                    q.value(1).toString(), {QString::number(have), QString::number(want)},
                    tr("%1 of %2 is %3 but the detail table %4 gives %5.")
                        .arg(fieldName, group, QString::number(have), src->code, QString::number(want))});
    }
    // Groups whose key is missing from its source table are already reported on the detail
    // rows (a wrong reference); a missing summary row for them would only repeat that.
    const Field* groupField = t.field(groupBy);
    const Table* groupSource
        = groupField && groupField->type == FieldType::Reference ? m_ws.catalog().table(groupField->refTable) : nullptr;
    const QSet<QString>* knownGroups = groupSource ? sourceKeys(*groupSource, groupField->refField, error) : nullptr;
    // Nor when the detail rows refer to this very table (X-07's 教工号 to 6-1-1's): a group
    // without a row here is a wrong reference there.
    const Field* detailGroup = src->field(srcGroup);
    const bool refersHere = detailGroup->type == FieldType::Reference && detailGroup->refTable == t.code;
    if (m_department.isEmpty() && m_rowsTable.isEmpty() && !refersHere) {
        for (auto it = computed.constBegin(); it != computed.constEnd(); ++it) {
            if (knownGroups && !knownGroups->contains(it.key()))
                continue;
            // Several rules over the same summary table would each report the same missing row.
            const bool reported = std::any_of(out->cbegin(), out->cend(), [&](const Finding& f) {
                return f.table == t.code && f.rowId.isEmpty() && f.rowKey == it.key()
                    && f.level == QLatin1String("cross-table");
            });
            if (!seen.contains(it.key()) && !it.key().isEmpty() && !reported)
                add(out,
                    {id, QStringLiteral("cross-table"), severityOf(rule), t.code, QString(), it.key(), groupBy,
                        QString(), {it.key()},
                        tr("%1 has rows for %2 in %3 but no summary row.").arg(t.code, it.key(), src->code)});
        }
    }
    return true;
}

QVector<QJsonObject> Validator::rulesFor(const Table& t)
{
    if (!m_workspaceRulesLoaded) {
        m_workspaceRulesLoaded = true;
        m_workspaceRules = WorkspaceRules(m_ws).all();
    }
    QVector<QJsonObject> rules = RuleCatalog::executableRules(t);
    // Catalog-wide rules that name this table among theirs.
    for (const QJsonValue& v : m_ws.catalog().rules) {
        const QJsonObject r = v.toObject();
        if (r.value(QLatin1String("kind")).toString() == QLatin1String("unique-across")
            && r.value(QLatin1String("tables")).toArray().contains(t.code))
            rules.append(r);
        // A catalog-wide change rule names its indicators as "table.field": this table's run here.
        if (r.value(QLatin1String("kind")).toString() == QLatin1String("change")) {
            for (const QJsonValue& f : r.value(QLatin1String("fields")).toArray()) {
                if (f.toString().section(QLatin1Char('.'), 0, 0) != t.code)
                    continue;
                QJsonObject one = r;
                one.remove(QStringLiteral("fields"));
                one.insert(QStringLiteral("field"), f.toString().section(QLatin1Char('.'), 1));
                rules.append(one);
            }
        }
    }
    for (const QJsonObject& r : m_workspaceRules.value(t.code)) {
        if (RuleCatalog::runsKind(r.value(QLatin1String("kind")).toString())
            && r.value(QLatin1String("kind")).toString() != QLatin1String("builtin"))
            rules.append(r);
    }
    return rules;
}

bool Validator::totalOf(const QJsonObject& rule, double* value, QString* error, bool* empty)
{
    const Table* src = m_ws.catalog().table(rule.value(QLatin1String("source")).toString());
    if (!src)
        return false;
    const QString agg = rule.value(QLatin1String("aggregate")).toString(QStringLiteral("count"));
    const QString sf = rule.value(QLatin1String("sourceField")).toString();
    if ((agg == QLatin1String("sum") || agg == QLatin1String("count-distinct")) && !src->field(sf))
        return false;
    QString expr = agg == QLatin1String("sum")   ? QStringLiteral("SUM(%1)").arg(SqlDialect::quote(sf))
        : agg == QLatin1String("count-distinct") ? QStringLiteral("COUNT(DISTINCT %1)").arg(SqlDialect::quote(sf))
                                                 : QStringLiteral("COUNT(*)");
    QString where = QStringLiteral("\"_round\" = ? AND \"_deleted\" = 0");
    QVariantList binds = {m_round};
    if (!RuleFilter::append(m_ws.dialect(), *src, rule, QString(), &where, &binds))
        return false;
    const QVariant v = SqlUtil::scalar(m_ws.db(),
        QStringLiteral("SELECT %1 FROM %2 WHERE %3").arg(expr, SqlDialect::quote(src->sqlName()), where), binds, error);
    if (!v.isValid() && error && !error->isEmpty())
        return false;
    *value = v.toDouble();
    if (empty)
        *empty = v.isNull();
    return true;
}

bool Validator::checkTotal(const Table& t, const QJsonObject& rule, QVector<Finding>* out, QString* error)
{
    const Field* f = t.field(rule.value(QLatin1String("field")).toString());
    if (!f || (!m_department.isEmpty()) || (!m_rowsTable.isEmpty() && m_rowsTable != t.code) || partial(t.code)
        || partial(rule.value(QLatin1String("source")).toString()))
        return true; // a college-wide total: checked for the whole round only
    double want = 0;
    QString ignored;
    if (!totalOf(rule, &want, &ignored))
        return ignored.isEmpty() || (error && (*error = ignored, false));
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT \"_id\", \"_dept\", %1 FROM %2 WHERE \"_round\" = ? AND \"_deleted\" = 0")
                .arg(SqlDialect::quote(f->key), SqlDialect::quote(t.sqlName())),
            {m_round}, error, &q))
        return false;
    const QString id = rule.value(QLatin1String("id")).toString();
    const QString src = rule.value(QLatin1String("source")).toString();
    bool any = false;
    while (q.next()) {
        any = true;
        const double have = q.value(2).toDouble();
        if (std::abs(have - want) > 1e-6 * std::max(1.0, std::abs(want)))
            add(out,
                {id, QStringLiteral("cross-table"), severityOf(rule), t.code, q.value(0).toString(), t.name, f->key,
                    q.value(1).toString(), {QString::number(have), QString::number(want)},
                    tr("%1 is %2 but table %3 gives %4.")
                        .arg(f->name, QString::number(have), src, QString::number(want))});
    }
    if (!any && want != 0)
        add(out,
            {id, QStringLiteral("cross-table"), severityOf(rule), t.code, QString(), t.name, f->key, QString(),
                {QString(), QString::number(want)},
                tr("%1 is not filled in; table %2 gives %3.").arg(f->name, src, QString::number(want))});
    return true;
}

bool Validator::checkUniqueAcross(const Table& t, const QJsonObject& rule, QVector<Finding>* out, QString* error)
{
    const QString key = rule.value(QLatin1String("field")).toString();
    const Field* f = t.field(key);
    if (!f)
        return true;
    // The values the other tables hold, read once per rule and table.
    QHash<QString, QString> elsewhere; // value → table code
    for (const QJsonValue& v : rule.value(QLatin1String("tables")).toArray()) {
        const Table* other = m_ws.catalog().table(v.toString());
        if (!other || other == &t || !other->field(key))
            continue;
        QSqlQuery q(m_ws.db());
        q.setForwardOnly(true);
        if (!SqlUtil::exec(m_ws.db(),
                QStringLiteral(
                    "SELECT DISTINCT %1 FROM %2 WHERE \"_round\" = ? AND \"_deleted\" = 0 AND %1 IS NOT NULL")
                    .arg(SqlDialect::quote(key), SqlDialect::quote(other->sqlName())),
                {m_round}, error, &q))
            return false;
        while (q.next())
            elsewhere.insert(q.value(0).toString(), other->code);
    }
    if (elsewhere.isEmpty())
        return true;
    QVariantList binds;
    QSqlQuery q(m_ws.db());
    q.setForwardOnly(true);
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT m.\"_id\", m.\"_dept\", m.%1 FROM %2 AS m WHERE %3 AND m.%1 IS NOT NULL")
                .arg(SqlDialect::quote(key), SqlDialect::quote(t.sqlName()), rowFilter(t, &binds)),
            binds, error, &q))
        return false;
    while (q.next()) {
        const QString value = q.value(2).toString();
        const auto hit = elsewhere.constFind(value);
        if (hit == elsewhere.constEnd())
            continue;
        const Table* other = m_ws.catalog().table(*hit);
        add(out,
            {rule.value(QLatin1String("id")).toString(), QStringLiteral("cross-table"), severityOf(rule), t.code,
                q.value(0).toString(), value, key, q.value(1).toString(), {value, *hit},
                tr("%1 %2 also appears in table %3 %4: %5")
                    .arg(f->name, value, other->code, other->name, rule.value(QLatin1String("message")).toString())});
    }
    return true;
}

bool Validator::checkTotals(const Table& t, const QJsonObject& rule, QVector<Finding>* out, QString* error)
{
    if (!m_department.isEmpty() || (!m_rowsTable.isEmpty() && m_rowsTable != t.code))
        return true; // college-wide totals: checked for the whole round only
    // Each side: a table's rows summed, counted or (one-record tables) read, as total-equals does.
    struct Side
    {
        QJsonObject spec;
        double value = 0;
        QString label;
    };
    Side sides[2] = {{rule.value(QLatin1String("left")).toObject()}, {rule.value(QLatin1String("right")).toObject()}};
    for (Side& s : sides) {
        const Table* table = m_ws.catalog().table(s.spec.value(QLatin1String("table")).toString());
        if (table && partial(table->code))
            return true; // a department package: the office checks it after the merge
        const QString agg = s.spec.value(QLatin1String("aggregate")).toString(QStringLiteral("sum"));
        const Field* field = table ? table->field(s.spec.value(QLatin1String("field")).toString()) : nullptr;
        if (!table || (agg != QLatin1String("count") && !field))
            return true; // `catalog check` names what is missing
        QJsonObject asTotal {{QStringLiteral("source"), table->code},
            {QStringLiteral("aggregate"), agg == QLatin1String("value") ? QStringLiteral("sum") : agg},
            {QStringLiteral("sourceField"), field ? field->key : QString()},
            {QStringLiteral("where"), s.spec.value(QLatin1String("where"))},
            {QStringLiteral("whereNot"), s.spec.value(QLatin1String("whereNot"))}};
        QString failed;
        bool blank = false;
        if (!totalOf(asTotal, &s.value, &failed, &blank))
            return failed.isEmpty() || (error && (*error = failed, false));
        // A one-record form's figure not filled in yet is reported as required, not as a
        // disagreement with zero (an office reference figure not entered, 设备总值 not typed).
        if (blank && agg == QLatin1String("value"))
            return true;
        s.label = agg == QLatin1String("count") ? tr("rows of %1").arg(table->code)
            : agg == QLatin1String("value")     ? tr("%1 %2").arg(table->code, field->name)
                                                : tr("sum of %1 %2").arg(table->code, field->name);
    }
    const double factor = rule.value(QLatin1String("factor")).toDouble(1);
    const QString op = rule.value(QLatin1String("op")).toString(QStringLiteral("="));
    if (RowRule::holds(sides[0].value, op, sides[1].value * factor))
        return true;
    // Marked on this table's one record where a side reads it, else on the table.
    QString rowId;
    QString field;
    QString dept;
    for (const Side& s : sides) {
        if (s.spec.value(QLatin1String("table")).toString() == t.code && t.kind == TableKind::Single) {
            field = s.spec.value(QLatin1String("field")).toString();
            QSqlQuery q(m_ws.db());
            if (SqlUtil::exec(m_ws.db(),
                    QStringLiteral("SELECT \"_id\", \"_dept\" FROM %1 WHERE \"_round\" = ? AND \"_deleted\" = 0")
                        .arg(SqlDialect::quote(t.sqlName())),
                    {m_round}, error, &q)
                && q.next()) {
                rowId = q.value(0).toString();
                dept = q.value(1).toString();
            }
        }
    }
    const QString right = factor == 1 ? QString::number(sides[1].value, 'g', 12)
                                      : QStringLiteral("%1 × %2").arg(sides[1].value, 0, 'g', 12).arg(factor);
    add(out,
        {rule.value(QLatin1String("id")).toString(), QStringLiteral("cross-table"), severityOf(rule), t.code, rowId,
            t.name, field, dept, {QString::number(sides[0].value, 'g', 12), right},
            tr("%1 (%2: %3; %4: %5)")
                .arg(rule.value(QLatin1String("message")).toString(), sides[0].label,
                    QString::number(sides[0].value, 'g', 12), sides[1].label, right)});
    return true;
}

bool Validator::checkChange(const Table& t, const QJsonObject& rule, QVector<Finding>* out, QString* error)
{
    const QString field = rule.value(QLatin1String("field")).toString();
    const double percent = rule.value(QLatin1String("percent")).toDouble(30);
    const bool notBelow = rule.value(QLatin1String("direction")).toString() == QLatin1String("not-below");
    const Field* f = t.field(field);
    if (!f)
        return true;
    // Last round is the newest one before this one.
    int previous = 0;
    for (const Round& r : Directory(m_ws).rounds()) {
        if (r.year < m_round && r.year > previous)
            previous = r.year;
    }
    if (previous == 0)
        return true;
    const QStringList keys = t.keys;
    QStringList keyCols;
    for (const QString& k : keys)
        keyCols.append(SqlDialect::quote(k));
    const QString keyExpr = keyCols.isEmpty() ? QStringLiteral("''") : keyCols.join(QStringLiteral(" || '/' || "));
    auto load = [&](int round, QHash<QString, QPair<QString, double>>* out, bool filtered) {
        QVariantList binds = {round};
        QString where = QStringLiteral("\"_round\" = ? AND \"_deleted\" = 0");
        if (filtered && !m_department.isEmpty()) {
            where += QStringLiteral(" AND \"_dept\" = ?");
            binds.append(m_department);
        }
        QSqlQuery q(m_ws.db());
        if (!SqlUtil::exec(m_ws.db(),
                QStringLiteral("SELECT %1, \"_id\", %2 FROM %3 WHERE %4")
                    .arg(keyExpr, SqlDialect::quote(field), SqlDialect::quote(t.sqlName()), where),
                binds, error, &q))
            return false;
        while (q.next()) {
            if (!q.value(2).isNull())
                out->insert(q.value(0).toString(), {q.value(1).toString(), q.value(2).toDouble()});
        }
        return true;
    };
    QHash<QString, QPair<QString, double>> now;
    QHash<QString, QPair<QString, double>> before;
    if (!load(m_round, &now, true) || !load(previous, &before, false))
        return false;
    for (auto it = now.constBegin(); it != now.constEnd(); ++it) {
        const auto prev = before.constFind(it.key());
        if (prev == before.constEnd())
            continue;
        if (notBelow) {
            // A running total (历年一线工作时间) never shrinks from one year to the next.
            if (it->second < prev->second)
                add(out,
                    {rule.value(QLatin1String("id")).toString(), QStringLiteral("cross-year"),
                        severityOf(rule, Severity::Warning), t.code, it->first, it.key(), field, QString(),
                        {QString::number(prev->second), QString::number(it->second)},
                        tr("%1 is %2, less than the %3 of round %4.")
                            .arg(f->name, QString::number(it->second), QString::number(prev->second))
                            .arg(previous)});
            continue;
        }
        if (prev->second == 0)
            continue;
        const double change = (it->second - prev->second) / std::abs(prev->second) * 100.0;
        if (std::abs(change) > percent)
            add(out,
                {rule.value(QLatin1String("id")).toString(), QStringLiteral("cross-year"),
                    severityOf(rule, Severity::Warning), t.code, it->first, it.key(), field, QString(),
                    {QString::number(prev->second), QString::number(it->second)},
                    tr("%1 changed by %2% against round %3 (%4 → %5); please explain.")
                        .arg(f->name, QString::number(change, 'f', 1))
                        .arg(previous)
                        .arg(prev->second)
                        .arg(it->second)});
    }
    return true;
}

} // namespace caiji
