#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

#include <functional>
#include <memory>

namespace caiji {

/// A sheet of a spreadsheet-like file (xlsx sheet, csv file).
struct SheetInfo
{
    QString name;
    bool hidden = false;
};

/// What the import reads: rows of cell texts, whatever the file format. Cell texts are as a
/// person would read them in Excel: strings unchanged, numbers without float noise, dates (by
/// their cell format) as yyyy-MM-dd, booleans as 是/否.
class SheetSource
{
public:
    virtual ~SheetSource() = default;
    virtual QVector<SheetInfo> sheets() const = 0;
    /// Calls `row` for every row of the sheet in order (1-based row numbers, empty rows
    /// skipped); `row` returns false to stop early.
    virtual bool readSheet(int index, const std::function<bool(int, const QStringList&)>& row, QString* error) = 0;
    int sheetIndex(const QString& nameOrNumber) const;
    /// The sheet Excel shows first: the first one that is not hidden.
    int firstVisibleSheet() const;

    /// Opens a file by its type: .xlsx (XlsxReader), .xls (XlsReader), anything else as text
    /// (CsvReader). Returns null with a message naming the file when it cannot be read.
    static std::unique_ptr<SheetSource> open(const QString& path, QString* error);
};

} // namespace caiji
