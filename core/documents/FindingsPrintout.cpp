#include "FindingsPrintout.h"

#include "PrintoutHeading.h"
#include "Templates.h"

#include "../auth/AccessPolicy.h"
#include "../storage/Workspace.h"
#include "../validation/Explanations.h"

#include <algorithm>

namespace caiji {

TemplateSchema FindingsPrintout::schema()
{
    TemplateSchema s = PrintoutHeading::schema();
    s.values.unite({QStringLiteral("errors"), QStringLiteral("warnings"), QStringLiteral("total")});
    return s;
}

bool FindingsPrintout::build(Workspace& ws, const AccessPolicy& policy, int round, const QString& department,
    QVector<Finding> findings, Printout* out, QString* error)
{
    DocumentTemplate tmpl;
    if (!Templates::load(ws, QStringLiteral("findings"), &tmpl, error))
        return false;
    // Errors first, then table by table in catalog order, rows as the check met them.
    QHash<QString, int> order;
    for (int i = 0; i < ws.catalog().tables.size(); ++i)
        order.insert(ws.catalog().tables[i].code, i);
    std::stable_sort(findings.begin(), findings.end(), [&order](const Finding& a, const Finding& b) {
        if (a.severity != b.severity)
            return a.severity == Severity::Error;
        return order.value(a.table, 1 << 20) < order.value(b.table, 1 << 20);
    });
    const QHash<QString, Explanation> explained = Explanations(ws, round).all();
    PrintGrid& grid = out->grid;
    grid = PrintGrid();
    grid.columns = 8;
    const QStringList heads {
        tr("No."), tr("Level"), tr("Table"), tr("Record"), tr("Field"), tr("Problem"), tr("Explanation"), tr("Review")};
    for (int c = 0; c < heads.size(); ++c)
        grid.header.append({heads[c], 0, c, 1, 1});
    grid.rightAligned = {true, false, false, false, false, false, false, false};
    grid.empty = tr("The check found no problem.");
    int errors = 0;
    for (const Finding& f : std::as_const(findings)) {
        const Table* t = ws.catalog().table(f.table);
        const Field* field = t ? t->field(f.field) : nullptr;
        const Explanation e = explained.value(Explanations::keyOf(f));
        errors += f.severity == Severity::Error ? 1 : 0;
        grid.rows.append({QString::number(grid.rows.size() + 1), severityDisplayName(f.severity),
            t ? t->title() : f.table, f.rowKey, field ? field->name : QString(), f.message, e.text,
            e.text.isEmpty() ? QString() : Explanations::statusDisplayName(e.status)});
        grid.marked.append(f.severity == Severity::Error);
    }
    QVariantHash data = PrintoutHeading::data(ws, policy, round, department);
    data.insert(QStringLiteral("errors"), errors);
    data.insert(QStringLiteral("warnings"), grid.rows.size() - errors);
    data.insert(QStringLiteral("total"), grid.rows.size());
    out->title = tr("Findings of %1").arg(data.value(QStringLiteral("department")).toString());
    out->html = tmpl.render(data);
    out->header
        = tr("Findings list    %1    round %2").arg(data.value(QStringLiteral("department")).toString()).arg(round);
    out->watermark.clear();
    out->landscape = true;
    return true;
}

} // namespace caiji
