#include "TablePrintout.h"

#include "PrintoutHeading.h"
#include "Templates.h"

#include "../auth/AccessPolicy.h"
#include "../io/TableExporter.h"
#include "../storage/SqlDialect.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../value/ValueFormat.h"

#include <QSqlQuery>

namespace caiji {

TemplateSchema TablePrintout::schema()
{
    TemplateSchema s = PrintoutHeading::schema();
    s.values.unite(
        {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("rowCount"), QStringLiteral("columns")});
    return s;
}

namespace {
/// The header rows: one when no field has a group; else two, a group's name merged over its
/// consecutive fields above their names, an ungrouped field's name over both rows.
void headerRows(const Table& t, PrintGrid* grid)
{
    bool grouped = false;
    for (const Field& f : t.fields)
        grouped = grouped || !f.group.isEmpty();
    grid->headerRows = grouped ? 2 : 1;
    grid->header.append({QCoreApplication::translate("caiji::TablePrintout", "No."), 0, 0, grid->headerRows, 1});
    for (int i = 0; i < t.fields.size(); ++i) {
        const Field& f = t.fields[i];
        const int column = i + 1;
        if (f.group.isEmpty()) {
            grid->header.append({f.headerLabel(), 0, column, grid->headerRows, 1});
            continue;
        }
        int span = 1;
        while (i + span < t.fields.size() && t.fields[i + span].group == f.group)
            ++span;
        grid->header.append({f.group, 0, column, 1, span});
        for (int k = 0; k < span; ++k)
            grid->header.append({t.fields[i + k].headerLabel(), 1, column + k, 1, 1});
        i += span - 1;
    }
}
} // namespace

bool TablePrintout::build(Workspace& ws, const AccessPolicy& policy, int round, const QString& tableCode,
    const QString& department, Printout* out, qint64* rowCount, QString* error, qint64 limit)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const Table* t = ws.catalog().table(tableCode);
    if (!t)
        return fail(tr("The catalog has no table %1.").arg(tableCode));
    // An account that reads only its department's rows prints only those.
    const QString dept = department.isEmpty() ? policy.readDepartment(*t) : department;
    const QString refused = policy.denial(Action::Read, *t, dept);
    if (!refused.isEmpty())
        return fail(refused);
    DocumentTemplate tmpl;
    if (!Templates::load(ws, QStringLiteral("table"), &tmpl, error))
        return false;
    QVariantList binds;
    QSqlQuery q(ws.db());
    q.setForwardOnly(true);
    if (!SqlUtil::exec(ws.db(), TableExporter::selectRows(*t, dept, &binds, round, limit), binds, error, &q))
        return false;
    const Catalog& cat = ws.catalog();
    PrintGrid& grid = out->grid;
    grid = PrintGrid();
    grid.columns = static_cast<int>(t->fields.size()) + 1;
    grid.rightAligned.append(true);
    for (const Field& f : t->fields)
        grid.rightAligned.append(f.type == FieldType::Integer || f.type == FieldType::Decimal);
    headerRows(*t, &grid);
    while (q.next()) {
        QStringList cells;
        cells.reserve(grid.columns);
        cells.append(QString::number(grid.rows.size() + 1));
        for (int c = 0; c < t->fields.size(); ++c) {
            const Field& f = t->fields[c];
            cells.append(ValueFormat::display(cat, f, SqlDialect::fromDatabase(f, q.value(c))));
        }
        grid.rows.append(cells);
    }
    grid.empty = tr("The table has no rows in this round.");
    // Wide tables in smaller type, so that every column fits the landscape page.
    grid.points = grid.columns > 24 ? 6 : grid.columns > 16 ? 7 : grid.columns > 10 ? 8 : 9;
    QVariantHash data = PrintoutHeading::data(ws, policy, round, dept);
    data.insert(QStringLiteral("code"), t->code);
    data.insert(QStringLiteral("name"), t->name);
    data.insert(QStringLiteral("rowCount"), grid.rows.size());
    data.insert(QStringLiteral("columns"), grid.columns);
    out->title = t->title();
    out->html = tmpl.render(data);
    out->header
        = tr("%1    %2    round %3").arg(t->title(), data.value(QStringLiteral("department")).toString()).arg(round);
    out->watermark.clear();
    out->landscape = grid.columns > kPortraitColumns;
    if (rowCount)
        *rowCount = grid.rows.size();
    return true;
}

} // namespace caiji
