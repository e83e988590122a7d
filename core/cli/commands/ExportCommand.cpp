#include "ExportCommand.h"

#include "../../catalog/Catalog.h"
#include "../../io/TableExporter.h"
#include "../../session/Session.h"
#include "../../storage/Directory.h"
#include "../../storage/Workspace.h"
#include "../../validation/Validator.h"
#include "../../workflow/Assignments.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caiji::cli {

QString ExportCommand::prepare()
{
    m_national = hasFlag(QStringLiteral("national"));
    m_all = hasFlag(QStringLiteral("all"));
    m_table = option(QStringLiteral("table"));
    m_department = option(QStringLiteral("department"));
    const int kinds = (m_national ? 1 : 0) + (m_all ? 1 : 0) + (m_table.isEmpty() ? 0 : 1);
    if (m_positional.size() != 2 || kinds > 1 || (kinds == 0 && m_department.isEmpty()))
        return tr("export needs a workspace, one of --table CODE, --national, --all or --department NAME, and an "
                  "output file.");
    return QString();
}

int ExportCommand::runOn(Session* session, Workspace* ws, int round)
{
    const bool national = m_national;
    const bool all = m_all;
    const QString& table = m_table;
    const QString& department = m_department;
    QString error;
    const AccessPolicy& policy = session->policy();
    Directory dir(*ws);
    TableExporter exporter(*ws, round);
    exporter.setCodesAsLabels(!hasFlag(QStringLiteral("codes")));
    Department dept;
    if (!department.isEmpty()) {
        if (!dir.findDepartment(department, &dept))
            return fail(BadInput, tr("The workspace has no department \"%1\".").arg(department));
        exporter.setDepartment(dept.code);
    } else if (!table.isEmpty() && ws->catalog().table(table)) {
        // An account that reads only its department's rows exports only those.
        dept.code = policy.readDepartment(*ws->catalog().table(table));
        exporter.setDepartment(dept.code);
    }
    if (national || all) {
        const QString refused = policy.denial(Action::Export);
        if (!refused.isEmpty())
            return fail(BadInput, refused);
    } else if (!table.isEmpty()) {
        if (const Table* t = ws->catalog().table(table)) {
            const QString refused = policy.denial(Action::Export, *t, dept.code);
            if (!refused.isEmpty())
                return fail(BadInput, refused);
        }
    }
    qint64 rows = 0;
    const QString out = m_positional.at(1);
    const bool workbook = national || all || table.isEmpty();
    if (workbook && !out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return usage(tr("A workbook of several tables is an .xlsx file."));
    if (national) {
        // The conformity check: a round with blocking errors is not reported unless forced.
        QVector<Finding> findings;
        Validator validator(*ws, round);
        if (!validator.run(&findings, &error))
            return fail(BadInput, error);
        int errors = 0;
        for (const Finding& f : findings)
            errors += f.severity == Severity::Error ? 1 : 0;
        if (errors > 0 && !hasFlag(QStringLiteral("force")))
            return fail(Problems,
                tr("Round %1 still has %2 errors; fix them (caiji-cli validate) or export with --force.")
                    .arg(round)
                    .arg(errors));
        if (!exporter.exportNational(out, &rows, &error))
            return fail(BadInput, error);
    } else if (!table.isEmpty()) {
        if (!exporter.exportTable(table, out, &rows, &error))
            return fail(BadInput, error);
    } else {
        QStringList tables;
        if (all) {
            for (const Table& t : ws->catalog().tables)
                tables.append(t.code);
        } else {
            for (const Assignment& a : Assignments(*ws).all(round, &error)) {
                if (a.department != dept.code)
                    continue;
                const Table* t = ws->catalog().table(a.tableCode);
                const QString refused = t ? policy.denial(Action::Export, *t, dept.code) : QString();
                if (!refused.isEmpty())
                    return fail(BadInput, refused);
                tables.append(a.tableCode);
            }
        }
        if (!exporter.exportTables(tables, out, &rows, &error))
            return fail(BadInput, error);
    }
    // The report: what went into which sheet.
    if (hasFlag(QStringLiteral("json"))) {
        QJsonArray sheets;
        for (const ExportedSheet& s : exporter.exported())
            sheets.append(QJsonObject {{QStringLiteral("table"), s.table}, {QStringLiteral("sheet"), s.sheet},
                {QStringLiteral("rows"), s.rows}});
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("file"), out}, {QStringLiteral("rows"), rows},
                                   {QStringLiteral("sheets"), sheets}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return Ok;
    }
    m_out << tr("Exported %1 rows to %2.").arg(rows).arg(out) << Qt::endl;
    if (workbook) {
        for (const ExportedSheet& s : exporter.exported())
            m_out << tr("  %1: %2 rows").arg(s.sheet).arg(s.rows) << Qt::endl;
    }
    return Ok;
}

} // namespace caiji::cli
