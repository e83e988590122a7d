#include "ImportCommand.h"

#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../write/WriteGateway.h"

#include <QSqlQuery>

namespace caiji {

ImportCommand::ImportCommand(WriteGateway& gateway, const Table& table, int round, ImportRecord record,
    const QString& text, std::function<void(const QString&)> report, std::function<void()> changed)
    : QUndoCommand(text)
    , m_gateway(gateway)
    , m_ws(gateway.workspace())
    , m_table(table)
    , m_round(round)
    , m_record(std::move(record))
    , m_report(std::move(report))
    , m_changed(std::move(changed))
{
    readVersions();
}

void ImportCommand::readVersions()
{
    QStringList ids = QStringList(m_record.inserted.cbegin(), m_record.inserted.cend());
    ids += QStringList(m_record.removed.cbegin(), m_record.removed.cend());
    for (const CellChange& c : m_record.updated)
        ids.append(c.rowId);
    ids.removeDuplicates();
    for (int i = 0; i < ids.size(); i += 200) {
        const QStringList part = ids.mid(i, 200);
        QVariantList binds;
        QStringList marks;
        for (const QString& id : part) {
            binds.append(id);
            marks.append(QStringLiteral("?"));
        }
        QSqlQuery q(m_ws.db());
        if (!SqlUtil::exec(m_ws.db(),
                QStringLiteral("SELECT \"_id\", \"_version\" FROM %1 WHERE \"_id\" IN (%2)")
                    .arg(SqlDialect::quote(m_table.sqlName()), marks.join(QLatin1Char(','))),
                binds, nullptr, &q))
            return;
        while (q.next())
            m_versions.insert(q.value(0).toString(), q.value(1).toLongLong());
    }
}

bool ImportCommand::apply(bool forward)
{
    const WriteIntent intent {WriteOrigin::Import, QStringLiteral("import"), false};
    auto versioned = [this](const QVector<QString>& ids) {
        QVector<QPair<QString, qint64>> out;
        for (const QString& id : ids)
            out.append({id, m_versions.value(id)});
        return out;
    };
    auto settle = [this](const EditResult& r) {
        for (const RowUpdate& u : r.updated)
            m_versions.insert(u.rowId, u.version);
        if (!r.ok || !r.conflicts.isEmpty()) {
            m_report(r.ok ? QCoreApplication::translate("caiji::ImportCommand",
                         "%n row(s) were changed after the import; they were left as they are.", nullptr,
                         static_cast<int>(r.conflicts.size()))
                          : r.error);
            return false;
        }
        return true;
    };
    WriteGateway::Scope scope(m_gateway);
    bool ok = settle(m_gateway.setDeleted(m_table, m_round, versioned(m_record.inserted), !forward, intent));
    ok = ok && settle(m_gateway.setDeleted(m_table, m_round, versioned(m_record.removed), forward, intent));
    QVector<CellChange> cells;
    for (const CellChange& c : forward ? m_record.applied : m_record.updated)
        cells.append({c.rowId, m_versions.value(c.rowId), c.column, c.value});
    // One version step per row even when several of its cells change.
    if (ok && !cells.isEmpty())
        ok = settle(m_gateway.applyCells(m_table, m_round, cells, intent));
    QString error;
    if (ok && !scope.commit(&error)) {
        m_report(error);
        ok = false;
    }
    m_changed();
    return ok;
}

void ImportCommand::undo()
{
    if (!apply(false))
        setObsolete(true);
}

void ImportCommand::redo()
{
    if (m_first) {
        m_first = false; // the import itself did the first "redo"
        return;
    }
    if (!apply(true))
        setObsolete(true);
}

} // namespace caiji
