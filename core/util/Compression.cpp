#include "Compression.h"

#include <zstd.h>

namespace caiji::Compression {

namespace {
// Level 1: 教务处's 10.7 MB package of the large demo packs to 1.88 MB in 0.02 s (zlib's
// level 6: 1.98 MB in 0.15 s); a merge packs every returned file as the department's new base.
constexpr int kLevel = 1;

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
