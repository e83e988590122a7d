#include "ExportActions.h"

#include "ui/dialogs/FileDialogs.h"

#include "core/auth/AccessPolicy.h"
#include "core/io/TableExporter.h"
#include "core/jobs/JobRunner.h"
#include "core/storage/Directory.h"
#include "core/storage/Workspace.h"
#include "core/validation/Validator.h"
#include "core/workflow/Assignments.h"

#include <QApplication>
#include <QInputDialog>
#include <QMessageBox>
#include <QProgressDialog>

#include <functional>

namespace caiji {

ExportActions::ExportActions(Workspace& ws, int round, const AccessPolicy& policy, JobRunner& jobs, QWidget* parent,
    std::function<void(const QString&)> done)
    : m_ws(ws)
    , m_round(round)
    , m_policy(policy)
    , m_jobs(jobs)
    , m_parent(parent)
    , m_done(std::move(done))
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

QString ExportActions::runWithProgress(const QString& department, const QString& path, bool workbook,
    std::function<bool(TableExporter&, qint64*, QString*)> run)
{
    if (m_jobs.isRunning()) {
        QMessageBox::information(m_parent, tr("Export"),
            tr("\"%1\" is still running; start the export when it has ended.").arg(m_jobs.title()));
        return QString();
    }
    struct Result
    {
        qint64 rows = 0;
        QVector<ExportedSheet> sheets;
    };
    auto result = std::make_shared<Result>();
    const int round = m_round;
    const bool codes = true;
    const bool started = m_jobs.start(m_ws, tr("Exporting"), [=](Workspace& ws, JobControl& control, QString* error) {
        TableExporter exporter(ws, round);
        exporter.setCodesAsLabels(codes);
        exporter.setDepartment(department);
        exporter.setProgress([&control](qint64 rows) { return control.progress(rows, 0); });
        const bool ok = run(exporter, &result->rows, error);
        result->sheets = exporter.exported();
        return ok;
    });
    if (!started)
        return QString();
    // Window-modal while it runs, but the event loop is this window's own: nothing spins.
    auto* progress = new QProgressDialog(tr("Exporting…"), tr("Cancel"), 0, 0, m_parent);
    progress->setAttribute(Qt::WA_DeleteOnClose);
    progress->setWindowModality(Qt::WindowModal);
    progress->setMinimumDuration(300);
    JobRunner* jobs = &m_jobs;
    QObject::connect(progress, &QProgressDialog::canceled, jobs, &JobRunner::cancel);
    QObject::connect(jobs, &JobRunner::progress, progress,
        [progress](qint64 rows, qint64) { progress->setLabelText(tr("Exporting… %1 rows").arg(rows)); });
    QWidget* parent = m_parent;
    const std::function<void(const QString&)> done = m_done;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(jobs, &JobRunner::finished, parent, [=](bool ok, const QString& error) {
        QObject::disconnect(*connection);
        progress->close();
        if (!ok) {
            QMessageBox::warning(parent, tr("Export"), error);
            return;
        }
        const QString message = tr("Exported %1 rows to %2.").arg(result->rows).arg(path);
        if (workbook) {
            QStringList lines;
            for (const ExportedSheet& s : std::as_const(result->sheets))
                lines.append(tr("%1: %2 rows").arg(s.sheet).arg(s.rows));
            QMessageBox box(QMessageBox::Information, tr("Export"), message, QMessageBox::Ok, parent);
            box.setInformativeText(
                tr("%n sheet(s); see the details for each one.", nullptr, static_cast<int>(lines.size())));
            box.setDetailedText(lines.join(QLatin1Char('\n')));
            box.exec();
        }
        if (done)
            done(message);
    });
    return QString();
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
    return runWithProgress(
        rows, path, false, [tableCode, path](TableExporter& exporter, qint64* count, QString* error) {
            return exporter.exportTable(tableCode, path, count, error);
        });
}

QString ExportActions::exportDepartment()
{
    Directory dir(m_ws);
    QString error;
    const QVector<Assignment> assignments = Assignments(m_ws).all(m_round, &error);
    QStringList names;
    QVector<Department> departments;
    for (const Department& d : dir.departments()) {
        // Only the departments whose data this account exports (the office: all).
        if (!m_policy.actor().isOffice() && d.code != m_policy.actor().department)
            continue;
        const bool assigned = std::any_of(
            assignments.cbegin(), assignments.cend(), [&d](const Assignment& a) { return a.department == d.code; });
        if (assigned) {
            names.append(d.name);
            departments.append(d);
        }
    }
    if (names.isEmpty()) {
        QMessageBox::information(m_parent, tr("Export"), tr("No department has tables in round %1.").arg(m_round));
        return QString();
    }
    // The account's own department is offered first (the office's too, when it has tables).
    int own = 0;
    for (int i = 0; i < departments.size(); ++i) {
        if (departments[i].code == m_policy.actor().department)
            own = i;
    }
    bool ok = false;
    const QString name = QInputDialog::getItem(
        m_parent, tr("Export a department's tables"), tr("Department:"), names, own, false, &ok);
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
    return runWithProgress(d.code, path, true, [tables, path](TableExporter& exporter, qint64* rows, QString* err) {
        return exporter.exportTables(tables, path, rows, err);
    });
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
    return runWithProgress(QString(), path, true, [tables, path](TableExporter& exporter, qint64* rows, QString* err) {
        return exporter.exportTables(tables, path, rows, err);
    });
}

QString ExportActions::exportNational()
{
    if (refuse(m_policy.denial(Action::Export)))
        return QString();
    if (m_jobs.isRunning()) {
        QMessageBox::information(m_parent, tr("Export"),
            tr("\"%1\" is still running; start the export when it has ended.").arg(m_jobs.title()));
        return QString();
    }
    // The conformity check first, on the worker; the question and the export follow it.
    auto errors = std::make_shared<qint64>(0);
    const int round = m_round;
    if (!m_jobs.start(m_ws, tr("Checking the data of round %1").arg(round),
            [errors, round](Workspace& ws, JobControl& control, QString* error) {
                Validator validator(ws, round);
                validator.setProgress([&control](int done, int total) { return control.progress(done, total); });
                QVector<Finding> findings;
                if (!validator.run(&findings, error))
                    return false;
                *errors = std::count_if(
                    findings.cbegin(), findings.cend(), [](const Finding& f) { return f.severity == Severity::Error; });
                return true;
            }))
        return QString();
    ExportActions self = *this;
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = QObject::connect(
        &m_jobs, &JobRunner::finished, m_parent, [self, errors, connection](bool ok, const QString& error) mutable {
            QObject::disconnect(*connection);
            if (!ok) {
                QMessageBox::warning(self.m_parent, tr("Export"), error);
                return;
            }
            self.exportNationalChecked(*errors);
        });
    return QString();
}

QString ExportActions::exportNationalChecked(qint64 errors)
{
    if (errors > 0
        && QMessageBox::question(m_parent, tr("Export the national workbook"),
               tr("Round %1 still has %2 errors that the platform will reject. Export anyway?")
                   .arg(m_round)
                   .arg(errors))
            != QMessageBox::Yes)
        return QString();
    const QString path = askPath(tr("Export the national workbook"), tr("national-%1.xlsx").arg(m_round), false);
    if (path.isEmpty())
        return QString();
    return runWithProgress(QString(), path, true, [path](TableExporter& exporter, qint64* rows, QString* err) {
        return exporter.exportNational(path, rows, err);
    });
}

} // namespace caiji
