// libFuzzer target: a returned department package as the merge opens it (SQLite file checked,
// manifest read), and a manifest's JSON alone.
#include "core/exchange/PackageFile.h"
#include "core/exchange/PackageManifest.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace caiji;
    const QByteArray bytes(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    QString error;
    PackageManifest manifest;
    PackageManifest::fromJson(bytes, &manifest, &error);
    PackageFile package;
    package.open(bytes, QStringLiteral("fuzz.caijipkg"), &error);
    return 0;
}
