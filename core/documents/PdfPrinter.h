#pragma once

#include <QCoreApplication>
#include <QString>

namespace caiji {

/// Prints an HTML document to an A4 PDF the way official papers look (DESIGN 3.6): the CJK font
/// embedded, a line at the top of every page (a letter's number and 校验码), 第 x 页 共 y 页 at the
/// bottom of every page, and a diagonal watermark when there is one (草稿 仅供核对, 已作废).
class PdfPrinter
{
    Q_DECLARE_TR_FUNCTIONS(caiji::PdfPrinter)

public:
    struct Page
    {
        QString header; ///< printed at the top of every page
        QString watermark; ///< across every page; empty: none
        bool landscape = false;
    };
    /// False with `error` when the file cannot be written. `pages` receives the page count.
    static bool print(const QString& html, const Page& page, const QString& path, int* pages, QString* error);
    /// The CJK font family the printouts use (Noto Serif CJK SC when installed).
    static QString fontFamily();
};

} // namespace caiji
