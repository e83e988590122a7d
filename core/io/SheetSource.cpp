#include "SheetSource.h"

#include "../util/OpenWorkspaceFiles.h"
#include "CsvReader.h"
#include "XlsProcessReader.h"
#include "XlsReader.h"
#include "XlsxReader.h"

namespace caiji {

int SheetSource::sheetIndex(const QString& nameOrNumber) const
{
    const QVector<SheetInfo> all = sheets();
    for (int i = 0; i < all.size(); ++i) {
        if (all[i].name == nameOrNumber)
            return i;
    }
    bool ok = false;
    const int n = nameOrNumber.toInt(&ok);
    if (ok && n >= 1 && n <= all.size())
        return n - 1;
    return -1;
}

int SheetSource::firstVisibleSheet() const
{
    const QVector<SheetInfo> all = sheets();
    for (int i = 0; i < all.size(); ++i) {
        if (!all[i].hidden)
            return i;
    }
    return 0;
}

std::unique_ptr<SheetSource> SheetSource::open(const QString& path, QString* error)
{
    const QString refused = OpenWorkspaceFiles::refusal(path);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return nullptr;
    }
    if (path.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".xlsm"), Qt::CaseInsensitive)) {
        auto x = std::make_unique<XlsxReader>();
        return x->open(path, error) ? std::move(x) : nullptr;
    }
    if (path.endsWith(QLatin1String(".xls"), Qt::CaseInsensitive)
        || path.endsWith(QLatin1String(".et"), Qt::CaseInsensitive)) {
        if (!XlsProcessReader::helperPath().isEmpty()) {
            auto x = std::make_unique<XlsProcessReader>();
            return x->open(path, error) ? std::move(x) : nullptr;
        }
        auto x = std::make_unique<XlsReader>();
        return x->open(path, error) ? std::move(x) : nullptr;
    }
    auto c = std::make_unique<CsvReader>();
    return c->open(path, error) ? std::move(c) : nullptr;
}

} // namespace caiji
