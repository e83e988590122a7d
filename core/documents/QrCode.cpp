#include "QrCode.h"

#include <QBuffer>
#include <QPainter>

#include <qrencode.h>

#include <memory>

namespace caiji {

QImage QrCode::image(const QByteArray& payload, int moduleSize, QString* error)
{
    std::unique_ptr<QRcode, decltype(&QRcode_free)> code(
        QRcode_encodeData(static_cast<int>(payload.size()), reinterpret_cast<const unsigned char*>(payload.constData()),
            0, QR_ECLEVEL_M),
        &QRcode_free);
    if (!code) {
        if (error)
            *error = tr("The QR code cannot hold %n byte(s).", nullptr, static_cast<int>(payload.size()));
        return QImage();
    }
    constexpr int kQuiet = 4; // modules of white around the code
    const int width = code->width;
    const int side = (width + 2 * kQuiet) * moduleSize;
    QImage img(side, side, QImage::Format_Mono);
    img.fill(1); // white: index 1 after setColor below
    img.setColor(0, qRgb(0, 0, 0));
    img.setColor(1, qRgb(255, 255, 255));
    for (int y = 0; y < width; ++y) {
        for (int x = 0; x < width; ++x) {
            // The lowest bit of each libqrencode module says black.
            if (!(code->data[y * width + x] & 1))
                continue;
            for (int dy = 0; dy < moduleSize; ++dy) {
                for (int dx = 0; dx < moduleSize; ++dx)
                    img.setPixel((x + kQuiet) * moduleSize + dx, (y + kQuiet) * moduleSize + dy, 0);
            }
        }
    }
    return img;
}

QString QrCode::dataUrl(const QByteArray& payload, int moduleSize, QString* error)
{
    const QImage img = image(payload, moduleSize, error);
    if (img.isNull())
        return QString();
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    img.save(&buffer, "PNG");
    return QStringLiteral("data:image/png;base64,") + QString::fromLatin1(png.toBase64());
}

} // namespace caiji
