#pragma once

#include <QJsonObject>

#include "Catalog.h"

#include <QByteArray>
#include <QCoreApplication>
#include <QString>

namespace caiji {

/// Reads and writes the `caiji-catalog/1` JSON format (resources/catalogs/FORMAT.md).
/// Reading checks everything a later step relies on, so a loaded Catalog is always consistent;
/// every error names the file, the table and the field.
class CatalogJson
{
    Q_DECLARE_TR_FUNCTIONS(caiji::CatalogJson)

public:
    /// Parses json; `source` names the file in error messages.
    static bool parse(const QByteArray& json, const QString& source, Catalog* out, QString* error);
    static bool load(const QString& path, Catalog* out, QString* error);
    static QByteArray serialize(const Catalog& catalog);
    /// One field in the catalog's own JSON form.
    static QJsonObject fieldJson(const Field& field);
    static bool save(const Catalog& catalog, const QString& path, QString* error);
};

} // namespace caiji
