#pragma once

#include "SheetSource.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>

#include <memory>

namespace caiji {

/// Reads .xlsx files (Excel, WPS, LibreOffice, openpyxl) with minizip and the expat streaming
/// parser: memory does not grow with the sheet. Handles shared strings (rich text runs too),
/// inline strings, numbers, booleans, formulas' cached values, dates by number format in the
/// 1900 and 1904 systems, hidden sheets. Refuses encrypted, truncated, oversized and
/// zip-bomb files and files that are not xlsx, naming the problem.
class XlsxReader : public SheetSource
{
    Q_DECLARE_TR_FUNCTIONS(caiji::XlsxReader)

public:
    XlsxReader();
    ~XlsxReader() override;

    /// Largest uncompressed part accepted, and the largest compression ratio (zip bombs).
    static constexpr qint64 kMaxPartBytes = 1024LL * 1024 * 1024;
    static constexpr qint64 kMaxRatio = 200;

    bool open(const QString& path, QString* error);
    QVector<SheetInfo> sheets() const override;
    bool readSheet(int index, const std::function<bool(int, const QStringList&)>& row, QString* error) override;

    struct Impl;

private:
    std::unique_ptr<Impl> d;
};

} // namespace caiji
