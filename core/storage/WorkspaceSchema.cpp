#include "WorkspaceSchema.h"

#include <QRegularExpression>

namespace caiji {

const QStringList& WorkspaceSchema::metaColumns()
{
    static const QStringList cols = {
        QStringLiteral("_seq"),
        QStringLiteral("_id"),
        QStringLiteral("_round"),
        QStringLiteral("_dept"),
        QStringLiteral("_version"),
        QStringLiteral("_created_by"),
        QStringLiteral("_created_at"),
        QStringLiteral("_updated_by"),
        QStringLiteral("_updated_at"),
        QStringLiteral("_deleted"),
    };
    return cols;
}

QStringList WorkspaceSchema::migrationStep(const SqlDialect& d, int from, const QStringList& indexes)
{
    const QString pk = d.serialPrimaryKey();
    if (from == 0) {
        return {
            QStringLiteral("CREATE TABLE cj_meta (key TEXT PRIMARY KEY, value TEXT)"),
            QStringLiteral("CREATE TABLE cj_catalog (id TEXT PRIMARY KEY, name TEXT NOT NULL, version TEXT, "
                           "json TEXT NOT NULL, installed_at TEXT NOT NULL, is_current INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE cj_round (year INTEGER PRIMARY KEY, name TEXT NOT NULL, catalog_id TEXT NOT "
                           "NULL REFERENCES cj_catalog(id), period_start TEXT NOT NULL, period_end TEXT NOT NULL, "
                           "state TEXT NOT NULL, opened_at TEXT NOT NULL, deadline TEXT)"),
            QStringLiteral("CREATE TABLE cj_department (code TEXT PRIMARY KEY, name TEXT NOT NULL UNIQUE, "
                           "full_name TEXT NOT NULL, kind TEXT NOT NULL, sort INTEGER NOT NULL DEFAULT 0)"),
            QStringLiteral("CREATE TABLE cj_user (login TEXT PRIMARY KEY, display_name TEXT NOT NULL, "
                           "department TEXT REFERENCES cj_department(code), password_hash TEXT, "
                           "active INTEGER NOT NULL DEFAULT 1, created_at TEXT NOT NULL)"),
            QStringLiteral("CREATE TABLE cj_user_role (login TEXT NOT NULL REFERENCES cj_user(login), "
                           "role TEXT NOT NULL, department TEXT NOT NULL DEFAULT '', "
                           "PRIMARY KEY (login, role, department))"),
            QStringLiteral("CREATE TABLE cj_assignment (round INTEGER NOT NULL REFERENCES cj_round(year), "
                           "table_code TEXT NOT NULL, department TEXT NOT NULL REFERENCES cj_department(code), "
                           "is_lead INTEGER NOT NULL DEFAULT 0, state TEXT NOT NULL, deadline TEXT, "
                           "updated_at TEXT, PRIMARY KEY (round, table_code, department))"),
            QStringLiteral("CREATE TABLE cj_setting (key TEXT PRIMARY KEY, value TEXT)"),
            QStringLiteral("CREATE TABLE cj_journal (id %1, at TEXT NOT NULL, login TEXT NOT NULL, round INTEGER, "
                           "table_code TEXT, row_id TEXT, op TEXT NOT NULL, field TEXT, old_value TEXT, "
                           "new_value TEXT, reason TEXT)")
                .arg(pk),
            // Not (table_code, row_id): random UUIDs made that index the most expensive part of
            // every write (a 10,000-row paste took twice as long). A row's history is a range
            // scan of its table's entries, filtered by row_id.
            QStringLiteral("CREATE INDEX cj_journal_table ON cj_journal (table_code, at)"),
            // (Version 1 had cj_journal_at on (round, at) too; version 10 drops it.)
        };
    }
    if (from == 1) {
        // Version 2: written explanations of validation warnings, and their review.
        return {
            QStringLiteral(
                "CREATE TABLE cj_explanation (round INTEGER NOT NULL, rule TEXT NOT NULL, table_code TEXT NOT NULL, "
                "row_id TEXT NOT NULL DEFAULT '', field TEXT NOT NULL DEFAULT '', text TEXT NOT NULL, "
                "written_by TEXT NOT NULL, written_at TEXT NOT NULL, status TEXT NOT NULL, reviewed_by TEXT, "
                "reviewed_at TEXT, PRIMARY KEY (round, rule, table_code, row_id, field))"),
        };
    }
    if (from == 2) {
        // Version 3: validation rules the supervision office adds to a workspace.
        return {
            QStringLiteral("CREATE TABLE cj_rule (id TEXT PRIMARY KEY, table_code TEXT NOT NULL, json TEXT NOT NULL, "
                           "added_by TEXT NOT NULL, added_at TEXT NOT NULL)"),
        };
    }
    if (from == 3) {
        // Version 4: what the PostgreSQL server itself enforces (auth/ServerRoles): each account's
        // login role, and the access matrix its row-level security policies read.
        return {
            QStringLiteral(
                "CREATE TABLE cj_server_role (pg_role TEXT PRIMARY KEY, login TEXT NOT NULL UNIQUE, department TEXT, "
                "office INTEGER NOT NULL DEFAULT 0, leader INTEGER NOT NULL DEFAULT 0, writes INTEGER NOT NULL DEFAULT "
                "0)"),
            QStringLiteral(
                "CREATE TABLE cj_access (table_code TEXT NOT NULL, department TEXT NOT NULL, scope TEXT NOT NULL, "
                "writes TEXT NOT NULL, PRIMARY KEY (table_code, department))"),
        };
    }
    if (from == 4) {
        // Version 5: data tables lose their indexes on reference columns (see dataTable).
        static const QRegularExpression reference(QStringLiteral("^t_[0-9a-z_]+_r_[a-z0-9_]+$"));
        QStringList out;
        for (const QString& index : indexes) {
            if (reference.match(index).hasMatch())
                out.append(QStringLiteral("DROP INDEX IF EXISTS %1").arg(SqlDialect::quote(index)));
        }
        return out;
    }
    if (from == 5) {
        // Version 6: the workflow's journal of task transitions (later changes of the data are
        // counted from a transition's time), the comments of a return, anchored to a table, a
        // row or a cell, and exceptions to deadlines.
        return {
            QStringLiteral("CREATE TABLE cj_task_event (id %1, round INTEGER NOT NULL, table_code TEXT NOT NULL, "
                           "department TEXT NOT NULL, action TEXT NOT NULL, from_state TEXT NOT NULL, "
                           "to_state TEXT NOT NULL, login TEXT NOT NULL, role TEXT NOT NULL, at TEXT NOT NULL, "
                           "reason TEXT)")
                .arg(pk),
            QStringLiteral("CREATE INDEX cj_task_event_task ON cj_task_event (round, table_code, department)"),
            QStringLiteral("CREATE TABLE cj_comment (id %1, round INTEGER NOT NULL, table_code TEXT NOT NULL, "
                           "department TEXT NOT NULL, row_id TEXT NOT NULL DEFAULT '', field TEXT NOT NULL DEFAULT "
                           "'', text TEXT NOT NULL, author TEXT NOT NULL, at TEXT NOT NULL, state TEXT NOT NULL, "
                           "answer TEXT, answered_by TEXT, answered_at TEXT, closed_by TEXT, closed_at TEXT, "
                           "event_id INTEGER)")
                .arg(pk),
            QStringLiteral("CREATE INDEX cj_comment_task ON cj_comment (round, table_code, department)"),
            // Repeated wrong passwords lock an account for a while.
            QStringLiteral("ALTER TABLE cj_user ADD COLUMN failed_logins INTEGER NOT NULL DEFAULT 0"),
            QStringLiteral("ALTER TABLE cj_user ADD COLUMN locked_until TEXT"),
            // Revisions after confirmation: asked for by the department, granted by the office
            // until a day.
            QStringLiteral(
                "CREATE TABLE cj_unlock (id %1, round INTEGER NOT NULL, table_code TEXT NOT NULL, department "
                "TEXT NOT NULL, reason TEXT NOT NULL, scope TEXT, requested_by TEXT, requested_at TEXT, "
                "granted_by TEXT, granted_at TEXT, until TEXT, state TEXT NOT NULL)")
                .arg(pk),
            // Time-boxed exceptions to a task's deadline, granted by the office with a reason.
            QStringLiteral("CREATE TABLE cj_deadline_exception (id %1, round INTEGER NOT NULL, table_code TEXT NOT "
                           "NULL, department TEXT NOT NULL, until TEXT NOT NULL, reason TEXT NOT NULL, granted_by "
                           "TEXT NOT NULL, granted_at TEXT NOT NULL)")
                .arg(pk),
        };
    }
    if (from == 6) {
        // Version 7: the college's division of the tables (任务分解表) as the office set it; a
        // table without rows here keeps the catalog's.
        return {
            QStringLiteral("CREATE TABLE cj_division (table_code TEXT NOT NULL, department TEXT NOT NULL REFERENCES "
                           "cj_department(code), role TEXT NOT NULL, sort INTEGER NOT NULL DEFAULT 0, "
                           "PRIMARY KEY (table_code, department, role))"),
            // The fields a revision opens (comma-separated keys; empty: the whole table).
            QStringLiteral("ALTER TABLE cj_unlock ADD COLUMN fields TEXT"),
            // The registry of confirmation letters: each one's number, 校验码, hash and its tables'
            // fingerprints (docs/fingerprint.md), its state, and the letter it replaces.
            QStringLiteral("CREATE TABLE cj_letter (id %1, round INTEGER NOT NULL, department TEXT NOT NULL, number "
                           "TEXT NOT NULL UNIQUE, code TEXT NOT NULL, hash TEXT NOT NULL, tables TEXT NOT NULL, state "
                           "TEXT NOT NULL, replaces TEXT, issued_by TEXT NOT NULL, issued_at TEXT NOT NULL, voided_at "
                           "TEXT, scan_hash TEXT, scan_name TEXT, signed_at TEXT)")
                .arg(pk),
        };
    }
    if (from == 7) {
        // Version 8: the scan of a signed letter kept with it (the paper can be lost; the office
        // shows it when asked), and who registered it.
        return {
            QStringLiteral("ALTER TABLE cj_letter ADD COLUMN scan %1")
                .arg(d.isPostgres() ? QStringLiteral("BYTEA") : QStringLiteral("BLOB")),
            QStringLiteral("ALTER TABLE cj_letter ADD COLUMN signed_by TEXT"),
        };
    }
    if (from == 8) {
        // Version 9: department packages (DESIGN 3.7): each package the office issued and what
        // became of it; the package as issued (the base its merge compares against) in a table of
        // its own, so that a package's state changes without rewriting megabytes; the conflicts of
        // a staged merge, with the three values and their resolution.
        const QString blob = d.isPostgres() ? QStringLiteral("BYTEA") : QStringLiteral("BLOB");
        return {
            QStringLiteral("CREATE TABLE cj_package (id TEXT PRIMARY KEY, department TEXT NOT NULL, round INTEGER NOT "
                           "NULL, issued_at TEXT NOT NULL, issued_by TEXT NOT NULL, state TEXT NOT NULL, "
                           "returned_hash TEXT, staged_at TEXT, staged_by TEXT, merged_at TEXT, merged_by TEXT)"),
            QStringLiteral("CREATE TABLE cj_package_base (id TEXT PRIMARY KEY REFERENCES cj_package(id), base %1 NOT "
                           "NULL)")
                .arg(blob),
            QStringLiteral("CREATE TABLE cj_conflict (id %1, package_id TEXT NOT NULL, round INTEGER NOT NULL, "
                           "table_code TEXT NOT NULL, department TEXT NOT NULL, row_id TEXT NOT NULL, field TEXT NOT "
                           "NULL DEFAULT '', kind TEXT NOT NULL, base_value TEXT, master_value TEXT, package_value "
                           "TEXT, package_state TEXT, master_by TEXT, master_at TEXT, package_by TEXT, package_at "
                           "TEXT, state TEXT NOT "
                           "NULL, resolution TEXT, value TEXT, note TEXT, resolved_by TEXT, resolved_at TEXT)")
                .arg(pk),
            QStringLiteral("CREATE INDEX cj_conflict_package ON cj_conflict (package_id, state)"),
        };
    }
    if (from == 9) {
        // Version 10: the journal's index on (round, at) goes. Nothing reads the journal by round
        // and time alone (a table's changes since a date use cj_journal_table), and each entry
        // written went into it too: a merge's 36,677 journal rows of 6-1-2-1 took 94 ms with
        // both indexes, 68 ms with cj_journal_table only (45 ms with none).
        return {QStringLiteral("DROP INDEX IF EXISTS cj_journal_at")};
    }
    return {};
}

QStringList WorkspaceSchema::dataTable(const SqlDialect& d, const Table& t)
{
    const QString name = SqlDialect::quote(t.sqlName());
    QStringList cols = {
        QStringLiteral("\"_seq\" %1").arg(d.serialPrimaryKey()),
        QStringLiteral("\"_id\" TEXT NOT NULL UNIQUE"),
        QStringLiteral("\"_round\" INTEGER NOT NULL"),
        QStringLiteral("\"_dept\" TEXT NOT NULL"),
        QStringLiteral("\"_version\" INTEGER NOT NULL DEFAULT 1"),
        QStringLiteral("\"_created_by\" TEXT"),
        QStringLiteral("\"_created_at\" TEXT"),
        QStringLiteral("\"_updated_by\" TEXT"),
        QStringLiteral("\"_updated_at\" TEXT"),
        QStringLiteral("\"_deleted\" INTEGER NOT NULL DEFAULT 0"),
    };
    for (const Field& f : t.fields)
        cols.append(SqlDialect::quote(f.key) + QLatin1Char(' ') + d.columnType(f));
    QStringList out;
    out.append(QStringLiteral("CREATE TABLE %1 (%2)").arg(name, cols.join(QStringLiteral(", "))));
    // The grid pages by (_round, _deleted, _seq); department filters and status counts use _dept.
    out.append(QStringLiteral("CREATE INDEX %1 ON %2 (\"_round\", \"_deleted\", \"_seq\")")
                   .arg(SqlDialect::quote(t.sqlName() + QStringLiteral("_page")), name));
    out.append(QStringLiteral("CREATE INDEX %1 ON %2 (\"_round\", \"_dept\")")
                   .arg(SqlDialect::quote(t.sqlName() + QStringLiteral("_dept")), name));
    if (!t.keys.isEmpty()) {
        QStringList keyCols = {QStringLiteral("\"_round\"")};
        for (const QString& k : t.keys)
            keyCols.append(SqlDialect::quote(k));
        out.append(QStringLiteral("CREATE INDEX %1 ON %2 (%3)")
                       .arg(SqlDialect::quote(t.sqlName() + QStringLiteral("_key")), name,
                           keyCols.join(QStringLiteral(", "))));
    }
    // No index on reference columns (schema 5 dropped them): every bulk load inserted into each
    // of them at as many places as there are distinct keys, rewriting most of their pages (a
    // 100,000-row import into 6-1-2-1 wrote 853 bytes a row with three of them, 565 without),
    // while what reads them matches thousands of rows per key (a 专业代码 in 6-1-2-1) and scans
    // as fast: finding a key's users took 41 ms with the index and 61 ms without on 200,000
    // rows, the summary's GROUP BY 540 ms with and 230 ms without.
    return out;
}

} // namespace caiji
