#pragma once

#include "../write/EditService.h"
#include "ImportMapping.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>
#include <QVector>

#include <functional>

namespace caiji {

class SheetSource;
class Workspace;
class WriteGateway;

/// How imported rows meet the rows already there.
enum class ImportMode
{
    Replace, ///< the department's rows of the table are replaced by the file's
    Append, ///< the file's rows are added
    Update, ///< rows with the same key are updated, others added
};

/// A cell of the file that will not be imported, and why.
struct ImportRejection
{
    int fileRow = 0;
    QString column; ///< the file's header text
    QString text;
    QString reason;
};

/// A changed cell of an existing row (the dry run's diff).
struct ImportDiff
{
    QString rowKey;
    QString field;
    QString before;
    QString after;
};

/// What an import would do (the dry run) and, after commit(), did.
/// A row a replace takes out of the table: how people know it, and how many rows of other
/// tables use its key (those are kept unless the person confirms their removal).
struct ImportRemoval
{
    QString rowId;
    qint64 version = 0;
    QString key;
    qint64 references = 0;
};

struct ImportPlan
{
    QString table;
    ImportMapping mapping;
    int newRows = 0;
    int changedRows = 0;
    int unchangedRows = 0;
    int removedRows = 0; ///< replace mode: rows that go (confirmed or unused)
    int keptRows = 0; ///< replace mode: rows other tables use, kept because not confirmed
    QVector<ImportRemoval> removedList; ///< replace mode: every row not in the file, with its users
    QStringList newRowKeys; ///< every new row, as people know it (its key values)
    int rejectedRows = 0;
    QVector<ImportRejection> rejected;
    QVector<ImportDiff> diff; ///< the first changes, for review (capped)
    QVector<QStringList> rejectedRowTexts; ///< whole rejected rows, for saving and fixing
    QVector<int> rejectedRowNumbers; ///< their file row numbers

    // What commit() writes (run() writes new rows as it reads them and keeps none here).
    QVector<QVector<QVariant>> inserts;
    QVector<CellChange> updates;
    QVector<QPair<QString, qint64>> removals;
};

/// What a committed import changed, so that it can be undone as one step.
struct ImportRecord
{
    QVector<QString> inserted;
    QVector<QString> removed;
    QVector<CellChange> updated; ///< `value` holds the value before the import
    QVector<CellChange> applied; ///< the values the import wrote
};

/// Imports rows of a spreadsheet into a catalog table: matches columns to fields by 中文名
/// (two-row headers too, see ImportMapping), parses every cell with the grid's rules, checks
/// references, and sorts rows into new, changed, unchanged and rejected. plan() is the dry run
/// that the wizard shows and commit() writes it; run() does both in one pass for the command
/// line. Either way the import is one transaction, journaled as an import. The file is read
/// on a worker thread (SheetStream) while its rows are checked and written.
class TableImporter
{
    Q_DECLARE_TR_FUNCTIONS(caiji::TableImporter)

public:
    TableImporter(WriteGateway& gateway, const QString& table, int round, const QString& department, ImportMode mode);

    /// Replace: rows that other tables use go too (the person confirmed the whole listed group,
    /// as `caiji-cli import --remove-referenced` does); by default they are kept.
    void setRemoveReferenced(bool on) { m_removeReferenced = on; }
    /// Columns mapped by hand (file column → field index, -1 to skip), over the automatic match.
    void setColumnOverrides(const QHash<int, int>& overrides) { m_overrides = overrides; }
    /// The mapping remembered for this table (header text → field key) from the last import.
    void rememberMapping(const ImportPlan& plan);

    /// The dry run: reads and checks every row and keeps what commit() would write.
    bool plan(SheetSource& source, int sheet, ImportPlan* out, QString* error);
    /// Which of the plan's removals that other tables use go anyway (the person confirmed them,
    /// one by one or as the listed group); the rest are kept. Updates removedRows, keptRows and
    /// the removals commit() writes.
    static void confirmRemovals(ImportPlan* plan, const QSet<QString>& rowIds);
    /// Writes the plan in one transaction (on SQLite its new rows staged before it begins);
    /// `progress` (rows written, total) may cancel, which leaves the workspace as it was. `record` receives what changed, for undo.
    bool commit(const ImportPlan& plan, QString* error, const std::function<bool(int, int)>& progress = {},
        ImportRecord* record = nullptr);
    /// Reads, checks and writes in one pass, all or nothing: what plan() then commit() do,
    /// with new rows written while the rest of the file is still being read (on SQLite to a
    /// staging table, moved in by one short transaction at the end, so that others' edits
    /// need not wait for the reading). `out` tells what was done (its `inserts` stay empty);
    /// `progress` (rows read, 0) may cancel.
    bool run(SheetSource& source, int sheet, ImportPlan* out, QString* error,
        const std::function<bool(int, int)>& progress = {}, ImportRecord* record = nullptr);
    /// Saves the rejected rows with a reason column, to fix and import again.
    static bool saveRejected(const ImportPlan& plan, const QString& path, QString* error);

    static constexpr int kMaxDiff = 2000;

private:
    /// Whether new rows are staged before the write lock is taken (SQLite).
    bool stages() const;
    /// Takes a new row: its canonical values and, when scan() was given an encoder, the values
    /// as they will be bound.
    using RowSink = std::function<bool(const QVector<QVariant>&, const QVector<QVariant>&, QString*)>;
    using Encoder = std::function<QVector<QVariant>(const QVector<QVariant>&)>;
    /// Reads and sorts every row of the sheet into `p`; new rows go to `insert`. `encode`, if
    /// set, runs on the reader's thread with the parsing (it must be safe there).
    bool scan(SheetSource& source, int sheet, ImportPlan* p, QString* error, const RowSink& insert,
        const std::function<bool(int)>& progress, const Encoder& encode = {});
    /// Existing rows of the import's scope: by key with their values (update mode), and the
    /// rows a replace removes.
    bool loadExisting(
        ImportPlan* p, QHash<QString, QPair<QPair<QString, qint64>, QVector<QVariant>>>* existing, QString* error);
    /// Replace: lists the rows that go (with how many rows of other tables use each) and keeps
    /// the used ones until confirmed.
    bool listRemovals(ImportPlan* p, const QHash<QString, QPair<QPair<QString, qint64>, QVector<QVariant>>>& existing,
        const QSet<QString>& seen, QString* error);
    /// Whether the actor may not import into the table's department rows (then `error` says why).
    bool refused(QString* error) const;
    /// Replace's removals and update's changes, in the caller's transaction.
    bool writeChanges(const ImportPlan& plan, ImportRecord* record, QString* error);

    WriteGateway& m_gateway;
    Workspace& m_ws;
    bool m_removeReferenced = false;
    const Table* m_table;
    int m_round;
    QString m_department;
    ImportMode m_mode;
    QHash<int, int> m_overrides;
};

} // namespace caiji
