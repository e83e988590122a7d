#include "PdfPrinter.h"

#include "GridPainter.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPagedPaintDevice>
#include <QPainter>
#include <QPdfWriter>
#include <QSaveFile>
#include <QTextDocument>

namespace caiji {

QString PdfPrinter::fontFamily()
{
    const QStringList families = QFontDatabase::families();
    for (const char* f : {"Noto Serif CJK SC", "Noto Sans CJK SC", "WenQuanYi Zen Hei"}) {
        if (families.contains(QString::fromLatin1(f)))
            return QString::fromLatin1(f);
    }
    return QString();
}

int PdfPrinter::paint(const Printout& printout, QPagedPaintDevice* device)
{
    device->setPageSize(QPageSize(QPageSize::A4));
    device->setPageOrientation(printout.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    const qreal side = printout.landscape ? 12 : 20;
    device->setPageMargins(QMarginsF(side, 12, side, 12), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(device))
        return 0;
    const int dpi = device->logicalDpiY();
    const QString family = fontFamily();
    // Latin letters and digits from a Latin face: the CJK face's digits come out of the PDF
    // unreadable to text extraction (pdftotext drops some), and a 校验码 must copy exactly.
    auto font = [&family](int points, QFont::Weight weight = QFont::Normal) {
        QFont f;
        f.setFamilies({QStringLiteral("DejaVu Serif"), family});
        f.setPointSize(points);
        f.setWeight(weight);
        return f;
    };
    QTextDocument doc;
    doc.documentLayout()->setPaintDevice(device);
    doc.setDefaultFont(font(11));
    doc.setHtml(printout.html);
    const QRectF area(QPointF(0, 0), device->pageLayout().paintRectPixels(dpi).size());
    // A band at the top and one at the bottom of every page for the header and the page numbers.
    const qreal band = dpi * 10 / 25.4; // 10 mm
    const QSizeF body(area.width(), area.height() - 2 * band);
    doc.setPageSize(body);
    const int docPages = doc.pageCount();
    // The grid goes on below the document's last line, and on as many pages as its rows need.
    QVector<QPair<int, int>> gridPages;
    std::unique_ptr<GridPainter> grid;
    qreal gridTop = 0;
    if (!printout.grid.isEmpty()) {
        grid = std::make_unique<GridPainter>(printout.grid, font(9), device, body.width());
        gridTop = doc.documentLayout()->documentSize().height() - (docPages - 1) * body.height();
        gridPages = grid->paginate(body.height() - gridTop, body.height());
    }
    const int count = docPages + qMax<int>(0, static_cast<int>(gridPages.size()) - 1);
    const QFont small = font(9);
    for (int p = 0; p < count; ++p) {
        if (p > 0)
            device->newPage();
        painter.setFont(small);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, 0, area.width(), band * 0.8), Qt::AlignLeft | Qt::AlignVCenter, printout.header);
        painter.drawLine(QPointF(0, band * 0.85), QPointF(area.width(), band * 0.85));
        painter.drawText(QRectF(0, area.height() - band * 0.8, area.width(), band * 0.8), Qt::AlignCenter,
            tr("Page %1 of %2").arg(p + 1).arg(count));
        if (p < docPages) {
            painter.save();
            painter.translate(0, band - p * body.height());
            doc.drawContents(&painter, QRectF(QPointF(0, p * body.height()), body));
            painter.restore();
        }
        const int g = p - (docPages - 1);
        if (grid && g >= 0 && gridPages[g].first < gridPages[g].second) {
            const qreal top = band + (g == 0 ? gridTop : 0);
            grid->paintRows(&painter, gridPages[g].first, gridPages[g].second, grid->paintHeader(&painter, top));
        }
        if (!printout.watermark.isEmpty()) {
            painter.save();
            painter.translate(area.center());
            painter.rotate(-35);
            painter.setFont(font(40, QFont::Bold));
            painter.setPen(QColor(192, 57, 43, 70));
            painter.drawText(
                QRectF(-area.width(), -band * 3, 2 * area.width(), band * 6), Qt::AlignCenter, printout.watermark);
            painter.restore();
        }
    }
    painter.end();
    return count;
}

bool PdfPrinter::print(const Printout& printout, const QString& path, int* pages, QString* error)
{
    // Written beside and renamed into place when whole: a program killed while printing leaves
    // the paper printed before, never half a letter under its name.
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(QFileInfo(path).absoluteFilePath(), file.errorString());
        return false;
    }
    int count = 0;
    {
        QPdfWriter writer(&file);
        writer.setResolution(300);
        writer.setCreator(QStringLiteral("Caiji"));
        writer.setTitle(printout.title);
        count = paint(printout, &writer);
    }
    if (pages)
        *pages = count;
    if (count == 0 || file.size() == 0 || !file.commit()) {
        if (error)
            *error = tr("Cannot write %1.").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    return true;
}

} // namespace caiji
