#include "WorkspacePresence.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSaveFile>
#include <QSysInfo>
#include <QUuid>

namespace caiji {

namespace {

QString folderOf(const QString& dbPath)
{
    return dbPath + QStringLiteral("-open");
}

QByteArray toJson(const PresenceNote& n)
{
    return QJsonDocument(QJsonObject {{QStringLiteral("machine"), n.machine}, {QStringLiteral("host"), n.host},
                             {QStringLiteral("pid"), n.pid}, {QStringLiteral("user"), n.user},
                             {QStringLiteral("journal"), n.journalMode},
                             {QStringLiteral("since"), n.since.toUTC().toString(Qt::ISODate)},
                             {QStringLiteral("seen"), n.seen.toUTC().toString(Qt::ISODate)}})
        .toJson(QJsonDocument::Compact);
}

bool fromJson(const QByteArray& bytes, PresenceNote* n)
{
    const QJsonObject o = QJsonDocument::fromJson(bytes).object();
    n->machine = o.value(QStringLiteral("machine")).toString();
    n->host = o.value(QStringLiteral("host")).toString();
    n->pid = o.value(QStringLiteral("pid")).toInteger();
    n->user = o.value(QStringLiteral("user")).toString();
    n->journalMode = o.value(QStringLiteral("journal")).toString();
    n->since = QDateTime::fromString(o.value(QStringLiteral("since")).toString(), Qt::ISODate);
    n->seen = QDateTime::fromString(o.value(QStringLiteral("seen")).toString(), Qt::ISODate);
    return !n->machine.isEmpty() && n->seen.isValid();
}

} // namespace

QString WorkspacePresence::thisMachine()
{
    const QByteArray id = QSysInfo::machineUniqueId();
    return id.isEmpty() ? QSysInfo::machineHostName() : QString::fromLatin1(id);
}

WorkspacePresence::WorkspacePresence(const QString& dbPath, const QString& journalMode)
    : m_dbPath(dbPath)
{
    m_note.machine = thisMachine();
    m_note.host = QSysInfo::machineHostName();
    m_note.pid = QCoreApplication::applicationPid();
    m_note.journalMode = journalMode;
    m_note.since = QDateTime::currentDateTimeUtc();
    m_note.seen = m_note.since;
    // A folder that cannot be written (a read-only share): nobody learns of this program, and
    // nothing else changes.
    if (!write(m_dbPath, m_note, &m_file))
        m_file.clear();
    // Notes of programs killed long ago go (any computer's: a day without renewal is no program).
    const QDateTime dead = m_note.seen.addDays(-1);
    const QFileInfoList files = QDir(folderOf(dbPath)).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    for (const QFileInfo& fi : files) {
        QFile f(fi.filePath());
        PresenceNote n;
        if (f.open(QIODevice::ReadOnly) && fromJson(f.read(4096), &n) && n.seen < dead) {
            f.close();
            f.remove();
        }
    }
}

WorkspacePresence::~WorkspacePresence()
{
    if (m_file.isEmpty())
        return;
    QFile::remove(m_file);
    // The last one out takes the folder away (it stays while others' notes are in it).
    QDir().rmdir(folderOf(m_dbPath));
}

void WorkspacePresence::refresh(const QString& user, const QString& journalMode)
{
    m_note.user = user;
    m_note.journalMode = journalMode;
    m_note.seen = QDateTime::currentDateTimeUtc();
    QString file = m_file;
    if (write(m_dbPath, m_note, &file))
        m_file = file;
}

bool WorkspacePresence::write(const QString& dbPath, const PresenceNote& note, QString* file)
{
    const QString folder = folderOf(dbPath);
    if (!QDir().mkpath(folder))
        return false;
    // One file per open workspace object, named once: the machine, the program, a token.
    const QString target = file && !file->isEmpty()
        ? *file
        : QStringLiteral("%1/%2-%3-%4.json")
              .arg(folder, QString::fromLatin1(note.machine.toUtf8().toHex().left(32)))
              .arg(note.pid)
              .arg(QUuid::createUuid().toString(QUuid::Id128).left(8));
    QSaveFile f(target);
    const QByteArray bytes = toJson(note);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size() || !f.commit())
        return false;
    if (file)
        *file = target;
    return true;
}

QVector<PresenceNote> WorkspacePresence::elsewhere(const QString& dbPath)
{
    QVector<PresenceNote> out;
    const QString mine = thisMachine();
    const QDateTime live = QDateTime::currentDateTimeUtc().addSecs(-60 * kLiveMinutes);
    const QFileInfoList files = QDir(folderOf(dbPath)).entryInfoList({QStringLiteral("*.json")}, QDir::Files);
    for (const QFileInfo& fi : files) {
        QFile f(fi.filePath());
        PresenceNote n;
        if (!f.open(QIODevice::ReadOnly) || !fromJson(f.read(4096), &n))
            continue;
        if (n.machine != mine && n.seen >= live)
            out.append(n);
    }
    return out;
}

QString WorkspacePresence::assess(
    bool onNetworkShare, const QString& journalMode, const QVector<PresenceNote>& elsewhere)
{
    if (journalMode.compare(QLatin1String("wal"), Qt::CaseInsensitive) != 0)
        return QString();
    if (!elsewhere.isEmpty()) {
        QStringList who;
        for (const PresenceNote& n : elsewhere) {
            who.append(tr("%1 on %2 (since %3)")
                           .arg(n.user.isEmpty() ? tr("a user") : n.user, n.host,
                               n.since.toLocalTime().toString(QStringLiteral("MM-dd HH:mm"))));
        }
        return tr("This workspace is also open on another computer: %1. It is open here in WAL mode, which "
                  "only works among the programs of one computer, so writing from both computers can damage it. "
                  "Close it here and open it again once the others have closed it; for many users at once, "
                  "use a PostgreSQL workspace.")
            .arg(who.join(tr("; ")));
    }
    if (onNetworkShare)
        return tr("This workspace is on a network share, but a program on the computer that holds the file has it "
                  "open in WAL mode, which only works among the programs of one computer: writing from here can "
                  "damage it. Close Caiji on that computer, then open the workspace again.");
    return QString();
}

} // namespace caiji
