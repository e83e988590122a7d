#include "WorkspaceActivity.h"

#include "Workspace.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSysInfo>

namespace caiji {

QString WorkspaceActivity::notePath(const QSqlDatabase& db)
{
    if (db.driverName() != QLatin1String("QSQLITE") || db.databaseName().isEmpty())
        return QString();
    return db.databaseName() + QStringLiteral("-activity");
}

WorkspaceActivity::WorkspaceActivity(const Workspace& ws, const QString& what)
    : m_path(notePath(ws.db()))
{
    if (m_path.isEmpty())
        return;
    const QJsonObject note {{QStringLiteral("who"), ws.currentUser()}, {QStringLiteral("what"), what},
        {QStringLiteral("since"), QDateTime::currentDateTime().toString(QStringLiteral("HH:mm"))},
        {QStringLiteral("host"), QSysInfo::machineHostName()},
        {QStringLiteral("pid"), QCoreApplication::applicationPid()}};
    m_written = QJsonDocument(note).toJson(QJsonDocument::Compact);
    // Written beside and renamed into place, so that a reader never meets half a note; not with
    // QSaveFile, which waits for the disk (3 ms a merge, for a note nobody needs after a crash).
    const QString temp = m_path + QLatin1Char('.') + QString::number(QCoreApplication::applicationPid());
    QFile f(temp);
    const bool written = f.open(QIODevice::WriteOnly | QIODevice::Truncate) && f.write(m_written) == m_written.size();
    f.close();
    QFile::remove(m_path);
    if (!written || !QFile::rename(temp, m_path)) {
        QFile::remove(temp);
        m_path.clear(); // a read-only folder: nobody learns who waits, nothing else changes
    }
}

WorkspaceActivity::~WorkspaceActivity()
{
    if (m_path.isEmpty())
        return;
    // Only our own note: another long write may have begun since ours ended its transaction.
    QFile f(m_path);
    if (f.open(QIODevice::ReadOnly) && f.readAll() == m_written) {
        f.close();
        f.remove();
    }
}

QString WorkspaceActivity::describe(const QSqlDatabase& db)
{
    const QString path = notePath(db);
    QFile f(path);
    if (path.isEmpty() || !f.open(QIODevice::ReadOnly))
        return tr("another program or user");
    const QJsonObject note = QJsonDocument::fromJson(f.read(4096)).object();
    const QString who = note.value(QStringLiteral("who")).toString();
    const QString what = note.value(QStringLiteral("what")).toString();
    if (what.isEmpty())
        return tr("another program or user");
    return tr("%1: %2, since %3 on %4")
        .arg(who.isEmpty() ? tr("another user") : who, what, note.value(QStringLiteral("since")).toString(),
            note.value(QStringLiteral("host")).toString());
}

} // namespace caiji
