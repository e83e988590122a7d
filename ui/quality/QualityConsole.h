#pragma once

#include "core/auth/AccessPolicy.h"
#include "core/validation/Finding.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace caiji {

class FindingsModel;
class JobRunner;
class Workspace;

/// The quality console: validates the round (or the user's department), lists the findings by
/// department, table and severity with counts, filters them, and asks the main window to jump
/// to a finding's cell on double-click.
class QualityConsole : public QWidget
{
    Q_OBJECT

public:
    explicit QualityConsole(QWidget* parent = nullptr);

    void setWorkspace(Workspace* ws, int round, std::shared_ptr<const AccessPolicy> policy);
    /// Starts checking the round on a worker thread (JobRunner); the findings arrive with
    /// validated(). False when a check is running already or no workspace is open.
    bool startValidation();
    /// Whether a whole-round check is running.
    bool isChecking() const;
    JobRunner* jobs() const { return m_jobs; }
    FindingsModel* findingsModel() const { return m_model; }
    /// The findings the filters show, in the order shown (exported and printed as seen).
    QVector<Finding> shownFindings() const;
    /// Checks some rows again (after an edit) and updates their findings; only rules touching
    /// those rows run.
    void revalidateRows(const QString& table, const QStringList& rowIds);
    QTableView* view() const { return m_view; }

signals:
    void jumpRequested(const QString& table, const QString& rowId, const QString& field, const QString& department);
    void validated(const QVector<caiji::Finding>& findings);
    void validationFailed(const QString& error);

private:
    void applyFilter();
    void showFindings(const QVector<Finding>& findings);
    void explainSelected();
    void reviewSelected(bool accept);
    void exportFindings();
    void reloadExplanations();
    const Finding* selectedFinding() const;
    /// Re-checks the queued dependent tables when no check is running.
    void startDependents();

    Workspace* m_ws = nullptr;
    int m_round = 0;
    std::shared_ptr<const AccessPolicy> m_policy;
    FindingsModel* m_model;
    QSortFilterProxyModel* m_proxy;
    QTableView* m_view;
    QComboBox* m_severity;
    QCheckBox* m_mine;
    QLabel* m_summary;
    QPushButton* m_accept;
    QPushButton* m_reject;
    QPushButton* m_run;
    QPushButton* m_cancel;
    QProgressBar* m_progress;
    JobRunner* m_jobs;
    JobRunner* m_dependents; ///< re-checks the tables an edit may have changed, in the background
    QStringList m_pendingTables;
};

} // namespace caiji
