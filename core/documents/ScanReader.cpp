#include "ScanReader.h"

#include <QFile>
#include <QFileInfo>

#include <poppler-qt6.h>
#include <zbar.h>

namespace caiji {

QByteArray ScanReader::readImage(const QImage& picture)
{
    using namespace zbar; // the C API, in a namespace when compiled as C++
    const QImage gray = picture.convertToFormat(QImage::Format_Grayscale8);
    if (gray.isNull())
        return {};
    QByteArray pixels;
    pixels.reserve(static_cast<qsizetype>(gray.width()) * gray.height());
    for (int y = 0; y < gray.height(); ++y)
        pixels.append(reinterpret_cast<const char*>(gray.constScanLine(y)), gray.width());
    zbar_image_scanner_t* scanner = zbar_image_scanner_create();
    zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 0);
    zbar_image_scanner_set_config(scanner, ZBAR_QRCODE, ZBAR_CFG_ENABLE, 1);
    zbar_image_t* image = zbar_image_create();
    zbar_image_set_format(image, zbar_fourcc('Y', '8', '0', '0'));
    zbar_image_set_size(image, gray.width(), gray.height());
    zbar_image_set_data(image, pixels.constData(), pixels.size(), nullptr);
    QByteArray out;
    if (zbar_scan_image(scanner, image) > 0) {
        const zbar_symbol_t* symbol = zbar_image_first_symbol(image);
        out = QByteArray(zbar_symbol_get_data(symbol), static_cast<int>(zbar_symbol_get_data_length(symbol)));
    }
    zbar_image_destroy(image);
    zbar_image_scanner_destroy(scanner);
    return out;
}

bool ScanReader::readBytes(const QByteArray& content, const QString& fileName, QByteArray* payload, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const QString name = QFileInfo(fileName).fileName();
    if (content.startsWith("%PDF")) {
        std::unique_ptr<Poppler::Document> doc = Poppler::Document::loadFromData(content);
        if (!doc || doc->isLocked())
            return fail(tr("%1 is not a PDF that can be read.").arg(name));
        // 200 dpi reads a printed QR code of 3 cm; a scan's own pixels are finer than that.
        for (int p = 0; p < doc->numPages(); ++p) {
            const std::unique_ptr<Poppler::Page> page = doc->page(p);
            if (!page)
                continue;
            *payload = readImage(page->renderToImage(200, 200));
            if (!payload->isEmpty())
                return true;
        }
        return fail(tr("No QR code was found on the %n page(s) of %1.", nullptr, doc->numPages()).arg(name));
    }
    QImage picture;
    if (!picture.loadFromData(content))
        return fail(tr("%1 is neither a PDF nor a picture that can be read.").arg(name));
    *payload = readImage(picture);
    // A phone's photo is large and a little blurred: zbar finds the code better a size down.
    if (payload->isEmpty() && qMax(picture.width(), picture.height()) > 2000)
        *payload = readImage(picture.scaled(picture.size() / 2, Qt::KeepAspectRatio, Qt::SmoothTransformation));
    if (payload->isEmpty())
        return fail(tr("No QR code was found in %1: scan the letter again, flat and in focus.").arg(name));
    return true;
}

bool ScanReader::read(const QString& path, QByteArray* payload, QByteArray* content, QString* error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1.").arg(path);
        return false;
    }
    const QByteArray bytes = f.readAll();
    if (content)
        *content = bytes;
    return readBytes(bytes, path, payload, error);
}

} // namespace caiji
