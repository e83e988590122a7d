#include "DivisionWorkbook.h"

#include "../storage/Directory.h"
#include "SheetSource.h"
#include "XlsxWriter.h"

#include <QRegularExpression>

namespace caiji {

namespace {
enum Column
{
    CodeColumn,
    NameColumn,
    CategoryColumn,
    LeadColumn,
    FillColumn,
    ReviewColumn,
    Columns
};

// The workbook's own words, as colleges write them whatever language Caiji speaks: the import
// finds its columns by them.
QStringList headers()
{
    return {QStringLiteral("表号"), QStringLiteral("表名"), QStringLiteral("类别"), QStringLiteral("牵头部门"),
        QStringLiteral("参与填报部门"), QStringLiteral("业务审核部门")};
}

QString columnLetter(int c)
{
    return QString(QChar(u'A' + c));
}
} // namespace

QString DivisionWorkbook::title(const Catalog& catalog)
{
    return tr("%1: division of the tables").arg(catalog.name);
}

QString DivisionWorkbook::names(const QStringList& codes, const QVector<Department>& departments)
{
    QStringList schools;
    QHash<QString, QString> nameOf;
    for (const Department& d : departments) {
        nameOf.insert(d.code, d.name);
        if (d.isSchool())
            schools.append(d.code);
    }
    QStringList out;
    bool allSchools = !schools.isEmpty();
    for (const QString& s : std::as_const(schools))
        allSchools = allSchools && codes.contains(s);
    bool schoolsWritten = false;
    for (const QString& c : codes) {
        if (allSchools && schools.contains(c)) {
            if (!schoolsWritten)
                out.append(Catalog::allSchoolsName());
            schoolsWritten = true;
            continue;
        }
        out.append(nameOf.value(c, c));
    }
    return out.join(QStringLiteral("、"));
}

bool DivisionWorkbook::codes(
    const QString& cell, const QVector<Department>& departments, QStringList* out, QString* error)
{
    static const QRegularExpression separators(QStringLiteral("[、，,；;/\\s]+"));
    out->clear();
    for (const QString& part : cell.split(separators, Qt::SkipEmptyParts)) {
        QStringList found;
        if (part == Catalog::allSchoolsName()) {
            for (const Department& d : departments) {
                if (d.isSchool())
                    found.append(d.code);
            }
        } else {
            for (const Department& d : departments) {
                if (d.name == part || d.fullName == part || d.code == part) {
                    found.append(d.code);
                    break;
                }
            }
        }
        if (found.isEmpty()) {
            if (error)
                *error = tr("there is no department \"%1\"").arg(part);
            return false;
        }
        for (const QString& c : std::as_const(found)) {
            if (out->contains(c)) {
                if (error)
                    *error = tr("%1 is named twice").arg(part);
                return false;
            }
            out->append(c);
        }
    }
    return true;
}

bool DivisionWorkbook::write(const QString& path, const Catalog& catalog, const QVector<Department>& departments,
    const Division& division, const QString& title, QString* error)
{
    XlsxWriter xlsx;
    if (!xlsx.open(path, error) || !xlsx.addSheet(QStringLiteral("任务分解表"), error))
        return false;
    // A title a person prints, then the header the import looks for.
    xlsx.writeText(0, 0, title);
    const QStringList h = headers();
    for (int c = 0; c < h.size(); ++c)
        xlsx.writeText(1, c, h[c]);
    const double widths[] = {10, 40, 14, 16, 36, 16};
    for (int c = 0; c < Columns; ++c)
        xlsx.setColumnWidth(c, widths[c]);
    int row = 2;
    for (const Table& t : catalog.tables) {
        const TableDivision d = division.of(t.code);
        xlsx.writeText(row, CodeColumn, t.code);
        xlsx.writeText(row, NameColumn, t.name);
        xlsx.writeText(row, CategoryColumn, t.category);
        xlsx.writeText(row, LeadColumn, names({d.lead}, departments));
        xlsx.writeText(row, FillColumn, names(d.contributing, departments));
        xlsx.writeText(row, ReviewColumn, d.reviewer.isEmpty() ? QString() : names({d.reviewer}, departments));
        ++row;
    }
    return xlsx.close(error);
}

bool DivisionWorkbook::read(const QString& path, const Catalog& catalog, const QVector<Department>& departments,
    const Division& base, Division* out, QString* error)
{
    auto source = SheetSource::open(path, error);
    if (!source)
        return false;
    const int sheet = source->firstVisibleSheet();
    if (sheet < 0) {
        if (error)
            *error = tr("%1 has no sheet.").arg(path);
        return false;
    }
    Division result = base;
    QHash<int, int> columnOf; ///< Column → position in the sheet, from the header row
    QSet<QString> seen;
    QString problem;
    const QStringList h = headers();
    const bool ok = source->readSheet(
        sheet,
        [&](int r, const QStringList& cells) {
            const int line = r; // 1-based, as Excel numbers rows
            if (columnOf.isEmpty()) {
                // The header: the first row naming 表号 and 牵头部门 (a title may come before).
                QHash<int, int> found;
                for (int c = 0; c < cells.size(); ++c) {
                    const int k = h.indexOf(cells[c].trimmed());
                    if (k >= 0)
                        found.insert(k, c);
                }
                if (found.contains(CodeColumn) && found.contains(LeadColumn))
                    columnOf = found;
                else if (r >= 10) { // a header further down is not this workbook's
                    problem
                        = tr("No header row with %1 and %2 in the first ten rows.").arg(h[CodeColumn], h[LeadColumn]);
                    return false;
                }
                return true;
            }
            auto cell = [&](Column c) {
                const int i = columnOf.value(c, -1);
                return i >= 0 && i < cells.size() ? cells[i].trimmed() : QString();
            };
            const QString code = cell(CodeColumn);
            if (code.isEmpty())
                return true; // a blank line or a note below the table
            auto fail = [&](Column c, const QString& why) {
                problem = tr("Row %1, column %2 (%3): %4").arg(line).arg(columnLetter(columnOf.value(c)), h[c], why);
                return false;
            };
            if (!catalog.table(code))
                return fail(CodeColumn, tr("the catalog has no table %1").arg(code));
            if (seen.contains(code))
                return fail(CodeColumn, tr("table %1 is listed twice").arg(code));
            seen.insert(code);
            TableDivision d;
            QStringList lead;
            QString why;
            if (!codes(cell(LeadColumn), departments, &lead, &why))
                return fail(LeadColumn, why);
            if (lead.size() != 1)
                return fail(LeadColumn, tr("name exactly one lead department"));
            d.lead = lead.first();
            if (columnOf.contains(FillColumn) && !codes(cell(FillColumn), departments, &d.contributing, &why))
                return fail(FillColumn, why);
            if (d.contributing.contains(d.lead))
                return fail(FillColumn, tr("the lead department %1 fills the table already").arg(cell(LeadColumn)));
            QStringList reviewer;
            if (columnOf.contains(ReviewColumn) && !codes(cell(ReviewColumn), departments, &reviewer, &why))
                return fail(ReviewColumn, why);
            if (reviewer.size() > 1)
                return fail(ReviewColumn, tr("name at most one reviewing department"));
            d.reviewer = reviewer.isEmpty() || reviewer.first() == d.lead ? QString() : reviewer.first();
            result.set(code, d);
            return true;
        },
        error);
    if (!problem.isEmpty()) {
        if (error)
            *error = tr("%1: %2").arg(path, problem);
        return false;
    }
    if (!ok)
        return false;
    if (columnOf.isEmpty()) {
        if (error)
            *error = tr("%1: no header row with %2 and %3.").arg(path, h[CodeColumn], h[LeadColumn]);
        return false;
    }
    *out = result;
    return true;
}

} // namespace caiji
