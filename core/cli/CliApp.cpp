#include "CliApp.h"

#include "../auth/Accounts.h"
#include "../auth/ServerRoles.h"
#include "../catalog/Catalog.h"
#include "../catalog/CatalogJson.h"
#include "../demo/DemoBuilder.h"
#include "../io/CsvReader.h"
#include "../io/TableExporter.h"
#include "../io/TableImporter.h"
#include "../io/XlsxReader.h"
#include "../session/Session.h"
#include "../storage/Directory.h"
#include "../storage/Workspace.h"
#include "../validation/Explanations.h"
#include "../validation/FindingAccess.h"
#include "../validation/FindingsExport.h"
#include "../validation/Validator.h"
#include "../validation/WorkspaceRules.h"
#include "../workflow/Assignments.h"
#include "../workflow/TaskOverview.h"
#include "TerminalPassword.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caiji {

namespace {
const QStringList kValueOptions = {QStringLiteral("catalog"), QStringLiteral("scale"), QStringLiteral("round"),
    QStringLiteral("department"), QStringLiteral("table"), QStringLiteral("workspace"), QStringLiteral("xlsx"),
    QStringLiteral("sheet"), QStringLiteral("mode"), QStringLiteral("rejected"), QStringLiteral("user")};
const QStringList kFlagOptions = {QStringLiteral("json"), QStringLiteral("help"), QStringLiteral("dry-run"),
    QStringLiteral("national"), QStringLiteral("codes"), QStringLiteral("force"), QStringLiteral("all")};

QJsonObject tableJson(const Table& t, bool withFields)
{
    QJsonObject o {{QStringLiteral("code"), t.code}, {QStringLiteral("name"), t.name},
        {QStringLiteral("category"), t.category}, {QStringLiteral("kind"), tableKindToString(t.kind)},
        {QStringLiteral("period"), periodToString(t.period)}, {QStringLiteral("department"), t.department},
        {QStringLiteral("alsoDepartments"), QJsonArray::fromStringList(t.alsoDepartments)},
        {QStringLiteral("addition"), t.addition}, {QStringLiteral("keys"), QJsonArray::fromStringList(t.keys)},
        {QStringLiteral("fieldCount"), static_cast<int>(t.fields.size())}};
    if (t.national)
        o.insert(QStringLiteral("nationalSheet"), t.national->sheet);
    if (withFields) {
        o.insert(QStringLiteral("help"), t.help);
        QJsonArray fields;
        for (const Field& f : t.fields) {
            QJsonObject fo {{QStringLiteral("key"), f.key}, {QStringLiteral("name"), f.name},
                {QStringLiteral("type"), fieldTypeToString(f.type)}, {QStringLiteral("required"), f.required}};
            if (!f.unit.isEmpty())
                fo.insert(QStringLiteral("unit"), f.unit);
            if (!f.codeList.isEmpty())
                fo.insert(QStringLiteral("codeList"), f.codeList);
            if (f.type == FieldType::Reference)
                fo.insert(QStringLiteral("ref"), f.refTable + QLatin1Char('.') + f.refField);
            if (!f.help.isEmpty())
                fo.insert(QStringLiteral("help"), f.help);
            fields.append(fo);
        }
        o.insert(QStringLiteral("fields"), fields);
    }
    return o;
}
} // namespace

int CliApp::fail(int code, const QString& message)
{
    m_err << message << Qt::endl;
    return code;
}

bool CliApp::parse(const QStringList& args)
{
    for (int i = 0; i < args.size(); ++i) {
        const QString& a = args[i];
        if (a.startsWith(QLatin1String("--"))) {
            QString name = a.mid(2);
            QString value;
            const int eq = name.indexOf(QLatin1Char('='));
            if (eq >= 0) {
                value = name.mid(eq + 1);
                name = name.left(eq);
            }
            if (kFlagOptions.contains(name)) {
                m_flags.append(name);
            } else if (kValueOptions.contains(name)) {
                if (eq < 0) {
                    if (i + 1 >= args.size()) {
                        usage(tr("Option --%1 needs a value.").arg(name));
                        return false;
                    }
                    value = args[++i];
                }
                m_options.insert(name, value);
            } else {
                usage(tr("Unknown option --%1.").arg(name));
                return false;
            }
        } else {
            m_positional.append(a);
        }
    }
    return true;
}

int CliApp::usage(const QString& problem)
{
    if (!problem.isEmpty())
        m_err << problem << Qt::endl;
    m_err << tr(
        "Usage:\n"
        "  caiji-cli init WS [--catalog FILE]          create a workspace (file path or postgresql://...)\n"
        "  caiji-cli demo WS [--scale small|large]     create a workspace with a demo college\n"
        "  caiji-cli catalog list [--json]             the catalog's tables\n"
        "  caiji-cli catalog show CODE [--json]        one table's fields\n"
        "  caiji-cli catalog check FILE                check a catalog file\n"
        "  caiji-cli status WS [--round YEAR] [--json] tasks with states and row counts\n"
        "  caiji-cli validate WS [--round YEAR] [--department NAME] [--json] [--xlsx OUT.xlsx]\n"
        "                                              check the data; exit 1 when errors remain\n"
        "  caiji-cli import WS --table CODE FILE [--sheet NAME] [--mode replace|append|update]\n"
        "                  [--department NAME] [--dry-run] [--rejected OUT.xlsx] [--json]\n"
        "                                              import xlsx/xls/csv; exit 1 when rows were rejected\n"
        "  caiji-cli export WS (--table CODE | --national | --all) OUT.(xlsx|csv) [--department NAME] [--codes] "
        "[--force] [--json]\n"
        "                                              one table, the national workbook, every table of the round,\n"
        "                                              or (--department alone) that department's tables\n"
        "  caiji-cli rules list WS | add WS --table CODE RULE.json | remove WS ID\n"
        "                                              validation rules added to one workspace\n"
        "Commands on a workspace take --user LOGIN (password from CAIJI_PASSWORD or typed) and are held to\n"
        "that account's rights; without --user an SQLite file is used as its owner (whoever holds the file\n"
        "holds its data); a PostgreSQL workspace needs --user.\n"
        "Catalog commands read --catalog FILE, or --workspace WS, or the built-in catalog.\n"
        "Exit status: 0 success, 1 problems found, 2 bad usage or unreadable input.")
          << Qt::endl;
    return problem.isEmpty() ? Ok : BadInput;
}

int CliApp::run(const QStringList& args)
{
    if (!parse(args))
        return BadInput;
    if (hasFlag(QStringLiteral("help")))
        return usage();
    if (m_positional.isEmpty())
        return usage(tr("No command given."));
    const QString cmd = m_positional.takeFirst();
    if (cmd == QLatin1String("init"))
        return cmdInit();
    if (cmd == QLatin1String("demo"))
        return cmdDemo();
    if (cmd == QLatin1String("catalog"))
        return cmdCatalog();
    if (cmd == QLatin1String("status"))
        return cmdStatus();
    if (cmd == QLatin1String("validate"))
        return cmdValidate();
    if (cmd == QLatin1String("import"))
        return cmdImport();
    if (cmd == QLatin1String("rules"))
        return cmdRules();
    if (cmd == QLatin1String("export"))
        return cmdExport();
    return usage(tr("Unknown command \"%1\".").arg(cmd));
}

bool CliApp::loadCatalogFor(Catalog* out)
{
    QString error;
    if (!option(QStringLiteral("workspace")).isEmpty()) {
        auto ws = Workspace::open(option(QStringLiteral("workspace")), &error);
        if (!ws) {
            m_err << error << Qt::endl;
            return false;
        }
        *out = ws->catalog();
        return true;
    }
    const QString path
        = option(QStringLiteral("catalog")).isEmpty() ? Catalog::builtinPath() : option(QStringLiteral("catalog"));
    if (!CatalogJson::load(path, out, &error)) {
        m_err << error << Qt::endl;
        return false;
    }
    return true;
}

int CliApp::cmdInit()
{
    if (m_positional.size() != 1)
        return usage(tr("init needs exactly one workspace."));
    Catalog cat;
    if (!loadCatalogFor(&cat))
        return BadInput;
    QString error;
    auto ws = Workspace::create(m_positional.first(), cat, &error);
    if (!ws)
        return fail(BadInput, error);
    Directory dir(*ws);
    for (const Department& d : Directory::seedOffices()) {
        if (!dir.addDepartment(d, &error))
            return fail(BadInput, error);
    }
    if (hasFlag(QStringLiteral("json"))) {
        m_out << QJsonDocument(
            QJsonObject {{QStringLiteral("workspace"), ws->location().displayName()},
                {QStringLiteral("catalog"), cat.id}, {QStringLiteral("tables"), static_cast<int>(cat.tables.size())}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        m_out << tr("Created workspace %1 with catalog %2 (%3 tables).")
                     .arg(ws->location().displayName(), cat.name)
                     .arg(cat.tables.size())
              << Qt::endl;
    }
    return Ok;
}

int CliApp::cmdDemo()
{
    if (m_positional.size() != 1)
        return usage(tr("demo needs exactly one workspace."));
    const QString scaleText
        = option(QStringLiteral("scale")).isEmpty() ? QStringLiteral("small") : option(QStringLiteral("scale"));
    if (scaleText != QLatin1String("small") && scaleText != QLatin1String("large"))
        return usage(tr("--scale must be small or large, not \"%1\".").arg(scaleText));
    Catalog cat;
    if (!loadCatalogFor(&cat))
        return BadInput;
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto ws = Workspace::create(m_positional.first(), cat, &error);
    if (!ws)
        return fail(BadInput, error);
    DemoBuilder builder(*ws, scaleText == QLatin1String("large") ? DemoScale::Large : DemoScale::Small);
    const bool json = hasFlag(QStringLiteral("json"));
    builder.setProgress([this, json](int pct, const QString& what) {
        if (!json)
            m_err << QStringLiteral("[%1%] ").arg(pct, 3) << what << Qt::endl;
    });
    if (!builder.build(&error)) {
        const QString path = ws->location().backend == Backend::Sqlite ? ws->location().path : QString();
        ws.reset();
        if (!path.isEmpty()) {
            // A half-made demo is useless: remove it so that the command can simply be rerun.
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        return fail(BadInput, tr("Building the demo college failed: %1").arg(error));
    }
    // On a PostgreSQL server the demo accounts get their own login roles, and the server
    // enforces their rights by itself.
    if (ws->location().backend == Backend::Postgres) {
        ServerRoles roles(*ws);
        if (!roles.install(&error))
            return fail(BadInput, tr("Setting up the server's roles failed: %1").arg(error));
        for (const User& u : Accounts(*ws).users()) {
            if (!roles.addLogin(u, QString::fromLatin1(DemoBuilder::kDemoPassword), &error))
                return fail(BadInput, tr("Setting up the server's roles failed: %1").arg(error));
        }
    }
    qint64 rows = 0;
    for (qint64 n : builder.rowsWritten())
        rows += n;
    const double seconds = timer.elapsed() / 1000.0;
    const qint64 size = ws->location().backend == Backend::Sqlite ? QFileInfo(ws->location().path).size() : -1;
    if (json) {
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("workspace"), ws->location().displayName()},
                                   {QStringLiteral("scale"), scaleText}, {QStringLiteral("rows"), rows},
                                   {QStringLiteral("seconds"), seconds}, {QStringLiteral("bytes"), size}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        m_out << tr("Demo college written to %1: %2 rows in %3 s.")
                     .arg(ws->location().displayName())
                     .arg(rows)
                     .arg(seconds, 0, 'f', 1)
              << Qt::endl;
    }
    return Ok;
}

int CliApp::cmdCatalog()
{
    if (m_positional.isEmpty())
        return usage(tr("catalog needs list, show CODE or check FILE."));
    const QString sub = m_positional.takeFirst();
    const bool json = hasFlag(QStringLiteral("json"));
    if (sub == QLatin1String("check")) {
        if (m_positional.size() != 1)
            return usage(tr("catalog check needs one file."));
        Catalog cat;
        QString error;
        if (!CatalogJson::load(m_positional.first(), &cat, &error))
            return fail(Problems, error);
        m_out << tr("Catalog %1 is valid: %2 tables, %3 code lists.")
                     .arg(cat.id)
                     .arg(cat.tables.size())
                     .arg(cat.codeLists.size())
              << Qt::endl;
        return Ok;
    }
    Catalog cat;
    if (!loadCatalogFor(&cat))
        return BadInput;
    if (sub == QLatin1String("list")) {
        if (json) {
            QJsonArray tables;
            for (const Table& t : cat.tables)
                tables.append(tableJson(t, false));
            m_out << QJsonDocument(QJsonObject {{QStringLiteral("catalog"), cat.id}, {QStringLiteral("name"), cat.name},
                                       {QStringLiteral("version"), cat.version}, {QStringLiteral("tables"), tables}})
                         .toJson(QJsonDocument::Indented);
        } else {
            m_out << cat.name << QLatin1Char(' ') << cat.version << Qt::endl;
            for (const Table& t : cat.tables) {
                m_out << QStringLiteral("%1\t%2\t%3\t%4%5")
                             .arg(t.code, t.name, tableKindDisplayName(t.kind), t.department,
                                 t.alsoDepartments.isEmpty()
                                     ? QString()
                                     : QLatin1Char('+') + t.alsoDepartments.join(QLatin1Char('+')))
                      << Qt::endl;
            }
        }
        return Ok;
    }
    if (sub == QLatin1String("show")) {
        if (m_positional.size() != 1)
            return usage(tr("catalog show needs one table code."));
        const Table* t = cat.table(m_positional.first());
        if (!t)
            return fail(BadInput, tr("The catalog has no table \"%1\".").arg(m_positional.first()));
        if (json) {
            m_out << QJsonDocument(tableJson(*t, true)).toJson(QJsonDocument::Indented);
        } else {
            m_out << t->title() << QStringLiteral("  [") << tableKindDisplayName(t->kind) << QStringLiteral(", ")
                  << t->department << QStringLiteral("]") << Qt::endl;
            if (!t->help.isEmpty())
                m_out << t->help << Qt::endl;
            for (const Field& f : t->fields) {
                m_out << QStringLiteral("  %1\t%2\t%3%4")
                             .arg(f.key, f.headerLabel(), fieldTypeDisplayName(f.type),
                                 f.required ? tr(", required") : QString())
                      << Qt::endl;
            }
        }
        return Ok;
    }
    return usage(tr("Unknown catalog command \"%1\".").arg(sub));
}

int CliApp::cmdStatus()
{
    if (m_positional.size() != 1)
        return usage(tr("status needs exactly one workspace."));
    QString error;
    int round = 0;
    int code = Ok;
    const auto session = openSession(&round, &code);
    if (!session)
        return code;
    Workspace* ws = &session->workspace();
    QVector<TaskRow> all;
    if (!TaskOverview::load(*ws, round, &all, &error))
        return fail(BadInput, error);
    const QVector<TaskRow> tasks = TaskOverview::visible(session->policy(), ws->catalog(), all);
    if (hasFlag(QStringLiteral("json"))) {
        QJsonArray arr;
        for (const TaskRow& t : tasks) {
            arr.append(QJsonObject {{QStringLiteral("table"), t.tableCode}, {QStringLiteral("tableName"), t.tableName},
                {QStringLiteral("department"), t.departmentCode}, {QStringLiteral("departmentName"), t.departmentName},
                {QStringLiteral("lead"), t.isLead}, {QStringLiteral("state"), taskStateToString(t.state)},
                {QStringLiteral("stateName"), taskStateDisplayName(t.state)}, {QStringLiteral("rows"), t.rowCount}});
        }
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("round"), round}, {QStringLiteral("tasks"), arr}})
                     .toJson(QJsonDocument::Indented);
        return Ok;
    }
    QString current;
    for (const TaskRow& t : tasks) {
        if (t.departmentCode != current) {
            current = t.departmentCode;
            m_out << QLatin1Char('\n') << t.departmentName << QStringLiteral(" (") << t.departmentCode
                  << QLatin1Char(')') << Qt::endl;
        }
        m_out << QStringLiteral("  %1\t%2\t%3\t%4")
                     .arg(t.tableCode, t.tableName, taskStateDisplayName(t.state))
                     .arg(t.rowCount)
              << Qt::endl;
    }
    return Ok;
}

} // namespace caiji

namespace caiji {

std::unique_ptr<Session> CliApp::openSession(int* round, int* exitCode)
{
    QString error;
    auto ws = Workspace::open(m_positional.first(), &error);
    if (!ws) {
        *exitCode = fail(BadInput, error);
        return nullptr;
    }
    // Who is acting comes first: nothing of the workspace is told to someone not signed in.
    Credentials who;
    who.login = option(QStringLiteral("user"));
    std::unique_ptr<Session> session;
    if (who.login.isEmpty() && ws->location().backend == Backend::Sqlite) {
        session = Session::asOwner(std::move(ws), QStringLiteral("caiji-cli"), &error);
    } else {
        if (!who.login.isEmpty()) {
            bool ok = false;
            who.password = TerminalPassword::read(tr("Password for %1: ").arg(who.login), &ok);
            if (!ok) {
                *exitCode = fail(BadInput,
                    tr("No password for %1: set CAIJI_PASSWORD or run caiji-cli on a terminal.").arg(who.login));
                return nullptr;
            }
        }
        // Signed in anew: on a PostgreSQL server with roles, as the account's own role.
        ws.reset();
        session = Session::open(m_positional.first(), who, &error);
    }
    if (!session) {
        *exitCode = fail(BadInput, error);
        return nullptr;
    }
    Directory dir(session->workspace());
    if (!resolveRound(dir, round) || !session->setRound(*round, &error)) {
        if (!error.isEmpty())
            m_err << error << Qt::endl;
        *exitCode = BadInput;
        return nullptr;
    }
    return session;
}

bool CliApp::resolveRound(Directory& dir, int* round)
{
    if (!option(QStringLiteral("round")).isEmpty()) {
        bool ok = false;
        *round = option(QStringLiteral("round")).toInt(&ok);
        if (!ok) {
            usage(tr("--round must be a year, not \"%1\".").arg(option(QStringLiteral("round"))));
            return false;
        }
    } else {
        *round = dir.latestRound().year;
    }
    for (const Round& r : dir.rounds()) {
        if (r.year == *round)
            return true;
    }
    m_err << (*round == 0 ? tr("The workspace has no collection round yet.")
                          : tr("The workspace has no round %1.").arg(*round))
          << Qt::endl;
    return false;
}

int CliApp::cmdValidate()
{
    if (m_positional.size() != 1)
        return usage(tr("validate needs exactly one workspace."));
    QString error;
    int round = 0;
    int code = Ok;
    const auto session = openSession(&round, &code);
    if (!session)
        return code;
    Workspace* ws = &session->workspace();
    const AccessPolicy& policy = session->policy();
    Directory dir(*ws);
    Validator validator(*ws, round);
    const QString own = FindingAccess::checkedDepartment(policy);
    validator.setTables(FindingAccess::checkedTables(policy, ws->catalog()));
    if (!option(QStringLiteral("department")).isEmpty()) {
        Department d;
        if (!dir.findDepartment(option(QStringLiteral("department")), &d))
            return fail(
                BadInput, tr("The workspace has no department \"%1\".").arg(option(QStringLiteral("department"))));
        if (!own.isEmpty() && d.code != own)
            return fail(BadInput,
                tr("%1 has no right to read the findings of %2: each department checks its own data.")
                    .arg(session->actor().login, d.name));
        validator.setDepartment(d.code);
    } else if (!own.isEmpty()) {
        validator.setDepartment(own);
    }
    QVector<Finding> checked;
    if (!validator.run(&checked, &error))
        return fail(BadInput, error);
    // Findings name values: only those of rows the account reads whole.
    const QVector<Finding> findings = FindingAccess::visible(policy, ws->catalog(), checked);
    if (!option(QStringLiteral("xlsx")).isEmpty()) {
        QHash<QString, QString> names;
        for (const Department& d : dir.departments())
            names.insert(d.code, d.name);
        if (!FindingsExport::writeXlsx(option(QStringLiteral("xlsx")), ws->catalog(), findings, names, &error))
            return fail(BadInput, error);
    }
    int errors = 0;
    int warnings = 0;
    for (const Finding& f : findings) {
        errors += f.severity == Severity::Error ? 1 : 0;
        warnings += f.severity == Severity::Warning ? 1 : 0;
    }
    if (hasFlag(QStringLiteral("json"))) {
        const QHash<QString, Explanation> explained = Explanations(*ws, round).all();
        QJsonArray arr;
        for (const Finding& f : findings) {
            const Table* t = ws->catalog().table(f.table);
            const Explanation e = explained.value(Explanations::keyOf(f));
            arr.append(QJsonObject {{QStringLiteral("severity"), severityToString(f.severity)},
                {QStringLiteral("level"), f.level}, {QStringLiteral("rule"), f.rule},
                {QStringLiteral("table"), f.table}, {QStringLiteral("tableName"), t ? t->name : QString()},
                {QStringLiteral("rowId"), f.rowId}, {QStringLiteral("rowKey"), f.rowKey},
                {QStringLiteral("field"), f.field},
                {QStringLiteral("fieldName"), t && t->field(f.field) ? t->field(f.field)->name : QString()},
                {QStringLiteral("department"), f.department},
                {QStringLiteral("values"), QJsonArray::fromStringList(f.values)},
                {QStringLiteral("message"), f.message}, {QStringLiteral("explanation"), e.text},
                {QStringLiteral("explanationStatus"), e.status}});
        }
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("round"), round}, {QStringLiteral("errors"), errors},
                                   {QStringLiteral("warnings"), warnings}, {QStringLiteral("findings"), arr}})
                     .toJson(QJsonDocument::Indented);
    } else {
        for (const Finding& f : findings) {
            m_out << QStringLiteral("[%1] %2 %3 %4: %5")
                         .arg(severityDisplayName(f.severity), f.table, f.rowKey, f.field, f.message)
                  << Qt::endl;
        }
        m_out << tr("%1 errors, %2 warnings.").arg(errors).arg(warnings) << Qt::endl;
    }
    return errors > 0 ? Problems : Ok;
}

} // namespace caiji

namespace caiji {

int CliApp::cmdImport()
{
    if (m_positional.size() != 2 || option(QStringLiteral("table")).isEmpty())
        return usage(tr("import needs a workspace, --table CODE and a file."));
    QString error;
    int round = 0;
    int code = Ok;
    const auto session = openSession(&round, &code);
    if (!session)
        return code;
    Workspace* ws = &session->workspace();
    Directory dir(*ws);
    const Table* table = ws->catalog().table(option(QStringLiteral("table")));
    if (!table)
        return fail(BadInput, tr("The catalog has no table \"%1\".").arg(option(QStringLiteral("table"))));
    const QString modeText
        = option(QStringLiteral("mode")).isEmpty() ? QStringLiteral("append") : option(QStringLiteral("mode"));
    ImportMode mode = ImportMode::Append;
    if (modeText == QLatin1String("replace"))
        mode = ImportMode::Replace;
    else if (modeText == QLatin1String("update"))
        mode = ImportMode::Update;
    else if (modeText != QLatin1String("append"))
        return usage(tr("--mode must be replace, append or update, not \"%1\".").arg(modeText));
    // New rows belong to the named department, else to the account's own, else to the
    // table's lead department.
    Department owner;
    QString deptName = option(QStringLiteral("department"));
    if (deptName.isEmpty())
        deptName = session->policy().fills(*table, session->actor().department) ? session->actor().department
                                                                                : table->department;
    if (!dir.findDepartment(deptName, &owner))
        return fail(BadInput, tr("The workspace has no department \"%1\".").arg(deptName));
    const QString file = m_positional.at(1);
    std::unique_ptr<SheetSource> source = SheetSource::open(file, &error);
    if (!source)
        return fail(BadInput, error);
    int sheet = 0;
    if (!option(QStringLiteral("sheet")).isEmpty()) {
        sheet = source->sheetIndex(option(QStringLiteral("sheet")));
        if (sheet < 0)
            return fail(BadInput, tr("The file has no sheet \"%1\".").arg(option(QStringLiteral("sheet"))));
    } else {
        sheet = source->firstVisibleSheet();
    }
    TableImporter importer(session->gateway(), table->code, round, owner.code, mode);
    ImportPlan plan;
    const bool dry = hasFlag(QStringLiteral("dry-run"));
    if (!(dry ? importer.plan(*source, sheet, &plan, &error) : importer.run(*source, sheet, &plan, &error)))
        return fail(BadInput, error);
    if (!option(QStringLiteral("rejected")).isEmpty() && plan.rejectedRows > 0
        && !TableImporter::saveRejected(plan, option(QStringLiteral("rejected")), &error))
        return fail(BadInput, error);
    if (hasFlag(QStringLiteral("json"))) {
        QJsonArray rejected;
        for (const ImportRejection& r : plan.rejected)
            rejected.append(QJsonObject {{QStringLiteral("row"), r.fileRow}, {QStringLiteral("column"), r.column},
                {QStringLiteral("value"), r.text}, {QStringLiteral("reason"), r.reason}});
        QJsonArray diff;
        for (const ImportDiff& d : plan.diff)
            diff.append(QJsonObject {{QStringLiteral("row"), d.rowKey}, {QStringLiteral("field"), d.field},
                {QStringLiteral("before"), d.before}, {QStringLiteral("after"), d.after}});
        m_out << QJsonDocument(
            QJsonObject {{QStringLiteral("table"), table->code}, {QStringLiteral("mode"), modeText},
                {QStringLiteral("dryRun"), dry}, {QStringLiteral("new"), plan.newRows},
                {QStringLiteral("changed"), plan.changedRows}, {QStringLiteral("unchanged"), plan.unchangedRows},
                {QStringLiteral("removed"), plan.removedRows}, {QStringLiteral("rejectedRows"), plan.rejectedRows},
                {QStringLiteral("unmatchedColumns"), QJsonArray::fromStringList(plan.mapping.unmatched)},
                {QStringLiteral("rejected"), rejected}, {QStringLiteral("diff"), diff}})
                     .toJson(QJsonDocument::Indented);
    } else {
        m_out << (dry ? tr("Dry run, nothing written: ") : QString())
              << tr("%1 new, %2 changed, %3 unchanged, %4 removed, %5 rejected rows.")
                     .arg(plan.newRows)
                     .arg(plan.changedRows)
                     .arg(plan.unchangedRows)
                     .arg(plan.removedRows)
                     .arg(plan.rejectedRows)
              << Qt::endl;
        for (const ImportRejection& r : plan.rejected)
            m_out << tr("  row %1, %2 \"%3\": %4").arg(r.fileRow).arg(r.column, r.text, r.reason) << Qt::endl;
    }
    return plan.rejectedRows > 0 ? Problems : Ok;
}

int CliApp::cmdExport()
{
    const bool national = hasFlag(QStringLiteral("national"));
    const bool all = hasFlag(QStringLiteral("all"));
    const QString table = option(QStringLiteral("table"));
    const QString department = option(QStringLiteral("department"));
    const int kinds = (national ? 1 : 0) + (all ? 1 : 0) + (table.isEmpty() ? 0 : 1);
    if (m_positional.size() != 2 || kinds > 1 || (kinds == 0 && department.isEmpty()))
        return usage(tr("export needs a workspace, one of --table CODE, --national, --all or --department NAME, and an "
                        "output file."));
    QString error;
    int round = 0;
    int code = Ok;
    const auto session = openSession(&round, &code);
    if (!session)
        return code;
    Workspace* ws = &session->workspace();
    const AccessPolicy& policy = session->policy();
    Directory dir(*ws);
    TableExporter exporter(*ws, round);
    exporter.setCodesAsLabels(!hasFlag(QStringLiteral("codes")));
    Department dept;
    if (!department.isEmpty()) {
        if (!dir.findDepartment(department, &dept))
            return fail(BadInput, tr("The workspace has no department \"%1\".").arg(department));
        exporter.setDepartment(dept.code);
    } else if (!table.isEmpty() && ws->catalog().table(table)) {
        // An account that reads only its department's rows exports only those.
        dept.code = policy.readDepartment(*ws->catalog().table(table));
        exporter.setDepartment(dept.code);
    }
    if (national || all) {
        const QString refused = policy.denial(Action::Export);
        if (!refused.isEmpty())
            return fail(BadInput, refused);
    } else if (!table.isEmpty()) {
        if (const Table* t = ws->catalog().table(table)) {
            const QString refused = policy.denial(Action::Export, *t, dept.code);
            if (!refused.isEmpty())
                return fail(BadInput, refused);
        }
    }
    qint64 rows = 0;
    const QString out = m_positional.at(1);
    const bool workbook = national || all || table.isEmpty();
    if (workbook && !out.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
        return usage(tr("A workbook of several tables is an .xlsx file."));
    if (national) {
        // The conformity check: a round with blocking errors is not reported unless forced.
        QVector<Finding> findings;
        Validator validator(*ws, round);
        if (!validator.run(&findings, &error))
            return fail(BadInput, error);
        int errors = 0;
        for (const Finding& f : findings)
            errors += f.severity == Severity::Error ? 1 : 0;
        if (errors > 0 && !hasFlag(QStringLiteral("force")))
            return fail(Problems,
                tr("Round %1 still has %2 errors; fix them (caiji-cli validate) or export with --force.")
                    .arg(round)
                    .arg(errors));
        if (!exporter.exportNational(out, &rows, &error))
            return fail(BadInput, error);
    } else if (!table.isEmpty()) {
        if (!exporter.exportTable(table, out, &rows, &error))
            return fail(BadInput, error);
    } else {
        QStringList tables;
        if (all) {
            for (const Table& t : ws->catalog().tables)
                tables.append(t.code);
        } else {
            for (const Assignment& a : Assignments(*ws).all(round, &error)) {
                if (a.department != dept.code)
                    continue;
                const Table* t = ws->catalog().table(a.tableCode);
                const QString refused = t ? policy.denial(Action::Export, *t, dept.code) : QString();
                if (!refused.isEmpty())
                    return fail(BadInput, refused);
                tables.append(a.tableCode);
            }
        }
        if (!exporter.exportTables(tables, out, &rows, &error))
            return fail(BadInput, error);
    }
    // The report: what went into which sheet.
    if (hasFlag(QStringLiteral("json"))) {
        QJsonArray sheets;
        for (const ExportedSheet& s : exporter.exported())
            sheets.append(QJsonObject {{QStringLiteral("table"), s.table}, {QStringLiteral("sheet"), s.sheet},
                {QStringLiteral("rows"), s.rows}});
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("file"), out}, {QStringLiteral("rows"), rows},
                                   {QStringLiteral("sheets"), sheets}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
        return Ok;
    }
    m_out << tr("Exported %1 rows to %2.").arg(rows).arg(out) << Qt::endl;
    if (workbook) {
        for (const ExportedSheet& s : exporter.exported())
            m_out << tr("  %1: %2 rows").arg(s.sheet).arg(s.rows) << Qt::endl;
    }
    return Ok;
}

} // namespace caiji

namespace caiji {

int CliApp::cmdRules()
{
    if (m_positional.size() < 2)
        return usage(tr("rules needs list, add or remove and a workspace."));
    const QString sub = m_positional.takeFirst();
    QString error;
    int round = 0;
    int code = Ok;
    const auto session = openSession(&round, &code);
    if (!session)
        return code;
    Workspace* ws = &session->workspace();
    if (sub != QLatin1String("list") && !session->denial(Action::Administer).isEmpty())
        return fail(BadInput, session->denial(Action::Administer));
    WorkspaceRules rules(*ws);
    if (sub == QLatin1String("list")) {
        const auto all = rules.all(&error);
        if (!error.isEmpty())
            return fail(BadInput, error);
        QJsonArray arr;
        for (auto it = all.constBegin(); it != all.constEnd(); ++it) {
            for (QJsonObject r : it.value()) {
                r.insert(QStringLiteral("table"), it.key());
                arr.append(r);
            }
        }
        m_out << QJsonDocument(arr).toJson(QJsonDocument::Indented);
        return Ok;
    }
    if (sub == QLatin1String("add")) {
        if (m_positional.size() != 2 || option(QStringLiteral("table")).isEmpty())
            return usage(tr("rules add needs a workspace, --table CODE and a rule file."));
        QFile f(m_positional.at(1));
        if (!f.open(QIODevice::ReadOnly))
            return fail(BadInput, tr("Cannot read %1: %2").arg(f.fileName(), f.errorString()));
        QJsonParseError pe;
        const QJsonDocument doc = QJsonDocument::fromJson(f.readAll(), &pe);
        if (pe.error != QJsonParseError::NoError || !doc.isObject())
            return fail(BadInput, tr("%1 is not a JSON rule object: %2").arg(f.fileName(), pe.errorString()));
        if (!rules.add(option(QStringLiteral("table")), doc.object(), &error))
            return fail(BadInput, error);
        m_out << tr("Rule %1 added to table %2.")
                     .arg(doc.object().value(QStringLiteral("id")).toString(), option(QStringLiteral("table")))
              << Qt::endl;
        return Ok;
    }
    if (sub == QLatin1String("remove")) {
        if (m_positional.size() != 2)
            return usage(tr("rules remove needs a workspace and a rule id."));
        if (!rules.remove(m_positional.at(1), &error))
            return fail(BadInput, error);
        return Ok;
    }
    return usage(tr("Unknown rules command \"%1\".").arg(sub));
}

} // namespace caiji
