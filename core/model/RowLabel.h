#pragma once

#include <QCoreApplication>
#include <QString>

namespace caiji {

class Workspace;
struct Table;

/// A row as people find it in a list: its key values (教工号, 学号/姓名 …); for a table without
/// keys its first two values; else its place in the table.
class RowLabel
{
    Q_DECLARE_TR_FUNCTIONS(caiji::RowLabel)

public:
    /// Empty when the workspace has no such row.
    static QString of(Workspace& ws, const Table& table, const QString& rowId);
};

} // namespace caiji
