#pragma once

#include "DivisionModel.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QTableView;

namespace caiji {

class WriteGateway;

/// 任务分工: the supervision office divides the tables among the departments in one screen (the
/// matrix of DivisionModel): select cells, make a department lead, fill or review, or take it off;
/// import and export the 任务分解表 workbook; save with a reason (WriteGateway::saveDivision), and the
/// running round's tasks follow.
class DivisionEditor : public QDialog
{
    Q_OBJECT

public:
    explicit DivisionEditor(WriteGateway& gateway, QWidget* parent = nullptr);

    DivisionModel* model() const { return m_model; }
    QTableView* view() const { return m_view; }
    /// Gives every selected cell's department that part in its table; returns how many changed.
    int applyToSelection(DivisionModel::Part part);
    /// Saves the edited division; false with the reason shown when refused.
    bool save(const QString& reason, QString* error);
    bool importWorkbook(const QString& path, QString* error);
    bool exportWorkbook(const QString& path, QString* error);

signals:
    /// The division was saved (the task tree and lists read the tasks again).
    void saved();

protected:
    void reject() override;

private:
    void updateSummary();

    WriteGateway& m_gateway;
    DivisionModel* m_model;
    QTableView* m_view;
    QLineEdit* m_find;
    QLabel* m_summary;
};

} // namespace caiji
