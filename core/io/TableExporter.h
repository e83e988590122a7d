#pragma once

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

#include <functional>

namespace caiji {

class Workspace;
class XlsxWriter;
struct Table;

/// One sheet of an export, for the report of what was written.
struct ExportedSheet
{
    QString table; ///< catalog code
    QString sheet;
    qint64 rows = 0;
};

/// Writes catalog tables to .xlsx (libxlsxwriter, constant memory) or .csv (UTF-8 with BOM so
/// Excel and WPS open it right): a header with 中文名 and units, text kept as text (leading
/// zeros), real dates, numbers as numbers, codes as their labels (or as codes).
class TableExporter
{
    Q_DECLARE_TR_FUNCTIONS(caiji::TableExporter)

public:
    TableExporter(Workspace& ws, int round)
        : m_ws(ws)
        , m_round(round)
    {
    }

    void setDepartment(const QString& code) { m_department = code; }
    void setCodesAsLabels(bool labels) { m_labels = labels; }
    /// At most this many rows (0: all), e.g. for a sample or a benchmark.
    void setRowLimit(qint64 rows) { m_limit = rows; }
    /// Called with rows written so far; returning false cancels (the file is removed).
    void setProgress(std::function<bool(qint64)> progress) { m_progress = std::move(progress); }

    /// The SELECT of a table's live rows of the round in the order people entered them, its
    /// fields in catalog order (`department` empty: every department's; `limit` 0: all).
    static QString selectRows(
        const Table& t, const QString& department, QVariantList* binds, int round, qint64 limit = 0);
    /// One table to `path` (.xlsx or .csv by extension).
    bool exportTable(const QString& tableCode, const QString& path, qint64* rows, QString* error);
    /// The national platform workbook: every national table in the platform's order, one sheet
    /// each named as the catalog says, codes as codes.
    bool exportNational(const QString& path, qint64* rows, QString* error);
    /// Several tables in one workbook, a sheet each in catalog order (a department's tables,
    /// a whole round); tables without rows are left out unless `withEmpty`.
    bool exportTables(
        const QStringList& tableCodes, const QString& path, qint64* rows, QString* error, bool withEmpty = false);
    /// What the last export wrote, sheet by sheet.
    const QVector<ExportedSheet>& exported() const { return m_exported; }

private:
    /// Writes the given tables to `path`, one sheet each under the given names.
    bool writeWorkbook(
        const QVector<QPair<const Table*, QString>>& sheets, const QString& path, qint64* rows, QString* error);
    bool writeSheet(XlsxWriter& xlsx, const Table& t, const QString& sheetName, qint64* rows, QString* error);
    qint64 countRows(const Table& t) const;
    bool writeCsv(const Table& t, const QString& path, qint64* rows, QString* error);

    Workspace& m_ws;
    int m_round;
    QString m_department;
    bool m_labels = true;
    qint64 m_limit = 0;
    std::function<bool(qint64)> m_progress;
    QVector<ExportedSheet> m_exported;
};

} // namespace caiji
