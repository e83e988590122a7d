#pragma once

#include "../catalog/CatalogModel.h"
#include "KeyUsage.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVariant>
#include <QVector>

#include <functional>

namespace caiji {

class Workspace;

/// A value change of one cell, as the grid asks for it.
struct CellChange
{
    QString rowId;
    qint64 expectedVersion = 0; ///< the version the editor read; a different one is a conflict
    int column = 0;
    QVariant value; ///< canonical
};

/// A row as written: its new version and its canonical values after the change.
struct RowUpdate
{
    QString rowId;
    qint64 version = 0;
    QHash<int, QVariant> values; ///< column → new canonical value
};

/// Somebody else changed the row since it was read: nothing was written to it.
struct EditConflict
{
    QString rowId;
    int column = -1;
    QVariant mine;
    QVariant theirs;
    QString theirUser;
    QString theirTime;
    bool deleted = false; ///< the row was deleted meanwhile
};

struct EditResult
{
    bool ok = false;
    QString error;
    QVector<RowUpdate> updated;
    qint64 cells = 0; ///< cells written
    QVector<EditConflict> conflicts;
    QSet<QString> departments; ///< owners of the rows written
    /// Changed keys that other tables use: carried into them (WriteIntent::cascadeKeys), or
    /// the reason the write was refused.
    QVector<KeyChange> keyChanges;
};

/// How rows of a catalog table are written, behind the WriteGateway (the only one that may
/// write through it): checks values (ValueParser::check and reference existence), writes in one
/// short transaction, journals every change with old and new values, and uses optimistic
/// concurrency on the row version so that two people editing the same row never silently
/// overwrite each other. Its lookups (references, usages, row checks) are for everyone.
class EditService
{
    Q_DECLARE_TR_FUNCTIONS(caiji::EditService)

public:
    EditService(Workspace& ws, const Table& table, int round);

    /// The values of `values` that do not exist as keys in the field's source table this round.
    QSet<QString> missingReferences(const Field& field, const QSet<QString>& values) const;
    /// Every key the field's source table has this round (for checking many rows at once);
    /// `ok` is false when the source table cannot be read.
    QSet<QString> referenceKeys(const Field& field, bool* ok) const;
    /// Where a source-table key value is used: "table code" → count of live rows referencing it.
    QVector<QPair<QString, qint64>> usages(const QString& keyField, const QString& value) const;

    /// Checks canonical values of one row against the field rules and references; returns
    /// column → message for every bad cell. `missing`: the reference values of each column
    /// known not to exist (missingReferences of every row's values at once, not a query per cell).
    QHash<int, QString> checkRow(
        const QVector<QVariant>& values, const QSet<int>& columns, const QHash<int, QSet<QString>>& missing) const;

private:
    friend class WriteGateway;
    /// Asked for the owner of every row before anything is written; a non-empty answer refuses
    /// the whole call with that message.
    /// Asked before a write touches rows of `department`: the columns it changes (every column
    /// when rows are added or removed). Empty: allowed; else why not.
    using RowGuard = std::function<QString(const QString& department, const QVector<int>& columns)>;
    void setRowGuard(RowGuard guard) { m_guard = std::move(guard); }

    /// Applies cell changes (grouped per row). Rows whose version moved on are reported as
    /// conflicts and left alone; the others are written. An invalid value fails the whole call.
    /// `validate` is false only when undo writes back values the table held before: they were
    /// accepted once and restoring them must not be refused (an empty required cell, say).
    EditResult applyCells(const QVector<CellChange>& changes, const QString& reason = QString(), bool validate = true);
    /// Checks the values `staged` holds as applyCells checks its changes (one bad value: why);
    /// for `newRows`, as insertRows checks them (a field may be left empty).
    bool checkStaged(const class BulkCellWriter& staged, QString* error, bool newRows = false) const;
    /// Writes the cells `staged` holds (SQLite), with the same guard, journal and conflicts.
    EditResult applyStaged(class BulkCellWriter& staged, const QString& reason = QString());

    /// Inserts rows (canonical values in field order) owned by department; ids may be given
    /// (for redo) or are made. Returns the ids in order.
    /// `validate` is false when the caller checked the rows already (an import plan, a paste).
    bool insertRows(const QString& department, const QVector<QVector<QVariant>>& rows, QVector<QString>* ids,
        QString* error, const QString& reason = QString(), bool validate = true);
    /// Marks rows deleted (tombstones), or brings them back; versions are checked.
    EditResult setDeleted(const QVector<QPair<QString, qint64>>& rows, bool deleted, const QString& reason = QString());
    bool guard(const QSet<QString>& departments, const QVector<int>& columns, QString* error) const;
    /// One value of an applyCells call: whether the field takes it; a reference's value is noted
    /// in `referenced` for checkReferences.
    bool checkValue(int column, const QVariant& value, QHash<int, QSet<QString>>* referenced, QString* error) const;
    bool checkReferences(const QHash<int, QSet<QString>>& referenced, QString* error) const;
    QVector<int> allColumns() const;

    Workspace& m_ws;
    const Table& m_table;
    int m_round;
    RowGuard m_guard;
};

} // namespace caiji
