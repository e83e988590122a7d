#include "CellMarks.h"

#include "core/exchange/PackageMerger.h"
#include "core/validation/Explanations.h"
#include "core/validation/FindingsModel.h"
#include "core/workflow/TaskComments.h"

namespace caiji {

TableRowModel::CellNotes CellMarks::findings(const Table& table, const FindingsModel& found)
{
    TableRowModel::CellNotes notes;
    for (const Finding& f : found.findings()) {
        if (f.table != table.code || f.rowId.isEmpty())
            continue;
        const int column = qMax(0, table.fieldIndex(f.field));
        TableRowModel::CellNote& note = notes[f.rowId][column];
        if (note.lines.isEmpty() || static_cast<int>(f.severity) < static_cast<int>(note.severity))
            note.severity = f.severity;
        QString line = tr("%1: %2").arg(severityDisplayName(f.severity), f.message);
        if (const Explanation* e = found.explanationFor(f))
            line += QLatin1Char('\n')
                + tr("Explanation (%1): %2").arg(Explanations::statusDisplayName(e->status), e->text);
        note.lines.append(line);
    }
    return notes;
}

TableRowModel::CellComments CellMarks::comments(
    const Table& table, const QVector<TaskComment>& comments, WriteGateway* office)
{
    TableRowModel::CellComments out;
    for (const TaskComment& c : comments) {
        if (c.state == QLatin1String("closed") || c.rowId.isEmpty())
            continue;
        const int column = c.field.isEmpty() ? -1 : table.fieldIndex(c.field);
        out[c.rowId][column].append(
            tr("Comment (%1, %2): %3").arg(TaskComment::stateDisplayName(c.state), c.author, c.text));
    }
    if (!office)
        return out;
    for (const StoredConflict& s : PackageMerger(*office).conflicts()) {
        const MergeConflict& c = s.conflict;
        if (s.state != QLatin1String("open") || c.table != table.code)
            continue;
        const int column = c.field.isEmpty() ? -1 : table.fieldIndex(c.field);
        out[c.rowId][column].append(tr("Merge conflict (%1): base \"%2\", master \"%3\", package \"%4\"")
                                        .arg(MergeConflict::kindDisplayName(c.kind), c.base, c.master, c.package));
    }
    return out;
}

} // namespace caiji
