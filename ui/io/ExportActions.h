#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace caiji {

class TableExporter;
class AccessPolicy;
class JobRunner;
class Workspace;

/// The export commands of the main window: one table, a department's tables, the whole round,
/// the national workbook. Each asks for the file, shows a cancellable progress dialog, and
/// ends with a report of what went into which sheet (or the reason it failed).
class ExportActions
{
    Q_DECLARE_TR_FUNCTIONS(caiji::ExportActions)

public:
    /// Exports run as jobs of `jobs` (a worker thread); `done` receives the status-bar message
    /// when one ends.
    ExportActions(Workspace& ws, int round, const AccessPolicy& policy, JobRunner& jobs, QWidget* parent,
        std::function<void(const QString&)> done = {});

    /// The table shown, with the grid's department filter. Returns the status-bar message.
    QString exportTable(const QString& tableCode, const QString& department);
    /// Every table assigned to a department the user picks, that department's rows.
    QString exportDepartment();
    /// Every table of the round that has rows.
    QString exportRound();
    /// The national platform workbook, after the conformity check.
    QString exportNational();

private:
    /// After the conformity check found `errors` errors: asks, then exports.
    QString exportNationalChecked(qint64 errors);
    /// Asks for a file name; empty when the user cancels.
    QString askPath(const QString& title, const QString& suggested, bool csvToo);
    /// Starts `run` on a worker (its own exporter and connection) with a progress dialog that
    /// can cancel; reports what went where when it ends. Returns an empty message: the result
    /// comes later through `done`.
    QString runWithProgress(const QString& department, const QString& path, bool workbook,
        std::function<bool(TableExporter&, qint64*, QString*)> run);

    /// Shows a refusal; returns true when there was one.
    bool refuse(const QString& refused) const;

    Workspace& m_ws;
    int m_round;
    const AccessPolicy& m_policy;
    JobRunner& m_jobs;
    std::function<void(const QString&)> m_done;
    QWidget* m_parent;
};

} // namespace caiji
