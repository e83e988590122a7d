#pragma once

#include "MergePlan.h"

#include <QCoreApplication>

#include <functional>

namespace caiji {

class WriteGateway;

/// A conflict as the workspace keeps it while its merge is staged, and after.
struct StoredConflict
{
    qint64 id = 0;
    QString packageId;
    QString department;
    int round = 0;
    MergeConflict conflict;
    QString packageState; ///< the department's task in the package (confirmed: its head signed it)
    bool hasBase = false; ///< the base had the row (else "base" is no answer)
    QString state; ///< open, resolved
    QString resolution; ///< master, package, base, value
    QString value;
    QString note;
    QString resolvedBy;
    QString resolvedAt;
};

/// What merging one package did.
struct MergeOutcome
{
    PackageManifest manifest;
    bool knownBase = true;
    bool committed = false;
    int inserted = 0;
    int cells = 0;
    int deleted = 0;
    int restored = 0;
    int open = 0; ///< conflicts waiting for the office
    int lettersAdopted = 0; ///< letters printed in the package, now in the registry
    QStringList lettersVoided; ///< letters whose data the merge changed
};

/// Merges a department's returned package into the master (DESIGN 3.7), the office only. The
/// package is checked (this workspace's, its round, catalog and department as issued, whole),
/// then staged: the master does not change while a conflict is open, and the conflicts are kept
/// with the three values for the office to decide. With none open, the merge commits in one
/// transaction through the write gateway (journaled as a merge), and the tasks take the state
/// the department reached. The same package merged again changes nothing.
class PackageMerger
{
    Q_DECLARE_TR_FUNCTIONS(caiji::PackageMerger)

public:
    explicit PackageMerger(WriteGateway& gateway)
        : m_gateway(gateway)
    {
    }

    /// The office's seal password, for packages that come back sealed.
    void setSealPassword(const QString& password) { m_sealPassword = password; }
    /// Told how far the merge is (done of total); returning false cancels it, nothing changed.
    void setProgress(std::function<bool(qint64 done, qint64 total)> progress) { m_progress = std::move(progress); }
    /// Whether the bytes are a sealed package (the seal password is then needed).
    static bool isSealed(const QByteArray& bytes);
    bool merge(QByteArray bytes, const QString& name, MergeOutcome* out, QString* error);
    /// The conflicts kept (of one package, or all), open first.
    QVector<StoredConflict> conflicts(const QString& packageId = QString(), QString* error = nullptr) const;
    /// Decides a conflict: master, package, base, or value (`value` typed as in the grid). A
    /// value the department head confirmed is overridden only with a note.
    bool resolve(qint64 id, const QString& choice, const QString& value, const QString& note, QString* error);

private:
    bool check(const PackageManifest& m, QString* error) const;
    /// A returned file as the workspace keeps it: packed, with the hash that names it.
    struct KeptFile
    {
        QByteArray packed;
        QString hash;
    };
    static KeptFile keep(const QByteArray& image);
    bool decided(const QString& packageId, QHash<QString, Resolution>* out, QString* error) const;
    bool stage(const PackageFile& package, const QString& hash, bool known, const QVector<MergeConflict>& open,
        QString* error);
    bool apply(const PackageFile& package, const QVector<TableMerge>& writes, MergeOutcome* out, QString* error);

    WriteGateway& m_gateway;
    bool report(qint64 done, QString* error) const;

    QString m_sealPassword;
    std::function<bool(qint64, qint64)> m_progress;
};

} // namespace caiji
