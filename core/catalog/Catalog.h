#pragma once

#include "CatalogModel.h"

#include <QByteArray>
#include <QJsonArray>
#include <QString>
#include <QVector>

namespace caiji {

/// A loaded, checked catalog: categories, tables with their fields, code lists and rules.
/// Build one with CatalogJson::parse(); it is a plain value, cheap enough to copy once per workspace.
class Catalog
{
public:
    QString id;
    QString name;
    QString version;
    QVector<Category> categories;
    QVector<Table> tables;
    QVector<CodeList> codeLists;
    QJsonArray rules;

    const Table* table(const QString& code) const;
    const CodeList* codeList(const QString& id) const;
    const Category* category(const QString& code) const;
    /// Tables in the national workbook order (additions last, by code).
    QVector<const Table*> nationalOrder() const;

    /// The seed policy's department names that a catalog may use, plus "各院系".
    static const QStringList& departmentNames();
    static QString allSchoolsName();
    /// The catalog shipped with Caiji (resources/catalogs/gaozhi-2016.json, embedded).
    static QString builtinPath();
};

} // namespace caiji
