#pragma once

#include "core/auth/AccessPolicy.h"
#include "core/catalog/Catalog.h"
#include "core/storage/Workspace.h"
#include "core/write/WriteGateway.h"

#include <QProcess>
#include <QString>
#include <QTemporaryDir>

#include <memory>

namespace caiji::test {

/// Fresh, empty workspace locations on either backend. The PostgreSQL ones are new databases on
/// the server named by CAIJI_TEST_PG (scripts/test starts a throwaway one); every database made
/// is dropped again when the TestLocations object goes away.
class TestLocations
{
public:
    TestLocations();
    ~TestLocations();

    /// Adds the two backend rows ("sqlite", "postgresql") to a data-driven test's table.
    static void addBackendRows();
    /// A new empty location on the backend named by the current data row (QFETCH "backend").
    QString fresh(const QString& backend);
    QString tempPath(const QString& name) const;

private:
    QTemporaryDir m_dir;
    QStringList m_databases;
    int m_counter = 0;
};

/// The small catalog in tests/data/mini-catalog.json (fast to install).
Catalog miniCatalog();
Catalog builtinCatalog();
/// The mini catalog with 6-1-2-2 computed from 6-1-2-1 (教学工作量 summed, courses counted per 教工号).
Catalog summaryCatalog();
/// Creates the small demo college at location with the built-in catalog; fails the test run if it cannot.
void makeSmallDemo(const QString& location);
/// A new workspace with the mini catalog and the seeded offices (教务处 JWC, 学工处 XGC, …) on
/// the given backend; fails the test run if it cannot.
std::unique_ptr<Workspace> miniWorkspace(TestLocations& locations, const QString& backend);
/// A write gateway acting as the workspace owner (tests that set up data).
std::unique_ptr<WriteGateway> ownerGateway(Workspace& ws, const QString& login = QStringLiteral("test"));
/// The policy of an account with one role in a department (code) of the workspace.
std::shared_ptr<const AccessPolicy> policyAs(Workspace& ws, const QString& login, Role role, const QString& department);
/// Adds the seeded offices, two 院系 (YX01 机电工程学院, YX02 信息工程学院) and round 2024 with
/// every table assigned; fails the test run if it cannot.
void addCollege(Workspace& ws);
/// What caiji-cli printed and returned for `args` (run in this process).
struct CliResult
{
    int code;
    QString out;
    QString err;
};
CliResult runCli(const QStringList& args);
/// Writes `bytes` to `path` (a fixture made by a test); fails the test run if it cannot.
void writeFile(const QString& path, const QByteArray& bytes);
/// Another program (Python's sqlite3) takes the write lock of the SQLite file at `path` and holds
/// it for `seconds`; true once it holds it.
bool holdWriteLock(QProcess& p, const QString& path, double seconds);
/// Whether the other program has ended (waiting up to ten seconds).
bool finished(QProcess& p);

} // namespace caiji::test
