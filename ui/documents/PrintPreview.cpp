#include "PrintPreview.h"

#include "core/documents/PdfPrinter.h"
#include "ui/dialogs/FileDialogs.h"
#include "ui/dialogs/Notices.h"

#include <QPrintPreviewDialog>
#include <QPrinter>

namespace caiji {

QPrintPreviewDialog* PrintPreview::create(QWidget* parent, const Printout& printout, QPrinter* printer)
{
    printer->setDocName(printout.title);
    printer->setPageSize(QPageSize(QPageSize::A4));
    printer->setPageOrientation(printout.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    auto* dialog = new QPrintPreviewDialog(printer, parent);
    dialog->setWindowTitle(tr("Print preview: %1").arg(printout.title));
    dialog->resize(900, 1000);
    // The preview paints into the printer it was given; printing paints again into the printer
    // the person chose: the printout is copied into the handler so it outlives the caller's.
    QObject::connect(dialog, &QPrintPreviewDialog::paintRequested, dialog,
        [printout](QPrinter* p) { PdfPrinter::paint(printout, p); });
    return dialog;
}

void PrintPreview::show(QWidget* parent, const Printout& printout)
{
    QPrinter printer(QPrinter::HighResolution);
    QPrintPreviewDialog* dialog = create(parent, printout, &printer);
    dialog->exec();
    delete dialog;
}

bool PrintPreview::saveAsPdf(QWidget* parent, const Printout& printout, const QString& suggestedName)
{
    const QString path = FileDialogs::saveFile(parent, tr("Save as PDF"), suggestedName, tr("PDF (*.pdf)"));
    if (path.isEmpty())
        return false;
    QString error;
    if (!PdfPrinter::print(printout, path, nullptr, &error)) {
        Notices::refusal(parent, error, {});
        return false;
    }
    return true;
}

} // namespace caiji
