#pragma once

#include <QByteArray>

namespace caiji {

/// Compression of what the workspace keeps whole (a package's base): Zstandard, whose
/// unpacking runs several times faster than zlib's, which matters when twenty bases of
/// 15 MB each are unpacked in one merge.
namespace Compression {

QByteArray pack(const QByteArray& data);
/// Unpacks what pack() made (or zlib's qCompress of an earlier version). Null when damaged.
QByteArray unpack(const QByteArray& packed);

} // namespace Compression

} // namespace caiji
