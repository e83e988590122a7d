#pragma once

#include "core/documents/Printout.h"

#include <QCoreApplication>

class QPrintPreviewDialog;
class QPrinter;
class QWidget;

namespace caiji {

/// A printout in Qt's print preview, printed to any printer from there (the same pages as the
/// PDF: PdfPrinter paints both), or saved as a PDF.
class PrintPreview
{
    Q_DECLARE_TR_FUNCTIONS(caiji::PrintPreview)

public:
    /// The preview, modal; the person prints from it or closes it.
    static void show(QWidget* parent, const Printout& printout);
    /// A preview dialog set up for the printout, not yet shown (tests and screenshots open it).
    static QPrintPreviewDialog* create(QWidget* parent, const Printout& printout, QPrinter* printer);
    /// Asks for a file and writes the printout as a PDF; false when cancelled or refused (said).
    static bool saveAsPdf(QWidget* parent, const Printout& printout, const QString& suggestedName);
};

} // namespace caiji
