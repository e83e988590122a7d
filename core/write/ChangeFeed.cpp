#include "ChangeFeed.h"

namespace caiji {

QString writeOriginToString(WriteOrigin o)
{
    switch (o) {
    case WriteOrigin::Edit:
        return QStringLiteral("edit");
    case WriteOrigin::Import:
        return QStringLiteral("import");
    case WriteOrigin::Computed:
        return QStringLiteral("computed");
    case WriteOrigin::Cascade:
        return QStringLiteral("cascade");
    case WriteOrigin::Load:
        return QStringLiteral("load");
    case WriteOrigin::Merge:
        return QStringLiteral("merge");
    }
    return QString();
}

} // namespace caiji
