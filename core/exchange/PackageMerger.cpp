#include "PackageMerger.h"

#include "OfficeSeal.h"

#include "../documents/LetterRegistry.h"
#include "../storage/Directory.h"
#include "../storage/NativeSqliteStatement.h"
#include "../storage/SqlDialect.h"
#include "../storage/SqlUtil.h"
#include "../storage/SqliteAttachment.h"
#include "../storage/SqliteImage.h"
#include "../storage/Workspace.h"
#include "../storage/WorkspaceActivity.h"
#include "../util/Compression.h"
#include "../value/ValueParser.h"
#include "../workflow/Assignments.h"
#include "../write/WriteGateway.h"

#include <QScopeGuard>
#include <QSqlQuery>
#include <QtConcurrent/QtConcurrentRun>

#include <sodium.h>
#include <sqlite3.h>

namespace caiji {

bool PackageMerger::check(const PackageManifest& m, QString* error) const
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    Workspace& ws = m_gateway.workspace();
    if (m.workspace
        != SqlUtil::scalar(ws.db(), QStringLiteral("SELECT value FROM cj_meta WHERE key = 'workspace_id'")).toString())
        return fail(
            tr("The package of %1 was issued by another workspace: it cannot be merged here.").arg(m.departmentName));
    if (SqlUtil::scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM cj_round WHERE year = ?"), {m.round}).toInt()
        == 0)
        return fail(tr("The package is for round %1, which this workspace does not have.").arg(m.round));
    if (m.catalogId != ws.catalog().id || m.catalogVersion != ws.catalog().version)
        return fail(tr("The package was filled with catalog %1 %2; this workspace uses %3 %4. Issue a new package.")
                        .arg(m.catalogId, m.catalogVersion, ws.catalog().id, ws.catalog().version));
    Department d;
    if (!Directory(ws).findDepartment(m.department, &d))
        return fail(tr("The package is for department %1, which this workspace does not have.").arg(m.department));
    // The package as issued says to whom: a package that claims another department is refused.
    QSqlQuery q(ws.db());
    if (!SqlUtil::exec(
            ws.db(), QStringLiteral("SELECT department, round FROM cj_package WHERE id = ?"), {m.id}, error, &q))
        return false;
    if (q.next() && (q.value(0).toString() != m.department || q.value(1).toInt() != m.round))
        return fail(tr("The package claims to be %1's of round %2, but it was issued to %3 for round %4.")
                        .arg(m_gateway.policy().departmentName(m.department))
                        .arg(m.round)
                        .arg(m_gateway.policy().departmentName(q.value(0).toString()))
                        .arg(q.value(1).toInt()));
    return true;
}

bool PackageMerger::decided(const QString& packageId, QHash<QString, Resolution>* out, QString* error) const
{
    Workspace& ws = m_gateway.workspace();
    QSqlQuery q(ws.db());
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral("SELECT table_code, row_id, field, kind, resolution, value, base_value, master_value, "
                           "package_value FROM cj_conflict WHERE package_id = ? AND state = 'resolved'"),
            {packageId}, error, &q))
        return false;
    while (q.next()) {
        MergeConflict c;
        c.table = q.value(0).toString();
        c.rowId = q.value(1).toString();
        c.field = q.value(2).toString();
        c.kind = q.value(3).toString();
        c.base = q.value(6).toString();
        c.master = q.value(7).toString();
        c.package = q.value(8).toString();
        Resolution r;
        r.choice = q.value(4).toString();
        const Table* t = ws.catalog().table(c.table);
        const Field* f = t ? t->field(c.field) : nullptr;
        if (r.choice == QLatin1String("value") && f)
            r.value = ValueParser::parse(ws.catalog(), *f, q.value(5).toString()).value;
        out->insert(c.key(), r);
    }
    return true;
}

PackageMerger::KeptFile PackageMerger::keep(const QByteArray& image)
{
    KeptFile k;
    k.packed = Compression::pack(image);
    // BLAKE2b-256 (libsodium) of the packed file, a fifth of its size: the returned file's
    // identity. The same file packs alike; were it ever packed otherwise (another zstd), it
    // would only be merged once more, to the same result.
    static const bool ready = sodium_init() >= 0;
    Q_UNUSED(ready)
    QByteArray digest(crypto_generichash_BYTES, '\0');
    crypto_generichash(reinterpret_cast<unsigned char*>(digest.data()), static_cast<size_t>(digest.size()),
        reinterpret_cast<const unsigned char*>(k.packed.constData()), static_cast<unsigned long long>(k.packed.size()),
        nullptr, 0);
    k.hash = QString::fromLatin1(digest.toHex());
    return k;
}

bool PackageMerger::report(qint64 done, QString* error) const
{
    if (!m_progress || m_progress(done, 1000))
        return true;
    if (error)
        *error = tr("The merge was cancelled: nothing changed.");
    return false;
}

bool PackageMerger::isSealed(const QByteArray& bytes)
{
    return OfficeSeal::isSealed(bytes);
}

bool PackageMerger::merge(QByteArray bytes, const QString& name, MergeOutcome* out, QString* error)
{
    *out = MergeOutcome();
    if (!m_gateway.actor().isOffice()) {
        if (error)
            *error = tr("Only the supervision office merges department packages.");
        return false;
    }
    Workspace& ws = m_gateway.workspace();
    // A sealed package opens only with the office's key; opening it checks that nothing changed.
    QByteArray plain;
    const bool sealed = OfficeSeal::isSealed(bytes);
    if (sealed && !OfficeSeal::open(ws, m_sealPassword, bytes, &plain, error))
        return false;
    // Read in memory where it lies (made readable so before anything else reads it; the
    // caller's bytes are copied for it only when the caller keeps them too).
    QByteArray image = sealed ? std::move(plain) : std::move(bytes);
    SqliteImage::makeReadable(&image);
    // Packing the file as the department's next base (and its hash, of what is kept) and SQLite's
    // check of its pages run on other cores while the base the office kept is unpacked here:
    // each is a pass over tens of megabytes.
    QFuture<KeptFile> keeping = QtConcurrent::run(&PackageMerger::keep, image);
    PackageFile package;
    if (!package.open(image, name, error, PackageFile::Check::Later))
        return false;
    const PackageManifest& m = package.manifest();
    // The same file merged already: nothing to do (its hash is the workspace's record of it).
    QSqlQuery seen(ws.db());
    if (!SqlUtil::exec(
            ws.db(), QStringLiteral("SELECT state, returned_hash FROM cj_package WHERE id = ?"), {m.id}, error, &seen))
        return false;
    const bool mergedBefore = seen.next() && seen.value(0).toString() == QLatin1String("merged");
    const QString mergedHash = mergedBefore ? seen.value(1).toString() : QString();
    seen.finish(); // no statement left open while the merge writes
    if (mergedBefore) {
        if (!package.verified(error) || !check(m, error))
            return false;
        if (mergedHash == keeping.result().hash) {
            out->manifest = m;
            out->committed = true;
            return true;
        }
    }
    // The base: the package as the office issued it. Without it every difference is a conflict.
    std::unique_ptr<PackageFile> base;
    const QVariant kept
        = SqlUtil::scalar(ws.db(), QStringLiteral("SELECT base FROM cj_package_base WHERE id = ?"), {m.id});
    if (!kept.toByteArray().isEmpty()) {
        base = std::make_unique<PackageFile>();
        if (!base->open(Compression::unpack(kept.toByteArray()), tr("the base of %1").arg(name), error,
                PackageFile::Check::Trusted))
            return false;
    }
    // SQLite's check of the package's pages goes on while the plan is made: its verdict is
    // waited for before the plan is used, and said before anything else about a damaged file.
    const auto refused = [&package, error] {
        QString damage;
        if (!package.verified(&damage) && error)
            *error = damage;
        return false;
    };
    if (!check(m, error))
        return refused();
    out->manifest = m;
    out->knownBase = base != nullptr;
    // Whether it must come back sealed is what the office issued, not what the file says now.
    const bool mustBeSealed = base ? !base->manifest().sealKey.isEmpty() : !m.sealKey.isEmpty();
    if (!sealed && mustBeSealed) {
        if (error)
            *error = tr("%1 was issued to come back sealed, but this file is not sealed: ask %2 to return it with "
                        "caiji-cli package return (or File, Send the package back).")
                         .arg(name, m.departmentName);
        return refused();
    }
    QHash<QString, Resolution> done;
    if (!decided(m.id, &done, error))
        return refused();
    const WorkspaceActivity activity(ws, tr("merging the package of %1").arg(m.departmentName));
    // On SQLite the package and its base are read on the workspace's own connection too: the
    // rows only the department changed then go from file to file in SQL, not one by one
    // through here. Attached outside any transaction (and so let go after this merge's).
    std::unique_ptr<SqliteAttachment> attachedPackage;
    std::unique_ptr<SqliteAttachment> attachedBase;
    AttachedPackage attached {QStringLiteral("cj_merge_package"), QStringLiteral("cj_merge_base")};
    sqlite3* handle = NativeSqliteStatement::handleOf(ws.db());
    if (handle && base && sqlite3_get_autocommit(handle)) {
        attachedPackage = std::make_unique<SqliteAttachment>(handle, package.image(), attached.package);
        attachedBase = std::make_unique<SqliteAttachment>(handle, base->image(), attached.base);
    }
    const bool bySql = attachedPackage && attachedPackage->isAttached() && attachedBase->isAttached();
    const auto release = qScopeGuard([&ws] { MergePlan::release(ws); });
    WriteGateway::Scope scope(m_gateway);
    const BulkWriteCache cache(ws.db());
    QVector<TableMerge> writes;
    QVector<MergeConflict> open;
    QVector<MergeConflict> all;
    // Progress in thousandths: opening a tenth, comparing three tenths, writing the rest.
    if (!report(100, error))
        return false;
    const auto tick = [this, error](int table, int tables) { return report(100 + 300 * table / tables, error); };
    if (!MergePlan::compute(
            ws, base.get(), package, done, &writes, &open, &all, error, tick, bySql ? &attached : nullptr))
        return refused();
    if (!package.verified(error))
        return false;
    const QString hash = keeping.result().hash;
    if (!stage(package, hash, base != nullptr, open, error))
        return false;
    out->open = static_cast<int>(open.size());
    // Staged only: the master changes when every conflict is decided.
    if (!open.isEmpty())
        return scope.commit(error);
    // The returned file becomes the department's new base (packed on another core while the
    // rows are written): a department that goes on working in it and sends it again is merged
    // against what it sent, so the values the office decided otherwise are not asked again
    // unless the department changes them once more.
    if (!apply(package, writes, out, error))
        return false;
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral("INSERT INTO cj_package_base (id, base) VALUES (?, ?) ON CONFLICT (id) DO UPDATE SET base = "
                           "excluded.base"),
            {m.id, keeping.result().packed}, error))
        return false;
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral("UPDATE cj_package SET state = 'merged', merged_at = ?, merged_by = ? WHERE id = ?"),
            {Workspace::now(), m_gateway.actor().login, m.id}, error))
        return false;
    out->committed = true;
    return scope.commit(error);
}

bool PackageMerger::stage(
    const PackageFile& package, const QString& hash, bool known, const QVector<MergeConflict>& open, QString* error)
{
    Workspace& ws = m_gateway.workspace();
    const PackageManifest& m = package.manifest();
    const QString now = Workspace::now();
    const QString sql = known
        ? QStringLiteral("UPDATE cj_package SET returned_hash = ?, staged_at = ?, staged_by = ?, state = "
                         "CASE WHEN state = 'merged' THEN state ELSE 'staged' END WHERE id = ?")
        : QStringLiteral("INSERT INTO cj_package (returned_hash, staged_at, staged_by, id, department, round, "
                         "issued_at, issued_by, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'staged') ON "
                         "CONFLICT (id) DO UPDATE SET returned_hash = excluded.returned_hash, staged_at = "
                         "excluded.staged_at, staged_by = excluded.staged_by");
    // The package itself stays with whoever merges it (it is merged again to commit); the
    // workspace keeps its hash, and every conflict with its three values.
    QVariantList binds {hash, now, m_gateway.actor().login, m.id};
    if (!known)
        binds << m.department << m.round << m.issuedAt << m.issuedBy;
    if (!SqlUtil::exec(ws.db(), sql, binds, error)
        || !SqlUtil::exec(
            ws.db(), QStringLiteral("DELETE FROM cj_conflict WHERE package_id = ? AND state = 'open'"), {m.id}, error))
        return false;
    const QHash<QString, QString> states = package.taskStates();
    for (const MergeConflict& c : open) {
        if (!SqlUtil::exec(ws.db(),
                QStringLiteral(
                    "INSERT INTO cj_conflict (package_id, round, table_code, department, row_id, field, kind, "
                    "base_value, master_value, package_value, package_state, master_by, master_at, "
                    "package_by, package_at, state) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, "
                    "'open')"),
                {m.id, m.round, c.table, m.department, c.rowId, c.field.isEmpty() ? QStringLiteral("") : c.field,
                    c.kind, c.base, c.master, c.package, states.value(c.table), c.masterBy, c.masterAt, c.packageBy,
                    c.packageAt},
                error))
            return false;
    }
    return true;
}

bool PackageMerger::apply(
    const PackageFile& package, const QVector<TableMerge>& writes, MergeOutcome* out, QString* error)
{
    Workspace& ws = m_gateway.workspace();
    const PackageManifest& m = package.manifest();
    // Checked like any write: an altered file does not bring in what the grid would refuse.
    const WriteIntent intent {WriteOrigin::Merge, tr("Package of %1 (%2)").arg(m.departmentName, m.id), true};
    // A write that meets a row changed since the plan was made (another account, meanwhile) stops
    // the merge: nothing is written, and merging again sees the change.
    auto done = [error](const EditResult& r) {
        if (r.ok && r.conflicts.isEmpty())
            return true;
        if (error)
            *error = r.ok ? tr("Rows changed in the workspace while the package was merged: merge it again.") : r.error;
        return false;
    };
    qint64 rows = 0;
    qint64 written = 0;
    for (const TableMerge& w : writes)
        rows += w.size();
    for (const TableMerge& w : writes) {
        if (!report(400 + 600 * written / qMax<qint64>(1, rows), error))
            return false;
        written += w.size();
        const Table& t = *w.table;
        if (!w.restores.isEmpty() && !done(m_gateway.setDeleted(t, m.round, w.restores, false, intent)))
            return false;
        if (!w.cells.isEmpty()) {
            // A restored row's version moved with its restoring; every other row keeps the
            // version the plan read, so that a change made meanwhile is caught.
            QVector<CellChange> cells = w.cells;
            if (!w.restores.isEmpty()) {
                QHash<QString, qint64> versions;
                QStringList ids;
                for (const auto& r : w.restores)
                    ids.append(r.first);
                if (!SqlUtil::selectIn(
                        ws.db(),
                        QStringLiteral("SELECT \"_id\", \"_version\" FROM %1 WHERE \"_id\" IN (%in)")
                            .arg(SqlDialect::quote(t.sqlName())),
                        {}, ids, 500,
                        [&versions](
                            const QSqlQuery& q) { versions.insert(q.value(0).toString(), q.value(1).toLongLong()); },
                        error))
                    return false;
                for (CellChange& c : cells)
                    c.expectedVersion = versions.value(c.rowId, c.expectedVersion);
            }
            if (!done(m_gateway.applyCells(t, m.round, cells, intent)))
                return false;
        }
        if (w.takeRows > 0) {
            const EditResult r = m_gateway.applyCellTable(t, m.round, w.takeTable, intent);
            if (!done(r))
                return false;
            out->cells += static_cast<int>(r.cells);
        }
        if (!w.deletes.isEmpty() && !done(m_gateway.setDeleted(t, m.round, w.deletes, true, intent)))
            return false;
        if (!w.inserts.isEmpty()) {
            QVector<QString> ids = w.insertIds;
            if (!m_gateway.insertRows(t, m.round, m.department, w.inserts, &ids, error, intent))
                return false;
        }
        if (w.addRows > 0) {
            qint64 added = 0;
            if (!m_gateway.insertRowTable(t, m.round, m.department, w.addTable, &added, error, intent))
                return false;
            out->inserted += static_cast<int>(added);
        }
        out->inserted += static_cast<int>(w.inserts.size());
        out->cells += static_cast<int>(w.cells.size());
        out->deleted += static_cast<int>(w.deletes.size());
        out->restored += static_cast<int>(w.restores.size());
    }
    // The tasks go as far as the department took them (never back from the office's acceptance).
    Assignments assignments(ws);
    QHash<QString, TaskState> now;
    for (const Assignment& a : assignments.all(m.round, error)) {
        if (a.department == m.department)
            now.insert(a.tableCode, a.state);
    }
    const QHash<QString, QString> states = package.taskStates();
    bool moved = false;
    for (auto it = states.constBegin(); it != states.constEnd(); ++it) {
        TaskState s = TaskState::NotStarted;
        if (!taskStateFromString(it.value(), &s) || !now.contains(it.key()) || now.value(it.key()) == s)
            continue;
        const TaskState was = now.value(it.key());
        if (was == TaskState::Accepted || was == TaskState::Merged || was == TaskState::Approved
            || was == TaskState::Reported)
            continue;
        // Only the states a department reaches itself travel back: a file that says "accepted"
        // or "reviewed" grants nothing.
        if (s != TaskState::Filling && s != TaskState::Submitted && s != TaskState::Confirmed)
            continue;
        if (!assignments.setState(m.round, it.key(), m.department, s, error))
            return false;
        moved = true;
    }
    if (moved)
        m_gateway.noteTasksChanged(m.round);
    // The letters the head printed in the package join the registry (the returned package's
    // fingerprint is its letter's); a letter whose data the merge changed no longer stands.
    LetterRegistry letters(m_gateway);
    return letters.adopt(package.db(), m.round, m.department, &out->lettersAdopted, error)
        && letters.voidChanged(m.round, m.department, &out->lettersVoided, error);
}

QVector<StoredConflict> PackageMerger::conflicts(const QString& packageId, QString* error) const
{
    QVector<StoredConflict> out;
    // They show every department's values, hidden columns too: the office's to see.
    if (!m_gateway.actor().isOffice()) {
        if (error)
            *error = tr("Only the supervision office sees the conflicts of a merge.");
        return out;
    }
    Workspace& ws = m_gateway.workspace();
    QSqlQuery q(ws.db());
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral("SELECT id, package_id, department, round, table_code, row_id, field, kind, base_value, "
                           "master_value, package_value, package_state, master_by, master_at, package_by, package_at, "
                           "state, resolution, value, note, resolved_by, resolved_at FROM cj_conflict WHERE (? = '' OR "
                           "package_id = ?) ORDER BY CASE state WHEN 'open' THEN 0 ELSE 1 END, id"),
            {packageId.isEmpty() ? QStringLiteral("") : packageId,
                packageId.isEmpty() ? QStringLiteral("") : packageId},
            error, &q))
        return out;
    while (q.next()) {
        StoredConflict s;
        s.id = q.value(0).toLongLong();
        s.packageId = q.value(1).toString();
        s.department = q.value(2).toString();
        s.round = q.value(3).toInt();
        MergeConflict& c = s.conflict;
        c.table = q.value(4).toString();
        c.rowId = q.value(5).toString();
        c.field = q.value(6).toString();
        c.kind = q.value(7).toString();
        c.base = q.value(8).toString();
        s.hasBase = !q.value(8).isNull();
        c.master = q.value(9).toString();
        c.package = q.value(10).toString();
        s.packageState = q.value(11).toString();
        c.masterBy = q.value(12).toString();
        c.masterAt = q.value(13).toString();
        c.packageBy = q.value(14).toString();
        c.packageAt = q.value(15).toString();
        s.state = q.value(16).toString();
        s.resolution = q.value(17).toString();
        s.value = q.value(18).toString();
        s.note = q.value(19).toString();
        s.resolvedBy = q.value(20).toString();
        s.resolvedAt = q.value(21).toString();
        out.append(s);
    }
    return out;
}

bool PackageMerger::resolve(qint64 id, const QString& choice, const QString& value, const QString& note, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    if (!m_gateway.actor().isOffice())
        return fail(tr("Only the supervision office decides the conflicts of a merge."));
    Workspace& ws = m_gateway.workspace();
    StoredConflict found;
    for (const StoredConflict& s : conflicts()) {
        if (s.id == id)
            found = s;
    }
    if (found.id == 0)
        return fail(tr("There is no conflict %1.").arg(id));
    const MergeConflict& c = found.conflict;
    const QStringList choices {
        QStringLiteral("master"), QStringLiteral("package"), QStringLiteral("base"), QStringLiteral("value")};
    if (!choices.contains(choice))
        return fail(tr("A conflict is decided with master, package, base or a value, not \"%1\".").arg(choice));
    const Table* t = ws.catalog().table(c.table);
    const Field* f = t ? t->field(c.field) : nullptr;
    if (choice == QLatin1String("value")) {
        if (!f)
            return fail(
                tr("Conflict %1 is about a whole row: take the master's, the package's or the base's.").arg(id));
        const ParsedValue parsed = ValueParser::parse(ws.catalog(), *f, value);
        if (!parsed.ok)
            return fail(tr("%1 of %2: %3").arg(f->name, t->title(), parsed.message));
    }
    if (choice == QLatin1String("base") && !found.hasBase)
        return fail(tr("Conflict %1 is about a row the base never had: take the master's or the package's.").arg(id));
    if (c.kind == QLatin1String("accepted") && choice != QLatin1String("master") && choice != QLatin1String("package"))
        return fail(
            tr("Conflict %1 is a change to an accepted task: keep the master's or take the package's.").arg(id));
    if (c.kind == QLatin1String("not-owned") && choice != QLatin1String("master"))
        return fail(tr("Conflict %1 is about a row of another department: the package cannot change it, the master's "
                       "stays.")
                        .arg(id));
    if (choice == QLatin1String("base")
        && (c.kind == QLatin1String("duplicate") || c.kind == QLatin1String("unknown-base")) && !f)
        return fail(tr("Conflict %1 is about a row the base never had: take the master's or the package's.").arg(id));
    TaskState confirmed = TaskState::NotStarted;
    taskStateFromString(found.packageState, &confirmed);
    const bool signedOff = confirmed == TaskState::Confirmed || confirmed == TaskState::DomainReviewed;
    if (signedOff && choice != QLatin1String("package") && note.trimmed().isEmpty())
        return fail(tr("The head of %1 confirmed the package's value: overriding it needs a note saying why.")
                        .arg(m_gateway.policy().departmentName(found.department)));
    WriteGateway::Scope scope(m_gateway);
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral(
                "UPDATE cj_conflict SET state = 'resolved', resolution = ?, value = ?, note = ?, resolved_by "
                "= ?, resolved_at = ? WHERE id = ?"),
            {choice, choice == QLatin1String("value") ? QVariant(value) : QVariant(), note.trimmed(),
                m_gateway.actor().login, Workspace::now(), id},
            error))
        return false;
    return scope.commit(error);
}

} // namespace caiji
