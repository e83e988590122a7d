#pragma once

#include "RowPage.h"
#include "TableQuery.h"

#include <QMutex>
#include <QSqlQuery>
#include <QThread>
#include <QWaitCondition>

#include <deque>

namespace caiji {

class Workspace;

/// Reads pages of a TableQuery on its own thread and database connection (Qt Sql connections are
/// per thread). Requests carry a generation: a new query discards everything queued for the old
/// one, and the model drops late results of an old generation. Only the newest few page requests
/// are kept, so fast scrolling never builds a queue of pages nobody looks at any more.
class RowLoader : public QThread
{
    Q_OBJECT

public:
    static constexpr int kPageSize = 256;

    explicit RowLoader(const Workspace& ws, QObject* parent = nullptr);
    ~RowLoader() override;

    /// Starts a new generation: the first page and the page index are loaded for it.
    void setQuery(const TableQuery& query, quint64 generation);
    /// Asks for page `index` of the current generation given its anchor (_seq of its first row).
    void requestPage(quint64 generation, int index, const PageAnchor& anchor);
    void stop();
    /// The current row of a TableQuery::pageSql() result.
    static GridRow readRow(const QSqlQuery& q, const Table& table, bool carried = false);

signals:
    void pageLoaded(const caiji::RowPage& page);
    void indexLoaded(const caiji::RowIndex& index);
    void failed(const QString& message);

protected:
    void run() override;

private:
    struct Task
    {
        enum Kind
        {
            Page,
            Index,
        } kind;
        quint64 generation;
        int index;
        PageAnchor anchor;
    };

    bool loadPage(QSqlDatabase& db, const TableQuery& query, const Task& task, QString* error);
    bool loadIndex(QSqlDatabase& db, const TableQuery& query, const Task& task, QString* error);

    const Workspace& m_ws;
    QString m_connectionName;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<Task> m_tasks;
    TableQuery m_query;
    quint64 m_generation = 0;
    bool m_stopping = false;
};

} // namespace caiji
