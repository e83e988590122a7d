#pragma once

#include "../documents/Fingerprint.h"

#include <QCoreApplication>
#include <QString>
#include <QVector>

class QSqlDatabase;

namespace caiji {

class Workspace;

/// What a department package says about itself (kept in its cj_meta as "package"): which
/// workspace issued it, to which department, for which round and catalog, the base it starts
/// from, and its tables' fingerprints when issued (docs/fingerprint.md).
struct PackageManifest
{
    Q_DECLARE_TR_FUNCTIONS(caiji::PackageManifest)

public:
    static constexpr int kFormat = 1;
    int format = kFormat;
    QString id; ///< this package (and the base the office keeps for it)
    QString workspace; ///< the issuing workspace's id
    QString department; ///< code
    QString departmentName;
    int round = 0;
    QString catalogId;
    QString catalogVersion;
    QString issuedAt;
    QString issuedBy;
    QString sealKey; ///< the office's public key (base64) when the package goes back sealed
    QVector<TableFingerprint> tables;

    QByteArray toJson() const;
    /// False with `error` when the text is not a package manifest.
    static bool fromJson(const QByteArray& json, PackageManifest* out, QString* error);
    /// The manifest of an open package; false when the database holds none (a plain workspace).
    static bool read(const QSqlDatabase& db, PackageManifest* out, QString* error);
    /// The workspace's own id (cj_meta workspace_id), made the first time it is asked for.
    static QString workspaceId(Workspace& ws, QString* error);
};

} // namespace caiji
