#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>
#include <QString>

namespace caiji {

/// A QR code (libqrencode) as a picture for the printouts: black modules on white with the quiet
/// zone the standard asks for, error correction level M (a creased or stamped letter still reads).
class QrCode
{
    Q_DECLARE_TR_FUNCTIONS(caiji::QrCode)

public:
    /// `payload` as 8-bit data; each module `moduleSize` pixels. A null image with `error` set when
    /// the payload is too long for a QR code.
    static QImage image(const QByteArray& payload, int moduleSize, QString* error);
    /// The same as a PNG `data:` URL, for an `<img>` in an HTML template.
    static QString dataUrl(const QByteArray& payload, int moduleSize, QString* error);
};

} // namespace caiji
