#include "ImportCommand.h"

#include "../../catalog/Catalog.h"
#include "../../io/SheetSource.h"
#include "../../io/TableImporter.h"
#include "../../session/Session.h"
#include "../../storage/Directory.h"
#include "../../storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caiji::cli {

QString ImportCommand::prepare()
{
    if (m_positional.size() != 2 || option(QStringLiteral("table")).isEmpty())
        return tr("import needs a workspace, --table CODE and a file.");
    return QString();
}

int ImportCommand::runOn(Session* session, Workspace* ws, int round)
{
    QString error;
    Directory dir(*ws);
    const Table* table = ws->catalog().table(option(QStringLiteral("table")));
    if (!table)
        return fail(BadInput, tr("The catalog has no table \"%1\".").arg(option(QStringLiteral("table"))));
    // By default rows are matched by the table's key and updated (a second import of the same
    // file changes nothing); a table without a key can only be appended to.
    const QString modeText = !option(QStringLiteral("mode")).isEmpty() ? option(QStringLiteral("mode"))
        : table->keys.isEmpty()                                        ? QStringLiteral("append")
                                                                       : QStringLiteral("update");
    ImportMode mode = ImportMode::Append;
    if (modeText == QLatin1String("replace"))
        mode = ImportMode::Replace;
    else if (modeText == QLatin1String("update"))
        mode = ImportMode::Update;
    else if (modeText != QLatin1String("append"))
        return usage(tr("--mode must be replace, append or update, not \"%1\".").arg(modeText));
    // New rows belong to the named department, else to the account's own, else to the
    // table's lead department.
    Department owner;
    QString deptName = option(QStringLiteral("department"));
    if (deptName.isEmpty())
        deptName = session->policy().fills(*table, session->actor().department) ? session->actor().department
                                                                                : table->department;
    if (!dir.findDepartment(deptName, &owner))
        return fail(BadInput, tr("The workspace has no department \"%1\".").arg(deptName));
    const QString file = m_positional.at(1);
    std::unique_ptr<SheetSource> source = SheetSource::open(file, &error);
    if (!source)
        return fail(BadInput, error);
    int sheet = 0;
    if (!option(QStringLiteral("sheet")).isEmpty()) {
        sheet = source->sheetIndex(option(QStringLiteral("sheet")));
        if (sheet < 0)
            return fail(BadInput, tr("The file has no sheet \"%1\".").arg(option(QStringLiteral("sheet"))));
    } else {
        sheet = source->firstVisibleSheet();
    }
    TableImporter importer(session->gateway(), table->code, round, owner.code, mode);
    importer.setRemoveReferenced(hasFlag(QStringLiteral("remove-referenced")));
    ImportPlan plan;
    const bool dry = hasFlag(QStringLiteral("dry-run"));
    if (!(dry ? importer.plan(*source, sheet, &plan, &error) : importer.run(*source, sheet, &plan, &error)))
        return fail(BadInput, error);
    if (!option(QStringLiteral("rejected")).isEmpty() && plan.rejectedRows > 0
        && !TableImporter::saveRejected(plan, option(QStringLiteral("rejected")), &error))
        return fail(BadInput, error);
    if (hasFlag(QStringLiteral("json"))) {
        QJsonArray rejected;
        for (const ImportRejection& r : plan.rejected)
            rejected.append(QJsonObject {{QStringLiteral("row"), r.fileRow}, {QStringLiteral("column"), r.column},
                {QStringLiteral("value"), r.text}, {QStringLiteral("reason"), r.reason}});
        QJsonArray removals;
        for (const ImportRemoval& r : plan.removedList)
            removals.append(QJsonObject {{QStringLiteral("row"), r.key}, {QStringLiteral("references"), r.references},
                {QStringLiteral("removed"), r.references == 0 || plan.removals.contains({r.rowId, r.version})}});
        QJsonArray diff;
        for (const ImportDiff& d : plan.diff)
            diff.append(QJsonObject {{QStringLiteral("row"), d.rowKey}, {QStringLiteral("field"), d.field},
                {QStringLiteral("before"), d.before}, {QStringLiteral("after"), d.after}});
        m_out << QJsonDocument(
            QJsonObject {{QStringLiteral("table"), table->code}, {QStringLiteral("mode"), modeText},
                {QStringLiteral("dryRun"), dry}, {QStringLiteral("new"), plan.newRows},
                {QStringLiteral("changed"), plan.changedRows}, {QStringLiteral("unchanged"), plan.unchangedRows},
                {QStringLiteral("removed"), plan.removedRows}, {QStringLiteral("kept"), plan.keptRows},
                {QStringLiteral("removals"), removals},
                {QStringLiteral("newRows"), QJsonArray::fromStringList(plan.newRowKeys)},
                {QStringLiteral("rejectedRows"), plan.rejectedRows},
                {QStringLiteral("unmatchedColumns"), QJsonArray::fromStringList(plan.mapping.unmatched)},
                {QStringLiteral("rejected"), rejected}, {QStringLiteral("diff"), diff}})
                     .toJson(QJsonDocument::Indented);
    } else {
        m_out << (dry ? tr("Dry run, nothing written: ") : QString())
              << tr("%1 new, %2 changed, %3 unchanged, %4 removed, %5 rejected rows.")
                     .arg(plan.newRows)
                     .arg(plan.changedRows)
                     .arg(plan.unchangedRows)
                     .arg(plan.removedRows)
                     .arg(plan.rejectedRows)
              << Qt::endl;
        for (const ImportRejection& r : plan.rejected)
            m_out << tr("  row %1, %2 \"%3\": %4").arg(r.fileRow).arg(r.column, r.text, r.reason) << Qt::endl;
        // What a replace takes out, and what it keeps because other tables use it.
        for (const ImportRemoval& r : plan.removedList) {
            const bool goes = r.references == 0 || plan.removals.contains({r.rowId, r.version});
            m_out << (goes ? tr("  removed: %1").arg(r.key)
                           : tr("  kept, used by %n row(s) of other tables (--remove-referenced removes it): %1",
                               nullptr, static_cast<int>(r.references))
                                 .arg(r.key))
                  << Qt::endl;
        }
        for (const QString& k : plan.newRowKeys)
            m_out << tr("  new: %1").arg(k) << Qt::endl;
    }
    return plan.rejectedRows > 0 ? Problems : Ok;
}

} // namespace caiji::cli
