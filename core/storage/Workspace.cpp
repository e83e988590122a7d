#include "Workspace.h"

#include "NativeSqliteStatement.h"

#include <sqlite3.h>

#include "../util/OpenWorkspaceFiles.h"

#include "../catalog/CatalogJson.h"
#include "SqlUtil.h"
#include "WalCheckpointer.h"
#include "WorkspacePresence.h"
#include "WorkspaceSchema.h"

#include <QAtomicInt>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>

namespace caiji {

namespace {
QAtomicInt g_connectionCounter;

const QString kAppTag = QStringLiteral("caiji");
} // namespace

Workspace::~Workspace()
{
    m_checkpointer.reset(); // before the connection it checkpoints for
    if (!m_connection.isEmpty())
        closeConnection(m_connection);
    if (m_held)
        OpenWorkspaceFiles::release(m_location.path);
    m_presence.reset();
}

void Workspace::holdFile()
{
    if (m_location.backend == Backend::Sqlite && !m_held) {
        OpenWorkspaceFiles::hold(m_location.path);
        m_held = true;
        const QString mode = journalMode();
        m_presence = std::make_unique<WorkspacePresence>(m_location.path, mode);
        refreshPresence();
        if (mode == QLatin1String("wal"))
            m_checkpointer = std::make_unique<WalCheckpointer>(NativeSqliteStatement::handleOf(db()), m_location.path);
    }
}

QString Workspace::journalMode() const
{
    return SqlUtil::scalar(db(), QStringLiteral("PRAGMA journal_mode")).toString().toLower();
}

QString Workspace::refreshPresence()
{
    if (!m_presence)
        return QString();
    const QString mode = journalMode();
    m_presence->refresh(m_user, mode);
    m_sharingWarning = WorkspacePresence::assess(
        WorkspaceLocation::onNetworkShare(m_location.path), mode, WorkspacePresence::elsewhere(m_location.path));
    return m_sharingWarning;
}

QString Workspace::newConnectionName()
{
    return QStringLiteral("caiji-ws-%1").arg(g_connectionCounter.fetchAndAddRelaxed(1));
}

void Workspace::closeConnection(const QString& name)
{
    {
        QSqlDatabase db = QSqlDatabase::database(name, false);
        if (db.isValid())
            db.close();
    }
    QSqlDatabase::removeDatabase(name);
}

QSqlDatabase Workspace::openConnection(const QString& name, QString* error) const
{
    return m_location.connect(name, true, error);
}

QString Workspace::now()
{
    return QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
}

std::unique_ptr<Workspace> Workspace::create(const QString& location, const Catalog& catalog, QString* error)
{
    std::unique_ptr<Workspace> ws(new Workspace);
    if (!WorkspaceLocation::parse(location, &ws->m_location, error))
        return nullptr;
    ws->m_dialect = SqlDialect(ws->m_location.backend);
    if (ws->m_location.backend == Backend::Sqlite && QFileInfo::exists(ws->m_location.path)) {
        if (error)
            *error = tr("%1 already exists; choose another file name or open it instead.").arg(ws->m_location.path);
        return nullptr;
    }
    ws->m_connection = newConnectionName();
    QSqlDatabase db = ws->m_location.connect(ws->m_connection, false, error);
    if (!db.isOpen())
        return nullptr;
    ws->holdFile();
    if (!db.tables().isEmpty()) {
        if (error)
            *error = tr("The database %1 is not empty; a new workspace needs an empty database.")
                         .arg(ws->m_location.displayName());
        return nullptr;
    }
    if (!ws->migrate(error) || !ws->install(catalog, error)) {
        // Leave nothing half-made behind: the same command can simply be run again.
        const WorkspaceLocation loc = ws->m_location;
        ws.reset();
        if (loc.backend == Backend::Sqlite) {
            for (const char* suffix : {"", "-wal", "-shm", "-journal"})
                QFile::remove(loc.path + QLatin1String(suffix));
        }
        return nullptr;
    }
    ws->m_catalog = catalog;
    return ws;
}

std::unique_ptr<Workspace> Workspace::open(const QString& location, QString* error)
{
    WorkspaceLocation loc;
    if (!WorkspaceLocation::parse(location, &loc, error))
        return nullptr;
    return open(loc, error);
}

std::unique_ptr<Workspace> Workspace::open(const WorkspaceLocation& location, QString* error)
{
    std::unique_ptr<Workspace> ws(new Workspace);
    ws->m_location = location;
    ws->m_dialect = SqlDialect(ws->m_location.backend);
    ws->m_connection = newConnectionName();
    QSqlDatabase db = ws->m_location.connect(ws->m_connection, true, error);
    if (!db.isOpen())
        return nullptr;
    ws->holdFile();
    QString ignored;
    const QVariant app
        = SqlUtil::scalar(db, QStringLiteral("SELECT value FROM cj_meta WHERE key = 'app'"), {}, &ignored);
    if (app.toString() != kAppTag) {
        if (error)
            *error = tr("%1 is not a Caiji workspace (or the file is damaged).").arg(ws->m_location.displayName());
        return nullptr;
    }
    if (!ws->migrate(error) || !ws->loadCatalog(error))
        return nullptr;
    return ws;
}

bool Workspace::install(const Catalog& catalog, QString* error)
{
    QSqlDatabase database = db();
    Transaction tx(database);
    const QStringList metaValues = {QStringLiteral("app"), kAppTag, QStringLiteral("created_at"), now()};
    for (int i = 0; i < metaValues.size(); i += 2) {
        if (!SqlUtil::exec(database, QStringLiteral("INSERT INTO cj_meta (key, value) VALUES (?, ?)"),
                {metaValues[i], metaValues[i + 1]}, error))
            return false;
    }
    if (!SqlUtil::exec(database,
            QStringLiteral("INSERT INTO cj_catalog (id, name, version, json, installed_at, is_current) "
                           "VALUES (?, ?, ?, ?, ?, 1)"),
            {catalog.id, catalog.name, catalog.version, QString::fromUtf8(CatalogJson::serialize(catalog)), now()},
            error))
        return false;
    for (const Table& t : catalog.tables) {
        for (const QString& stmt : WorkspaceSchema::dataTable(m_dialect, t)) {
            if (!SqlUtil::exec(database, stmt, error))
                return false;
        }
    }
    return tx.commit(error);
}

bool Workspace::migrate(QString* error)
{
    QSqlDatabase database = db();
    int version = 0;
    if (database.tables().contains(QStringLiteral("cj_meta"))) {
        version = SqlUtil::scalar(database, QStringLiteral("SELECT value FROM cj_meta WHERE key = 'schema_version'"))
                      .toInt();
    }
    if (version > WorkspaceSchema::kCurrentVersion) {
        if (error)
            *error = tr("The workspace %1 was made by a newer version of Caiji (schema %2; this program "
                        "understands up to %3). Please upgrade Caiji.")
                         .arg(m_location.displayName())
                         .arg(version)
                         .arg(WorkspaceSchema::kCurrentVersion);
        return false;
    }
    if (version == WorkspaceSchema::kCurrentVersion) {
        m_schemaVersion = version;
        return true;
    }
    QStringList indexes;
    {
        QSqlQuery q(database);
        const QString list = m_dialect.isPostgres()
            ? QStringLiteral("SELECT indexname FROM pg_indexes WHERE schemaname = current_schema()")
            : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'index'");
        if (!SqlUtil::exec(database, list, {}, error, &q))
            return false;
        while (q.next())
            indexes.append(q.value(0).toString());
    }
    // Each step runs in its own transaction, so a crash leaves the workspace at a whole version.
    while (version < WorkspaceSchema::kCurrentVersion) {
        Transaction tx(database);
        for (const QString& stmt : WorkspaceSchema::migrationStep(m_dialect, version, indexes)) {
            if (!SqlUtil::exec(database, stmt, error))
                return false;
        }
        ++version;
        const QString upsert = QStringLiteral("INSERT INTO cj_meta (key, value) VALUES ('schema_version', ?) "
                                              "ON CONFLICT (key) DO UPDATE SET value = excluded.value");
        if (!SqlUtil::exec(database, upsert, {QString::number(version)}, error) || !tx.commit(error))
            return false;
    }
    m_schemaVersion = version;
    return true;
}

bool Workspace::loadCatalog(QString* error)
{
    QSqlQuery q(db());
    if (!SqlUtil::exec(db(), QStringLiteral("SELECT id, json FROM cj_catalog WHERE is_current = 1"), {}, error, &q))
        return false;
    if (!q.next()) {
        if (error)
            *error = tr("The workspace %1 has no catalog installed.").arg(m_location.displayName());
        return false;
    }
    const QString id = q.value(0).toString();
    return CatalogJson::parse(
        q.value(1).toString().toUtf8(), tr("(catalog %1 stored in the workspace)").arg(id), &m_catalog, error);
}

QString Workspace::setting(const QString& key, const QString& fallback) const
{
    const QVariant v = SqlUtil::scalar(db(), QStringLiteral("SELECT value FROM cj_setting WHERE key = ?"), {key});
    return v.isValid() ? v.toString() : fallback;
}

bool Workspace::setSetting(const QString& key, const QString& value, QString* error)
{
    return SqlUtil::exec(db(),
        QStringLiteral("INSERT INTO cj_setting (key, value) VALUES (?, ?) "
                       "ON CONFLICT (key) DO UPDATE SET value = excluded.value"),
        {key, value}, error);
}

void Workspace::setBusyTimeout(int milliseconds)
{
    m_busyTimeoutMs = milliseconds;
    if (sqlite3* handle = NativeSqliteStatement::handleOf(db()))
        sqlite3_busy_timeout(handle, milliseconds);
}

} // namespace caiji
