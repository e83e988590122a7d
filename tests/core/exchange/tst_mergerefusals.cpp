// Department packages (issue 13) that are refused, with the master left as it was: not a
// package, truncated, damaged pages, a plain workspace, another workspace's, one that claims
// another department, catalog or round, merged by someone not of the office, and values altered
// by hand in the file. Both backends.
#include "MergeFixture.h"
#include "core/exchange/PackageMerger.h"
#include "core/i18n/Translations.h"

using namespace caiji;

class TestMergeRefusals : public QObject, public test::MergeFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install("zh_CN"); }

    void refusals_data() { test::TestLocations::addBackendRows(); }
    void refusals()
    {
        QFETCH(QString, backend);
        Master m = master(backend);
        PackageManifest manifest;
        const QString path = issue(m, &manifest);
        const QByteArray good = bytes(path);
        PackageMerger merger(*m.office);
        MergeOutcome o;
        QString error;
        const qint64 journal = SqlUtil::scalar(m.ws->db(), "SELECT COUNT(*) FROM cj_journal").toLongLong();
        // Not a package at all, a truncated one, a plain workspace.
        QVERIFY(!merger.merge("hello", "notes.txt", &o, &error));
        QVERIFY2(error.contains("notes.txt"), qPrintable(error));
        QVERIFY(!merger.merge(good.left(good.size() / 2), "half.caijipkg", &o, &error));
        QVERIFY2(error.contains("half.caijipkg"), qPrintable(error));
        // Pages damaged past the manifest: the file opens and its plan can be made, but SQLite's
        // check of its pages refuses it before anything is staged.
        QByteArray scratched = good;
        {
            QString e;
            auto pkg = Workspace::open(path, &e);
            const int root
                = SqlUtil::scalar(pkg->db(), "SELECT rootpage FROM sqlite_master WHERE name = 't_7_1_1'").toInt();
            const int size = SqlUtil::scalar(pkg->db(), "PRAGMA page_size").toInt();
            QVERIFY(root > 1 && size > 0);
            for (int i = (root - 1) * size; i < root * size; ++i)
                scratched[i] = static_cast<char>(0xA5);
        }
        QVERIFY(!merger.merge(scratched, "scratched.caijipkg", &o, &error));
        QVERIFY2(error.contains("scratched.caijipkg") && (error.contains("损坏") || error.contains("damaged")),
            qPrintable(error));
        QString plainError;
        auto plain = Workspace::create(m_locations.tempPath("plain.caiji"), test::miniCatalog(), &plainError);
        plain.reset();
        QVERIFY(!merger.merge(bytes(m_locations.tempPath("plain.caiji")), "plain.caiji", &o, &error));
        QVERIFY2(error.contains("工作区"), qPrintable(error));
        // Another workspace's package.
        Master other = master("sqlite");
        const QString foreign = issue(other);
        QVERIFY(!merger.merge(bytes(foreign), "foreign", &o, &error));
        QVERIFY2(error.contains("另一个工作区") || error.contains("another workspace"), qPrintable(error));
        // A package that claims another department, or another catalog, than it was issued for.
        auto altered = [&](const QString& from, const QString& to) {
            const QString copy = m_locations.tempPath(QString("altered-%1.caijipkg").arg(++m_count));
            QFile::remove(copy);
            QFile::copy(path, copy);
            QString e;
            auto pkg = Workspace::open(copy, &e);
            QString json = SqlUtil::scalar(pkg->db(), "SELECT value FROM cj_meta WHERE key = 'package'").toString();
            json.replace(from, to);
            SqlUtil::exec(pkg->db(), "UPDATE cj_meta SET value = ? WHERE key = 'package'", {json}, &e);
            pkg.reset();
            return bytes(copy);
        };
        QVERIFY(!merger.merge(altered("\"department\":\"XGC\"", "\"department\":\"JWC\""), "claims", &o, &error));
        QVERIFY2(error.contains("JWC") || error.contains("教务处"), qPrintable(error));
        QVERIFY(!merger.merge(
            altered("\"catalogVersion\":\"" + manifest.catalogVersion + "\"", "\"catalogVersion\":\"0.1\""), "old", &o,
            &error));
        QVERIFY2(error.contains("0.1"), qPrintable(error));
        // Another round than it was issued for, and a round this workspace does not have.
        QVERIFY(!merger.merge(altered("\"round\":2024", "\"round\":2023"), "round", &o, &error));
        QVERIFY2(error.contains("2023"), qPrintable(error));
        // Only the office merges.
        WriteGateway collector(*m.ws, test::policyAs(*m.ws, "xgc_cjy", Role::Collector, "XGC"));
        QVERIFY(!PackageMerger(collector).merge(good, "p", &o, &error));
        QCOMPARE(SqlUtil::scalar(m.ws->db(), "SELECT COUNT(*) FROM cj_journal").toLongLong(), journal);
        QCOMPARE(SqlUtil::scalar(m.ws->db(), "SELECT COUNT(*) FROM cj_conflict").toInt(), 0);
        // A value altered by hand (text in a year): refused whether only the package changed the
        // row (on SQLite taken file to file in SQL), the office did too (compared row by row), or
        // the row is one the package added (on SQLite inserted file to file in SQL).
        enum How
        {
            OnlyPackage,
            Both,
            Added
        };
        for (const How how : {OnlyPackage, Both, Added}) {
            const QString hand = issue(m);
            {
                QString e;
                auto pkg = Workspace::open(hand, &e);
                if (how == Added) {
                    QVERIFY2(SqlUtil::exec(pkg->db(),
                                 "INSERT INTO t_10_1 (\"_id\", \"_round\", \"_dept\", xh, xm, nj) SELECT 'hand-1', "
                                 "\"_round\", \"_dept\", 'H0001', xm, 'abc' FROM t_10_1 WHERE \"_id\" = ?",
                                 {m.ids[3]}, &e),
                        qPrintable(e));
                } else {
                    QVERIFY(SqlUtil::exec(pkg->db(),
                        "UPDATE t_10_1 SET nj = 'abc', \"_version\" = \"_version\" + 1 WHERE \"_id\" = ?", {m.ids[3]},
                        &e));
                }
            }
            if (how == Both)
                set(*m.office, m.ids[3], "bj", "主班");
            const qint64 rows = SqlUtil::scalar(m.ws->db(), "SELECT COUNT(*) FROM t_10_1").toLongLong();
            const qint64 before = SqlUtil::scalar(m.ws->db(), "SELECT COUNT(*) FROM cj_journal").toLongLong();
            const QVariant year = SqlUtil::scalar(m.ws->db(), "SELECT nj FROM t_10_1 WHERE \"_id\" = ?", {m.ids[3]});
            QVERIFY(!merger.merge(bytes(hand), "hand", &o, &error));
            QVERIFY2(error.contains("abc") && error.contains("10-1"), qPrintable(error));
            QCOMPARE(SqlUtil::scalar(m.ws->db(), "SELECT nj FROM t_10_1 WHERE \"_id\" = ?", {m.ids[3]}), year);
            QCOMPARE(SqlUtil::scalar(m.ws->db(), "SELECT COUNT(*) FROM cj_journal").toLongLong(), before);
            QCOMPARE(SqlUtil::scalar(m.ws->db(), "SELECT COUNT(*) FROM t_10_1").toLongLong(), rows);
        }
    }
};

QTEST_MAIN(TestMergeRefusals)
#include "tst_mergerefusals.moc"
