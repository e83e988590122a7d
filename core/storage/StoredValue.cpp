#include "StoredValue.h"

#include "SqlDialect.h"

namespace caiji {

namespace {
/// Whether `stored` is `canonical` as SQLite keeps it (numbers as numbers: a whole REAL may come
/// back as an integer).
bool storedAs(const QVariant& stored, const QVariant& canonical)
{
    if (canonical.isNull() || stored.isNull())
        return canonical.isNull() == stored.isNull();
    const int type = stored.typeId();
    const bool number = type == QMetaType::LongLong || type == QMetaType::Int || type == QMetaType::Double;
    switch (canonical.typeId()) {
    case QMetaType::QString:
        return type == QMetaType::QString && stored.toString() == canonical.toString();
    case QMetaType::LongLong:
    case QMetaType::Int:
        return (type == QMetaType::LongLong || type == QMetaType::Int) && stored.toLongLong() == canonical.toLongLong();
    case QMetaType::Double:
        return number && stored.toDouble() == canonical.toDouble();
    default:
        return false;
    }
}
} // namespace

bool StoredValue::read(const Table& table, int column, const QVariant& stored, QVariant* value, QString* error)
{
    const Field& f = table.fields[column];
    *value = SqlDialect::fromDatabase(f, stored);
    if (storedAs(stored, SqlDialect().toDatabase(f, *value)))
        return true;
    if (error)
        *error
            = tr("Table %1, field %2: \"%3\" is not a value of this field.").arg(table.code, f.name, stored.toString());
    return false;
}

} // namespace caiji
