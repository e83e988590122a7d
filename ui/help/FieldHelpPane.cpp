#include "FieldHelpPane.h"

#include "core/catalog/Catalog.h"

namespace caiji {

FieldHelpPane::FieldHelpPane(QWidget* parent)
    : QTextBrowser(parent)
{
    setObjectName(QStringLiteral("fieldHelp"));
    setOpenLinks(false);
    clearHelp();
}

void FieldHelpPane::clearHelp()
{
    setHtml(QStringLiteral("<p style='color:#666'>%1</p>")
                .arg(tr("Select a cell to see what the field means and how to fill it.")));
}

void FieldHelpPane::showField(const Catalog& catalog, const Table& table, int column)
{
    if (column < 0 || column >= table.fields.size()) {
        clearHelp();
        return;
    }
    const Field& f = table.fields.at(column);
    auto esc = [](const QString& s) { return s.toHtmlEscaped(); };
    QString html = QStringLiteral("<h3 style='margin-bottom:2px'>%1</h3>").arg(esc(f.name));
    html += QStringLiteral("<p style='color:#555;margin-top:0'>%1 · %2</p>").arg(esc(table.title()), esc(f.key));
    html += QStringLiteral("<p><b>%1</b><br/>%2</p>")
                .arg(tr("Meaning"), f.help.isEmpty() ? tr("(no description in the catalog)") : esc(f.help));
    html += QStringLiteral("<table cellspacing='0' cellpadding='3'>");
    auto row = [&](const QString& k, const QString& v) {
        if (!v.isEmpty())
            html += QStringLiteral("<tr><td style='color:#555'>%1</td><td>%2</td></tr>").arg(esc(k), esc(v));
    };
    row(tr("Type"), fieldTypeDisplayName(f.type));
    row(tr("Required"), f.required ? tr("Yes") : tr("No"));
    row(tr("Unit"), f.unit);
    if (f.maxLength > 0)
        row(tr("Length"), tr("at most %1 characters").arg(f.maxLength));
    if (f.min || f.max) {
        const QString lo = f.min ? QString::number(*f.min) : QStringLiteral("…");
        const QString hi = f.max ? QString::number(*f.max) : QStringLiteral("…");
        row(tr("Range"), QStringLiteral("%1 – %2").arg(lo, hi));
    }
    if (!f.format.isEmpty())
        row(tr("Format"), f.format);
    if (f.type == FieldType::Reference)
        row(tr("Must exist in"), QStringLiteral("%1 · %2").arg(f.refTable, f.refField));
    if (!f.formula.isEmpty())
        row(tr("Computed as"), f.formula);
    html += QStringLiteral("</table>");
    if (f.type == FieldType::Code) {
        if (const CodeList* list = catalog.codeList(f.codeList)) {
            html += QStringLiteral("<p><b>%1</b> %2</p><p>").arg(tr("Codes"), esc(list->name));
            const int shown = qMin(static_cast<int>(list->items.size()), 80);
            QStringList items;
            for (int i = 0; i < shown; ++i)
                items.append(esc(list->items[i].code + QLatin1Char(' ') + list->items[i].label));
            html += items.join(QStringLiteral("<br/>"));
            if (list->items.size() > shown)
                html += QStringLiteral("<br/>…");
            html += QStringLiteral("</p>");
        }
    }
    if (!table.help.isEmpty())
        html += QStringLiteral("<hr/><p><b>%1</b><br/>%2</p>").arg(tr("About this table"), esc(table.help));
    m_fieldHtml = html;
    setHtml(html);
}

void FieldHelpPane::showProblem(const QString& text)
{
    setHtml(QStringLiteral("<p style='background:#ffd6d6;color:#900;padding:4px'>%1</p>").arg(text.toHtmlEscaped())
        + m_fieldHtml);
}

void FieldHelpPane::showFindings(const QString& heading, const QStringList& lines, bool errors)
{
    QString html = QStringLiteral("<div style='background:%1;padding:4px'><b>%2</b>")
                       .arg(errors ? QStringLiteral("#fdeaea") : QStringLiteral("#fff7d6"), heading.toHtmlEscaped());
    for (const QString& line : lines)
        html += QStringLiteral("<p style='margin:2px 0'>%1</p>")
                    .arg(line.toHtmlEscaped().replace(QLatin1Char('\n'), QStringLiteral("<br/>")));
    setHtml(html + QStringLiteral("</div>") + m_fieldHtml);
}

} // namespace caiji
