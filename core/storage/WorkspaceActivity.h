#pragma once

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>

namespace caiji {

class Workspace;

/// What long write is under way on an SQLite workspace, for those who wait for it: a small
/// note beside the file (the workspace's name + "-activity") saying who does what since when,
/// written when an import, a merge or a background job starts and removed when it ends. It
/// travels with the file on a share; a note left by a killed program is only shown while
/// somebody actually holds the write lock, so at worst it names the wrong writer.
class WorkspaceActivity
{
    Q_DECLARE_TR_FUNCTIONS(caiji::WorkspaceActivity)

public:
    WorkspaceActivity(const Workspace& ws, const QString& what);
    ~WorkspaceActivity();
    WorkspaceActivity(const WorkspaceActivity&) = delete;
    WorkspaceActivity& operator=(const WorkspaceActivity&) = delete;

    /// Who holds the write lock of the connection's workspace and doing what, in words for
    /// the person waiting ("学工处的 xgc_cjy 正在导入…，17:35 开始"), or "another program".
    static QString describe(const QSqlDatabase& db);

private:
    static QString notePath(const QSqlDatabase& db);

    QString m_path;
    QByteArray m_written;
};

} // namespace caiji
