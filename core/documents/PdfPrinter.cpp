#include "PdfPrinter.h"

#include <QAbstractTextDocumentLayout>
#include <QFileInfo>
#include <QFontDatabase>
#include <QPainter>
#include <QPdfWriter>
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

bool PdfPrinter::print(const QString& html, const Page& page, const QString& path, int* pages, QString* error)
{
    constexpr int kDpi = 300;
    QPdfWriter writer(path);
    writer.setResolution(kDpi);
    writer.setCreator(QStringLiteral("Caiji"));
    writer.setPageSize(QPageSize(QPageSize::A4));
    writer.setPageOrientation(page.landscape ? QPageLayout::Landscape : QPageLayout::Portrait);
    writer.setPageMargins(QMarginsF(20, 12, 20, 12), QPageLayout::Millimeter);
    QPainter painter;
    if (!painter.begin(&writer)) {
        if (error)
            *error = tr("Cannot write %1.").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
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
    doc.documentLayout()->setPaintDevice(&writer);
    doc.setDefaultFont(font(11));
    doc.setHtml(html);
    const QRectF area(QPointF(0, 0), writer.pageLayout().paintRectPixels(kDpi).size());
    // A band at the top and one at the bottom of every page for the header and the page numbers.
    const qreal band = kDpi * 10 / 25.4; // 10 mm
    const QSizeF body(area.width(), area.height() - 2 * band);
    doc.setPageSize(body);
    const int count = doc.pageCount();
    const QFont small = font(9);
    for (int p = 0; p < count; ++p) {
        if (p > 0)
            writer.newPage();
        painter.setFont(small);
        painter.setPen(Qt::black);
        painter.drawText(QRectF(0, 0, area.width(), band * 0.8), Qt::AlignLeft | Qt::AlignVCenter, page.header);
        painter.drawLine(QPointF(0, band * 0.85), QPointF(area.width(), band * 0.85));
        painter.drawText(QRectF(0, area.height() - band * 0.8, area.width(), band * 0.8), Qt::AlignCenter,
            tr("Page %1 of %2").arg(p + 1).arg(count));
        painter.save();
        painter.translate(0, band - p * body.height());
        doc.drawContents(&painter, QRectF(QPointF(0, p * body.height()), body));
        painter.restore();
        if (!page.watermark.isEmpty()) {
            painter.save();
            painter.translate(area.center());
            painter.rotate(-35);
            painter.setFont(font(40, QFont::Bold));
            painter.setPen(QColor(192, 57, 43, 70));
            painter.drawText(
                QRectF(-area.width(), -band * 3, 2 * area.width(), band * 6), Qt::AlignCenter, page.watermark);
            painter.restore();
        }
    }
    painter.end();
    if (pages)
        *pages = count;
    if (QFileInfo(path).size() == 0) {
        if (error)
            *error = tr("Cannot write %1.").arg(QFileInfo(path).absoluteFilePath());
        return false;
    }
    return true;
}

} // namespace caiji
