#pragma once

#include <QDialog>

namespace caiji {

class Workspace;
struct Table;

/// 修改记录: who changed a cell, when, how (typed, imported, computed, carried over from a key
/// change, undone) and from what to what, oldest first.
class CellHistoryDialog : public QDialog
{
    Q_OBJECT

public:
    CellHistoryDialog(Workspace& ws, const Table& table, const QString& rowId, int column, QWidget* parent = nullptr);
    /// Empty when the history was read; else why not.
    QString error() const { return m_error; }
    int steps() const { return m_steps; }

private:
    QString m_error;
    int m_steps = 0;
};

} // namespace caiji
