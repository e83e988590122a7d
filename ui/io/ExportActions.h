#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

class QWidget;

namespace caiji {

class TableExporter;
class AccessPolicy;
class Workspace;

/// The export commands of the main window: one table, a department's tables, the whole round,
/// the national workbook. Each asks for the file, shows a cancellable progress dialog, and
/// ends with a report of what went into which sheet (or the reason it failed).
class ExportActions
{
    Q_DECLARE_TR_FUNCTIONS(caiji::ExportActions)

public:
    ExportActions(Workspace& ws, int round, const AccessPolicy& policy, QWidget* parent);

    /// The table shown, with the grid's department filter. Returns the status-bar message.
    QString exportTable(const QString& tableCode, const QString& department);
    /// Every table assigned to a department the user picks, that department's rows.
    QString exportDepartment();
    /// Every table of the round that has rows.
    QString exportRound();
    /// The national platform workbook, after the conformity check.
    QString exportNational();

private:
    /// Asks for a file name; empty when the user cancels.
    QString askPath(const QString& title, const QString& suggested, bool csvToo);
    /// Runs `run` with a progress dialog, then reports; returns the status-bar message.
    QString runWithProgress(TableExporter& exporter, const QString& path, bool workbook,
                            const std::function<bool(qint64*, QString*)>& run);

    /// Shows a refusal; returns true when there was one.
    bool refuse(const QString& refused) const;

    Workspace& m_ws;
    int m_round;
    const AccessPolicy& m_policy;
    QWidget* m_parent;
};

} // namespace caiji
