#pragma once

#include "Printout.h"

#include <QCoreApplication>
#include <QString>

class QPagedPaintDevice;

namespace caiji {

/// Lays a printout out on A4 the way official papers look (DESIGN 3.6): the CJK font embedded, a
/// line at the top of every page (a letter's number and 校验码), 第 x 页 共 y 页 at the bottom of
/// every page, and a diagonal watermark when there is one (草稿 仅供核对, 已作废).
class PdfPrinter
{
    Q_DECLARE_TR_FUNCTIONS(caiji::PdfPrinter)

public:
    /// Writes a PDF. False with `error` when the file cannot be written. `pages` receives the
    /// page count.
    static bool print(const Printout& printout, const QString& path, int* pages, QString* error);
    /// Paints the printout on a paged device the caller set up (a printer, the print preview's):
    /// sets its page size and orientation, margins. Returns the page count, 0 when the device
    /// cannot be painted on.
    static int paint(const Printout& printout, QPagedPaintDevice* device);
    /// The CJK font family the printouts use (Noto Serif CJK SC when installed).
    static QString fontFamily();
};

} // namespace caiji
