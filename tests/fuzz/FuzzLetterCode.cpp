// libFuzzer target: what people type or scan to check a letter: the short code (caiji-cli
// verify WS CODE) and the QR payload read from a scan.
#include "core/documents/Fingerprint.h"
#include "core/documents/LetterRegistry.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace caiji;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    Fingerprint::normalizeCode(QString::fromUtf8(bytes), &error);
    QString number;
    QByteArray hash;
    LetterRegistry::parsePayload(bytes, &number, &hash);
    return 0;
}
