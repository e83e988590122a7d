#pragma once

#include <QTemporaryDir>

namespace caiji {

/// A folder of its own in the system's temporary folder for a package's plain copy while it is
/// merged (and a returned package's before it is sealed): a department's data. A program killed
/// meanwhile cannot remove it, so the folders such programs left are removed when the next one
/// is made — named caiji-package-…, untouched for a day (no merge or return takes that long).
class PackageScratch
{
public:
    PackageScratch();
    PackageScratch(const PackageScratch&) = delete;
    PackageScratch& operator=(const PackageScratch&) = delete;

    bool isValid() const { return m_dir.isValid(); }
    QString filePath(const QString& name) const { return m_dir.filePath(name); }
    QString path() const { return m_dir.path(); }

    /// Removes the scratch folders in `folder` (the system's temporary folder when empty)
    /// untouched for `seconds`; how many.
    static int removeStale(const QString& folder = QString(), qint64 seconds = kStaleSeconds);
    static constexpr qint64 kStaleSeconds = 24 * 3600;

private:
    QTemporaryDir m_dir;
};

} // namespace caiji
