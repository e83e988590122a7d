#pragma once

#include "PrintGrid.h"

#include <QString>

namespace caiji {

/// A document ready to print (DESIGN 3.6): its HTML from a template, then (for long lists) a grid
/// of rows, and how its pages look. The same printout goes to a PDF (PdfPrinter::print) or, in
/// the window, to the print preview and a printer, so the paper is the same either way.
struct Printout
{
    QString title; ///< the document's name (the PDF's title, the print job's name)
    QString html; ///< the document, or the heading above the grid
    PrintGrid grid; ///< rows printed below the HTML; empty: none
    QString header; ///< printed at the top of every page (a letter's number and 校验码)
    QString watermark; ///< across every page (草稿 仅供核对, 已作废); empty: none
    bool landscape = false;
};

} // namespace caiji
