#include "RowLoader.h"

#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"

#include <QAtomicInt>
#include <QSqlQuery>

namespace caiji {

namespace {
QAtomicInt g_loaderCounter;
constexpr size_t kMaxQueuedPages = 6;
} // namespace

RowLoader::RowLoader(const Workspace& ws, QObject* parent)
    : QThread(parent)
    , m_ws(ws)
    , m_connectionName(QStringLiteral("caiji-loader-%1").arg(g_loaderCounter.fetchAndAddRelaxed(1)))
{
    qRegisterMetaType<caiji::RowPage>();
    qRegisterMetaType<caiji::RowIndex>();
}

RowLoader::~RowLoader()
{
    stop();
    wait();
}

void RowLoader::stop()
{
    QMutexLocker lock(&m_mutex);
    m_stopping = true;
    m_tasks.clear();
    m_wake.wakeAll();
}

void RowLoader::setQuery(const TableQuery& query, quint64 generation)
{
    QMutexLocker lock(&m_mutex);
    m_query = query;
    m_generation = generation;
    m_tasks.clear();
    m_tasks.push_back({Task::Page, generation, 0, {}});
    m_tasks.push_back({Task::Index, generation, 0, {}});
    m_wake.wakeAll();
}

void RowLoader::requestPage(quint64 generation, int index, const PageAnchor& anchor)
{
    QMutexLocker lock(&m_mutex);
    if (generation != m_generation)
        return;
    for (const Task& t : m_tasks) {
        if (t.kind == Task::Page && t.index == index)
            return;
    }
    // Newest first: the page the user looks at now matters more than one scrolled past.
    m_tasks.push_front({Task::Page, generation, index, anchor});
    size_t pages = 0;
    for (auto it = m_tasks.begin(); it != m_tasks.end();) {
        if (it->kind == Task::Page && ++pages > kMaxQueuedPages)
            it = m_tasks.erase(it);
        else
            ++it;
    }
    m_wake.wakeAll();
}

void RowLoader::run()
{
    QString error;
    QSqlDatabase db = m_ws.openConnection(m_connectionName, &error);
    if (!db.isOpen()) {
        emit failed(error);
        Workspace::closeConnection(m_connectionName);
        return;
    }
    for (;;) {
        Task task;
        TableQuery query;
        {
            QMutexLocker lock(&m_mutex);
            while (!m_stopping && m_tasks.empty())
                m_wake.wait(&m_mutex);
            if (m_stopping)
                break;
            task = m_tasks.front();
            m_tasks.pop_front();
            query = m_query;
        }
        const bool ok
            = task.kind == Task::Page ? loadPage(db, query, task, &error) : loadIndex(db, query, task, &error);
        if (!ok)
            emit failed(error);
    }
    db = QSqlDatabase();
    Workspace::closeConnection(m_connectionName);
}

bool RowLoader::loadPage(QSqlDatabase& db, const TableQuery& query, const Task& task, QString* error)
{
    const bool first = task.index == 0;
    QSqlQuery q(db);
    if (!SqlUtil::exec(db, query.pageSql(kPageSize, first), query.pageValues(task.anchor, first), error, &q))
        return false;
    RowPage page;
    page.generation = task.generation;
    page.index = task.index;
    page.rows.reserve(kPageSize);
    while (q.next())
        page.rows.append(readRow(q, query.table, !query.carriedAt.isEmpty()));
    emit pageLoaded(page);
    return true;
}

GridRow RowLoader::readRow(const QSqlQuery& q, const Table& table, bool carried)
{
    GridRow r;
    r.seq = q.value(0).toLongLong();
    r.id = q.value(1).toString();
    r.version = q.value(2).toLongLong();
    r.department = q.value(3).toString();
    r.usage = q.value(4).toLongLong();
    r.sortKey = q.value(5);
    const int n = static_cast<int>(table.fields.size());
    r.values.resize(n);
    for (int i = 0; i < n; ++i)
        r.values[i] = SqlDialect::fromDatabase(table.fields[i], q.value(6 + i));
    if (carried)
        r.carried = q.value(6 + n).toInt() == 1;
    return r;
}

bool RowLoader::loadIndex(QSqlDatabase& db, const TableQuery& query, const Task& task, QString* error)
{
    QSqlQuery q(db);
    if (!SqlUtil::exec(db, query.anchorSql(kPageSize), query.whereValues(), error, &q))
        return false;
    RowIndex index;
    index.generation = task.generation;
    while (q.next()) {
        index.anchors.append({q.value(0), q.value(1).toLongLong()});
        index.count = q.value(3).toLongLong();
    }
    emit indexLoaded(index);
    return true;
}

} // namespace caiji
