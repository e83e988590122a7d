#pragma once

namespace caiji {

class Workspace;

/// How a write made on the window's thread waits for another program's write lock without
/// waiting inside SQLite: it is tried again every kIntervalMs for up to kMaxWaitMs, and while a
/// LockProbe lives each try only looks whether the lock is free (a kProbeMs busy timeout,
/// the usual one restored after) — waiting inside SQLite would hold the window for most of
/// every interval. Grid edits (GridEditor) and steps of the process (WriterWait) wait so.
class LockProbe
{
public:
    explicit LockProbe(Workspace& ws);
    ~LockProbe();
    LockProbe(const LockProbe&) = delete;
    LockProbe& operator=(const LockProbe&) = delete;

    static constexpr int kIntervalMs = 250;
    static constexpr int kProbeMs = 5;
    static constexpr int kMaxWaitMs = 5 * 60 * 1000;

private:
    Workspace& m_ws;
    int m_usual;
};

} // namespace caiji
