#pragma once

#include "../catalog/Catalog.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVector>

namespace caiji {

class Workspace;

/// One step in the life of a cell.
struct CellVersion
{
    QString at; ///< ISO 8601 UTC with milliseconds, as the journal writes it
    QString login;
    QString op; ///< insert, update, delete, restore
    QString reason; ///< import, computed, cascade, undo, demo … (empty: typed in the grid)
    QVariant before; ///< canonical values (update only)
    QVariant after;
};

/// The history of cells, from the journal and the rows themselves (issue 9, item 7): the value,
/// author, time and reason of any cell at any past moment. A row carries who made it and when;
/// every later change is journaled with the old and new values of the fields it touched, so the
/// value at a moment is the old value of the first change after it, or the value now.
class CellHistory
{
    Q_DECLARE_TR_FUNCTIONS(caiji::CellHistory)

public:
    CellHistory(Workspace& ws, const Table& table)
        : m_ws(ws)
        , m_table(table)
    {
    }

    /// Oldest first: the row's insert, then every change of the field, deletion and restore.
    bool history(const QString& rowId, const QString& field, QVector<CellVersion>* out, QString* error) const;
    /// The cell's value at `at` (inclusive). `existed` is false when the row had not been made
    /// yet or was deleted then.
    bool valueAt(const QString& rowId, const QString& field, const QString& at, QVariant* value, bool* existed,
        QString* error) const;
    /// A step's kind in words: 录入, 导入, 计算, 级联修改, 撤销 …
    static QString describe(const CellVersion& v);

private:
    struct Row
    {
        QString createdBy;
        QString createdAt;
        QVariant now;
        bool found = false;
    };
    bool readRow(const QString& rowId, const Field& field, Row* out, QString* error) const;
    bool readSteps(const QString& rowId, const Field& field, QVector<CellVersion>* out, QString* error) const;

    Workspace& m_ws;
    const Table& m_table;
};

} // namespace caiji
