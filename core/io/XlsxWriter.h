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
    /// Starts a sheet (names are cut to Excel's 31 characters and cleaned of []:*?/\; a name
    /// already taken gets a number, as Excel would).
    bool addSheet(const QString& name, QString* error);
    /// The name the current sheet was given.
    QString sheetName() const;
    /// A bold header row with a frozen pane below it and an auto-filter over `columns`.
    void writeHeader(const QStringList& headers);
    void setColumnWidth(int column, double width);
    /// A text cell formatted as text ("@"), so that Excel keeps what is typed into it as text.
    void writeText(int row, int column, const QString& text);
    /// Text already in UTF-8; `asText` sets the text format as writeText() does. Labels such
    /// as 是 or 主讲 need no such format: Excel never reads them as numbers.
    void writeUtf8(int row, int column, const QByteArray& utf8, bool asText);
    void writeNumber(int row, int column, double value);
    /// A date cell (shown as yyyy-mm-dd) from an ISO date string.
    void writeDate(int row, int column, const QString& isoDate);
    void writeDate(int row, int column, int year, int month, int day);
    /// Finishes the file; reports libxlsxwriter's error, if any.
    bool close(QString* error);

private:
    struct Impl;
    std::unique_ptr<Impl> d;
};

} // namespace caiji
