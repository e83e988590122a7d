#include "Rounds.h"

#include "../storage/Directory.h"
#include "../storage/RowInserter.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../workflow/Assignments.h"
#include "../workflow/TaskState.h"
#include "../write/WriteGateway.h"

#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace caiji {

namespace {
QString carriedKey(int year)
{
    return QStringLiteral("round.%1.carried").arg(year);
}
} // namespace

bool Rounds::carriesForward(const Table& table)
{
    return table.kind == TableKind::Source || table.kind == TableKind::Single;
}

bool Rounds::allowed(QString* error) const
{
    const QString refused = m_gateway.policy().denial(Action::Administer);
    if (refused.isEmpty())
        return true;
    if (error)
        *error = refused;
    return false;
}

bool Rounds::open(int year, int from, qint64* carried, QString* error)
{
    *carried = 0;
    if (!allowed(error))
        return false;
    Workspace& ws = m_gateway.workspace();
    Directory dir(ws);
    bool fromExists = from == 0;
    for (const Round& r : dir.rounds()) {
        if (r.year == year) {
            if (error)
                *error = tr("Round %1 exists already.").arg(year);
            return false;
        }
        fromExists = fromExists || r.year == from;
    }
    if (!fromExists) {
        if (error)
            *error = tr("There is no round %1 to start from.").arg(from);
        return false;
    }
    WriteGateway::Scope scope(m_gateway);
    const Round r {year, QString::number(year), QString(), QDate(year - 1, 9, 1), QDate(year, 8, 31), QString()};
    if (!dir.addRound(r, error) || !Assignments(ws).assignCatalog(year, error))
        return false;
    const WriteIntent load {WriteOrigin::Load, tr("Carried from round %1").arg(from), false};
    for (const Table& t : ws.catalog().tables) {
        if (from == 0 || !carriesForward(t))
            continue;
        QStringList cols = {QStringLiteral("\"_seq\""), QStringLiteral("\"_dept\"")};
        for (const Field& f : t.fields)
            cols.append(SqlDialect::quote(f.key));
        // In chunks read whole before they are written: on PostgreSQL a result still being
        // read one row at a time would be cut short by the inserts' own statements.
        QHash<QString, std::shared_ptr<RowInserter>> inserters;
        const int n = static_cast<int>(t.fields.size());
        for (qint64 last = -1;;) {
            QSqlQuery q(ws.db());
            if (!SqlUtil::exec(ws.db(),
                    QStringLiteral("SELECT %1 FROM %2 WHERE \"_round\" = ? AND \"_deleted\" = 0 AND \"_seq\" > ? "
                                   "ORDER BY \"_seq\" LIMIT 5000")
                        .arg(cols.join(QLatin1Char(',')), SqlDialect::quote(t.sqlName())),
                    {from, last}, error, &q))
                return false;
            QVector<QPair<QString, QVector<QVariant>>> chunk;
            while (q.next()) {
                last = q.value(0).toLongLong();
                QVector<QVariant> row(n);
                for (int c = 0; c < n; ++c)
                    row[c] = SqlDialect::fromDatabase(t.fields[c], q.value(2 + c));
                chunk.append({q.value(1).toString(), row});
            }
            if (chunk.isEmpty())
                break;
            for (const auto& [dept, row] : std::as_const(chunk)) {
                auto& inserter = inserters[dept];
                if (!inserter) {
                    inserter = m_gateway.inserter(t, year, dept, load, error);
                    if (!inserter)
                        return false;
                }
                inserter->add(dept, row);
            }
            for (const auto& inserter : std::as_const(inserters)) {
                const qint64 before = inserter->inserted();
                if (!inserter->flush(error))
                    return false;
                *carried += inserter->inserted() - before;
            }
        }
    }
    // Rows written up to now came from last year; a change from now on marks them touched.
    const QString at = Workspace::now();
    if (from != 0
        && !ws.setSetting(carriedKey(year),
            QString::fromUtf8(QJsonDocument(QJsonObject {{QStringLiteral("from"), from}, {QStringLiteral("at"), at}})
                                  .toJson(QJsonDocument::Compact)),
            error))
        return false;
    return scope.commit(error);
}

bool Rounds::setState(int year, const QString& state, const QString& reason, QString* error)
{
    Workspace& ws = m_gateway.workspace();
    WriteGateway::Scope scope(m_gateway);
    m_gateway.noteTasksChanged(year); // the round's state is part of every task view
    QSqlQuery q(ws.db());
    if (!SqlUtil::exec(
            ws.db(), QStringLiteral("UPDATE cj_round SET state = ? WHERE year = ?"), {state, year}, error, &q))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no round %1.").arg(year);
        return false;
    }
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral("INSERT INTO cj_journal (at, login, round, op, reason) VALUES (?, ?, ?, ?, ?)"),
            {Workspace::now(), m_gateway.actor().login, year, QStringLiteral("round-") + state,
                reason.isEmpty() ? QVariant() : QVariant(reason)},
            error))
        return false;
    return scope.commit(error);
}

QString Rounds::stateDisplayName(const QString& state)
{
    if (state == QLatin1String("open"))
        return tr("Collecting");
    if (state == QLatin1String("merged"))
        return tr("Aggregated");
    if (state == QLatin1String("approved"))
        return tr("Approved by leadership");
    if (state == QLatin1String("reported"))
        return tr("Reported");
    if (state == QLatin1String("closed") || state == QLatin1String("archived"))
        return tr("Closed");
    return state;
}

QString Rounds::state(int year) const
{
    return SqlUtil::scalar(
        m_gateway.workspace().db(), QStringLiteral("SELECT state FROM cj_round WHERE year = ?"), {year})
        .toString();
}

bool Rounds::move(int year, const QString& from, const QString& to, QString* error)
{
    const QString now = state(year);
    if (now != from) {
        if (error)
            *error = tr("Round %1 is %2: it cannot become %3 now.")
                         .arg(year)
                         .arg(stateDisplayName(now), stateDisplayName(to));
        return false;
    }
    return setState(year, to, QString(), error);
}

bool Rounds::aggregate(int year, QStringList* pending, QString* error)
{
    pending->clear();
    if (!allowed(error))
        return false;
    Workspace& ws = m_gateway.workspace();
    QSqlQuery q(ws.db());
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral("SELECT a.table_code, d.name, a.state FROM cj_assignment a JOIN cj_department d ON d.code = "
                           "a.department WHERE a.round = ? AND a.state <> 'accepted' ORDER BY d.sort, a.table_code"),
            {year}, error, &q))
        return false;
    while (q.next()) {
        TaskState s = TaskState::NotStarted;
        taskStateFromString(q.value(2).toString(), &s);
        pending->append(tr("%1 %2: %3").arg(q.value(0).toString(), q.value(1).toString(), taskStateDisplayName(s)));
    }
    if (!pending->isEmpty()) {
        if (error)
            *error = tr("Round %1 cannot be aggregated: %n task(s) are not accepted yet.", nullptr,
                static_cast<int>(pending->size()))
                         .arg(year);
        return false;
    }
    return move(year, QStringLiteral("open"), QStringLiteral("merged"), error);
}

bool Rounds::approve(int year, QString* error)
{
    const Actor& a = m_gateway.actor();
    if (!a.owner && !a.has(Role::Leader)) {
        if (error)
            *error = tr("Only the college's leadership approves a round.");
        return false;
    }
    return move(year, QStringLiteral("merged"), QStringLiteral("approved"), error);
}

bool Rounds::report(int year, QString* error)
{
    if (!allowed(error))
        return false;
    return move(year, QStringLiteral("approved"), QStringLiteral("reported"), error);
}

bool Rounds::close(int year, QString* error)
{
    return allowed(error) && setState(year, QStringLiteral("closed"), QString(), error);
}

bool Rounds::reopen(int year, const QString& reason, QString* error)
{
    if (reason.trimmed().isEmpty()) {
        if (error)
            *error = tr("Reopening a closed round needs a reason.");
        return false;
    }
    return allowed(error) && setState(year, QStringLiteral("open"), reason.trimmed(), error);
}

QString Rounds::carriedAt(Workspace& ws, int year)
{
    return QJsonDocument::fromJson(ws.setting(carriedKey(year)).toUtf8())
        .object()
        .value(QLatin1String("at"))
        .toString();
}

qint64 Rounds::untouchedCarried(int year, const Table& table, const QString& department, QString* error) const
{
    Workspace& ws = m_gateway.workspace();
    const QString at = carriedAt(ws, year);
    if (at.isEmpty() || !carriesForward(table))
        return 0;
    // A carried row has never been updated since it was written when the round opened.
    return SqlUtil::scalar(ws.db(),
        QStringLiteral("SELECT COUNT(*) FROM %1 WHERE \"_round\" = ? AND \"_dept\" = ? AND \"_deleted\" = 0 AND "
                       "\"_updated_at\" IS NULL AND \"_created_at\" <= ?")
            .arg(SqlDialect::quote(table.sqlName())),
        {year, department, at}, error)
        .toLongLong();
}

} // namespace caiji
