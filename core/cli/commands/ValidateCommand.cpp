#include "ValidateCommand.h"

#include "../../catalog/Catalog.h"
#include "../../session/Session.h"
#include "../../storage/Directory.h"
#include "../../storage/Workspace.h"
#include "../../validation/Explanations.h"
#include "../../validation/FindingAccess.h"
#include "../../validation/FindingsExport.h"
#include "../../validation/Validator.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caiji::cli {

QString ValidateCommand::prepare()
{
    if (m_positional.size() != 1)
        return tr("validate needs exactly one workspace.");
    return QString();
}

int ValidateCommand::runOn(Session* session, Workspace* ws, int round)
{
    QString error;
    const AccessPolicy& policy = session->policy();
    Department d;
    if (!option(QStringLiteral("department")).isEmpty()
        && !Directory(*ws).findDepartment(option(QStringLiteral("department")), &d))
        return fail(BadInput, tr("The workspace has no department \"%1\".").arg(option(QStringLiteral("department"))));
    QVector<Finding> findings;
    if (!FindingAccess::check(*ws, policy, round, d.code, &findings, &error))
        return fail(BadInput, error);
    if (!option(QStringLiteral("xlsx")).isEmpty()) {
        if (!FindingsExport::writeXlsx(option(QStringLiteral("xlsx")), *ws, round, findings, &error))
            return fail(BadInput, error);
    }
    int errors = 0;
    int warnings = 0;
    for (const Finding& f : findings) {
        errors += f.severity == Severity::Error ? 1 : 0;
        warnings += f.severity == Severity::Warning ? 1 : 0;
    }
    if (hasFlag(QStringLiteral("json"))) {
        const QHash<QString, Explanation> explained = Explanations(*ws, round).all();
        QJsonArray arr;
        for (const Finding& f : findings) {
            const Table* t = ws->catalog().table(f.table);
            const Explanation e = explained.value(Explanations::keyOf(f));
            arr.append(QJsonObject {{QStringLiteral("severity"), severityToString(f.severity)},
                {QStringLiteral("level"), f.level}, {QStringLiteral("rule"), f.rule},
                {QStringLiteral("table"), f.table}, {QStringLiteral("tableName"), t ? t->name : QString()},
                {QStringLiteral("rowId"), f.rowId}, {QStringLiteral("rowKey"), f.rowKey},
                {QStringLiteral("field"), f.field},
                {QStringLiteral("fieldName"), t && t->field(f.field) ? t->field(f.field)->name : QString()},
                {QStringLiteral("department"), f.department},
                {QStringLiteral("values"), QJsonArray::fromStringList(f.values)},
                {QStringLiteral("message"), f.message}, {QStringLiteral("explanation"), e.text},
                {QStringLiteral("explanationStatus"), e.status}});
        }
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("round"), round}, {QStringLiteral("errors"), errors},
                                   {QStringLiteral("warnings"), warnings}, {QStringLiteral("findings"), arr}})
                     .toJson(QJsonDocument::Indented);
    } else {
        for (const Finding& f : findings) {
            // The message names the field as people know it; the key stays in --json.
            m_out << tr("[%1] %2 %3: %4").arg(severityDisplayName(f.severity), f.table, f.rowKey, f.message)
                  << Qt::endl;
        }
        m_out << tr("%1 errors, %2 warnings.").arg(errors).arg(warnings) << Qt::endl;
    }
    return errors > 0 ? Problems : Ok;
}

} // namespace caiji::cli
