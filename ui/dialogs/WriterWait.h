#pragma once

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace caiji {

class Workspace;

/// A step of the process taken in the window (submit, confirm, return, a comment) while another
/// program holds the workspace's write lock: instead of failing after the window's short wait,
/// a small dialog says who is writing ("正在等待…") with a button to stop waiting, and the step is
/// tried again as LockProbe says (every quarter second, each try only looking whether the lock
/// is free) until it lands, for up to five minutes. A step refused for a reason of its own is
/// not tried again. Grid edits wait without a dialog (GridEditor).
class WriterWait
{
    Q_DECLARE_TR_FUNCTIONS(caiji::WriterWait)

public:
    /// Runs `write` (all or nothing, as every write through the gateway is) and returns what it
    /// returned last: true once it landed; false when refused, given up or waited for too long
    /// (then its own message says so).
    static bool run(QWidget* parent, Workspace& ws, const std::function<bool()>& write);
};

} // namespace caiji
