// libFuzzer target: a catalog file (caiji-cli catalog check, a workspace's own catalog).
#include "core/catalog/CatalogJson.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    caiji::Catalog catalog;
    QString error;
    caiji::CatalogJson::parse(
        QByteArray::fromRawData(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size)),
        QStringLiteral("fuzz.json"), &catalog, &error);
    return 0;
}
