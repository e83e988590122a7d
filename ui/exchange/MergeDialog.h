#pragma once

#include <QDialog>
#include <QStringList>

class QCheckBox;
class QComboBox;
class QLabel;
class QProgressBar;
class QLineEdit;
class QTableView;
class QTreeWidget;

namespace caiji {

class ConflictsFilter;
class JobRunner;
struct MergeOutcome;
class ConflictsModel;
class Session;

/// 合并部门数据包 (the office): the packages the departments returned, merged one by one with
/// what each did (rows added, cells changed, conflicts); the conflicts side by side (base,
/// master, package, who and when), decided per conflict or for every selected one (master,
/// package, base or a value; a note where the head confirmed the package); then committed by
/// merging the packages again. The same core path as caiji-cli merge / conflicts / resolve.
class MergeDialog : public QDialog
{
    Q_OBJECT

public:
    explicit MergeDialog(Session& session, QWidget* parent = nullptr);

    ConflictsModel* conflicts() const { return m_model; }
    ConflictsFilter* filter() const { return m_filter; }
    QTableView* view() const { return m_view; }
    QTreeWidget* packages() const { return m_packages; }
    /// Merges the package at `path` (staged when conflicts are open) here and now; the list
    /// says how it went.
    bool addPackage(const QString& path, QString* message);
    /// The same on the job runner, one package after another, the window live meanwhile.
    void addInBackground(const QStringList& paths);
    JobRunner* jobs() const { return m_jobs; }
    /// Selects every conflict the filters show (a table's, a department's, a field's).
    void selectShown();
    /// Decides the selected conflicts; false with `message` at the first refused.
    bool decideSelected(const QString& choice, const QString& value, const QString& note, QString* message);
    /// Merges every listed package again (in the background): those whose conflicts are all
    /// decided commit.
    void commitAll();
    void reloadConflicts();

    /// Closing stops what is queued and waits for the merge under way: the session the dialog
    /// works for may go right after (another account signs in).
    void done(int result) override;

signals:
    /// 在表格中查看: the conflict's row and field in the main window's grid.
    void jumpRequested(const QString& table, const QString& rowId, const QString& field, const QString& department);

public:
    /// The office's seal password for sealed packages (asked for when a sealed one is added).
    void setSealPassword(const QString& password) { m_seal = password; }

private:
    bool readPackage(const QString& path, QByteArray* bytes, QString* message);
    static QString describe(const MergeOutcome& outcome);
    void showResult(const QString& path, bool ok, const MergeOutcome& outcome, const QString& message);
    void startNext();
    void decide(const QString& choice);
    void fillFilters();

    Session& m_session;
    QStringList m_paths;
    QStringList m_queue;
    JobRunner* m_jobs;
    QProgressBar* m_busy;
    QString m_seal;
    QTreeWidget* m_packages;
    ConflictsModel* m_model;
    ConflictsFilter* m_filter;
    QComboBox* m_byTable;
    QComboBox* m_byDepartment;
    QComboBox* m_byField;
    QCheckBox* m_openOnly;
    QTableView* m_view;
    QLineEdit* m_note;
    QLabel* m_status;
};

} // namespace caiji
