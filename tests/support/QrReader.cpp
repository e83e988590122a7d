#include "QrReader.h"

#include <zbar.h>

namespace caiji::test {

QByteArray readQr(const QImage& picture)
{
    using namespace zbar; // the C API, in a namespace when compiled as C++
    const QImage gray = picture.convertToFormat(QImage::Format_Grayscale8);
    if (gray.isNull())
        return {};
    QByteArray pixels;
    for (int y = 0; y < gray.height(); ++y)
        pixels.append(reinterpret_cast<const char*>(gray.constScanLine(y)), gray.width());
    zbar_image_scanner_t* scanner = zbar_image_scanner_create();
    zbar_image_scanner_set_config(scanner, ZBAR_NONE, ZBAR_CFG_ENABLE, 1);
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

} // namespace caiji::test
