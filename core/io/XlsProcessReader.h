#pragma once

#include "SheetSource.h"

#include <QCoreApplication>

class QIODevice;

namespace caiji {

/// Reads an .xls workbook in a process of its own (caiji-xls, beside the program): FreeXL, the
/// library that parses the format, reads past its buffers on some damaged files (found by
/// fuzzing, issue 14), so a broken or hostile file can at worst end that process — the program
/// the person works in only says the file cannot be read. The helper sends the whole workbook
/// at once (an .xls sheet holds at most 65,536 rows). Where the helper is not installed, the
/// file is read in this process (XlsReader).
class XlsProcessReader : public SheetSource
{
    Q_DECLARE_TR_FUNCTIONS(caiji::XlsProcessReader)

public:
    bool open(const QString& path, QString* error);
    QVector<SheetInfo> sheets() const override;
    bool readSheet(int index, const std::function<bool(int, const QStringList&)>& row, QString* error) override;

    /// The helper: CAIJI_XLS_HELPER when set, else caiji-xls beside this program; empty when
    /// there is none.
    static QString helperPath();
    /// The helper's work: reads `path` in this process and writes it to `out`; the exit code.
    static int serve(const QString& path, QIODevice* out);

    /// How long a file may take to read before it is given up (two minutes; tests shorten it).
    static int timeout();
    static void setTimeout(int milliseconds);

private:
    struct Sheet
    {
        SheetInfo info;
        QVector<int> rowNumbers;
        QVector<QStringList> rows;
        QString error; ///< why the sheet could not be read, if it could not
    };
    QString m_name;
    QVector<Sheet> m_sheets;
};

} // namespace caiji
