#include "SheetSource.h"

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

} // namespace caiji
