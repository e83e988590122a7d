#include "LockProbe.h"

#include "Workspace.h"

namespace caiji {

LockProbe::LockProbe(Workspace& ws)
    : m_ws(ws)
    , m_usual(ws.busyTimeout())
{
    m_ws.setBusyTimeout(kProbeMs);
}

LockProbe::~LockProbe()
{
    m_ws.setBusyTimeout(m_usual);
}

} // namespace caiji
