#include "PackageManifest.h"

#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QUuid>

namespace caiji {

QByteArray PackageManifest::toJson() const
{
    QJsonArray t;
    for (const TableFingerprint& f : tables)
        t.append(QJsonObject {{QStringLiteral("table"), f.table}, {QStringLiteral("rows"), f.rows},
            {QStringLiteral("sha256"), QString::fromLatin1(f.sha256.toHex())}});
    return QJsonDocument(
        QJsonObject {{QStringLiteral("format"), format}, {QStringLiteral("id"), id},
            {QStringLiteral("workspace"), workspace}, {QStringLiteral("department"), department},
            {QStringLiteral("departmentName"), departmentName}, {QStringLiteral("round"), round},
            {QStringLiteral("catalogId"), catalogId}, {QStringLiteral("catalogVersion"), catalogVersion},
            {QStringLiteral("issuedAt"), issuedAt}, {QStringLiteral("issuedBy"), issuedBy},
            {QStringLiteral("sealKey"), sealKey}, {QStringLiteral("tables"), t}})
        .toJson(QJsonDocument::Compact);
}

bool PackageManifest::fromJson(const QByteArray& json, PackageManifest* out, QString* error)
{
    QJsonParseError parse;
    const QJsonObject o = QJsonDocument::fromJson(json, &parse).object();
    PackageManifest m;
    m.format = o.value(QLatin1String("format")).toInt();
    m.id = o.value(QLatin1String("id")).toString();
    m.workspace = o.value(QLatin1String("workspace")).toString();
    m.department = o.value(QLatin1String("department")).toString();
    m.departmentName = o.value(QLatin1String("departmentName")).toString();
    m.round = o.value(QLatin1String("round")).toInt();
    m.catalogId = o.value(QLatin1String("catalogId")).toString();
    m.catalogVersion = o.value(QLatin1String("catalogVersion")).toString();
    m.issuedAt = o.value(QLatin1String("issuedAt")).toString();
    m.issuedBy = o.value(QLatin1String("issuedBy")).toString();
    m.sealKey = o.value(QLatin1String("sealKey")).toString();
    for (const QJsonValue& v : o.value(QLatin1String("tables")).toArray()) {
        const QJsonObject t = v.toObject();
        m.tables.append(
            {t.value(QLatin1String("table")).toString(), static_cast<qint64>(t.value(QLatin1String("rows")).toDouble()),
                QByteArray::fromHex(t.value(QLatin1String("sha256")).toString().toLatin1())});
    }
    if (parse.error != QJsonParseError::NoError || m.id.isEmpty() || m.workspace.isEmpty() || m.department.isEmpty()
        || m.round <= 0) {
        if (error)
            *error = tr("The package's manifest is damaged.");
        return false;
    }
    if (m.format != kFormat) {
        if (error)
            *error = tr("The package was made by another version of Caiji (package format %1; this program reads %2).")
                         .arg(m.format)
                         .arg(kFormat);
        return false;
    }
    *out = m;
    return true;
}

bool PackageManifest::read(const QSqlDatabase& db, PackageManifest* out, QString* error)
{
    const QVariant json = SqlUtil::scalar(db, QStringLiteral("SELECT value FROM cj_meta WHERE key = 'package'"));
    if (json.isNull()) {
        if (error)
            *error = tr("This is a workspace, not a department package: the office issues packages with caiji-cli "
                        "package export.");
        return false;
    }
    return fromJson(json.toString().toUtf8(), out, error);
}

QString PackageManifest::workspaceId(Workspace& ws, QString* error)
{
    const QString id
        = SqlUtil::scalar(ws.db(), QStringLiteral("SELECT value FROM cj_meta WHERE key = 'workspace_id'")).toString();
    if (!id.isEmpty())
        return id;
    const QString made = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral("INSERT INTO cj_meta (key, value) VALUES ('workspace_id', ?) ON CONFLICT (key) DO NOTHING"),
            {made}, error))
        return QString();
    return SqlUtil::scalar(ws.db(), QStringLiteral("SELECT value FROM cj_meta WHERE key = 'workspace_id'")).toString();
}

} // namespace caiji
