#pragma once

#include <QCoreApplication>

#include <functional>

class QWidget;

namespace caiji {

class Workspace;

/// A step of the process taken in the window (submit, confirm, return, a comment) while another
/// program holds the workspace's write lock: instead of failing after the window's short wait,
/// a small dialog says who is writing ("正在等待…") with a button to stop waiting, and the step is
/// taken again every quarter second (each try only looks whether the lock is free) until it
/// lands, for up to five minutes. The window stays live meanwhile. A step that is refused for a
/// reason of its own is not tried again. Grid edits wait in their own way (GridEditor).
class WriterWait
{
    Q_DECLARE_TR_FUNCTIONS(caiji::WriterWait)

public:
    /// Runs `write` (all or nothing, as every write through the gateway is) and returns what it
    /// returned last: true once it landed; false when refused, given up or waited for too long
    /// (then its own message says so).
    static bool run(QWidget* parent, Workspace& ws, const std::function<bool()>& write);

    static constexpr int kRetryMs = 250;
    static constexpr int kRetryBusyMs = 5;
    static constexpr int kMaxWaitMs = 5 * 60 * 1000;
};

} // namespace caiji
