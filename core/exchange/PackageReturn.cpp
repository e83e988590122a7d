#include "PackageReturn.h"

#include "OfficeSeal.h"
#include "PackageManifest.h"
#include "PackageScratch.h"

#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"

#include <QFile>
#include <QSaveFile>

namespace caiji {

bool PackageReturn::write(Workspace& package, const QString& path, bool* sealed, QString* error)
{
    PackageManifest m;
    if (!PackageManifest::read(package.db(), &m, error))
        return false;
    if (package.dialect().isPostgres()) {
        if (error)
            *error = tr("A department package is a file; this workspace is on a server.");
        return false;
    }
    const PackageScratch dir;
    const QString copy = dir.filePath(QStringLiteral("return.caijipkg"));
    if (!dir.isValid() || !SqlUtil::exec(package.db(), QStringLiteral("VACUUM INTO ?"), {copy}, error))
        return false;
    QFile f(copy);
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1.").arg(copy);
        return false;
    }
    QByteArray bytes = f.readAll();
    if (!m.sealKey.isEmpty()) {
        bytes = OfficeSeal::seal(bytes, QByteArray::fromBase64(m.sealKey.toLatin1()), error);
        if (bytes.isEmpty())
            return false;
    }
    QSaveFile out(path);
    if (!out.open(QIODevice::WriteOnly) || out.write(bytes) != bytes.size() || !out.commit()) {
        if (error)
            *error = tr("Cannot write %1.").arg(path);
        return false;
    }
    if (sealed)
        *sealed = !m.sealKey.isEmpty();
    return true;
}

} // namespace caiji
