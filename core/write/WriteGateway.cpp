#include "WriteGateway.h"

#include "../auth/Division.h"
#include "../auth/ServerRoles.h"
#include "../storage/Directory.h"
#include "../storage/NativeSqliteStatement.h"
#include "../storage/RowInserter.h"
#include "../storage/SqlUtil.h"
#include "../workflow/Assignments.h"
#include "BulkCellWriter.h"
#include "KeyUsage.h"

#include <QMap>
#include <QSqlQuery>

#include "../storage/Workspace.h"
#include "../workflow/Deadlines.h"
#include "../workflow/TaskState.h"
#include <algorithm>
#include <numeric>

#include <QScopeGuard>

namespace caiji {

namespace {
// Events name at most this many rows; a bulk write says how many it wrote instead.
constexpr int kEventRows = 10000;
// Rows or values per `IN (...)` list.
constexpr int kBatch = 200;

bool locks(TaskState s)
{
    switch (s) {
    case TaskState::NotStarted:
    case TaskState::Filling:
    case TaskState::Returned:
    case TaskState::Revising:
        return false;
    default:
        return true;
    }
}
} // namespace

WriteGateway::WriteGateway(Workspace& ws, std::shared_ptr<const AccessPolicy> policy)
    : m_ws(ws)
    , m_policy(std::move(policy))
    , m_keys(ws)
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
    // Aggregated, approved or reported: what leadership saw and the Ministry got stays as it is.
    if (roundState == QLatin1String("merged") || roundState == QLatin1String("approved")
        || roundState == QLatin1String("reported"))
        return tr("Round %1 is aggregated for leadership and the Ministry: its data no longer changes unless the "
                  "office reopens it.")
            .arg(round);
    if (department.isEmpty())
        return QString();
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT state, deadline FROM cj_assignment WHERE round = ? AND table_code = ? "
                           "AND department = ?"),
            {round, table.code, department}, nullptr, &q)
        || !q.next())
        return QString();
    TaskState state = TaskState::NotStarted;
    if (!taskStateFromString(q.value(0).toString(), &state))
        return QString();
    if (locks(state))
        return tr("The task %1 of %2 is %3: its data is locked until it is returned for correction.")
            .arg(table.title(), m_policy->departmentName(department), taskStateDisplayName(state));
    // A revision runs until the day the office granted it for.
    if (state == TaskState::Revising) {
        const QString until = SqlUtil::scalar(m_ws.db(),
            QStringLiteral("SELECT MAX(until) FROM cj_unlock WHERE round = ? AND table_code = ? AND department = ? "
                           "AND state = 'granted'"),
            {round, table.code, department})
                                  .toString();
        if (!until.isEmpty() && until < QDate::currentDate().toString(Qt::ISODate))
            return tr("The revision of %1 of %2 ran until %3: its data is locked again. Submit it for confirmation, or "
                      "ask the supervision office for more time.")
                .arg(table.title(), m_policy->departmentName(department), until);
        return QString();
    }
    // Summaries follow their details whatever the calendar says.
    if (table.kind == TableKind::Summary || q.value(1).isNull())
        return QString();
    return Deadlines(m_ws, round)
        .lockReason(table.code, department, tr("%1 of %2").arg(table.title(), m_policy->departmentName(department)),
            state, QDate::fromString(q.value(1).toString(), Qt::ISODate), QDate::currentDate());
}

QString WriteGateway::checkWrite(const Table& table, int round, const QString& department, WriteOrigin origin) const
{
    // Computed summaries are a consequence of a permitted write, not a person's write: the
    // summary kind is theirs alone, and they follow their details whatever the task's state.
    if (origin == WriteOrigin::Computed)
        return table.kind == TableKind::Summary ? QString() : tr("Only summary tables are computed.");
    // A merge writes what the department did in its package: the office's, through the task's
    // lock (the package carries the task's state; an accepted task's change was a conflict the
    // office resolved), never through a closed round.
    if (origin == WriteOrigin::Merge) {
        if (!m_policy->actor().isOffice())
            return tr("Only the supervision office merges department packages.");
        const QString closed = lockReason(table, round, QString());
        return closed;
    }
    const QString refused
        = m_policy->denial(origin == WriteOrigin::Import ? Action::Import : Action::Edit, table, department);
    if (!refused.isEmpty())
        return refused;
    return lockReason(table, round, department);
}

QString WriteGateway::revisionScope(
    const Table& table, int round, const QString& department, const QVector<int>& columns) const
{
    if (department.isEmpty())
        return QString();
    const QString state = SqlUtil::scalar(m_ws.db(),
        QStringLiteral("SELECT state FROM cj_assignment WHERE round = ? AND table_code = ? AND department = ?"),
        {round, table.code, department})
                              .toString();
    if (state != taskStateToString(TaskState::Revising))
        return QString();
    // The last grant decides: its fields, or (none named) the whole table.
    const QString fields = SqlUtil::scalar(m_ws.db(),
        QStringLiteral("SELECT fields FROM cj_unlock WHERE round = ? AND table_code = ? AND department = ? AND "
                       "state = 'granted' ORDER BY id DESC LIMIT 1"),
        {round, table.code, department})
                               .toString();
    const QStringList open = fields.split(QLatin1Char(','), Qt::SkipEmptyParts);
    if (open.isEmpty())
        return QString();
    for (const int c : columns) {
        const Field& f = table.fields.at(c);
        if (open.contains(f.key))
            continue;
        QStringList names;
        for (const QString& k : open)
            names.append(table.field(k) ? table.field(k)->name : k);
        return tr("The revision of %1 opens only %2: %3 stays as confirmed, and no row is added or deleted.")
            .arg(table.title(), names.join(QStringLiteral("、")), f.name);
    }
    return QString();
}

EditResult WriteGateway::applyCells(
    const Table& table, int round, const QVector<CellChange>& changes, const WriteIntent& intent)
{
    Scope scope(*this);
    EditResult r;
    if (!keysMayChange(table, round, changes, intent, &r))
        return r;
    EditService service(m_ws, table, round);
    guardRows(service, table, round, intent);
    const QVector<KeyChange> keys = r.keyChanges;
    r = service.applyCells(changes, intent.reason, intent.validate);
    return finishCells(table, round, keys, intent, scope, r);
}

EditResult WriteGateway::applyCellQuery(
    const Table& table, int round, const QString& select, const QVariantList& binds, const WriteIntent& intent)
{
    return applyStagedCells(
        table, round,
        [&select, &binds](BulkCellWriter& staged, QString* error) { return staged.stageQuery(select, binds, error); },
        intent);
}

EditResult WriteGateway::applyCellTable(
    const Table& table, int round, const QString& stageTable, const WriteIntent& intent)
{
    return applyStagedCells(
        table, round,
        [&stageTable](BulkCellWriter& staged, QString* error) { return staged.stageTable(stageTable, error); }, intent);
}

EditResult WriteGateway::applyStagedCells(const Table& table, int round,
    const std::function<bool(BulkCellWriter&, QString*)>& stage, const WriteIntent& intent)
{
    Scope scope(*this);
    EditResult r;
    sqlite3* handle = NativeSqliteStatement::handleOf(m_ws.db());
    if (!handle) {
        r.error = tr("Rows are written from a query only in a workspace file (SQLite).");
        return r;
    }
    BulkCellWriter staged(handle, table, round);
    EditService service(m_ws, table, round);
    guardRows(service, table, round, intent);
    if (!stage(staged, &r.error) || (intent.validate && !service.checkStaged(staged, &r.error)))
        return r;
    // The changes of keys other tables use, as applyCells is given them.
    QVector<int> referenced;
    for (int i = 0; i < table.fields.size(); ++i) {
        if (KeyUsage::isReferenced(m_ws.catalog(), table, table.fields[i].key))
            referenced.append(i);
    }
    QVector<CellChange> keyCells;
    if (!referenced.isEmpty()
        && !staged.forEach(
            referenced,
            [&keyCells](const QString& id, int column, const QVariant& value) {
                keyCells.append({id, 0, column, value});
                return true;
            },
            &r.error))
        return r;
    if (!keysMayChange(table, round, keyCells, intent, &r))
        return r;
    const QVector<KeyChange> keys = r.keyChanges;
    r = service.applyStaged(staged, intent.reason);
    return finishCells(table, round, keys, intent, scope, r);
}

void WriteGateway::guardRows(EditService& service, const Table& table, int round, const WriteIntent& intent)
{
    service.setRowGuard([this, &table, round, origin = intent.origin](const QString& d, const QVector<int>& columns) {
        const QString refused = checkWrite(table, round, d, origin);
        return refused.isEmpty() ? revisionScope(table, round, d, columns) : refused;
    });
}

bool WriteGateway::keysMayChange(
    const Table& table, int round, const QVector<CellChange>& changes, const WriteIntent& intent, EditResult* r)
{
    // A key other tables use never changes silently under them.
    if (!m_keys.changesOf(table, round, changes, &r->keyChanges, &r->error))
        return false;
    if (r->keyChanges.isEmpty() || intent.cascadeKeys)
        return true;
    qint64 rows = 0;
    QStringList what;
    for (const KeyChange& k : std::as_const(r->keyChanges)) {
        rows += k.rows();
        what.append(k.describe(m_ws.catalog(), m_policy->departmentNames()));
    }
    r->error = tr("The change would break %n row(s) of other tables that use the old value: %1. Change them too, or "
                  "leave the key as it is.",
        nullptr, static_cast<int>(rows))
                   .arg(what.join(QStringLiteral("。")));
    return false;
}

EditResult WriteGateway::finishCells(const Table& table, int round, const QVector<KeyChange>& keys,
    const WriteIntent& intent, Scope& scope, EditResult r)
{
    r.keyChanges = keys;
    if (!r.ok)
        return r;
    if (!keys.isEmpty() && !cascade(round, keys, intent, &r.error)) {
        r.ok = false;
        return r;
    }
    finish(table, round, &r, false, intent, scope);
    return r;
}

void WriteGateway::finish(
    const Table& table, int round, EditResult* r, bool structural, const WriteIntent& intent, Scope& scope)
{
    QVector<QString> ids;
    for (const RowUpdate& u : std::as_const(r->updated)) {
        if (ids.size() < kEventRows)
            ids.append(u.rowId);
    }
    if (!r->updated.isEmpty())
        record(table, round, r->departments, ids, r->updated.size(), structural, intent);
    if (!scope.commit(&r->error))
        r->ok = false;
}

QString WriteGateway::vanishedKeys()
{
    QStringList problems;
    qint64 rows = 0;
    QString error;
    if (!m_keys.vanished(m_policy->departmentNames(), &problems, &rows, &error))
        return error;
    if (problems.isEmpty())
        return QString();
    return tr("The rows to be deleted hold keys that %n row(s) of other tables still use: %1. Nothing was changed.",
        nullptr, static_cast<int>(rows))
        .arg(problems.join(QStringLiteral("。")));
}

bool WriteGateway::cascade(int round, const QVector<KeyChange>& changes, const WriteIntent& intent, QString* error)
{
    WriteIntent carried = intent;
    carried.origin = WriteOrigin::Cascade;
    carried.reason = QStringLiteral("cascade");
    carried.validate = false;
    // Per dependent table and field: old value → new value, written in one call each.
    QMap<QPair<QString, QString>, QHash<QString, QString>> work;
    for (const KeyChange& k : changes) {
        for (const KeyDependent& d : k.dependents)
            work[{d.table, d.field}].insert(k.before, k.after);
    }
    for (auto w = work.constBegin(); w != work.constEnd(); ++w) {
        const Table* t = m_ws.catalog().table(w.key().first);
        const int column = t ? t->fieldIndex(w.key().second) : -1;
        if (column < 0)
            continue;
        const QString field = SqlDialect::quote(w.key().second);
        QVector<CellChange> rows;
        const bool read = SqlUtil::selectIn(
            m_ws.db(),
            QStringLiteral(
                "SELECT \"_id\", \"_version\", %1 FROM %2 WHERE \"_round\" = ? AND \"_deleted\" = 0 AND %1 IN (%in)")
                .arg(field, SqlDialect::quote(t->sqlName())),
            {round}, w.value().keys(), kBatch,
            [&](const QSqlQuery& q) {
                const QString now = w.value().value(q.value(2).toString());
                rows.append({q.value(0).toString(), q.value(1).toLongLong(), column,
                    now.isEmpty() ? QVariant() : QVariant(now)});
            },
            error);
        if (!read)
            return false;
        EditService service(m_ws, *t, round);
        // The key's keeper had the right to change it; a locked task still stops it.
        service.setRowGuard([&](const QString& d, const QVector<int>&) { return lockReason(*t, round, d); });
        const EditResult r = service.applyCells(rows, carried.reason, false);
        if (!r.ok || !r.conflicts.isEmpty()) {
            if (error)
                *error = r.ok ? tr("Rows of table %1 changed meanwhile; nothing was changed.").arg(t->code) : r.error;
            return false;
        }
        QVector<QString> ids;
        for (const RowUpdate& u : r.updated)
            ids.append(u.rowId);
        record(*t, round, r.departments, ids, r.updated.size(), false, carried);
    }
    return true;
}

bool WriteGateway::insertRows(const Table& table, int round, const QString& department,
    const QVector<QVector<QVariant>>& rows, QVector<QString>* ids, QString* error, const WriteIntent& intent)
{
    Scope scope(*this);
    EditService service(m_ws, table, round);
    service.setRowGuard([&](const QString& d, const QVector<int>& columns) {
        const QString refused = checkWrite(table, round, d, intent.origin);
        return refused.isEmpty() ? revisionScope(table, round, d, columns) : refused;
    });
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

bool WriteGateway::insertRowTable(const Table& table, int round, const QString& department, const QString& stageTable,
    qint64* rows, QString* error, const WriteIntent& intent)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    Scope scope(*this);
    sqlite3* handle = NativeSqliteStatement::handleOf(m_ws.db());
    if (!handle)
        return fail(tr("Rows are written from a query only in a workspace file (SQLite)."));
    QString why = checkInsert(table, round, department, intent);
    if (!why.isEmpty())
        return fail(why);
    // Read as a cell write's stage is (each distinct value checked once), then copied; the
    // writer empties it when it goes.
    BulkCellWriter staged(handle, table, round);
    if (!staged.stageTable(stageTable, &why)
        || (intent.validate && !EditService(m_ws, table, round).checkStaged(staged, &why, true)))
        return fail(why);
    QVector<QString> ids; // the first few, for the change event
    {
        NativeSqliteStatement q(
            handle, QStringLiteral("SELECT id FROM %1 ORDER BY rowid LIMIT %2").arg(stageTable).arg(kEventRows));
        if (!q.isValid())
            return fail(q.errorText());
        while (q.next(&why))
            ids.append(q.text(0));
        if (!why.isEmpty())
            return fail(why);
    }
    RowInserter ins(m_ws, table, round);
    ins.setReason(intent.reason);
    if (!ins.insertFrom(department, stageTable, &why))
        return fail(why);
    *rows = ins.inserted();
    record(table, round, {department}, ids, ins.inserted(), true, intent);
    return scope.commit(error);
}

EditResult WriteGateway::setDeleted(
    const Table& table, int round, const QVector<QPair<QString, qint64>>& rows, bool deleted, const WriteIntent& intent)
{
    Scope scope(*this);
    EditResult r;
    if (deleted && !intent.cascadeKeys && !m_keys.noteVanishing(table, round, rows, &r.error))
        return r;
    EditService service(m_ws, table, round);
    service.setRowGuard([&](const QString& d, const QVector<int>& columns) {
        const QString refused = checkWrite(table, round, d, intent.origin);
        return refused.isEmpty() ? revisionScope(table, round, d, columns) : refused;
    });
    r = service.setDeleted(rows, deleted, intent.reason);
    if (!r.ok)
        return r;
    finish(table, round, &r, true, intent, scope);
    return r;
}

QString WriteGateway::checkInsert(
    const Table& table, int round, const QString& department, const WriteIntent& intent) const
{
    QString refused = checkWrite(table, round, department, intent.origin);
    if (refused.isEmpty() && intent.origin != WriteOrigin::Computed) {
        QVector<int> all(table.fields.size());
        std::iota(all.begin(), all.end(), 0);
        refused = revisionScope(table, round, department, all);
    }
    return refused;
}

std::unique_ptr<RowInserter> WriteGateway::inserter(
    const Table& table, int round, const QString& department, const WriteIntent& intent, QString* error)
{
    const QString refused = checkInsert(table, round, department, intent);
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

std::unique_ptr<RowInserter> WriteGateway::stagedInserter(
    const Table& table, int round, const QString& department, const WriteIntent& intent, QString* error)
{
    const QString refused = checkInsert(table, round, department, intent);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return nullptr;
    }
    auto ins = std::make_unique<RowInserter>(m_ws, table, round);
    ins->setReason(intent.reason);
    ins->setStaged(true);
    return ins;
}

bool WriteGateway::publishStaged(RowInserter& staged, const Table& table, int round, const QString& department,
    const WriteIntent& intent, QString* error)
{
    if (m_depth == 0) {
        if (error)
            *error = tr("A bulk write needs a unit of work (WriteGateway::Scope).");
        return false;
    }
    // Checked again: the task may have moved on while the rows were gathered.
    const QString refused = checkInsert(table, round, department, intent);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    record(table, round, {department}, {}, 0, true, intent);
    return staged.publish(error);
}

void WriteGateway::record(const Table& table, int round, const QSet<QString>& departments,
    const QVector<QString>& rowIds, qint64 count, bool structural, const WriteIntent& intent)
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

void WriteGateway::noteTasksChanged(int round)
{
    Q_ASSERT(m_depth > 0);
    m_movedRounds.insert(round);
}

bool WriteGateway::hasDomainReview(const Table& table, const QString& department) const
{
    // A domain reviewer (业务审核) looks at what other departments fill of the tables their own
    // department leads, when that department has an active reviewer account.
    if (m_policy->leads(table, department) || m_policy->reviews(table, department))
        return false;
    return SqlUtil::scalar(m_ws.db(),
               QStringLiteral("SELECT COUNT(*) FROM cj_user u JOIN cj_user_role r ON r.login = u.login "
                              "WHERE r.role = ? AND u.active = 1 AND u.department = ?"),
               {roleToString(Role::Reviewer), m_policy->reviewerOf(table)})
               .toLongLong()
        > 0;
}

bool WriteGateway::saveDivision(const Division& division, const QString& reason, QStringList* changed, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    const QString refused = m_policy->denial(Action::Administer);
    if (!refused.isEmpty())
        return fail(refused);
    QString e;
    const QVector<Department> departments = Directory(m_ws).departments(&e);
    if (!e.isEmpty())
        return fail(e);
    const QString problem = division.check(m_ws.catalog(), departments);
    if (!problem.isEmpty())
        return fail(problem);
    Division before;
    if (!Division::load(m_ws, &before, error))
        return false;
    const QStringList tables = division.changedFrom(before);
    if (changed)
        *changed = tables;
    if (tables.isEmpty())
        return true; // nothing to write: saving the same division twice changes nothing
    Scope scope(*this);
    if (!SqlUtil::exec(m_ws.db(), QStringLiteral("DELETE FROM cj_division"), error))
        return false;
    const QString insert
        = QStringLiteral("INSERT INTO cj_division (table_code, department, role, sort) VALUES (?, ?, ?, ?)");
    for (const Table& t : m_ws.catalog().tables) {
        const TableDivision d = division.of(t.code);
        if (!SqlUtil::exec(m_ws.db(), insert, {t.code, d.lead, QStringLiteral("lead"), 0}, error))
            return false;
        for (int i = 0; i < d.contributing.size(); ++i) {
            if (!SqlUtil::exec(m_ws.db(), insert, {t.code, d.contributing[i], QStringLiteral("fill"), i + 1}, error))
                return false;
        }
        if (!d.reviewer.isEmpty()
            && !SqlUtil::exec(m_ws.db(), insert, {t.code, d.reviewer, QStringLiteral("review"), 0}, error))
            return false;
    }
    QSqlQuery rounds(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(), QStringLiteral("SELECT year FROM cj_round WHERE state = 'open'"), {}, error, &rounds))
        return false;
    QVector<int> open;
    while (rounds.next())
        open.append(rounds.value(0).toInt());
    for (const int round : std::as_const(open)) {
        if (!Assignments(m_ws).follow(round, division, error))
            return false;
        m_movedRounds.insert(round);
    }
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("INSERT INTO cj_journal (at, login, op, new_value, reason) VALUES (?, ?, ?, ?, ?)"),
            {Workspace::now(), actor().login, QStringLiteral("division"), tables.join(QLatin1Char(' ')),
                reason.trimmed().isEmpty() ? QVariant() : QVariant(reason.trimmed())},
            error))
        return false;
    // The server's own copy of who reads and writes what (PostgreSQL row policies read it).
    if (ServerRoles(m_ws).installed() && !ServerRoles(m_ws).fillAccess(error))
        return false;
    return scope.commit(error);
}

bool WriteGateway::moveTask(int round, const TaskMove& move, TaskState* reached, QString* error)
{
    const Table* table = m_ws.catalog().table(move.table);
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!table)
        return fail(tr("The catalog has no table %1.").arg(move.table));
    Scope scope(*this);
    const QString stored = SqlUtil::scalar(m_ws.db(),
        QStringLiteral("SELECT state FROM cj_assignment WHERE round = ? AND table_code = ? AND department = ?"),
        {round, table->code, move.department})
                               .toString();
    TaskState from = TaskState::NotStarted;
    if (stored.isEmpty() || !taskStateFromString(stored, &from))
        return fail(tr("%1 is not a task of %2 in round %3.")
                        .arg(table->title(), m_policy->departmentName(move.department))
                        .arg(round));
    const bool review = hasDomainReview(*table, move.department);
    const QString refused = TaskTransitions::denial(*m_policy, *table, move.department, move.action, from, review);
    if (!refused.isEmpty())
        return fail(refused);
    if (move.action == TaskAction::Return && move.reason.trimmed().isEmpty())
        return fail(tr("A return needs a reason: say what the department must correct."));
    if (move.action == TaskAction::Unlock && move.reason.trimmed().isEmpty())
        return fail(tr("Unlocking a confirmed task needs a reason: say what is to be revised."));
    TaskState to = from;
    TaskTransitions::target(move.action, from, review, &to);
    const QString now = Workspace::now();
    const Actor& a = actor();
    const QString role = a.owner ? QStringLiteral("owner")
        : a.isOffice() && (move.action == TaskAction::Accept || move.action == TaskAction::Return)
        ? roleToString(Role::SupervisorAdmin)
        : a.roles.isEmpty() ? QString()
                            : roleToString(a.roles.first());
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("UPDATE cj_assignment SET state = ?, updated_at = ? WHERE round = ? AND table_code = ? "
                           "AND department = ? AND state = ?"),
            {taskStateToString(to), now, round, table->code, move.department, stored}, error, &q))
        return false;
    if (q.numRowsAffected() != 1)
        return fail(tr("%1 of %2 changed state meanwhile; please look again.")
                        .arg(table->title(), m_policy->departmentName(move.department)));
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("INSERT INTO cj_task_event (round, table_code, department, action, from_state, to_state, "
                           "login, role, at, reason) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
            {round, table->code, move.department, taskActionToString(move.action), stored, taskStateToString(to),
                a.login, role, now, move.reason.trimmed()},
            error))
        return false;
    for (const TaskComment& c : move.comments) {
        if (c.text.trimmed().isEmpty())
            continue;
        if (!c.field.isEmpty() && !table->field(c.field))
            return fail(tr("Table %1 has no field %2 to comment on.").arg(table->code, c.field));
        if (!SqlUtil::exec(m_ws.db(),
                QStringLiteral("INSERT INTO cj_comment (round, table_code, department, row_id, field, text, author, "
                               "at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'open')"),
                {round, table->code, move.department, c.rowId.isNull() ? QStringLiteral("") : c.rowId,
                    c.field.isNull() ? QStringLiteral("") : c.field, c.text.trimmed(), a.login, now},
                error))
            return false;
    }
    m_movedRounds.insert(round);
    if (!scope.commit(error))
        return false;
    if (reached)
        *reached = to;
    return true;
}

WriteGateway::Scope::Scope(WriteGateway& gateway)
    : m_gateway(gateway)
    , m_tx(std::make_unique<Transaction>(gateway.m_ws.db()))
{
    // Whoever writes now is journaled as the author, even when two gateways share a workspace.
    if (m_gateway.m_depth == 0)
        m_gateway.m_ws.setCurrentUser(m_gateway.actor().login);
    ++m_gateway.m_depth;
}

WriteGateway::Scope::~Scope()
{
    if (m_done)
        return;
    m_tx.reset(); // rolls back
    if (--m_gateway.m_depth == 0) {
        m_gateway.m_pending.clear();
        m_gateway.m_keys.forget();
        m_gateway.m_movedRounds.clear();
    }
}

bool WriteGateway::Scope::commit(QString* error)
{
    if (m_done)
        return true;
    if (m_gateway.m_depth == 1 && m_gateway.m_keys.hasVanishing()) {
        const QString broken = m_gateway.vanishedKeys();
        if (!broken.isEmpty()) {
            if (error)
                *error = broken;
            return false; // the destructor rolls back
        }
    }
    if (m_gateway.m_depth == 1 && m_gateway.m_beforeCommit && !m_gateway.m_pending.isEmpty()
        && !m_gateway.m_beforeCommit(m_gateway.m_pending, error))
        return false; // the destructor rolls back
    if (!m_tx->commit(error))
        return false;
    m_done = true;
    if (--m_gateway.m_depth == 0) {
        m_gateway.publishPending();
        for (const int round : std::exchange(m_gateway.m_movedRounds, {}))
            emit m_gateway.m_feed.tasksChanged(round);
    }
    return true;
}

} // namespace caiji
