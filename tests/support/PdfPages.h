#pragma once

#include <QByteArray>
#include <QString>

namespace caiji::test {

/// A PDF's text as pdftotext gives it (-layout), with the ideographs it spells as radicals (⾏, ⻚)
/// read back as the characters printed.
QString pdfText(const QString& pdf);
/// Renders one page to `png` (without its .png suffix; pdftoppm adds it).
void renderPage(const QString& pdf, int page, const QString& png, int dpi = 150);
/// The first page as a picture to look at, CAIJI_SCREENSHOT_DIR/name.png (default the temp folder).
void shotOfPdf(const QString& pdf, const QString& name, int page = 1);
/// The QR code a real decoder (zbar, through ScanReader) reads on a page of the PDF.
QByteArray qrOfPage(const QString& pdf, int page, const QString& png);

} // namespace caiji::test
