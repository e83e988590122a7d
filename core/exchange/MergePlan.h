#pragma once

#include "PackageFile.h"

#include "../write/EditService.h"

#include <QCoreApplication>

#include <functional>

namespace caiji {

class Workspace;

/// A difference the office decides (DESIGN 3.7): both sides changed a field to different values
/// ("field"), one deleted a row the other changed ("delete"), the package adds a row whose key
/// another row already has ("duplicate"), the package changes a task already accepted
/// ("accepted"), or the base is unknown and the sides differ ("unknown-base").
struct MergeConflict
{
    QString table;
    QString rowId;
    QString field; ///< key; empty for a whole row
    QString kind;
    QString base; ///< values as text ("" for none); a whole row as "已删除" or its key
    QString master;
    QString package;
    QString masterBy;
    QString masterAt;
    QString packageBy;
    QString packageAt;

    /// What identifies the conflict across stagings: its resolution is kept by it.
    QString key() const;
    static QString kindDisplayName(const QString& kind);
};

/// What merging one table writes, once every conflict is decided.
struct TableMerge
{
    const Table* table = nullptr;
    QVector<QString> insertIds;
    QVector<QVector<QVariant>> inserts;
    QVector<CellChange> cells;
    QVector<QPair<QString, qint64>> deletes;
    QVector<QPair<QString, qint64>> restores;
    /// The rows only the package changed, live on every side, staged in a temporary table of the
    /// master's connection for WriteGateway::applyCellTable, and how many.
    QString takeTable;
    qint64 takeRows = 0;
    /// The rows only the package added, staged the same way for WriteGateway::insertRowTable.
    QString addTable;
    qint64 addRows = 0;

    qint64 size() const
    {
        return inserts.size() + cells.size() + deletes.size() + restores.size() + takeRows + addRows;
    }
    bool isEmpty() const { return size() == 0; }
};

/// The schema names under which a package and its base are attached to the master's own SQLite
/// connection (SqliteAttachment).
struct AttachedPackage
{
    QString package;
    QString base;
};

/// A decision on a conflict: master, package, base, or value (with the value typed).
struct Resolution
{
    QString choice;
    QVariant value; ///< canonical, for "value"
};

/// The three-way merge of a department's package at field level, rows matched by their id:
/// a field changed on one side only is taken from it, changed alike on both is kept, changed
/// differently is a conflict; rows added, deleted and restored likewise. Decided conflicts
/// (by MergeConflict::key) are applied; the others are listed.
class MergePlan
{
    Q_DECLARE_TR_FUNCTIONS(caiji::MergePlan)

public:
    /// `base` null: the base is unknown and every difference is a conflict.
    /// `tick` (when set) is told before each table how many of how many are done; false from
    /// it stops the computation (false returned, `error` left to the caller).
    /// `attached` (a SQLite master with the package and the base attached to it): the rows only
    /// the package changed are left to SQL (TableMerge::takeTable) instead of read one by one.
    static bool compute(Workspace& master, const PackageFile* base, PackageFile& package,
        const QHash<QString, Resolution>& decided, QVector<TableMerge>* writes, QVector<MergeConflict>* open,
        QVector<MergeConflict>* all, QString* error, const std::function<bool(int, int)>& tick = {},
        const AttachedPackage* attached = nullptr);
    /// Lets go of what compute() kept on the master's connection for TableMerge::takeTable
    /// (the department's rows): after the writes, or when they are not made.
    static void release(Workspace& master);
};

} // namespace caiji
