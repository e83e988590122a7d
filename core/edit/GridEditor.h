#pragma once

#include "../auth/AccessPolicy.h"
#include "../write/EditService.h"
#include "../write/WriteGateway.h"

#include <QElapsedTimer>
#include <QObject>
#include <QTimer>
#include <QUndoStack>

#include <functional>

#include <memory>

namespace caiji {

class TableRowModel;

/// A value that was typed or pasted but not saved, with the reason.
struct CellRejection
{
    int row = -1; ///< grid row (0-based)
    int column = -1;
    QString text;
    QString reason;
};

struct EditReport
{
    bool ok = true;
    QString error;
    int cellsWritten = 0;
    int rowsAdded = 0;
    QVector<CellRejection> rejected;
    QVector<EditConflict> conflicts;
};

/// The editing side of one open table: turns what people type, paste, fill and delete into
/// undoable commands through the WriteGateway, keeps the model's cache in step, and marks what it
/// could not save (never silently changing a value). One paste is one undo step.
class GridEditor : public QObject
{
    Q_OBJECT

public:
    GridEditor(TableRowModel* model, WriteGateway& gateway, QObject* parent = nullptr);
    ~GridEditor() override;

    QUndoStack* undoStack() { return &m_undo; }
    TableRowModel* model() const { return m_model; }
    /// Lookups (references, usages, row checks); writes go through gateway().
    EditService& service() { return m_service; }
    WriteGateway& gateway() const { return m_gateway; }
    const AccessPolicy& policy() const { return *m_policy; }
    const Table& table() const;
    int round() const;

    /// A value typed into a cell. Returns false (and marks the cell) when it was not saved.
    bool setCellText(int row, int column, const QString& text);
    /// Pastes a TSV block with its top-left at (row, column); rows past the end become new rows.
    EditReport pasteText(int row, int column, const QString& text);
    /// Empties cells (the Delete key).
    EditReport clearCells(const QVector<QPair<int, int>>& cells);
    /// Copies the values of the first row of the range into the rows below it (Ctrl+D).
    EditReport fillDown(int top, int bottom, int left, int right);
    bool appendRows(int count, QString* error);
    /// Where the rows are used in other tables (asked before deleting source rows).
    QVector<QPair<QString, qint64>> usagesOf(const QVector<int>& rows) const;
    bool deleteRows(const QVector<int>& rows, QString* error);
    /// The displayed values of a rectangle as TSV (what Ctrl+C puts on the clipboard).
    QString copyText(int top, int left, int bottom, int right) const;

    /// Asked when an edit changes a key that other tables use (the dependents listed): true
    /// carries the new value into them, false leaves everything as it was. Without an answer
    /// such an edit is refused.
    void setKeyChangeConfirmation(std::function<bool(const QVector<KeyChange>&)> ask)
    {
        m_askKeyChange = std::move(ask);
    }
    bool confirmKeyChanges(const QVector<KeyChange>& changes) const
    {
        return m_askKeyChange && m_askKeyChange(changes);
    }

    // Used by the undo commands.
    /// The version of a row as this editor last read or wrote it.
    qint64 knownVersion(const QString& rowId) const { return m_versions.value(rowId); }
    QVector<QPair<QString, qint64>> knownVersions(const QVector<QString>& rowIds) const;
    void noteVersion(const QString& rowId, qint64 version) { m_versions.insert(rowId, version); }
    void commandApplied(const EditResult& result, bool refresh);
    void reportConflicts(const QVector<EditConflict>& conflicts);
    void reportError(const QString& message);

    /// Changes waiting for another program's write to end (see waitingForWriter).
    int waitingCount() const { return static_cast<int>(m_waiting.size()); }
    /// Gives up the waiting changes (they are not saved); how many there were.
    int cancelWaiting();

signals:
    /// Another program holds the workspace's write lock: the changes made meanwhile wait and
    /// land, in order, as soon as it is free (for up to LockProbe::kMaxWaitMs). `who` says who writes.
    void waitingForWriter(const QString& who);
    void waitingEnded();
    void conflictsFound(const QVector<caiji::EditConflict>& conflicts);
    void editFailed(const QString& message);
    void cellsRejected(const QVector<caiji::CellRejection>& rejected);
    void rowsChanged();
    /// Rows written (edited, added, deleted or restored), for incremental checks.
    void rowsWritten(const QStringList& rowIds);

private:
    EditReport applyTexts(int top, int left, QVector<QStringList> block, const QString& undoText);
    /// Pushes the command `make` builds; when another program is writing, keeps it to push
    /// again (true: saved or waiting; false: refused, reportError() said why).
    bool push(const std::function<QUndoCommand*()>& make);
    void retryWaiting();

    TableRowModel* m_model;
    WriteGateway& m_gateway;
    std::shared_ptr<const AccessPolicy> m_policy;
    EditService m_service;
    QHash<QString, qint64> m_versions;
    std::function<bool(const QVector<KeyChange>&)> m_askKeyChange;
    QString m_lastError; ///< the last write failure reportError() passed on
    QVector<std::function<QUndoCommand*()>> m_waiting; ///< changes waiting for another writer
    QTimer m_retry;
    QElapsedTimer m_waitClock;
    QUndoStack m_undo; // last: its commands refer to the members above while it is destroyed
};

} // namespace caiji
