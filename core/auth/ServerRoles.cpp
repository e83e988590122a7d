#include "ServerRoles.h"

#include <QAtomicInt>

#include "../catalog/Catalog.h"
#include "../storage/Directory.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../storage/WorkspaceSchema.h"
#include "AccessPolicy.h"

#include <QCryptographicHash>
#include <QRegularExpression>

namespace caiji {

namespace {
QString ident(const QString& name)
{
    return SqlDialect::quote(name);
}

QString literal(const QString& text)
{
    QString t = text;
    t.replace(QLatin1Char('\''), QStringLiteral("''"));
    return QLatin1Char('\'') + t + QLatin1Char('\'');
}

/// Role names are cluster-wide: they carry the database's name, cut to PostgreSQL's 63 bytes
/// with a short hash so that two long names stay apart.
QString safeName(const QString& raw)
{
    QString s = raw.toLower();
    s.replace(QRegularExpression(QStringLiteral("[^a-z0-9_]")), QStringLiteral("_"));
    if (s.size() > 40)
        s = s.left(32)
            + QString::fromLatin1(QCryptographicHash::hash(raw.toUtf8(), QCryptographicHash::Sha1).toHex().left(8));
    return s;
}
} // namespace

QString ServerRoles::roleName(const QString& database, const QString& login)
{
    return QStringLiteral("cj_%1_u_%2").arg(safeName(database), safeName(login));
}

QString ServerRoles::prefix() const
{
    return QStringLiteral("cj_%1").arg(safeName(m_ws.location().database));
}

bool ServerRoles::run(const QStringList& statements, QString* error)
{
    for (const QString& s : statements) {
        if (!SqlUtil::exec(m_ws.db(), s, error))
            return false;
    }
    return true;
}

bool ServerRoles::installed() const
{
    if (m_ws.location().backend != Backend::Postgres)
        return false;
    return SqlUtil::scalar(m_ws.db(), QStringLiteral("SELECT COUNT(*) FROM pg_roles WHERE rolname = ?"),
               {prefix() + QStringLiteral("_account")})
               .toInt()
        > 0;
}

bool ServerRoles::fillAccess(QString* error)
{
    // The matrix of AccessPolicy, for a collector of every department: the server reads it.
    if (!SqlUtil::exec(m_ws.db(), QStringLiteral("DELETE FROM cj_access"), error))
        return false;
    for (const Department& d : Directory(m_ws).departments(error)) {
        Actor a;
        a.login = QStringLiteral("-");
        a.department = d.code;
        a.roles = {Role::Collector};
        const auto policy = AccessPolicy::load(m_ws, a, error);
        if (!policy)
            return false;
        for (const Table& t : m_ws.catalog().tables) {
            const ReadScope scope = policy->readScope(t);
            const bool reviews = policy->reviews(t, d.code);
            if (scope == ReadScope::None && !reviews)
                continue;
            // Every account reads the keys of every row of a source table (references are checked
            // against them); column privileges are per table, so a department that fills its own
            // rows of a source table reads that table whole.
            // The reviewing department reads all rows of what it reviews (its reviewer's moves are
            // checked against the tables it reads whole, cj_led_tables).
            const QString read = scope == ReadScope::AllRows || reviews ? QStringLiteral("all")
                : scope == ReadScope::OwnRows
                ? (t.kind == TableKind::Source ? QStringLiteral("all") : QStringLiteral("own"))
                : QStringLiteral("ref");
            QString writes = QStringLiteral("none");
            if (t.kind == TableKind::Summary)
                writes = QStringLiteral("all"); // computed by whoever's edit changed the details
            else if (t.kind == TableKind::Source && policy->leads(t, d.code))
                writes = QStringLiteral("all");
            else if (policy->fills(t, d.code))
                writes = QStringLiteral("own");
            if (!SqlUtil::exec(m_ws.db(),
                    QStringLiteral("INSERT INTO cj_access (table_code, department, scope, writes) VALUES (?, ?, ?, ?)"),
                    {t.code, d.code, read, writes}, error))
                return false;
        }
    }
    return true;
}

bool ServerRoles::install(QString* error)
{
    if (m_ws.location().backend != Backend::Postgres) {
        if (error)
            *error = tr("Only a PostgreSQL workspace has server roles; an SQLite file is protected by who holds it.");
        return false;
    }
    const QString p = prefix();
    const QString account = ident(p + QStringLiteral("_account"));
    const QString office = ident(p + QStringLiteral("_office"));
    const QString leader = ident(p + QStringLiteral("_leader"));
    Transaction tx(m_ws.db());
    QStringList sql;
    for (const QString& g : {account, office, leader}) {
        const QString name = g.mid(1, g.size() - 2);
        sql << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN CREATE ROLE "
                              "%2 NOLOGIN; END IF; END $$")
                   .arg(literal(name), g);
    }
    sql << QStringLiteral("GRANT CONNECT ON DATABASE %1 TO %2").arg(ident(m_ws.location().database), account)
        << QStringLiteral("GRANT USAGE ON SCHEMA public TO %1").arg(account)
        // Who the current account is, and what the matrix lets it do. SECURITY DEFINER: the
        // accounts themselves cannot read cj_server_role or cj_access.
        << QStringLiteral("CREATE OR REPLACE FUNCTION cj_me_dept() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER "
                          "SET search_path = public AS "
                          "$$ SELECT department FROM cj_server_role WHERE pg_role = session_user $$")
        << QStringLiteral("CREATE OR REPLACE FUNCTION cj_me_login() RETURNS TEXT LANGUAGE sql STABLE SECURITY DEFINER "
                          "SET search_path = public AS "
                          "$$ SELECT login FROM cj_server_role WHERE pg_role = session_user $$")
        << QStringLiteral("CREATE OR REPLACE FUNCTION cj_me_all() RETURNS BOOLEAN LANGUAGE sql STABLE SECURITY DEFINER "
                          "SET search_path = public AS "
                          "$$ SELECT COALESCE((SELECT office = 1 OR leader = 1 FROM cj_server_role WHERE pg_role = "
                          "session_user), false) $$")
        // What an account may do with a table's rows, as "every row" or "the rows of one
        // department". The policies below call these inside a scalar sub-select with constant
        // arguments, which PostgreSQL evaluates once per statement (an InitPlan) instead of once
        // per row: per-row SECURITY DEFINER calls made a 10,000-row paste three times slower and
        // a count of 200,000 rows take seconds.
        << QStringLiteral("CREATE OR REPLACE FUNCTION cj_reads_all(tc TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE "
                          "SECURITY DEFINER SET search_path = public AS $$ SELECT cj_me_all() OR EXISTS (SELECT 1 "
                          "FROM cj_access a WHERE a.table_code = tc AND a.department = cj_me_dept() AND a.scope IN "
                          "('all', 'ref')) $$")
        << QStringLiteral("CREATE OR REPLACE FUNCTION cj_reads_dept(tc TEXT) RETURNS TEXT LANGUAGE sql STABLE "
                          "SECURITY DEFINER SET search_path = public AS $$ SELECT a.department FROM cj_access a "
                          "WHERE a.table_code = tc AND a.department = cj_me_dept() AND a.scope = 'own' $$")
        << QStringLiteral("CREATE OR REPLACE FUNCTION cj_writes_all(tc TEXT) RETURNS BOOLEAN LANGUAGE sql STABLE "
                          "SECURITY DEFINER SET search_path = public AS $$ SELECT COALESCE((SELECT office = 1 FROM "
                          "cj_server_role WHERE pg_role = session_user), false) OR EXISTS (SELECT 1 FROM cj_access a "
                          "JOIN cj_server_role r ON r.pg_role = session_user AND r.writes = 1 AND r.department = "
                          "a.department WHERE a.table_code = tc AND a.writes = 'all') $$")
        << QStringLiteral("CREATE OR REPLACE FUNCTION cj_writes_dept(tc TEXT) RETURNS TEXT LANGUAGE sql STABLE "
                          "SECURITY DEFINER SET search_path = public AS $$ SELECT a.department FROM cj_access a JOIN "
                          "cj_server_role r ON r.pg_role = session_user AND r.writes = 1 AND r.department = "
                          "a.department WHERE a.table_code = tc AND a.writes = 'own' $$");
    // Workspace tables: readable, the few that accounts write written as far as they must.
    for (const QString& t : {QStringLiteral("cj_meta"), QStringLiteral("cj_catalog"), QStringLiteral("cj_round"),
             QStringLiteral("cj_department"), QStringLiteral("cj_user_role"), QStringLiteral("cj_rule"),
             QStringLiteral("cj_assignment"), QStringLiteral("cj_explanation"), QStringLiteral("cj_setting"),
             QStringLiteral("cj_division")})
        sql << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(t, account);
    sql << QStringLiteral("GRANT SELECT (login, display_name, department, active, created_at) ON cj_user TO %1")
               .arg(account)
        << QStringLiteral("GRANT INSERT, UPDATE ON cj_setting, cj_explanation TO %1").arg(account)
        << QStringLiteral("GRANT UPDATE (state, updated_at) ON cj_assignment TO %1").arg(account)
        << QStringLiteral("GRANT SELECT, INSERT ON cj_task_event TO %1").arg(account)
        << QStringLiteral("GRANT SELECT, INSERT, UPDATE ON cj_comment TO %1").arg(account)
        << QStringLiteral("GRANT SELECT ON cj_deadline_exception TO %1").arg(account)
        << QStringLiteral("GRANT SELECT, INSERT ON cj_unlock TO %1").arg(account)
        << QStringLiteral("GRANT SELECT, INSERT, UPDATE ON cj_letter TO %1").arg(account)
        // The tasks whose data is locked (submitted and beyond, or past their deadline without
        // an exception running), as "round|department" of a table: the write policies below
        // refuse their rows to everyone.
        << QStringLiteral(
               "CREATE OR REPLACE FUNCTION cj_locked(tc TEXT) RETURNS TEXT[] LANGUAGE sql STABLE SECURITY DEFINER "
               "SET search_path = public AS $$ SELECT COALESCE(array_agg(a.round::text || '|' || a.department), "
               "'{}') FROM cj_assignment a WHERE a.table_code = tc AND (a.state NOT IN ('not-started', 'filling', "
               "'returned', 'revising') OR (a.state <> 'revising' AND a.deadline IS NOT NULL AND a.deadline < "
               "to_char(current_date, 'YYYY-MM-DD') AND "
               "NOT EXISTS (SELECT 1 FROM cj_deadline_exception e WHERE e.round = a.round AND e.table_code = "
               "a.table_code AND e.department = a.department AND e.until >= to_char(current_date, 'YYYY-MM-DD'))) OR "
               "(a.state = 'revising' AND NOT EXISTS (SELECT 1 FROM cj_unlock u WHERE u.round = a.round AND "
               "u.table_code = a.table_code AND u.department = a.department AND u.state = 'granted' AND u.until >= "
               "to_char(current_date, 'YYYY-MM-DD')))) $$")
        // The tables the account's department leads (its domain reviewers move their tasks).
        << QStringLiteral("CREATE OR REPLACE FUNCTION cj_led_tables() RETURNS TEXT[] LANGUAGE sql STABLE SECURITY "
                          "DEFINER SET search_path = public AS $$ SELECT COALESCE(array_agg(table_code), '{}') FROM "
                          "cj_access WHERE department = cj_me_dept() AND scope = 'all' $$")
        // Which way an account moves a task, whatever SQL it sends: the data administrator from
        // filling to submitted, the head and the reviewer from submitted and confirmed onwards
        // or back; only the office beyond. Nobody unlocks their own submission by hand.
        << QStringLiteral(
               "CREATE OR REPLACE FUNCTION cj_check_move() RETURNS trigger LANGUAGE plpgsql SECURITY DEFINER SET "
               "search_path = public AS $$ DECLARE r cj_server_role; ok BOOLEAN; BEGIN "
               "SELECT * INTO r FROM cj_server_role WHERE pg_role = session_user; "
               "IF NOT FOUND OR r.office = 1 OR NEW.state = OLD.state THEN RETURN NEW; END IF; "
               "IF r.writes = 1 THEN ok := (OLD.state IN ('not-started', 'returned') AND NEW.state = 'filling') OR "
               "(OLD.state IN ('not-started', 'filling', 'returned', 'revising') AND NEW.state = 'submitted'); "
               "ELSIF r.leader = 1 THEN ok := false; "
               "ELSE ok := (OLD.state = 'submitted' AND NEW.state IN ('confirmed', 'returned')) OR "
               "(OLD.state = 'confirmed' AND NEW.state IN ('domain-reviewed', 'returned')); END IF; "
               "IF NOT ok THEN RAISE EXCEPTION 'caiji: % may not move task % of % from % to %', r.login, "
               "OLD.table_code, OLD.department, OLD.state, NEW.state; END IF; RETURN NEW; END $$")
        << QStringLiteral("DROP TRIGGER IF EXISTS cj_check_move ON cj_assignment")
        << QStringLiteral("CREATE TRIGGER cj_check_move BEFORE UPDATE ON cj_assignment FOR EACH ROW EXECUTE FUNCTION "
                          "cj_check_move()")
        << QStringLiteral("ALTER TABLE cj_assignment ENABLE ROW LEVEL SECURITY")
        << QStringLiteral("DROP POLICY IF EXISTS cj_read ON cj_assignment")
        << QStringLiteral("DROP POLICY IF EXISTS cj_own ON cj_assignment")
        << QStringLiteral("CREATE POLICY cj_read ON cj_assignment FOR SELECT USING (true)")
        << QStringLiteral(
               "CREATE POLICY cj_own ON cj_assignment FOR UPDATE USING ((SELECT cj_me_all()) OR department = (SELECT "
               "cj_me_dept()) OR table_code = ANY ((SELECT cj_led_tables())::TEXT[]))")
        // The journal: everyone adds to it; only the office reads it all, each account its own.
        << QStringLiteral("GRANT INSERT, SELECT ON cj_journal TO %1").arg(account)
        << QStringLiteral("ALTER TABLE cj_journal ENABLE ROW LEVEL SECURITY")
        << QStringLiteral("DROP POLICY IF EXISTS cj_add ON cj_journal")
        << QStringLiteral("DROP POLICY IF EXISTS cj_read ON cj_journal")
        << QStringLiteral("CREATE POLICY cj_add ON cj_journal FOR INSERT WITH CHECK (login = (SELECT cj_me_login()))")
        << QStringLiteral(
               "CREATE POLICY cj_read ON cj_journal FOR SELECT USING ((SELECT cj_me_all()) OR login = (SELECT "
               "cj_me_login()))")
        << QStringLiteral("GRANT ALL ON ALL TABLES IN SCHEMA public TO %1").arg(office)
        << QStringLiteral("GRANT SELECT ON ALL TABLES IN SCHEMA public TO %1").arg(leader);
    // Every data table: rows by department, personal columns by column privilege.
    const QStringList meta = WorkspaceSchema::metaColumns();
    for (const Table& t : m_ws.catalog().tables) {
        const QString name = ident(t.sqlName());
        const QString code = literal(t.code);
        QStringList visible;
        for (const QString& m : meta)
            visible.append(ident(m));
        for (int i : AccessPolicy::referenceColumns(t))
            visible.append(ident(t.fields[i].key));
        sql << QStringLiteral("ALTER TABLE %1 ENABLE ROW LEVEL SECURITY").arg(name);
        for (const char* policy : {"cj_read", "cj_insert", "cj_update"})
            sql << QStringLiteral("DROP POLICY IF EXISTS %1 ON %2").arg(QLatin1String(policy), name);
        const QString reads
            = QStringLiteral("((SELECT cj_reads_all(%1)) OR \"_dept\" = (SELECT cj_reads_dept(%1)))").arg(code);
        // Rows of a task that is submitted or beyond are nobody's to write (summaries follow
        // their details whatever the state: they have no task lock).
        QString writes
            = QStringLiteral("((SELECT cj_writes_all(%1)) OR \"_dept\" = (SELECT cj_writes_dept(%1)))").arg(code);
        if (t.kind != TableKind::Summary)
            writes = QStringLiteral("(%1 AND NOT ((\"_round\"::text || '|' || \"_dept\") = ANY ((SELECT "
                                    "cj_locked(%2))::TEXT[])))")
                         .arg(writes, code);
        sql << QStringLiteral("CREATE POLICY cj_read ON %1 FOR SELECT USING %2").arg(name, reads)
            << QStringLiteral("CREATE POLICY cj_insert ON %1 FOR INSERT WITH CHECK %2").arg(name, writes)
            << QStringLiteral("CREATE POLICY cj_update ON %1 FOR UPDATE USING %2 WITH CHECK %2").arg(name, writes)
            // Keys and names for every account; whole rows for the departments that read them.
            << QStringLiteral("GRANT SELECT (%1) ON %2 TO %3").arg(visible.join(QStringLiteral(", ")), name, account)
            << QStringLiteral("GRANT INSERT, UPDATE ON %1 TO %2").arg(name, account);
    }
    // The per-row checks of earlier versions, no longer used by any policy.
    sql << QStringLiteral("DROP FUNCTION IF EXISTS cj_may_read(TEXT, TEXT)")
        << QStringLiteral("DROP FUNCTION IF EXISTS cj_may_write(TEXT, TEXT)");
    if (!run(sql, error) || !fillAccess(error))
        return false;
    // Per department: the tables it reads whole.
    QStringList grants;
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT table_code, department FROM cj_access WHERE scope IN ('all', 'own')"), {}, error,
            &q))
        return false;
    QSet<QString> departments;
    while (q.next()) {
        const Table* t = m_ws.catalog().table(q.value(0).toString());
        if (!t)
            continue;
        const QString dept = p + QStringLiteral("_d_") + safeName(q.value(1).toString());
        departments.insert(dept);
        grants << QStringLiteral("GRANT SELECT ON %1 TO %2").arg(ident(t->sqlName()), ident(dept));
    }
    QStringList roles;
    for (const QString& d : std::as_const(departments))
        roles << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN CREATE "
                                "ROLE %2 NOLOGIN; END IF; END $$")
                     .arg(literal(d), ident(d));
    return run(roles, error) && run(grants, error) && tx.commit(error);
}

bool ServerRoles::passwordWorks(const QString& login, const QString& password) const
{
    static QAtomicInt counter;
    const QString name = QStringLiteral("caiji-password-check-%1").arg(counter.fetchAndAddRelaxed(1));
    bool ok = false;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        const WorkspaceLocation& loc = m_ws.location();
        db.setHostName(loc.host);
        db.setPort(loc.port);
        db.setDatabaseName(loc.database);
        db.setUserName(roleName(loc.database, login));
        db.setPassword(password);
        ok = db.open();
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

bool ServerRoles::setPassword(const QString& login, const QString& password, QString* error)
{
    return run({QStringLiteral("ALTER ROLE %1 PASSWORD %2")
                       .arg(ident(roleName(m_ws.location().database, login)), literal(password))},
        error);
}

bool ServerRoles::addLogin(const User& user, const QString& password, QString* error)
{
    const QString role = roleName(m_ws.location().database, user.login);
    const QString p = prefix();
    const bool office = user.roles.contains(Role::SupervisorAdmin);
    const bool leader = user.roles.contains(Role::Leader);
    QStringList groups = {ident(p + QStringLiteral("_account"))};
    if (office)
        groups << ident(p + QStringLiteral("_office"));
    if (leader)
        groups << ident(p + QStringLiteral("_leader"));
    if (!user.department.isEmpty())
        groups << ident(p + QStringLiteral("_d_") + safeName(user.department));
    Transaction tx(m_ws.db());
    QStringList sql = {
        QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN CREATE ROLE %2 "
                       "LOGIN; END IF; END $$")
            .arg(literal(role), ident(role)),
        QStringLiteral("ALTER ROLE %1 LOGIN PASSWORD %2").arg(ident(role), literal(password)),
    };
    for (const QString& g : std::as_const(groups)) {
        const QString name = g.mid(1, g.size() - 2);
        sql << QStringLiteral("DO $$ BEGIN IF NOT EXISTS (SELECT 1 FROM pg_roles WHERE rolname = %1) THEN CREATE ROLE "
                              "%2 NOLOGIN; END IF; END $$")
                   .arg(literal(name), g)
            << QStringLiteral("GRANT %1 TO %2").arg(g, ident(role));
    }
    if (!run(sql, error))
        return false;
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral(
                "INSERT INTO cj_server_role (pg_role, login, department, office, leader, writes) VALUES (?, ?, ?, ?, "
                "?, ?) "
                "ON CONFLICT (pg_role) DO UPDATE SET department = excluded.department, office = excluded.office, "
                "leader = excluded.leader, writes = excluded.writes"),
            {role, user.login, user.department, office ? 1 : 0, leader ? 1 : 0,
                user.roles.contains(Role::Collector) ? 1 : 0},
            error))
        return false;
    return tx.commit(error);
}

bool ServerRoles::dropLogin(const QString& login, QString* error)
{
    const QString role = roleName(m_ws.location().database, login);
    Transaction tx(m_ws.db());
    return run({QStringLiteral("DELETE FROM cj_server_role WHERE pg_role = %1").arg(literal(role)),
                   QStringLiteral("DROP ROLE IF EXISTS %1").arg(ident(role))},
               error)
        && tx.commit(error);
}

} // namespace caiji
