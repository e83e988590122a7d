#include "CatalogCommand.h"

#include "../../validation/Finding.h"
#include "../../validation/RuleCatalog.h"

#include "../../catalog/Catalog.h"
#include "../../catalog/CatalogJson.h"
#include "../../storage/Workspace.h"
#include "../../value/ValueFormat.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caiji::cli {

namespace {
// Whether a table rule runs: it has a kind, and `catalog check` does not list it.
bool ruleRuns(const QStringList& idle, const QJsonObject& r)
{
    const QString id = r.value(QLatin1String("id")).toString();
    return !r.value(QLatin1String("kind")).toString().isEmpty()
        && idle.filter(QStringLiteral(" %1:").arg(id)).isEmpty();
}

QJsonObject tableJson(const Catalog& cat, const Table& t, bool withFields)
{
    QJsonObject o {{QStringLiteral("code"), t.code}, {QStringLiteral("name"), t.name},
        {QStringLiteral("category"), t.category}, {QStringLiteral("kind"), tableKindToString(t.kind)},
        {QStringLiteral("period"), periodToString(t.period)}, {QStringLiteral("department"), t.department},
        {QStringLiteral("alsoDepartments"), QJsonArray::fromStringList(t.alsoDepartments)},
        {QStringLiteral("addition"), t.addition}, {QStringLiteral("keys"), QJsonArray::fromStringList(t.keys)},
        {QStringLiteral("fieldCount"), static_cast<int>(t.fields.size())}};
    if (t.national)
        o.insert(QStringLiteral("nationalSheet"), t.national->sheet);
    if (withFields) {
        o.insert(QStringLiteral("help"), t.help);
        QJsonArray fields;
        for (const Field& f : t.fields) {
            QJsonObject fo = CatalogJson::fieldJson(f);
            fo.insert(QStringLiteral("required"), f.required);
            fo.insert(QStringLiteral("constraints"), QJsonArray::fromStringList(ValueFormat::constraints(cat, f)));
            fields.append(fo);
        }
        o.insert(QStringLiteral("fields"), fields);
        QJsonArray rules;
        const QStringList idle = RuleCatalog::rulesThatCannotRun(cat);
        for (const QJsonValue& v : t.rules) {
            QJsonObject r = v.toObject();
            r.insert(QStringLiteral("runs"), ruleRuns(idle, r));
            rules.append(r);
        }
        o.insert(QStringLiteral("rules"), rules);
    }
    return o;
}
} // namespace

int CatalogCommand::run()
{
    if (m_positional.isEmpty())
        return usage(tr("catalog needs list, show CODE or check FILE."));
    const QString sub = m_positional.takeFirst();
    const bool json = hasFlag(QStringLiteral("json"));
    if (sub == QLatin1String("check")) {
        if (m_positional.size() != 1)
            return usage(tr("catalog check needs one file."));
        Catalog cat;
        QString error;
        if (!CatalogJson::load(m_positional.first(), &cat, &error))
            return fail(Problems, error);
        m_out << tr("Catalog %1 is valid: %2 tables, %3 code lists.")
                     .arg(cat.id)
                     .arg(cat.tables.size())
                     .arg(cat.codeLists.size())
              << Qt::endl;
        // Every stated rule should run; those that cannot are listed (they are shown to people
        // but never checked).
        const QStringList idle = RuleCatalog::rulesThatCannotRun(cat);
        if (!idle.isEmpty()) {
            m_out << tr("%n rule(s) cannot run and are only shown:", nullptr, static_cast<int>(idle.size()))
                  << Qt::endl;
            for (const QString& line : idle)
                m_out << QStringLiteral("  ") << line << Qt::endl;
        }
        return Ok;
    }
    Catalog cat;
    if (!loadCatalogFor(&cat))
        return BadInput;
    if (sub == QLatin1String("list")) {
        if (json) {
            QJsonArray tables;
            for (const Table& t : cat.tables)
                tables.append(tableJson(cat, t, false));
            m_out << QJsonDocument(QJsonObject {{QStringLiteral("catalog"), cat.id}, {QStringLiteral("name"), cat.name},
                                       {QStringLiteral("version"), cat.version}, {QStringLiteral("tables"), tables}})
                         .toJson(QJsonDocument::Indented);
        } else {
            m_out << cat.name << QLatin1Char(' ') << cat.version << Qt::endl;
            for (const Table& t : cat.tables) {
                m_out << QStringLiteral("%1\t%2\t%3\t%4%5")
                             .arg(t.code, t.name, tableKindDisplayName(t.kind), t.department,
                                 t.alsoDepartments.isEmpty()
                                     ? QString()
                                     : QLatin1Char('+') + t.alsoDepartments.join(QLatin1Char('+')))
                      << Qt::endl;
            }
        }
        return Ok;
    }
    if (sub == QLatin1String("show")) {
        if (m_positional.size() != 1)
            return usage(tr("catalog show needs one table code."));
        const Table* t = cat.table(m_positional.first());
        if (!t)
            return fail(BadInput, tr("The catalog has no table \"%1\".").arg(m_positional.first()));
        if (json) {
            m_out << QJsonDocument(tableJson(cat, *t, true)).toJson(QJsonDocument::Indented);
        } else {
            m_out << t->title() << QStringLiteral("  [") << tableKindDisplayName(t->kind) << QStringLiteral(", ")
                  << t->department << QStringLiteral("]") << Qt::endl;
            if (!t->help.isEmpty())
                m_out << t->help << Qt::endl;
            for (const Field& f : t->fields) {
                const QStringList what = QStringList {fieldTypeDisplayName(f.type)} + ValueFormat::constraints(cat, f);
                m_out << QStringLiteral("  %1\t%2\t%3").arg(f.key, f.headerLabel(), what.join(QStringLiteral("；")))
                      << Qt::endl;
            }
            if (!t->rules.isEmpty()) {
                m_out << tr("Rules:") << Qt::endl;
                const QStringList idle = RuleCatalog::rulesThatCannotRun(cat);
                for (const QJsonValue& v : t->rules) {
                    const QJsonObject r = v.toObject();
                    const QString id = r.value(QLatin1String("id")).toString();
                    Severity severity = Severity::Error;
                    severityFromString(r.value(QLatin1String("severity")).toString(), &severity);
                    const bool runs = ruleRuns(idle, r);
                    m_out << QStringLiteral("  %1\t[%2] %3%4")
                                 .arg(id, severityDisplayName(severity), r.value(QLatin1String("message")).toString(),
                                     runs ? QString() : tr(" (shown only, not checked)"))
                          << Qt::endl;
                }
            }
        }
        return Ok;
    }
    return usage(tr("Unknown catalog command \"%1\".").arg(sub));
}

} // namespace caiji::cli
