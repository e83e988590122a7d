#include "TestWorkspace.h"

#include "core/cli/CliApp.h"
#include <QTextStream>

#include "core/workflow/Assignments.h"
#include "core/write/WriteGateway.h"

#include <QJsonDocument>
#include <QJsonObject>

#include "core/catalog/CatalogJson.h"
#include "core/demo/DemoBuilder.h"
#include "core/storage/Directory.h"
#include "core/storage/WorkspaceLocation.h"

#include <QCoreApplication>
#include <QFile>
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QTest>
#include <QUrl>

namespace caiji::test {

Catalog summaryCatalog()
{
    Catalog c = miniCatalog();
    for (Table& t : c.tables) {
        if (t.code == QLatin1String("6-1-2-2")) {
            t.rules.append(QJsonDocument::fromJson(
                R"({"id":"s","kind":"aggregate-equals","field":"jxgzl","groupBy":"jgh","source":"6-1-2-1","sourceField":"jxgzl","aggregate":"sum"})")
                               .object());
            t.rules.append(QJsonDocument::fromJson(
                R"({"id":"c","kind":"aggregate-equals","field":"kcms","groupBy":"jgh","source":"6-1-2-1","sourceField":"kcdm","aggregate":"count-distinct"})")
                               .object());
        }
    }
    return c;
}

std::unique_ptr<WriteGateway> ownerGateway(Workspace& ws, const QString& login)
{
    auto policy = AccessPolicy::load(ws, Actor::workspaceOwner(login));
    if (!policy)
        qFatal("cannot load the departments of the workspace");
    return std::make_unique<WriteGateway>(ws, policy);
}

std::shared_ptr<const AccessPolicy> policyAs(Workspace& ws, const QString& login, Role role, const QString& department)
{
    Actor a;
    a.login = login;
    a.department = department;
    a.roles = {role};
    return AccessPolicy::load(ws, a);
}

namespace {
// As ctest sets it (cmake/CaijiTest.cmake), for a test run by hand: .xls is read in caiji-xls, and
// the FreeXL regression files would end a test that read them in its own process.
const bool g_xlsHelper = [] {
    if (qEnvironmentVariableIsEmpty("CAIJI_XLS_HELPER"))
        qputenv("CAIJI_XLS_HELPER", CAIJI_XLS_HELPER_PATH);
    return true;
}();

QString adminUrl()
{
    return qEnvironmentVariable("CAIJI_TEST_PG");
}

// Runs one statement on the maintenance database of the test server.
bool adminExec(const QString& sql, QString* error)
{
    WorkspaceLocation loc;
    if (!WorkspaceLocation::parse(adminUrl(), &loc, error))
        return false;
    const QString name = QStringLiteral("caiji-test-admin");
    bool ok = false;
    {
        QSqlDatabase db = loc.connect(name, true, error);
        if (db.isOpen()) {
            QSqlQuery q(db);
            ok = q.exec(sql);
            if (!ok && error)
                *error = q.lastError().text();
        }
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}
} // namespace

TestLocations::TestLocations() = default;

TestLocations::~TestLocations()
{
    for (const QString& db : m_databases) {
        QString ignored;
        adminExec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\" WITH (FORCE)").arg(db), &ignored);
    }
}

void TestLocations::addBackendRows()
{
    QTest::addColumn<QString>("backend");
    QTest::newRow("sqlite") << QStringLiteral("sqlite");
    QTest::newRow("postgresql") << QStringLiteral("postgresql");
}

QString TestLocations::tempPath(const QString& name) const
{
    return m_dir.filePath(name);
}

QString TestLocations::fresh(const QString& backend)
{
    ++m_counter;
    if (backend == QLatin1String("sqlite"))
        return m_dir.filePath(QStringLiteral("ws%1.caiji").arg(m_counter));
    // Skipping the PostgreSQL half would hide a broken backend: without a server the test fails.
    if (adminUrl().isEmpty()) {
        qFatal("CAIJI_TEST_PG is not set: run the tests through scripts/test, which starts a PostgreSQL server");
    }
    const QString name = QStringLiteral("caiji_t_%1_%2").arg(QCoreApplication::applicationPid()).arg(m_counter);
    QString error;
    adminExec(QStringLiteral("DROP DATABASE IF EXISTS \"%1\"").arg(name), &error);
    if (!adminExec(QStringLiteral("CREATE DATABASE \"%1\" ENCODING 'UTF8' TEMPLATE template0").arg(name), &error))
        qFatal("Cannot create test database %s: %s", qPrintable(name), qPrintable(error));
    m_databases.append(name);
    QUrl url(adminUrl());
    url.setPath(QLatin1Char('/') + name);
    return url.toString();
}

Catalog miniCatalog()
{
    Catalog c;
    QString error;
    if (!CatalogJson::load(QStringLiteral(CAIJI_TEST_DATA_DIR "/mini-catalog.json"), &c, &error))
        qFatal("mini catalog: %s", qPrintable(error));
    return c;
}

Catalog builtinCatalog()
{
    Catalog c;
    QString error;
    if (!CatalogJson::load(Catalog::builtinPath(), &c, &error))
        qFatal("built-in catalog: %s", qPrintable(error));
    return c;
}

void makeSmallDemo(const QString& location)
{
    QString error;
    auto ws = Workspace::create(location, builtinCatalog(), &error);
    if (!ws)
        qFatal("demo workspace: %s", qPrintable(error));
    DemoBuilder builder(*ws, DemoScale::Small);
    if (!builder.build(&error))
        qFatal("demo college: %s", qPrintable(error));
}

std::unique_ptr<Workspace> miniWorkspace(TestLocations& locations, const QString& backend)
{
    QString error;
    auto ws = Workspace::create(locations.fresh(backend), miniCatalog(), &error);
    if (!ws)
        qFatal("mini workspace: %s", qPrintable(error));
    for (const Department& d : Directory::seedOffices()) {
        if (!Directory(*ws).addDepartment(d, &error))
            qFatal("mini workspace: %s", qPrintable(error));
    }
    return ws;
}

void addCollege(Workspace& ws)
{
    QString error;
    Directory dir(ws);
    QVector<Department> all = Directory::seedOffices();
    all.append({QStringLiteral("YX01"), QStringLiteral("机电工程学院"), QString(), QStringLiteral("school"), 20});
    all.append({QStringLiteral("YX02"), QStringLiteral("信息工程学院"), QString(), QStringLiteral("school"), 21});
    for (const Department& d : all) {
        if (!dir.addDepartment(d, &error))
            qFatal("college: %s", qPrintable(error));
    }
    const Round r {2024, QStringLiteral("2024"), QString(), QDate(2023, 9, 1), QDate(2024, 8, 31), QString()};
    if (!dir.addRound(r, &error) || !Assignments(ws).assignCatalog(2024, &error))
        qFatal("college: %s", qPrintable(error));
}

CliResult runCli(const QStringList& args)
{
    QString out;
    QString err;
    QTextStream o(&out);
    QTextStream e(&err);
    CliApp app(o, e);
    const int code = app.run(args);
    o.flush();
    e.flush();
    return {code, out, err};
}

void writeFile(const QString& path, const QByteArray& bytes)
{
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly) || f.write(bytes) != bytes.size())
        qFatal("cannot write %s", qPrintable(path));
}

bool holdWriteLock(QProcess& p, const QString& path, double seconds)
{
    p.start(QStringLiteral("python3"),
        {QStringLiteral("-c"),
            QStringLiteral("import sqlite3,sys,time\n"
                           "c=sqlite3.connect(sys.argv[1],isolation_level=None)\n"
                           "c.execute('BEGIN IMMEDIATE')\n"
                           "c.execute('UPDATE cj_meta SET value=value WHERE key=\\'schema\\'')\n"
                           "print('locked',flush=True)\n"
                           "time.sleep(float(sys.argv[2]))\n"
                           "c.execute('COMMIT')\n"),
            path, QString::number(seconds)});
    return p.waitForReadyRead(10000) && p.readAllStandardOutput().contains("locked");
}

bool finished(QProcess& p)
{
    return p.state() == QProcess::NotRunning || p.waitForFinished(10000);
}

} // namespace caiji::test
