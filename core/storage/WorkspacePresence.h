#pragma once

#include <QCoreApplication>
#include <QDateTime>
#include <QString>
#include <QVector>

namespace caiji {

/// A program that has an SQLite workspace open, as its note beside the file says.
struct PresenceNote
{
    QString machine; ///< QSysInfo::machineUniqueId, or the host name where there is none
    QString host; ///< the computer's name, for people
    qint64 pid = 0;
    QString user;
    QString journalMode; ///< "wal" or "delete"
    QDateTime since;
    QDateTime seen; ///< the last time the program said it is still there (UTC)
};

/// Who has an SQLite workspace open on which computer: a note per open workspace in a folder
/// beside the file (the workspace's name + "-open"), written when it opens, renewed while it
/// stays open (refresh()), removed when it closes. SQLite's WAL journal works only among the
/// programs of one computer (its shared memory is not shared over a network), so a file that
/// another computer has open must use the rollback journal, and a file still in WAL while
/// another computer has it open is not safe: both are decided from these notes. A note whose
/// program died is ignored once it has not been renewed for kLiveMinutes.
class WorkspacePresence
{
    Q_DECLARE_TR_FUNCTIONS(caiji::WorkspacePresence)

public:
    /// Writes this program's note for the workspace file at `dbPath`.
    WorkspacePresence(const QString& dbPath, const QString& journalMode);
    ~WorkspacePresence();
    WorkspacePresence(const WorkspacePresence&) = delete;
    WorkspacePresence& operator=(const WorkspacePresence&) = delete;

    /// Renews the note (who works in it now, and that the program is still there).
    void refresh(const QString& user, const QString& journalMode);

    /// The live notes of programs on other computers.
    static QVector<PresenceNote> elsewhere(const QString& dbPath);
    /// Empty when the way the file is open is safe; else what is not, in words for the user.
    static QString assess(bool onNetworkShare, const QString& journalMode, const QVector<PresenceNote>& elsewhere);
    /// Writes a note (tests write other computers' notes with it).
    static bool write(const QString& dbPath, const PresenceNote& note, QString* file = nullptr);
    static QString thisMachine();

    static constexpr int kLiveMinutes = 10;
    /// How often a program that stays open renews its note.
    static constexpr int kRefreshMs = 2 * 60 * 1000;

private:
    QString m_dbPath;
    QString m_file; ///< empty when the folder cannot be written: nothing else changes
    PresenceNote m_note;
};

} // namespace caiji
