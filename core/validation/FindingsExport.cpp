#include "FindingsExport.h"

#include "../io/XlsxWriter.h"

namespace caiji {

bool FindingsExport::writeXlsx(const QString& path, const Catalog& catalog, const QVector<Finding>& findings,
    const QHash<QString, QString>& departmentNames, QString* error)
{
    XlsxWriter xlsx;
    if (!xlsx.open(path, error) || !xlsx.addSheet(tr("Findings"), error))
        return false;
    xlsx.writeHeader({tr("Severity"), tr("Department"), tr("Table code"), tr("Table"), tr("Row"), tr("Field"),
        tr("Problem"), tr("Rule"), tr("Values")});
    const double widths[] = {8, 14, 10, 26, 18, 16, 60, 14, 24};
    for (int c = 0; c < 9; ++c)
        xlsx.setColumnWidth(c, widths[c]);
    int row = 1;
    for (const Finding& f : findings) {
        const Table* t = catalog.table(f.table);
        const Field* field = t ? t->field(f.field) : nullptr;
        xlsx.writeText(row, 0, severityDisplayName(f.severity));
        xlsx.writeText(row, 1, departmentNames.value(f.department, f.department));
        xlsx.writeText(row, 2, f.table);
        xlsx.writeText(row, 3, t ? t->name : QString());
        xlsx.writeText(row, 4, f.rowKey);
        xlsx.writeText(row, 5, field ? field->name : f.field);
        xlsx.writeText(row, 6, f.message);
        xlsx.writeText(row, 7, f.rule);
        xlsx.writeText(row, 8, f.values.join(QStringLiteral("；")));
        ++row;
    }
    return xlsx.close(error);
}

} // namespace caiji
