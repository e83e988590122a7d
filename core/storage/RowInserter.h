#pragma once

#include "../catalog/CatalogModel.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>
#include <QVector>

#include <functional>
#include <memory>

struct sqlite3;

namespace caiji {

class NativeSqliteStatement;
class Workspace;

/// Inserts many new rows into one catalog table with multi-row INSERT statements and writes one
/// journal entry per flush (the rows themselves carry their author and time). The caller owns
/// the transaction (so a whole load is all-or-nothing).
class RowInserter
{
    Q_DECLARE_TR_FUNCTIONS(caiji::RowInserter)

public:
    RowInserter(Workspace& ws, const Table& table, int round, QSqlDatabase db = QSqlDatabase());
    ~RowInserter();

    /// Where row UUIDs come from; defaults to random v4 UUIDs (the demo passes a seeded source).
    void setIdSource(std::function<QString()> source) { m_idSource = std::move(source); }
    /// A reason written into the journal (e.g. "demo", "import").
    void setReason(const QString& reason) { m_reason = reason; }

    /// Queues a row; values are canonical and in the table's field order. Returns the row's id.
    QString add(const QString& department, const QVector<QVariant>& values);
    /// The values of a row as they are bound: database form, and on SQLite text already in
    /// UTF-8. Safe on any thread, so a producer can do this part of the work (see TableImporter).
    QVector<QVariant> encode(const QVector<QVariant>& values) const;
    /// Queues a row encoded by encode().
    QString addEncoded(const QString& department, const QVector<QVariant>& encoded);
    /// Rows go to a temporary table of this connection instead, which takes no lock on the
    /// workspace (SQLite: no write lock while an import reads its file); publish() moves them
    /// into the table in one statement, inside the caller's transaction. Set before the first row.
    void setStaged(bool staged) { m_staged = staged; }
    /// Writes the queued rows.
    bool flush(QString* error);
    /// Staged: moves the rows written so far into the table and journals them.
    bool publish(QString* error);
    /// Inserts the rows of `source`, a table of the connection with an `id` column and one column
    /// c0…cN per field holding its value as stored, as the department's new rows in their rowid
    /// order, in one statement, and journals them as a flush does. SQLite only (rowid).
    bool insertFrom(const QString& department, const QString& source, QString* error);
    qint64 inserted() const { return m_inserted; }

private:
    bool writeBatch(int rows, QString* error);
    QStringList insertColumns() const;
    bool writeNative(::sqlite3* handle, int rows, QString* error);
    QSqlQuery& preparedFor(int rows, QString* error, bool* ok);
    bool journalRows(qint64 rows, QString* error);
    /// The table the rows are written to: the catalog table, or its staging table.
    QString target() const;
    bool prepareStage(QString* error);

    Workspace& m_ws;
    const Table& m_table;
    int m_round;
    QSqlDatabase m_db;
    QString m_user;
    QString m_now; ///< one time for every row: the rows of one load are written at one moment
    QString m_reason;
    std::function<QString()> m_idSource;
    QVector<QVariant> m_pending; ///< flattened: meta + fields per row
    QVector<QString> m_pendingIds;
    int m_done = 0; ///< rows of the pending lists already written
    int m_batchRows;
    qint64 m_inserted = 0;
    QSqlQuery m_fullData;
    QSqlQuery m_partData;
    std::unique_ptr<NativeSqliteStatement> m_nativeData;
    bool m_fullPrepared = false;
    bool m_native = false; ///< SQLite: rows go through NativeSqliteStatement
    bool m_staged = false;
    bool m_stageReady = false;
    qint64 m_published = 0; ///< staged rows already moved into the table
};

} // namespace caiji
