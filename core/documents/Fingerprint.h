#pragma once

#include "../catalog/Catalog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>
#include <QVariant>
#include <QVector>

namespace caiji {

class Workspace;

/// A table's data as the confirmation letter binds it: the SHA-256 of its canonical form (see
/// docs/fingerprint.md), with the row count.
struct TableFingerprint
{
    QString table;
    qint64 rows = 0;
    QByteArray sha256; ///< 32 bytes
};

/// The fingerprint of exactly the data a department confirmed (docs/fingerprint.md): each table's
/// rows in a canonical form independent of row order, storage and backend, hashed with SHA-256;
/// the letter's hash over its tables; the 校验码 a person types, 16 characters of an unambiguous
/// alphabet and a check character.
class Fingerprint
{
    Q_DECLARE_TR_FUNCTIONS(caiji::Fingerprint)

public:
    static constexpr int kVersion = 1;

    /// The canonical line of one row (values in catalog order, no line end).
    static QByteArray canonicalRow(const Table& table, const QVector<QVariant>& values);
    /// One value in its canonical spelling.
    static QByteArray canonicalValue(const Field& field, const QVariant& value);
    /// The canonical form of a table from its rows' canonical lines (sorted here).
    static QByteArray canonicalTable(const Table& table, QVector<QByteArray> lines);
    /// Reads the live rows of `department` (empty: every department) in the round and hashes them.
    /// On SQLite the rows are read straight from the handle (`native`); false reads them
    /// through Qt's driver, as on PostgreSQL (tests compare the two).
    static bool ofTable(Workspace& ws, const Table& table, int round, const QString& department, TableFingerprint* out,
        QString* error, bool native = true);
    /// Every table a department has a task in this round, in catalog order (what its letter confirms).
    static bool ofDepartment(
        Workspace& ws, int round, const QString& department, QVector<TableFingerprint>* out, QString* error);
    /// Sorts the rows' lines and hashes the table's canonical form.
    static void finishTable(const Table& table, QVector<QByteArray> lines, TableFingerprint* out);
    /// The letter's hash over its tables, in the order given (the catalog's).
    static QByteArray letterHash(const QVector<TableFingerprint>& tables);

    /// 校验码: the first 80 bits of `hash` in Crockford's base-32 and a check character,
    /// grouped as XXXX-XXXX-XXXX-XXXX-C.
    static QString code(const QByteArray& hash);
    /// The 16 characters of a typed code in canonical form (case, spaces, dashes, O→0, I/L→1
    /// forgiven); empty with `error` set when the check character does not match or the length is
    /// wrong.
    static QString normalizeCode(const QString& typed, QString* error);
};

} // namespace caiji
