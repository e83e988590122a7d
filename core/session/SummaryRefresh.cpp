#include "SummaryRefresh.h"

#include "../validation/SummaryBuilder.h"
#include "../write/WriteGateway.h"

namespace caiji {

SummaryRefresh::SummaryRefresh(WriteGateway& gateway, QObject* parent)
    : QObject(parent)
    , m_gateway(gateway)
{
    connect(&gateway.feed(), &ChangeFeed::changed, this, &SummaryRefresh::onChanged);
}

void SummaryRefresh::onChanged(const ChangeEvent& event)
{
    // A load (the demo) computes every summary once at its end.
    if (event.origin == WriteOrigin::Computed || event.origin == WriteOrigin::Load)
        return;
    SummaryBuilder builder(m_gateway, event.round);
    for (const QString& summary : builder.dependents(event.table)) {
        int changed = 0;
        if (!builder.rebuild(summary, &changed, &m_error))
            return;
    }
}

} // namespace caiji
