#pragma once

#include <QByteArray>
#include <QCoreApplication>
#include <QImage>

namespace caiji {

/// Finds a letter's QR code in a scan or a photo of the paper (zbar): a picture (PNG, JPEG …)
/// or a PDF, whose pages Poppler renders until one shows a code.
class ScanReader
{
    Q_DECLARE_TR_FUNCTIONS(caiji::ScanReader)

public:
    /// What the first QR code in the file holds; false with `error` when the file cannot be read
    /// or shows no code. `content` receives the file's bytes when given.
    static bool read(const QString& path, QByteArray* payload, QByteArray* content, QString* error);
    /// The same for a file already read (`fileName` says what kind it is and names it in errors).
    static bool readBytes(const QByteArray& content, const QString& fileName, QByteArray* payload, QString* error);
    /// What the first QR code in a picture holds; empty when none is found.
    static QByteArray readImage(const QImage& picture);
};

} // namespace caiji
