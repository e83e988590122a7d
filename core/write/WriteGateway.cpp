#include "WriteGateway.h"

#include "../storage/Directory.h"
#include "../storage/RowInserter.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../workflow/TaskState.h"

#include <QScopeGuard>

namespace caiji {

namespace {
// Events name at most this many rows; a bulk write says how many it wrote instead.
constexpr int kEventRows = 10000;

bool locks(TaskState s)
{
    switch (s) {
    case TaskState::NotStarted:
    case TaskState::Filling:
    case TaskState::Returned:
        return false;
    default:
        return true;
    }
}
} // namespace

QString writeOriginToString(WriteOrigin o)
{
    switch (o) {
    case WriteOrigin::Edit:
        return QStringLiteral("edit");
    case WriteOrigin::Import:
        return QStringLiteral("import");
    case WriteOrigin::Computed:
        return QStringLiteral("computed");
    case WriteOrigin::Cascade:
        return QStringLiteral("cascade");
    case WriteOrigin::Load:
        return QStringLiteral("load");
    }
    return QString();
}

WriteGateway::WriteGateway(Workspace& ws, std::shared_ptr<const AccessPolicy> policy)
    : m_ws(ws)
    , m_policy(std::move(policy))
{
    m_ws.setCurrentUser(m_policy->actor().login);
}

WriteGateway::~WriteGateway() = default;

QString WriteGateway::lockReason(const Table& table, int round, const QString& department) const
{
    const QString roundState
        = SqlUtil::scalar(m_ws.db(), QStringLiteral("SELECT state FROM cj_round WHERE year = ?"), {round}).toString();
    if (roundState == QLatin1String("closed") || roundState == QLatin1String("archived"))
        return tr("Round %1 is closed: its data no longer changes.").arg(round);
    if (department.isEmpty())
        return QString();
    const QString stored = SqlUtil::scalar(m_ws.db(),
                                           QStringLiteral("SELECT state FROM cj_assignment WHERE round = ? AND table_code = ? "
                                                          "AND department = ?"),
                                           {round, table.code, department})
                               .toString();
    TaskState state = TaskState::NotStarted;
    if (!stored.isEmpty() && taskStateFromString(stored, &state) && locks(state))
        return tr("The task %1 of %2 is %3: its data is locked until it is returned for correction.")
            .arg(table.title(), m_policy->departmentName(department), taskStateDisplayName(state));
    return QString();
}

QString WriteGateway::checkWrite(const Table& table, int round, const QString& department, WriteOrigin origin) const
{
    // Computed summaries are a consequence of a permitted write, not a person's write: the
    // summary kind is theirs alone, and they follow their details whatever the task's state.
    if (origin == WriteOrigin::Computed)
        return table.kind == TableKind::Summary ? QString() : tr("Only summary tables are computed.");
    const QString refused = m_policy->denial(origin == WriteOrigin::Import ? Action::Import : Action::Edit, table, department);
    if (!refused.isEmpty())
        return refused;
    return lockReason(table, round, department);
}

EditResult WriteGateway::applyCells(const Table& table, int round, const QVector<CellChange>& changes, const WriteIntent& intent)
{
    Scope scope(*this);
    EditService service(m_ws, table, round);
    service.setRowGuard([&](const QString& d) { return checkWrite(table, round, d, intent.origin); });
    EditResult r = service.applyCells(changes, intent.reason, intent.validate);
    if (!r.ok)
        return r;
    QVector<QString> ids;
    for (const RowUpdate& u : std::as_const(r.updated)) {
        if (ids.size() < kEventRows)
            ids.append(u.rowId);
    }
    if (!r.updated.isEmpty())
        record(table, round, r.departments, ids, r.updated.size(), false, intent);
    if (!scope.commit(&r.error))
        r.ok = false;
    return r;
}

bool WriteGateway::insertRows(const Table& table, int round, const QString& department, const QVector<QVector<QVariant>>& rows,
                              QVector<QString>* ids, QString* error, const WriteIntent& intent)
{
    Scope scope(*this);
    EditService service(m_ws, table, round);
    service.setRowGuard([&](const QString& d) { return checkWrite(table, round, d, intent.origin); });
    QVector<QString> made = ids ? *ids : QVector<QString>();
    if (!service.insertRows(department, rows, &made, error, intent.reason, intent.validate))
        return false;
    record(table, round, {department}, made.mid(0, kEventRows), made.size(), true, intent);
    if (!scope.commit(error))
        return false;
    if (ids)
        *ids = made;
    return true;
}

EditResult WriteGateway::setDeleted(const Table& table, int round, const QVector<QPair<QString, qint64>>& rows, bool deleted,
                                    const WriteIntent& intent)
{
    Scope scope(*this);
    EditService service(m_ws, table, round);
    service.setRowGuard([&](const QString& d) { return checkWrite(table, round, d, intent.origin); });
    EditResult r = service.setDeleted(rows, deleted, intent.reason);
    if (!r.ok)
        return r;
    QVector<QString> ids;
    for (const RowUpdate& u : std::as_const(r.updated)) {
        if (ids.size() < kEventRows)
            ids.append(u.rowId);
    }
    if (!r.updated.isEmpty())
        record(table, round, r.departments, ids, r.updated.size(), true, intent);
    if (!scope.commit(&r.error))
        r.ok = false;
    return r;
}

std::unique_ptr<RowInserter> WriteGateway::inserter(const Table& table, int round, const QString& department,
                                                    const WriteIntent& intent, QString* error)
{
    const QString refused = checkWrite(table, round, department, intent.origin);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return nullptr;
    }
    if (m_depth == 0) {
        if (error)
            *error = tr("A bulk write needs a unit of work (WriteGateway::Scope).");
        return nullptr;
    }
    auto ins = std::make_unique<RowInserter>(m_ws, table, round);
    ins->setReason(intent.reason);
    // The rows are counted when the scope commits: the event says which table and department.
    record(table, round, {department}, {}, 0, true, intent);
    return ins;
}

void WriteGateway::record(const Table& table, int round, const QSet<QString>& departments, const QVector<QString>& rowIds,
                          qint64 count, bool structural, const WriteIntent& intent)
{
    for (ChangeEvent& e : m_pending) {
        if (e.table == table.code && e.round == round && e.origin == intent.origin) {
            e.departments.unite(departments);
            for (const QString& id : rowIds) {
                if (e.rowIds.size() < kEventRows)
                    e.rowIds.append(id);
            }
            e.rowCount += count;
            e.rowsAddedOrRemoved = e.rowsAddedOrRemoved || structural;
            return;
        }
    }
    ChangeEvent e;
    e.table = table.code;
    e.round = round;
    e.departments = departments;
    e.rowIds = rowIds;
    e.rowCount = count;
    e.rowsAddedOrRemoved = structural;
    e.login = actor().login;
    e.reason = intent.reason;
    e.origin = intent.origin;
    m_pending.append(e);
}

void WriteGateway::publishPending()
{
    // Subscribers write too (summaries): their events wait until every listener has had the
    // event that caused them, then are published in turn.
    if (m_publishing)
        return;
    m_publishing = true;
    const auto done = qScopeGuard([this] { m_publishing = false; });
    while (!m_pending.isEmpty()) {
        const QVector<ChangeEvent> events = std::exchange(m_pending, {});
        for (const ChangeEvent& e : events)
            emit m_feed.changed(e);
    }
}

WriteGateway::Scope::Scope(WriteGateway& gateway)
    : m_gateway(gateway)
    , m_tx(std::make_unique<Transaction>(gateway.m_ws.db()))
{
    ++m_gateway.m_depth;
}

WriteGateway::Scope::~Scope()
{
    if (m_done)
        return;
    m_tx.reset(); // rolls back
    if (--m_gateway.m_depth == 0)
        m_gateway.m_pending.clear();
}

bool WriteGateway::Scope::commit(QString* error)
{
    if (m_done)
        return true;
    if (!m_tx->commit(error))
        return false;
    m_done = true;
    if (--m_gateway.m_depth == 0)
        m_gateway.publishPending();
    return true;
}

} // namespace caiji
