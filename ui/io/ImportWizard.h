#pragma once

#include "core/io/TableImporter.h"

#include <QWizard>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QRadioButton;
class QTabWidget;
class QTableWidget;

namespace caiji {

class SheetSource;
class Workspace;
class WriteGateway;
class JobRunner;

/// Import into the open table: choose file and sheet, check the column mapping (matched by
/// 中文名, remembered per table), choose replace/append/update, see the dry run (new, changed,
/// unchanged, rejected rows with the cell-level diff and every rejected cell's reason), then
/// commit in one transaction with a progress bar.
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    ImportWizard(
        WriteGateway& gateway, const Table& table, int round, const QString& department, QWidget* parent = nullptr);
    ~ImportWizard() override;

    /// Pre-fills the file (tests, drag and drop).
    void setFile(const QString& path);
    /// What the commit changed (valid after the wizard was accepted).
    const ImportRecord& record() const { return m_record; }
    const ImportPlan& plan() const { return m_plan; }
    QString fileName() const { return m_loaded; }

    void initializePage(int id) override;
    bool validateCurrentPage() override;
    void accept() override;

private:
    enum Page
    {
        FilePage,
        MappingPage,
        PreviewPage,
    };
    bool loadFile(QString* error);
    bool runPlan(QString* error);
    ImportMode mode() const;
    void fillMapping();
    void fillPreview();

    WriteGateway& m_gateway;
    Workspace& m_ws;
    const Table& m_table;
    int m_round;
    QString m_department;
    std::unique_ptr<SheetSource> m_source;
    QString m_loaded;
    ImportPlan m_plan;
    ImportRecord m_record;
    QLineEdit* m_file;
    QComboBox* m_sheet;
    QRadioButton* m_append;
    QRadioButton* m_replace;
    QRadioButton* m_update;
    QTableWidget* m_mapping;
    QLabel* m_counts;
    QTableWidget* m_diff;
    QTableWidget* m_rejected;
    QTableWidget* m_removed; ///< replace: every row that goes, used ones unticked (kept)
    QTableWidget* m_new; ///< every new row
    JobRunner* m_jobs;
    QTabWidget* m_tabs = nullptr;
};

} // namespace caiji
