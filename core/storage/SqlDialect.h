#pragma once

#include "../catalog/CatalogModel.h"
#include "WorkspaceLocation.h"

#include <QString>
#include <QVariant>

namespace caiji {

/// The few places where SQLite and PostgreSQL SQL differ, in one spot.
class SqlDialect
{
public:
    explicit SqlDialect(Backend backend = Backend::Sqlite)
        : m_backend(backend)
    {
    }

    Backend backend() const { return m_backend; }
    bool isPostgres() const { return m_backend == Backend::Postgres; }

    static QString quote(const QString& identifier);
    /// Column definition of an auto-numbered 64-bit primary key.
    QString serialPrimaryKey() const;
    /// SQL column type of a catalog field.
    QString columnType(const Field& field) const;

    /// A canonical value (QString, qint64, double, bool, QDate, or null) made ready to bind
    /// to a column of that field's type.
    QVariant toDatabase(const Field& field, const QVariant& canonical) const;
    /// A value read from the database turned back into its canonical form.
    static QVariant fromDatabase(const Field& field, const QVariant& stored);

private:
    Backend m_backend;
};

} // namespace caiji
