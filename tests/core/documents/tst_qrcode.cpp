// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "core/documents/QrCode.h"

#include <QTest>

#include <zbar.h>

using namespace caiji;
using namespace zbar; // the C API, in a namespace when compiled as C++

// The QR code of a letter, read back by a real decoder (zbar), at the sizes a letter prints it.
class TestQrCode : public QObject
{
    Q_OBJECT

    static QByteArray decode(const QImage& picture)
    {
        const QImage gray = picture.convertToFormat(QImage::Format_Grayscale8);
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

private slots:
    void readsBack_data()
    {
        QTest::addColumn<QByteArray>("payload");
        QTest::addColumn<int>("module");
        const QByteArray letter = "CAIJI-LETTER 1 2024-JWC-003 "
                                  "e4a9806e00838866d785a51d0e08bb3faf1e88a37b4c9d420f3306d75327099d";
        QTest::newRow("letter, 3 px") << letter << 3;
        QTest::newRow("letter, 6 px") << letter << 6;
        QTest::newRow("short") << QByteArray("WJMR-0VG0-GE46-DNW5-S") << 4;
    }
    void readsBack()
    {
        QFETCH(QByteArray, payload);
        QFETCH(int, module);
        QString error;
        const QImage img = QrCode::image(payload, module, &error);
        QVERIFY2(!img.isNull(), qPrintable(error));
        QCOMPARE(img.width(), img.height());
        QCOMPARE(img.width() % module, 0);
        QCOMPARE(decode(img), payload);
        QVERIFY(QrCode::dataUrl(payload, module, &error).startsWith("data:image/png;base64,"));
    }

    void tooLongIsRefused()
    {
        QString error;
        QVERIFY(QrCode::image(QByteArray(8000, 'x'), 2, &error).isNull());
        QVERIFY(error.contains("8000"));
    }
};

QTEST_GUILESS_MAIN(TestQrCode)
#include "tst_qrcode.moc"
