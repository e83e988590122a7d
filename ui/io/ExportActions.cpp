#include "ExportActions.h"

#include "ui/dialogs/FileDialogs.h"

#include "core/auth/AccessPolicy.h"
#include "core/io/TableExporter.h"
#include "core/storage/Directory.h"
#include "core/storage/Workspace.h"
#include "core/validation/Validator.h"

#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>

#include <functional>

namespace caiji {

ExportActions::ExportActions(Workspace& ws, int round, const AccessPolicy& policy, QWidget* parent)
    : m_ws(ws)
    , m_round(round)
    , m_policy(policy)
    , m_parent(parent)
{
}

bool ExportActions::refuse(const QString& refused) const
{
    if (refused.isEmpty())
        return false;
    QMessageBox::warning(m_parent, tr("Export"), refused);
    return true;
}

QString ExportActions::askPath(const QString& title, const QString& suggested, bool csvToo)
{
    return FileDialogs::saveFile(m_parent, title, suggested,
                                        csvToo ? tr("Excel workbooks (*.xlsx);;CSV (*.csv)") : tr("Excel workbooks (*.xlsx)"));
}

QString ExportActions::runWithProgress(TableExporter& exporter, const QString& path, bool workbook,
                                       const std::function<bool(qint64*, QString*)>& run)
{
    QProgressDialog progress(tr("Exporting…"), tr("Cancel"), 0, 0, m_parent);
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(300);
    exporter.setProgress([&progress](qint64 rows) {
        progress.setLabelText(tr("Exporting… %1 rows").arg(rows));
        QApplication::processEvents();
        return !progress.wasCanceled();
    });
    qint64 rows = 0;
    QString error;
    const bool ok = run(&rows, &error);
    progress.close();
    if (!ok) {
        QMessageBox::warning(m_parent, tr("Export"), error);
        return QString();
    }
    const QString done = tr("Exported %1 rows to %2.").arg(rows).arg(path);
    if (workbook) {
        QStringList lines;
        for (const ExportedSheet& s : exporter.exported())
            lines.append(tr("%1: %2 rows").arg(s.sheet).arg(s.rows));
        QMessageBox box(QMessageBox::Information, tr("Export"), done, QMessageBox::Ok, m_parent);
        box.setInformativeText(tr("%n sheet(s); see the details for each one.", nullptr, static_cast<int>(lines.size())));
        box.setDetailedText(lines.join(QLatin1Char('\n')));
        box.exec();
    }
    return done;
}

QString ExportActions::exportTable(const QString& tableCode, const QString& department)
{
    const Table* t = m_ws.catalog().table(tableCode);
    if (!t)
        return QString();
    const QString rows = department.isEmpty() ? m_policy.readDepartment(*t) : department;
    if (refuse(m_policy.denial(Action::Export, *t, rows)))
        return QString();
    const QString path = askPath(tr("Export table"), t->title() + QStringLiteral(".xlsx"), true);
    if (path.isEmpty())
        return QString();
    TableExporter exporter(m_ws, m_round);
    exporter.setDepartment(rows);
    return runWithProgress(exporter, path, false, [&](qint64* rows, QString* error) {
        return exporter.exportTable(tableCode, path, rows, error);
    });
}

QString ExportActions::exportDepartment()
{
    Directory dir(m_ws);
    QString error;
    const QVector<Assignment> assignments = dir.assignments(m_round, &error);
    QStringList names;
    QVector<Department> departments;
    for (const Department& d : dir.departments()) {
        // Only the departments whose data this account exports (the office: all).
        if (!m_policy.actor().isOffice() && d.code != m_policy.actor().department)
            continue;
        const bool assigned = std::any_of(assignments.cbegin(), assignments.cend(), [&d](const Assignment& a) { return a.department == d.code; });
        if (assigned) {
            names.append(d.name);
            departments.append(d);
        }
    }
    if (names.isEmpty()) {
        QMessageBox::information(m_parent, tr("Export"), tr("No department has tables in round %1.").arg(m_round));
        return QString();
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(m_parent, tr("Export a department's tables"), tr("Department:"), names, 0, false, &ok);
    if (!ok)
        return QString();
    const Department& d = departments[names.indexOf(name)];
    QStringList tables;
    for (const Assignment& a : assignments) {
        if (a.department != d.code)
            continue;
        const Table* t = m_ws.catalog().table(a.tableCode);
        if (t && refuse(m_policy.denial(Action::Export, *t, d.code)))
            return QString();
        tables.append(a.tableCode);
    }
    const QString path = askPath(tr("Export a department's tables"), tr("%1-%2.xlsx").arg(d.name).arg(m_round), false);
    if (path.isEmpty())
        return QString();
    TableExporter exporter(m_ws, m_round);
    exporter.setDepartment(d.code);
    return runWithProgress(exporter, path, true, [&](qint64* rows, QString* err) { return exporter.exportTables(tables, path, rows, err); });
}

QString ExportActions::exportRound()
{
    if (refuse(m_policy.denial(Action::Export)))
        return QString();
    const QString path = askPath(tr("Export the whole round"), tr("round-%1.xlsx").arg(m_round), false);
    if (path.isEmpty())
        return QString();
    QStringList tables;
    for (const Table& t : m_ws.catalog().tables)
        tables.append(t.code);
    TableExporter exporter(m_ws, m_round);
    return runWithProgress(exporter, path, true, [&](qint64* rows, QString* err) { return exporter.exportTables(tables, path, rows, err); });
}

QString ExportActions::exportNational()
{
    if (refuse(m_policy.denial(Action::Export)))
        return QString();
    QString error;
    QVector<Finding> findings;
    Validator validator(m_ws, m_round);
    if (!validator.run(&findings, &error)) {
        QMessageBox::warning(m_parent, tr("Export"), error);
        return QString();
    }
    const auto errors = std::count_if(findings.cbegin(), findings.cend(), [](const Finding& f) { return f.severity == Severity::Error; });
    if (errors > 0
        && QMessageBox::question(m_parent, tr("Export the national workbook"),
                                 tr("Round %1 still has %2 errors that the platform will reject. Export anyway?").arg(m_round).arg(errors))
               != QMessageBox::Yes)
        return QString();
    const QString path = askPath(tr("Export the national workbook"), tr("national-%1.xlsx").arg(m_round), false);
    if (path.isEmpty())
        return QString();
    TableExporter exporter(m_ws, m_round);
    return runWithProgress(exporter, path, true, [&](qint64* rows, QString* err) { return exporter.exportNational(path, rows, err); });
}

} // namespace caiji
