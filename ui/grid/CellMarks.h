#pragma once

#include "core/model/TableRowModel.h"

#include <QCoreApplication>

namespace caiji {

class FindingsModel;
class WriteGateway;
struct TaskComment;

/// What the grid marks on the cells of the table shown: the findings of the checks (with their
/// explanations), the review comments of the task, and for the office the cells where a staged
/// merge waits for its decision (the three values).
class CellMarks
{
    Q_DECLARE_TR_FUNCTIONS(caiji::CellMarks)

public:
    static TableRowModel::CellNotes findings(const Table& table, const FindingsModel& found);
    /// `comments`: the task's, when the grid shows the task; `office`: the office's gateway, for
    /// the merge conflicts (null for the other accounts).
    static TableRowModel::CellComments comments(
        const Table& table, const QVector<TaskComment>& comments, WriteGateway* office);
};

} // namespace caiji
