#pragma once

#include "core/session/TaskWorkflow.h"

#include <QDialog>

class QTreeWidget;

namespace caiji {

class Workspace;

/// What the department changed since its task was returned, for whoever looks at the
/// resubmission: each cell (row, field, old → new), rows added and deleted, who and when.
class ChangesDialog : public QDialog
{
    Q_OBJECT

public:
    ChangesDialog(Workspace& ws, int round, const QString& table, const QVector<CellChangeSince>& changes,
        QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }

private:
    QTreeWidget* m_list;
};

} // namespace caiji
