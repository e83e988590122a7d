#include "FindingsExport.h"

#include "../catalog/Catalog.h"
#include "../io/XlsxWriter.h"
#include "../storage/Directory.h"
#include "../storage/Workspace.h"
#include "Explanations.h"
#include "WorkspaceRules.h"

#include <QJsonObject>

namespace caiji {

QString FindingsExport::ruleDescription(const Catalog& catalog, const Finding& f)
{
    static const QHash<QString, const char*> builtin = {
        {QStringLiteral("required"), QT_TR_NOOP("Required field")},
        {QStringLiteral("type"), QT_TR_NOOP("Value of the field's type")},
        {QStringLiteral("decimals"), QT_TR_NOOP("Decimal places")},
        {QStringLiteral("range"), QT_TR_NOOP("Allowed range")},
        {QStringLiteral("length"), QT_TR_NOOP("Maximum length")},
        {QStringLiteral("pattern"), QT_TR_NOOP("Format")},
        {QStringLiteral("code"), QT_TR_NOOP("Code list")},
        {QStringLiteral("yearmonth"), QT_TR_NOOP("Year and month (six digits)")},
        {QStringLiteral("date"), QT_TR_NOOP("Date")},
        {QStringLiteral("boolean"), QT_TR_NOOP("Yes or no")},
        {QStringLiteral("future"), QT_TR_NOOP("Date not in the future")},
        {QStringLiteral("reference"), QT_TR_NOOP("Referenced record exists")},
        {QStringLiteral("unique-key"), QT_TR_NOOP("Key unique in the round")},
        {QStringLiteral("idcard"), QT_TR_NOOP("ID card number (GB 11643)")},
        {QStringLiteral("creditcode"), QT_TR_NOOP("Unified social credit code (GB 32100)")},
    };
    if (const char* name = builtin.value(f.rule))
        return tr(name);
    auto messageIn = [&](const QJsonArray& rules) {
        for (const QJsonValue& v : rules) {
            const QJsonObject o = v.toObject();
            if (o.value(QLatin1String("id")).toString() == f.rule)
                return o.value(QLatin1String("message")).toString();
        }
        return QString();
    };
    QString text;
    if (const Table* t = catalog.table(f.table))
        text = messageIn(t->rules);
    if (text.isEmpty())
        text = messageIn(catalog.rules);
    return text.isEmpty() ? f.rule : text;
}

bool FindingsExport::writeXlsx(
    const QString& path, Workspace& ws, int round, const QVector<Finding>& findings, QString* error)
{
    QHash<QString, QString> departments;
    for (const Department& d : Directory(ws).departments())
        departments.insert(d.code, d.name);
    const QHash<QString, Explanation> explained = Explanations(ws, round).all(error);
    // A workspace's own rules carry their words too.
    Catalog catalog = ws.catalog();
    const auto added = WorkspaceRules(ws).all();
    for (Table& t : catalog.tables) {
        for (const QJsonObject& r : added.value(t.code))
            t.rules.append(r);
    }
    XlsxWriter xlsx;
    if (!xlsx.open(path, error) || !xlsx.addSheet(tr("Findings"), error))
        return false;
    xlsx.writeHeader({tr("Severity"), tr("Department"), tr("Table code"), tr("Table"), tr("Row"), tr("Field"),
        tr("Problem"), tr("Rule"), tr("Values"), tr("Explanation"), tr("Explanation state"), tr("Explained by")});
    const double widths[] = {8, 14, 10, 26, 18, 16, 60, 30, 24, 40, 10, 12};
    for (int c = 0; c < 12; ++c)
        xlsx.setColumnWidth(c, widths[c]);
    int row = 1;
    for (const Finding& f : findings) {
        const Table* t = catalog.table(f.table);
        const Field* field = t ? t->field(f.field) : nullptr;
        xlsx.writeText(row, 0, severityDisplayName(f.severity));
        xlsx.writeText(row, 1, departments.value(f.department, f.department));
        xlsx.writeText(row, 2, f.table);
        xlsx.writeText(row, 3, t ? t->name : QString());
        xlsx.writeText(row, 4, f.rowKey);
        xlsx.writeText(row, 5, field ? field->name : QString());
        xlsx.writeText(row, 6, f.message);
        xlsx.writeText(row, 7, ruleDescription(catalog, f));
        xlsx.writeText(row, 8, f.values.join(QStringLiteral("；")));
        const auto e = explained.constFind(Explanations::keyOf(f));
        if (e != explained.constEnd()) {
            xlsx.writeText(row, 9, e->text);
            xlsx.writeText(row, 10, Explanations::statusDisplayName(e->status));
            xlsx.writeText(row, 11, e->writtenBy);
        }
        ++row;
    }
    return xlsx.close(error);
}

} // namespace caiji
