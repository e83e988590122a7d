#include "PackageExporter.h"

#include "OfficeSeal.h"

#include "../auth/AccessPolicy.h"
#include "../storage/Directory.h"
#include "../storage/SqlDialect.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../util/Compression.h"
#include "../validation/Validator.h"
#include "../write/WriteGateway.h"

#include <QFile>
#include <QFileInfo>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>

namespace caiji {

namespace {
/// Copies the rows a query selects into the same table of another database, column for column.
bool copyRows(const QSqlDatabase& from, const QSqlDatabase& to, const QString& table, const QString& where,
    const QVariantList& binds, const QStringList& nulled, QString* error)
{
    QSqlQuery q(from);
    q.setForwardOnly(true);
    if (!SqlUtil::exec(from, QStringLiteral("SELECT * FROM %1%2").arg(table, where), binds, error, &q))
        return false;
    const QSqlRecord rec = q.record();
    QStringList cols;
    QStringList marks;
    QVector<bool> blank;
    for (int i = 0; i < rec.count(); ++i) {
        cols.append(SqlDialect::quote(rec.fieldName(i)));
        marks.append(QStringLiteral("?"));
        blank.append(nulled.contains(rec.fieldName(i)));
    }
    QSqlQuery ins(to);
    if (!ins.prepare(QStringLiteral("INSERT INTO %1 (%2) VALUES (%3)")
                         .arg(table, cols.join(QLatin1Char(',')), marks.join(QLatin1Char(','))))) {
        if (error)
            *error = SqlUtil::describe(ins);
        return false;
    }
    while (q.next()) {
        for (int i = 0; i < rec.count(); ++i)
            ins.bindValue(i, blank[i] ? QVariant() : q.value(i));
        if (!ins.exec()) {
            if (error)
                *error = SqlUtil::describe(ins);
            return false;
        }
    }
    return true;
}
} // namespace

bool PackageExporter::exportDepartment(WriteGateway& gateway, int round, const QString& department, const QString& path,
    PackageManifest* manifest, QString* error, const QString& sealPassword)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    Workspace& ws = gateway.workspace();
    if (!gateway.actor().isOffice())
        return fail(tr("Only the supervision office issues department packages."));
    Department d;
    if (!Directory(ws).findDepartment(department, &d))
        return fail(tr("The workspace has no department \"%1\".").arg(department));
    if (SqlUtil::scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM cj_round WHERE year = ?"), {round}).toInt() == 0)
        return fail(tr("The workspace has no round %1.").arg(round));
    const QString workspaceId = PackageManifest::workspaceId(ws, error);
    if (workspaceId.isEmpty())
        return false;
    // What the department's collector reads is what the package holds.
    Actor collector;
    collector.login = QStringLiteral("package");
    collector.department = d.code;
    collector.roles = {Role::Collector};
    const auto policy = AccessPolicy::load(ws, collector, error);
    if (!policy)
        return false;

    const QString part = path + QStringLiteral(".part");
    QFile::remove(part);
    PackageManifest m;
    m.id = QUuid::createUuid().toString(QUuid::WithoutBraces);
    m.workspace = workspaceId;
    m.department = d.code;
    m.departmentName = d.name;
    m.round = round;
    m.catalogId = ws.catalog().id;
    m.catalogVersion = ws.catalog().version;
    m.issuedAt = Workspace::now();
    m.issuedBy = gateway.actor().login;
    if (!sealPassword.isEmpty()) {
        const QByteArray key = OfficeSeal::ensureKeys(ws, sealPassword, error);
        if (key.isEmpty())
            return false;
        m.sealKey = QString::fromLatin1(key.toBase64());
    }
    {
        auto pkg = Workspace::create(part, ws.catalog(), error);
        if (!pkg) {
            QFile::remove(part);
            return false;
        }
        // Everything in one transaction of the package, ended before the package is closed.
        auto fill = [&]() {
            const QSqlDatabase from = ws.db();
            const QSqlDatabase to = pkg->db();
            Transaction tx(to);
            const QVariantList dept {d.code};
            const QVariantList roundDept {round, d.code};
            const QString ofDept = QStringLiteral(" WHERE round = ? AND department = ?");
            bool ok = copyRows(from, to, QStringLiteral("cj_department"), QString(), {}, {}, error)
                && copyRows(from, to, QStringLiteral("cj_round"), QStringLiteral(" WHERE year = ?"), {round}, {}, error)
                && copyRows(from, to, QStringLiteral("cj_division"), QString(), {}, {}, error)
                && copyRows(from, to, QStringLiteral("cj_rule"), QString(), {}, {}, error)
                && copyRows(from, to, QStringLiteral("cj_setting"), QString(), {}, {}, error)
                && copyRows(from, to, QStringLiteral("cj_assignment"), ofDept, roundDept, {}, error)
                && copyRows(from, to, QStringLiteral("cj_deadline_exception"), ofDept, roundDept, {}, error)
                && copyRows(from, to, QStringLiteral("cj_comment"), ofDept, roundDept, {}, error)
                // Its letters, so that one printed in the package numbers on from them.
                && copyRows(from, to, QStringLiteral("cj_letter"), ofDept, roundDept, {QStringLiteral("scan")}, error)
                && copyRows(
                    from, to, QStringLiteral("cj_user"), QStringLiteral(" WHERE department = ?"), dept, {}, error)
                && copyRows(from, to, QStringLiteral("cj_user_role"),
                    QStringLiteral(" WHERE login IN (SELECT login FROM cj_user WHERE department = ?)"), dept, {},
                    error);
            // Other departments' rows travel only for the source tables the department's own
            // tables refer to (its file goes round on USB sticks and by mail: 30,000 students'
            // names have no business in the file of a department whose tables never name a
            // student). The package says which, and reads no others.
            const QStringList referenced = policy->referencedSources(ws.catalog().tables);
            ok = ok
                && SqlUtil::exec(to, QStringLiteral("INSERT INTO cj_meta (key, value) VALUES (?, ?)"),
                    {AccessPolicy::referenceTablesKey(), referenced.join(QLatin1Char(','))}, error);
            for (const Table& t : ws.catalog().tables) {
                if (!ok)
                    break;
                const ReadScope scope = policy->readScope(t);
                if (scope == ReadScope::None)
                    continue;
                const QString table = SqlDialect::quote(t.sqlName());
                // The department's own rows whole; other departments' rows only by the columns
                // its rows may reference (keys and names), and only of the tables it reads.
                ok = copyRows(
                    from, to, table, QStringLiteral(" WHERE \"_round\" = ? AND \"_dept\" = ?"), roundDept, {}, error);
                const QVector<int> shown = AccessPolicy::referenceColumns(t);
                // A source table the department fills too (7-2 courses, for a 院系) still needs the
                // others' keys: its rows name 教务处's courses.
                if (!ok || t.keys.isEmpty() || shown.isEmpty()
                    || (scope != ReadScope::AllRows && !referenced.contains(t.code)))
                    continue;
                QStringList hidden;
                for (int c = 0; c < t.fields.size(); ++c) {
                    if (!shown.contains(c))
                        hidden.append(t.fields[c].key);
                }
                ok = copyRows(from, to, table, QStringLiteral(" WHERE \"_round\" = ? AND \"_dept\" <> ?"), roundDept,
                    hidden, error);
            }
            // Other departments' rows never travel whole (keys and names at most): a table that
            // has any is held in part, and the package's validation leaves its sums and totals to
            // the office (Validator::partialTablesKey).
            QStringList partial;
            for (const Table& t : ws.catalog().tables) {
                if (!ok)
                    break;
                QString failed;
                const QVariant others = SqlUtil::scalar(from,
                    QStringLiteral("SELECT 1 FROM %1 WHERE \"_round\" = ? AND \"_dept\" <> ? LIMIT 1")
                        .arg(SqlDialect::quote(t.sqlName())),
                    roundDept, &failed);
                if (!failed.isEmpty()) {
                    ok = false;
                    if (error)
                        *error = failed;
                } else if (!others.isNull()) {
                    partial.append(t.code);
                }
            }
            ok = ok
                && SqlUtil::exec(to, QStringLiteral("INSERT INTO cj_meta (key, value) VALUES (?, ?)"),
                    {Validator::partialTablesKey(), partial.join(QLatin1Char(','))}, error);
            if (ok && !Fingerprint::ofDepartment(*pkg, round, d.code, &m.tables, error))
                ok = false;
            ok = ok
                && SqlUtil::exec(to, QStringLiteral("INSERT INTO cj_meta (key, value) VALUES ('package', ?)"),
                    {QString::fromUtf8(m.toJson())}, error)
                && tx.commit(error);
            return ok;
        };
        bool filled = fill();
        pkg.reset();
        if (!filled) {
            QFile::remove(part);
            return false;
        }
    }
    QFile f(part);
    if (!f.open(QIODevice::ReadOnly)) {
        QFile::remove(part);
        return fail(tr("Cannot read %1.").arg(part));
    }
    const QByteArray bytes = f.readAll();
    f.close();
    // The office keeps the package as issued: the base of its merge.
    WriteGateway::Scope scope(gateway);
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral("INSERT INTO cj_package (id, department, round, issued_at, issued_by, state) VALUES "
                           "(?, ?, ?, ?, ?, 'issued')"),
            {m.id, d.code, round, m.issuedAt, m.issuedBy}, error)
        || !SqlUtil::exec(ws.db(), QStringLiteral("INSERT INTO cj_package_base (id, base) VALUES (?, ?)"),
            {m.id, Compression::pack(bytes)}, error)
        || !scope.commit(error)) {
        QFile::remove(part);
        return false;
    }
    QFile::remove(path);
    if (!QFile::rename(part, path)) {
        QFile::remove(part);
        return fail(tr("Cannot write %1.").arg(QFileInfo(path).absoluteFilePath()));
    }
    if (manifest)
        *manifest = m;
    return true;
}

} // namespace caiji
