#pragma once

#include "../catalog/CatalogModel.h"

#include <QHash>
#include <QString>
#include <QStringList>
#include <QVector>

namespace caiji {

struct SheetRow;
class Workspace;

/// How the columns of a file map to the fields of a table: the header row is found among the
/// first rows (a group row above the names for two-row headers, as the national templates
/// have), headers are matched by 中文名 as people write them (spaces, required marks, units
/// and full-width brackets vary), then the mapping remembered from the last import and the
/// user's own choices apply.
struct ImportMapping
{
    QStringList headers;        ///< the file's column headers
    QVector<int> fieldOfColumn; ///< file column → field index, or -1 (not imported)
    QStringList unmatched;      ///< headers that match no field
    int headerIndex = -1;       ///< index in the rows given to detect() of the row holding the names
    int headerRow = 0;          ///< its row number in the file

    /// Rows that must be read before detect() can decide.
    static constexpr int kHeadRows = 7;

    /// Finds the header in `head` and maps the columns; false when no column matches a field.
    bool detect(const Table& t, const QVector<SheetRow>& head, const QHash<QString, QString>& remembered,
                const QHash<int, int>& overrides);

    /// The mapping remembered for a table (header text → field key).
    static QHash<QString, QString> remembered(Workspace& ws, const Table& t);
    /// Remembers this mapping for the table's next import.
    void remember(Workspace& ws, const Table& t) const;
};

} // namespace caiji
