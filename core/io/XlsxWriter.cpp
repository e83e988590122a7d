#include "XlsxWriter.h"

#include "../util/OpenWorkspaceFiles.h"

#include <xlsxwriter.h>

#include <QByteArray>
#include <QDate>
#include <QFile>
#include <QSet>

namespace caiji {

struct XlsxWriter::Impl
{
    lxw_workbook* book = nullptr;
    lxw_worksheet* sheet = nullptr;
    lxw_format* bold = nullptr;
    lxw_format* date = nullptr;
    lxw_format* text = nullptr;
    QByteArray path;
    QString sheetName;
    QSet<QString> usedNames; ///< lower case: Excel compares sheet names without case
    int headerColumns = 0;
    int lastRow = 0;

    // The auto-filter over the rows written, once they are all there.
    void finishSheet()
    {
        if (sheet && headerColumns > 0)
            worksheet_autofilter(
                sheet, 0, 0, static_cast<lxw_row_t>(lastRow), static_cast<lxw_col_t>(headerColumns - 1));
    }
};

XlsxWriter::XlsxWriter()
    : d(std::make_unique<Impl>())
{
}

XlsxWriter::~XlsxWriter()
{
    if (d->book)
        workbook_close(d->book);
}

bool XlsxWriter::open(const QString& path, QString* error)
{
    const QString refused = OpenWorkspaceFiles::refusal(path);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    d->path = QFile::encodeName(path);
    lxw_workbook_options options = {};
    options.constant_memory = LXW_TRUE;
    d->book = workbook_new_opt(d->path.constData(), &options);
    if (!d->book) {
        if (error)
            *error = tr("Cannot create the Excel file %1.").arg(path);
        return false;
    }
    d->bold = workbook_add_format(d->book);
    format_set_bold(d->bold);
    format_set_bg_color(d->bold, 0xDDE6F0);
    format_set_border(d->bold, LXW_BORDER_THIN);
    d->date = workbook_add_format(d->book);
    format_set_num_format(d->date, "yyyy-mm-dd");
    d->text = workbook_add_format(d->book);
    format_set_num_format(d->text, "@"); // text cells stay text when edited in Excel
    return true;
}

bool XlsxWriter::addSheet(const QString& name, QString* error)
{
    d->finishSheet();
    QString clean = name;
    for (QChar c : QStringLiteral("[]:*?/\\"))
        clean.replace(c, QLatin1Char('_'));
    QString unique = clean.left(31);
    for (int n = 2; d->usedNames.contains(unique.toLower()); ++n) {
        const QString suffix = QStringLiteral(" (%1)").arg(n);
        unique = clean.left(31 - suffix.size()) + suffix;
    }
    clean = unique;
    const QByteArray utf8 = clean.toUtf8();
    d->sheet = workbook_add_worksheet(d->book, utf8.constData());
    if (!d->sheet) {
        if (error)
            *error = tr("Cannot add the sheet \"%1\".").arg(clean);
        return false;
    }
    d->usedNames.insert(clean.toLower());
    d->sheetName = clean;
    d->headerColumns = 0;
    d->lastRow = 0;
    return true;
}

QString XlsxWriter::sheetName() const
{
    return d->sheetName;
}

void XlsxWriter::writeHeader(const QStringList& headers)
{
    for (int c = 0; c < headers.size(); ++c) {
        const QByteArray h = headers[c].toUtf8();
        worksheet_write_string(d->sheet, 0, static_cast<lxw_col_t>(c), h.constData(), d->bold);
    }
    d->headerColumns = static_cast<int>(headers.size());
    worksheet_freeze_panes(d->sheet, 1, 0);
}

void XlsxWriter::setColumnWidth(int column, double width)
{
    worksheet_set_column(d->sheet, static_cast<lxw_col_t>(column), static_cast<lxw_col_t>(column), width, nullptr);
}

void XlsxWriter::writeText(int row, int column, const QString& text)
{
    writeUtf8(row, column, text.toUtf8(), true);
}

void XlsxWriter::writeUtf8(int row, int column, const QByteArray& utf8, bool asText)
{
    if (utf8.isEmpty())
        return;
    d->lastRow = qMax(d->lastRow, row);
    worksheet_write_string(d->sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), utf8.constData(),
        asText ? d->text : nullptr);
}

void XlsxWriter::writeNumber(int row, int column, double value)
{
    d->lastRow = qMax(d->lastRow, row);
    worksheet_write_number(d->sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), value, nullptr);
}

void XlsxWriter::writeDate(int row, int column, const QString& isoDate)
{
    const QDate date = QDate::fromString(isoDate, Qt::ISODate);
    if (!date.isValid()) {
        writeText(row, column, isoDate);
        return;
    }
    writeDate(row, column, date.year(), date.month(), date.day());
}

void XlsxWriter::writeDate(int row, int column, int year, int month, int day)
{
    lxw_datetime dt = {year, month, day, 0, 0, 0};
    d->lastRow = qMax(d->lastRow, row);
    worksheet_write_datetime(d->sheet, static_cast<lxw_row_t>(row), static_cast<lxw_col_t>(column), &dt, d->date);
}

bool XlsxWriter::close(QString* error)
{
    if (!d->book)
        return false;
    d->finishSheet();
    const lxw_error result = workbook_close(d->book);
    d->book = nullptr;
    if (result != LXW_NO_ERROR) {
        if (error)
            *error = tr("Could not write the Excel file %1: %2")
                         .arg(QString::fromUtf8(d->path), QString::fromUtf8(lxw_strerror(result)));
        return false;
    }
    return true;
}

} // namespace caiji
