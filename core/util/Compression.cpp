#include "Compression.h"

#include <zstd.h>

namespace caiji::Compression {

namespace {
// Level 3 (zstd's default): about as small as zlib's level 6, packed four times as fast.
constexpr int kLevel = 3;

bool isZstd(const QByteArray& packed)
{
    static const char magic[] = {'\x28', '\xB5', '\x2F', '\xFD'};
    return packed.size() >= 4 && memcmp(packed.constData(), magic, 4) == 0;
}
} // namespace

QByteArray pack(const QByteArray& data)
{
    QByteArray out(static_cast<qsizetype>(ZSTD_compressBound(static_cast<size_t>(data.size()))), Qt::Uninitialized);
    const size_t n = ZSTD_compress(
        out.data(), static_cast<size_t>(out.size()), data.constData(), static_cast<size_t>(data.size()), kLevel);
    if (ZSTD_isError(n))
        return QByteArray();
    out.truncate(static_cast<qsizetype>(n));
    return out;
}

QByteArray unpack(const QByteArray& packed)
{
    if (!isZstd(packed))
        return qUncompress(packed);
    const unsigned long long size = ZSTD_getFrameContentSize(packed.constData(), static_cast<size_t>(packed.size()));
    if (size == ZSTD_CONTENTSIZE_ERROR || size == ZSTD_CONTENTSIZE_UNKNOWN || size > (1ull << 31))
        return QByteArray();
    QByteArray out(static_cast<qsizetype>(size), Qt::Uninitialized);
    const size_t n = ZSTD_decompress(
        out.data(), static_cast<size_t>(out.size()), packed.constData(), static_cast<size_t>(packed.size()));
    if (ZSTD_isError(n) || n != size)
        return QByteArray();
    return out;
}

} // namespace caiji::Compression
