#pragma once

#include <QCoreApplication>
#include <QString>
#include <QStringList>

#include <memory>

namespace caiji {

/// Writes .xlsx files through libxlsxwriter in constant-memory mode: rows go out one at a
/// time, in order, so memory stays flat however large the table. Text stays text (a 学号 with
/// leading zeros is a string cell), numbers are numbers, dates are real dates.
class XlsxWriter
{
    Q_DECLARE_TR_FUNCTIONS(caiji::XlsxWriter)

public:
    XlsxWriter();
    ~XlsxWriter();
    XlsxWriter(const XlsxWriter&) = delete;
    XlsxWriter& operator=(const XlsxWriter&) = delete;

    bool open(const QString& path, QString* error);
    /// Starts a sheet (names are cut to Excel's 31 characters and cleaned of []:*?/\).
    bool addSheet(const QString& name, QString* error);
    /// A bold header row with a frozen pane below it and an auto-filter over `columns`.
    void writeHeader(const QStringList& headers);
    void setColumnWidth(int column, double width);
    void writeText(int row, int column, const QString& text);
    void writeNumber(int row, int column, double value);
    /// A date cell (shown as yyyy-mm-dd) from an ISO date string.
    void writeDate(int row, int column, const QString& isoDate);
    /// Finishes the file; reports libxlsxwriter's error, if any.
    bool close(QString* error);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace caiji
