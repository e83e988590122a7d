#pragma once

#include "PackageManifest.h"

#include <QCoreApplication>
#include <QFuture>
#include <QHash>
#include <QSet>
#include <QSqlDatabase>
#include <QVariant>

#include <memory>

namespace caiji {

struct Table;

/// A row as one side of a merge holds it: deleted or not, who changed it last, its values
/// canonical (as the grid writes them, whichever backend they were read from).
struct RowSnapshot
{
    bool deleted = false;
    qint64 version = 0;
    QString by;
    QString at;
    QVector<QVariant> values;

    /// Whether two rows hold the same value in a column (a count read as int on one backend
    /// and as long long on the other is the same count).
    static bool same(const RowSnapshot& a, const RowSnapshot& b, int column)
    {
        const QVariant& x = a.values.at(column);
        const QVariant& y = b.values.at(column);
        if (x.isNull() || y.isNull())
            return x.isNull() == y.isNull();
        return x.typeId() == y.typeId() ? x == y : x.toString() == y.toString();
    }
};
using RowMap = QHash<QString, RowSnapshot>;

/// A department package opened read-only for merging: the file as returned, or the base the
/// office kept, each checked (an SQLite file, whole, with a manifest) before anything reads it.
class PackageFile
{
    Q_DECLARE_TR_FUNCTIONS(caiji::PackageFile)

public:
    PackageFile();
    ~PackageFile();
    PackageFile(const PackageFile&) = delete;
    PackageFile& operator=(const PackageFile&) = delete;

    /// How the file is checked page by page: before open() returns, on another core while the
    /// caller goes on (then verified() says how it went before any row is trusted), or not at
    /// all for bytes the workspace kept itself (the base, checked when it was kept).
    enum class Check
    {
        Now,
        Later,
        Trusted
    };

    /// Opens the package's bytes (`name` names it in errors). False with `error`, in words
    /// people understand, when it is not a whole package.
    bool open(QByteArray bytes, const QString& name, QString* error, Check check = Check::Now);
    /// Waits for a Check::Later; false with `error` when the file is damaged.
    bool verified(QString* error);
    /// Makes the base's tables readable in this package's connection as schema "base", so
    /// that both sides of a merge are compared in one query.
    bool attachBase(const PackageFile& base, QString* error);
    bool hasBaseAttached() const { return m_baseAttached; }
    const PackageManifest& manifest() const { return m_manifest; }
    QSqlDatabase db() const;
    /// The department's rows of a table in the package's round (`only`: just these ids), each
    /// value checked to be stored as a workspace stores it.
    bool rows(const Table& table, const QString& department, RowMap* out, QString* error,
        const QSet<QString>* only = nullptr) const;
    /// The version of each of the department's rows of a table (`others`: of the other
    /// departments' rows instead). A row's version moves with every change, a deletion too.
    bool versions(const Table& table, const QString& department, QHash<QString, qint64>* out, QString* error,
        bool others = false) const;
    /// The state of each of the department's tasks in the package, table → state.
    QHash<QString, QString> taskStates() const;
    /// The package's bytes, as SQLite reads them (SqliteImage: for a connection of a worker's
    /// own, or one attaching it); alive as long as this.
    const QByteArray& image() const { return m_image; }

    /// The rows of a table of the round and department in any database (the master's too).
    /// `checkStored` (a package's file, SQLite): a value not stored as a workspace stores it
    /// fails the read (StoredValue).
    static bool readRows(const QSqlDatabase& db, const Table& table, int round, const QString& department, RowMap* out,
        QString* error, const QSet<QString>* only = nullptr, bool checkStored = false);

private:
    /// On PostgreSQL, at most this many rows asked for by id are looked up by id (in batches);
    /// more are picked out of a pass over the department's rows. SQLite takes any number at once.
    static constexpr int kByIdRows = 20000;
    static constexpr int kIdBatch = 500;

    QString damaged(const QString& check) const;

    QByteArray m_image; ///< read where it lies: never written to a temporary file
    QString m_name;
    QFuture<QString> m_check; ///< SQLite's quick_check, "ok" when whole
    QString m_connection;
    bool m_baseAttached = false;
    PackageManifest m_manifest;
};

} // namespace caiji
