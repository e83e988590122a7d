#include "FindingTally.h"

namespace caiji {

FindingTally& FindingTally::operator+=(const FindingTally& o)
{
    errors += o.errors;
    warnings += o.warnings;
    explained += o.explained;
    return *this;
}

QString FindingTally::taskKey(const QString& table, const QString& department)
{
    return table + QLatin1Char('|') + department;
}

QHash<QString, FindingTally> FindingTally::perTask(
    const QVector<Finding>& findings, const QHash<QString, Explanation>& explanations)
{
    QHash<QString, FindingTally> out;
    for (const Finding& f : findings) {
        FindingTally& t = out[taskKey(f.table, f.department)];
        if (f.severity == Severity::Error) {
            ++t.errors;
        } else if (f.severity == Severity::Warning) {
            ++t.warnings;
            const auto e = explanations.constFind(Explanations::keyOf(f));
            if (e != explanations.constEnd() && e->status == QLatin1String("accepted"))
                ++t.explained;
        }
    }
    return out;
}

} // namespace caiji
