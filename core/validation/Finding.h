#pragma once

#include <QString>
#include <QStringList>

namespace caiji {

enum class Severity
{
    Error, ///< blocks submission
    Warning, ///< needs a written explanation a reviewer can accept or reject
    Info,
};

QString severityToString(Severity s);
bool severityFromString(const QString& s, Severity* out);
QString severityDisplayName(Severity s);

/// One problem found by validation: where (table, row, field), which rule, the values involved,
/// and a message a data administrator understands.
struct Finding
{
    QString rule; ///< rule id, e.g. "required", "10-1-sfzh"
    QString level; ///< field, row, table, cross-table, cross-year
    Severity severity = Severity::Error;
    QString table; ///< table code
    QString rowId; ///< empty for table-level findings
    QString rowKey; ///< the row's key values as people know them (学号, 教工号 …)
    QString field; ///< field key, if one field is concerned
    QString department;
    QStringList values;
    QString message;
};

} // namespace caiji
