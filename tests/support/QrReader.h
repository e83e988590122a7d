#pragma once

#include <QByteArray>
#include <QImage>

namespace caiji::test {

/// What a real QR decoder (zbar) reads in a picture; empty when it finds no code.
QByteArray readQr(const QImage& picture);

} // namespace caiji::test
