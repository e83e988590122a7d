// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "core/documents/QrCode.h"
#include "core/documents/ScanReader.h"

#include <QTest>

using namespace caiji;

// The QR code of a letter, read back by a real decoder (zbar), at the sizes a letter prints it.
class TestQrCode : public QObject
{
    Q_OBJECT

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
        QCOMPARE(ScanReader::readImage(img), payload);
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
