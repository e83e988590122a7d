#include "WorkspaceRules.h"

#include "RowRules.h"
#include "RuleCatalog.h"

#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlQuery>

namespace caiji {

QString WorkspaceRules::check(const QString& tableCode, const QJsonObject& rule) const
{
    const Catalog& cat = m_ws.catalog();
    const Table* t = cat.table(tableCode);
    if (!t)
        return tr("The catalog has no table %1.").arg(tableCode);
    const QString id = rule.value(QLatin1String("id")).toString();
    if (id.isEmpty())
        return tr("The rule needs an \"id\".");
    Severity s;
    if (!severityFromString(rule.value(QLatin1String("severity")).toString(QStringLiteral("error")), &s))
        return tr("Rule %1: \"severity\" must be error, warning or info.").arg(id);
    const QString kind = rule.value(QLatin1String("kind")).toString();
    if (!RuleCatalog::runsKind(kind) || kind == QLatin1String("builtin"))
        return tr("Rule %1: unknown kind \"%2\".").arg(id, kind);
    if (RowRule::isRowKind(kind)) {
        QString problem;
        if (!RowRule::compile(*t, rule, &problem))
            return problem;
    }
    auto needField = [&](const Table& table, const QString& key) {
        return table.field(key) ? QString() : tr("Rule %1: table %2 has no field \"%3\".").arg(id, table.code, key);
    };
    for (const char* k : {"field", "when", "before", "after", "groupBy"}) {
        const QString key = rule.value(QLatin1String(k)).toString();
        if (!key.isEmpty() && !needField(*t, key).isEmpty())
            return needField(*t, key);
    }
    for (const char* k : {"left", "right", "fields"}) {
        for (const QJsonValue& v : rule.value(QLatin1String(k)).toArray()) {
            if (!needField(*t, v.toString()).isEmpty())
                return needField(*t, v.toString());
        }
    }
    const QString source = rule.value(QLatin1String("source")).toString();
    if (!source.isEmpty()) {
        const Table* src = cat.table(source);
        if (!src)
            return tr("Rule %1: the catalog has no table %2.").arg(id, source);
        for (const char* k : {"sourceField", "sourceGroupBy"}) {
            const QString key = rule.value(QLatin1String(k)).toString();
            if (!key.isEmpty() && !needField(*src, key).isEmpty())
                return needField(*src, key);
        }
    }
    return QString();
}

bool WorkspaceRules::add(const QString& table, const QJsonObject& rule, QString* error)
{
    const QString problem = check(table, rule);
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    return SqlUtil::exec(m_ws.db(),
        QStringLiteral("INSERT INTO cj_rule (id, table_code, json, added_by, added_at) VALUES (?, ?, ?, ?, ?)"),
        {rule.value(QLatin1String("id")).toString(), table,
            QString::fromUtf8(QJsonDocument(rule).toJson(QJsonDocument::Compact)), m_ws.currentUser(),
            Workspace::now()},
        error);
}

bool WorkspaceRules::remove(const QString& id, QString* error)
{
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(), QStringLiteral("DELETE FROM cj_rule WHERE id = ?"), {id}, error, &q))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("The workspace has no rule %1.").arg(id);
        return false;
    }
    return true;
}

QHash<QString, QVector<QJsonObject>> WorkspaceRules::all(QString* error) const
{
    QHash<QString, QVector<QJsonObject>> out;
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(), QStringLiteral("SELECT table_code, json FROM cj_rule ORDER BY id"), {}, error, &q))
        return out;
    while (q.next())
        out[q.value(0).toString()].append(QJsonDocument::fromJson(q.value(1).toString().toUtf8()).object());
    return out;
}

} // namespace caiji
