// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "MergeFixture.h"
#include "TestWorkspace.h"
#include "core/documents/Fingerprint.h"
#include "core/documents/LetterPrinter.h"
#include "core/documents/LetterRegistry.h"
#include "core/exchange/PackageExporter.h"
#include "core/exchange/PackageMerger.h"
#include "core/exchange/PackageReturn.h"
#include "core/i18n/Translations.h"
#include "core/storage/RowInserter.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/validation/Validator.h"
#include "core/write/WriteGateway.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QSqlQuery>
#include <QTest>

#include <algorithm>

using namespace caiji;

// Department packages (issue 13): issued by the office, filled offline, merged back three-way
// at field level against the base the office kept; conflicts staged for the office, decided and
// committed; the same package again changes nothing. Bad packages: tst_mergerefusals.
class TestMerge : public QObject, public test::MergeFixture
{
    Q_OBJECT

private slots:
    void initTestCase() { Translations::install("zh_CN"); }

    // The package holds the department's tasks and rows, other departments' rows by key and name
    // only of the source tables its tables refer to, and the manifest; it opens like any workspace.
    void packageHoldsWhatTheDepartmentReads_data() { test::TestLocations::addBackendRows(); }
    void packageHoldsWhatTheDepartmentReads()
    {
        QFETCH(QString, backend);
        Master m = master(backend);
        const Table& teachers = *m.ws->catalog().table("6-1-1");
        QVector<QVariant> t(teachers.fields.size());
        t[teachers.fieldIndex("jgh")] = "T001";
        t[teachers.fieldIndex("xm")] = "张老师";
        t[teachers.fieldIndex("sfzh")] = "110101199001011234";
        QString error;
        QVERIFY(m.office->insertRows(teachers, 2024, "RSC", {t}, nullptr, &error, {WriteOrigin::Load, "setup", false}));
        const Table& majors = *m.ws->catalog().table("7-1-1");
        QVector<QVariant> major(majors.fields.size());
        major[majors.fieldIndex("zydm")] = "460103";
        major[majors.fieldIndex("zymc")] = "数控技术";
        major[majors.fieldIndex("xz")] = 3;
        QVERIFY(
            m.office->insertRows(majors, 2024, "JWC", {major}, nullptr, &error, {WriteOrigin::Load, "setup", false}));
        PackageManifest manifest;
        const QString path = issue(m, &manifest);
        QCOMPARE(manifest.department, QStringLiteral("XGC"));
        QCOMPARE(manifest.round, 2024);
        auto pkg = Workspace::open(path, &error);
        QVERIFY2(pkg, qPrintable(error));
        QCOMPARE(SqlUtil::scalar(pkg->db(), "SELECT COUNT(*) FROM t_10_1").toInt(), 4);
        QVERIFY(
            SqlUtil::scalar(pkg->db(), "SELECT COUNT(*) FROM cj_assignment WHERE department <> 'XGC'").toInt() == 0);
        QVERIFY(SqlUtil::scalar(pkg->db(), "SELECT COUNT(*) FROM cj_assignment WHERE department = 'XGC'").toInt() > 0);
        // 学工处's tables name majors: another department's major travels by its key and name,
        // nothing else of it.
        QCOMPARE(SqlUtil::scalar(pkg->db(), "SELECT COUNT(*) FROM t_7_1_1").toInt(), 1);
        QCOMPARE(SqlUtil::scalar(pkg->db(), "SELECT zymc FROM t_7_1_1").toString(), QStringLiteral("数控技术"));
        QVERIFY(SqlUtil::scalar(pkg->db(), "SELECT xz FROM t_7_1_1").isNull());
        // They never name a teacher: no teacher travels (the ID number least of all), and the
        // package does not offer the empty table to read.
        QCOMPARE(SqlUtil::scalar(pkg->db(), "SELECT COUNT(*) FROM t_6_1_1").toInt(), 0);
        const auto inPackage = test::policyAs(*pkg, "xgc_cjy", Role::Collector, "XGC");
        QCOMPARE(inPackage->readScope(teachers), ReadScope::None);
        QCOMPARE(inPackage->readScope(majors), ReadScope::ReferenceColumns);
        QCOMPARE(
            test::policyAs(*m.ws, "xgc_cjy", Role::Collector, "XGC")->readScope(teachers), ReadScope::ReferenceColumns);
        PackageManifest read;
        QVERIFY2(PackageManifest::read(pkg->db(), &read, &error), qPrintable(error));
        QCOMPARE(read.id, manifest.id);
        QVERIFY(!read.tables.isEmpty());
        // Only the office issues packages.
        auto collector
            = std::make_unique<WriteGateway>(*m.ws, test::policyAs(*m.ws, "xgc_cjy", Role::Collector, "XGC"));
        QVERIFY(!PackageExporter::exportDepartment(*collector, 2024, "XGC", path + ".x", nullptr, &error));
        QVERIFY(!QFile::exists(path + ".x"));
    }

    // A 院系 fills 7-2 courses too, and its teaching records name 教务处's courses: those travel
    // by key and name, its grid still shows only its own courses, and a record naming one is
    // accepted in the package as in the master (without them, every such record was an error).
    void schoolPackageKnowsTheOfficesCourses_data() { test::TestLocations::addBackendRows(); }
    void schoolPackageKnowsTheOfficesCourses()
    {
        QFETCH(QString, backend);
        Master m = master(backend);
        const Table& courses = *m.ws->catalog().table("7-2");
        const Table& records = *m.ws->catalog().table("6-1-2-1");
        const WriteIntent setup {WriteOrigin::Load, "setup", false};
        auto course = [&](const QString& code, const QString& name, const QString& department) {
            QVector<QVariant> c(courses.fields.size());
            c[courses.fieldIndex("kcdm")] = code;
            c[courses.fieldIndex("kcmc")] = name;
            c[courses.fieldIndex("xf")] = 2;
            QString error;
            QVERIFY2(m.office->insertRows(courses, 2024, department, {c}, nullptr, &error, setup), qPrintable(error));
        };
        course("GG001", "大学英语", "JWC");
        course("JD001", "机械制图", "YX01");
        QVector<QVariant> r(records.fields.size());
        r[records.fieldIndex("kcdm")] = "JD001";
        r[records.fieldIndex("skbj")] = "机电2101";
        QVector<QString> record;
        QString error;
        QVERIFY2(m.office->insertRows(records, 2024, "YX01", {r}, &record, &error, setup), qPrintable(error));
        const QString path = m_locations.tempPath("yx01.caijipkg");
        QVERIFY2(PackageExporter::exportDepartment(*m.office, 2024, "YX01", path, nullptr, &error), qPrintable(error));
        auto pkg = Workspace::open(path, &error);
        QVERIFY2(pkg, qPrintable(error));
        QCOMPARE(
            SqlUtil::scalar(pkg->db(), "SELECT kcmc FROM t_7_2 WHERE kcdm = 'GG001' AND \"_dept\" = 'JWC'").toString(),
            QStringLiteral("大学英语"));
        QVERIFY(SqlUtil::scalar(pkg->db(), "SELECT xf FROM t_7_2 WHERE kcdm = 'GG001'").isNull());
        QCOMPARE(SqlUtil::scalar(pkg->db(), "SELECT xf FROM t_7_2 WHERE kcdm = 'JD001'").toInt(), 2);
        const auto collector = test::policyAs(*pkg, "yx01_cjy", Role::Collector, "YX01");
        QCOMPARE(collector->readDepartment(courses), QStringLiteral("YX01"));
        WriteGateway yx01(*pkg, collector);
        const qint64 v
            = SqlUtil::scalar(pkg->db(), "SELECT \"_version\" FROM t_6_1_2_1 WHERE \"_id\" = ?", {record.first()})
                  .toLongLong();
        const EditResult named
            = yx01.applyCells(records, 2024, {{record.first(), v, records.fieldIndex("kcdm"), "GG001"}});
        QVERIFY2(named.ok, qPrintable(named.error));
        // A course nobody has is still refused.
        const EditResult unknown
            = yx01.applyCells(records, 2024, {{record.first(), v + 1, records.fieldIndex("kcdm"), "XX999"}});
        QVERIFY(!unknown.ok);
        QVERIFY2(unknown.error.contains("XX999"), qPrintable(unknown.error));
    }

    // 教务处's package does not hold the 院系's teaching records: 6-1-2-2's sums per teacher are
    // the office's to check after the merge, not false alarms in the package (there were 2,400 in
    // the large demo's); the master still checks them.
    void packageLeavesCollegeSumsToTheOffice_data() { test::TestLocations::addBackendRows(); }
    void packageLeavesCollegeSumsToTheOffice()
    {
        QFETCH(QString, backend);
        QString error;
        auto ws = Workspace::create(m_locations.fresh(backend), test::summaryCatalog(), &error);
        QVERIFY2(ws, qPrintable(error));
        test::addCollege(*ws);
        auto office = test::ownerGateway(*ws, "office");
        const WriteIntent setup {WriteOrigin::Load, "setup", false};
        const Table& records = *ws->catalog().table("6-1-2-1");
        const Table& sums = *ws->catalog().table("6-1-2-2");
        QVector<QVariant> r(records.fields.size());
        r[records.fieldIndex("jgh")] = "T001";
        r[records.fieldIndex("kcdm")] = "K1";
        r[records.fieldIndex("jxgzl")] = 64;
        QVERIFY2(office->insertRows(records, 2024, "YX01", {r}, nullptr, &error, setup), qPrintable(error));
        QVector<QVariant> total(sums.fields.size());
        total[sums.fieldIndex("jgh")] = "T001";
        total[sums.fieldIndex("jxgzl")] = 70; // not what the records add up to
        total[sums.fieldIndex("kcms")] = 1;
        // A summary is Caiji's to compute, not the gateway's to take: stored as the builder stores it.
        RowInserter computed(*ws, sums, 2024);
        computed.add("JWC", total);
        QVERIFY2(computed.flush(&error), qPrintable(error));
        auto sumFindings = [](Workspace& w) {
            QVector<Finding> found;
            QString why;
            if (!Validator(w, 2024).run(&found, &why))
                qFatal("%s", qPrintable(why));
            QStringList rules;
            for (const Finding& f : std::as_const(found)) {
                if (f.table == QLatin1String("6-1-2-2") && f.level == QLatin1String("cross-table"))
                    rules.append(f.rule);
            }
            return rules;
        };
        const QStringList inMaster = sumFindings(*ws);
        QVERIFY2(inMaster.contains("s") && !inMaster.contains("c"), qPrintable(inMaster.join(',')));
        const QString path = m_locations.tempPath("jwc-sums.caijipkg");
        QVERIFY2(PackageExporter::exportDepartment(*office, 2024, "JWC", path, nullptr, &error), qPrintable(error));
        auto pkg = Workspace::open(path, &error);
        QVERIFY2(pkg, qPrintable(error));
        QVERIFY(SqlUtil::scalar(pkg->db(), "SELECT value FROM cj_meta WHERE key = 'partial_tables'")
                    .toString()
                    .split(',')
                    .contains("6-1-2-1"));
        QCOMPARE(SqlUtil::scalar(pkg->db(), "SELECT COUNT(*) FROM t_6_1_2_2").toInt(), 1);
        const QStringList inPackage = sumFindings(*pkg);
        QVERIFY2(!inPackage.contains("s") && !inPackage.contains("c"), qPrintable(inPackage.join(',')));
    }

    // Field-level three-way merge: what only one side changed is taken from it; different
    // changes of one field, a deletion against a change and a key added twice are staged for
    // the office, and the master does not change until each is decided.
    void threeWayWithConflicts_data() { test::TestLocations::addBackendRows(); }
    void threeWayWithConflicts()
    {
        QFETCH(QString, backend);
        Master m = master(backend);
        PackageManifest manifest;
        const QString path = issue(m, &manifest);
        QString added;
        {
            QString error;
            auto pkg = Workspace::open(path, &error);
            auto dept = test::ownerGateway(*pkg, "xgc_cjy");
            set(*dept, m.ids[0], "xm", "包改名");
            set(*dept, m.ids[1], "bj", "包班");
            const Table& t = *pkg->catalog().table("10-1");
            const EditResult del = dept->setDeleted(t, 2024, {{m.ids[2], version(*pkg, m.ids[2])}}, true);
            QVERIFY2(del.ok, qPrintable(del.error));
            added = insert(*dept, "005");
            insert(*dept, "009");
            QVERIFY(SqlUtil::exec(pkg->db(),
                "UPDATE cj_assignment SET state = 'submitted' WHERE department = 'XGC' "
                "AND table_code = '10-1'",
                &error));
        }
        set(*m.office, m.ids[0], "bj", "主班1");
        set(*m.office, m.ids[1], "bj", "主班");
        set(*m.office, m.ids[2], "xm", "主改名");
        insert(*m.office, "009");
        PackageMerger merger(*m.office);
        MergeOutcome o;
        QString error;
        QVERIFY2(merger.merge(bytes(path), "xgc.caijipkg", &o, &error), qPrintable(error));
        QVERIFY(!o.committed);
        QCOMPARE(o.open, 3);
        QCOMPARE(value(*m.ws, m.ids[0], "xm"), QStringLiteral("学生1")); // staged: the master as it was
        QVector<StoredConflict> conflicts = merger.conflicts(manifest.id);
        QCOMPARE(conflicts.size(), 3);
        QHash<QString, qint64> byKind;
        for (const StoredConflict& s : conflicts) {
            byKind.insert(s.conflict.kind, s.id);
            QCOMPARE(s.state, QStringLiteral("open"));
        }
        QVERIFY(byKind.contains("field") && byKind.contains("delete") && byKind.contains("duplicate"));
        for (const StoredConflict& s : conflicts) {
            if (s.conflict.kind == "field") {
                QCOMPARE(s.conflict.base, QStringLiteral("原班"));
                QCOMPARE(s.conflict.master, QStringLiteral("主班"));
                QCOMPARE(s.conflict.package, QStringLiteral("包班"));
            }
        }
        // Decisions: the package's class, the master's row kept, the master's 009 kept.
        QVERIFY(!merger.resolve(byKind["field"], "sideways", QString(), QString(), &error));
        QVERIFY(!merger.resolve(byKind["delete"], "value", "x", QString(), &error));
        QVERIFY(!merger.resolve(byKind["duplicate"], "base", QString(), QString(), &error)); // the base had no such row
        QVERIFY2(merger.resolve(byKind["field"], "package", QString(), QString(), &error), qPrintable(error));
        QVERIFY2(merger.resolve(byKind["delete"], "master", QString(), QString(), &error), qPrintable(error));
        QVERIFY2(merger.resolve(byKind["duplicate"], "master", QString(), QString(), &error), qPrintable(error));
        QVERIFY2(merger.merge(bytes(path), "xgc.caijipkg", &o, &error), qPrintable(error));
        QVERIFY(o.committed);
        QCOMPARE(o.inserted, 1);
        QCOMPARE(value(*m.ws, m.ids[0], "xm"), QStringLiteral("包改名"));
        QCOMPARE(value(*m.ws, m.ids[0], "bj"), QStringLiteral("主班1"));
        QCOMPARE(value(*m.ws, m.ids[1], "bj"), QStringLiteral("包班"));
        QCOMPARE(value(*m.ws, m.ids[2], "xm"), QStringLiteral("主改名"));
        QCOMPARE(value(*m.ws, m.ids[2], "_deleted").toInt(), 0);
        QCOMPARE(value(*m.ws, added, "xh"), QStringLiteral("005")); // the package's row id kept
        QCOMPARE(SqlUtil::scalar(m.ws->db(), "SELECT COUNT(*) FROM t_10_1 WHERE xh = '009'").toInt(), 1);
        // Journaled as the package's merge; the task went as far as the department took it.
        QVERIFY(SqlUtil::scalar(
                    m.ws->db(), "SELECT COUNT(*) FROM cj_journal WHERE reason LIKE ?", {"%" + manifest.id + "%"})
                    .toInt()
            >= 3);
        QCOMPARE(SqlUtil::scalar(
                     m.ws->db(), "SELECT state FROM cj_assignment WHERE department = 'XGC' AND table_code = '10-1'")
                     .toString(),
            QStringLiteral("submitted"));
        // The same package again: nothing changes.
        const qint64 journal = SqlUtil::scalar(m.ws->db(), "SELECT COUNT(*) FROM cj_journal").toLongLong();
        QVERIFY2(merger.merge(bytes(path), "xgc.caijipkg", &o, &error), qPrintable(error));
        QVERIFY(o.committed);
        QVERIFY2(o.inserted + o.cells + o.deleted + o.restored == 0,
            qPrintable(QString("%1 %2 %3 %4").arg(o.inserted).arg(o.cells).arg(o.deleted).arg(o.restored)));
        QCOMPARE(SqlUtil::scalar(m.ws->db(), "SELECT COUNT(*) FROM cj_journal").toLongLong(), journal);
        // The department goes on in the same file and sends it again: it is merged against what
        // it sent the first time (the new base), so the office's decisions are not asked again
        // and only the new change comes in.
        {
            auto pkg = Workspace::open(path, &error);
            // Back to filling in the file (as a task the office returned).
            QVERIFY(SqlUtil::exec(pkg->db(), "UPDATE cj_assignment SET state = 'filling'", &error));
            auto dept = test::ownerGateway(*pkg, "xgc_cjy");
            set(*dept, m.ids[3], "xm", "再改名");
        }
        QVERIFY2(merger.merge(bytes(path), "xgc.caijipkg", &o, &error), qPrintable(error));
        QCOMPARE(o.open, 0);
        QVERIFY(o.committed);
        QCOMPARE(o.cells, 1);
        QCOMPARE(value(*m.ws, m.ids[3], "xm"), QStringLiteral("再改名"));
        QCOMPARE(value(*m.ws, m.ids[0], "bj"), QStringLiteral("主班1"));
        QCOMPARE(value(*m.ws, m.ids[2], "xm"), QStringLiteral("主改名"));
        QCOMPARE(value(*m.ws, m.ids[2], "_deleted").toInt(), 0);
    }

    // The merge says how far it is, in order; cancelled from there it changes nothing, and
    // merged again it completes.
    void progressAndCancel_data() { test::TestLocations::addBackendRows(); }
    void progressAndCancel()
    {
        QFETCH(QString, backend);
        Master m = master(backend);
        PackageManifest manifest;
        const QString path = issue(m, &manifest);
        QString error;
        {
            auto pkg = Workspace::open(path, &error);
            auto dept = test::ownerGateway(*pkg, "xgc_cjy");
            set(*dept, m.ids[0], "xm", "进度");
        }
        PackageMerger merger(*m.office);
        QVector<qint64> seen;
        merger.setProgress([&seen](qint64 done, qint64 total) {
            seen.append(done);
            return total == 1000 && done < 400; // cancelled when the writing starts
        });
        MergeOutcome o;
        QVERIFY(!merger.merge(bytes(path), "p", &o, &error));
        QVERIFY2(error.contains("取消"), qPrintable(error));
        QVERIFY(seen.size() >= 3);
        QVERIFY(std::is_sorted(seen.begin(), seen.end()));
        QCOMPARE(seen.last(), 400);
        QVERIFY(value(*m.ws, m.ids[0], "xm") != QStringLiteral("进度"));
        merger.setProgress({});
        QVERIFY2(merger.merge(bytes(path), "p", &o, &error), qPrintable(error));
        QVERIFY(o.committed);
        QCOMPARE(value(*m.ws, m.ids[0], "xm"), QStringLiteral("进度"));
    }

    // A conflict on a value the department head confirmed is overridden only with a note; an
    // accepted task's change waits for the office; without a base every difference is a conflict.
    void confirmedAcceptedAndUnknownBase_data() { test::TestLocations::addBackendRows(); }
    void confirmedAcceptedAndUnknownBase()
    {
        QFETCH(QString, backend);
        Master m = master(backend);
        PackageManifest manifest;
        const QString path = issue(m, &manifest);
        {
            QString error;
            auto pkg = Workspace::open(path, &error);
            auto dept = test::ownerGateway(*pkg, "xgc_cjy");
            set(*dept, m.ids[0], "bj", "包班");
            set(*dept, m.ids[3], "xm", "包名");
            QVERIFY(SqlUtil::exec(
                pkg->db(), "UPDATE cj_assignment SET state = 'confirmed' WHERE department = 'XGC'", &error));
        }
        set(*m.office, m.ids[0], "bj", "主班");
        PackageMerger merger(*m.office);
        MergeOutcome o;
        QString error;
        QVERIFY(merger.merge(bytes(path), "p", &o, &error));
        QCOMPARE(o.open, 1);
        const qint64 id = merger.conflicts(manifest.id).first().id;
        QVERIFY(!merger.resolve(id, "master", QString(), QString(), &error));
        QVERIFY2(error.contains("说明") || error.contains("note"), qPrintable(error));
        QVERIFY2(merger.resolve(id, "value", "三班", "与学籍系统核对", &error), qPrintable(error));
        QVERIFY(merger.merge(bytes(path), "p", &o, &error));
        QVERIFY(o.committed);
        QCOMPARE(value(*m.ws, m.ids[0], "bj"), QStringLiteral("三班"));
        QCOMPARE(value(*m.ws, m.ids[3], "xm"), QStringLiteral("包名"));
        QCOMPARE(SqlUtil::scalar(
                     m.ws->db(), "SELECT state FROM cj_assignment WHERE department = 'XGC' AND table_code = '10-1'")
                     .toString(),
            QStringLiteral("confirmed"));
        // The office accepted the task; a later package's change to it waits for the office.
        QVERIFY(
            SqlUtil::exec(m.ws->db(), "UPDATE cj_assignment SET state = 'accepted' WHERE department = 'XGC'", &error));
        PackageManifest second;
        const QString again = issue(m, &second);
        {
            auto pkg = Workspace::open(again, &error);
            // In Caiji the department cannot touch an accepted task; an altered file can.
            QVERIFY(SqlUtil::exec(pkg->db(), "UPDATE cj_assignment SET state = 'filling'", &error));
            auto dept = test::ownerGateway(*pkg, "xgc_cjy");
            set(*dept, m.ids[1], "xm", "晚改");
        }
        QVERIFY(merger.merge(bytes(again), "p2", &o, &error));
        QVERIFY(!o.committed);
        QCOMPARE(merger.conflicts(second.id).first().conflict.kind, QStringLiteral("accepted"));
        QCOMPARE(value(*m.ws, m.ids[1], "xm"), QStringLiteral("学生2"));
        // No base kept: every difference is the office's to decide.
        QVERIFY(SqlUtil::exec(m.ws->db(), "DELETE FROM cj_package_base WHERE id = ?", {second.id}, &error));
        QVERIFY(SqlUtil::exec(m.ws->db(), "DELETE FROM cj_package WHERE id = ?", {second.id}, &error));
        QVERIFY(SqlUtil::exec(m.ws->db(), "DELETE FROM cj_conflict WHERE package_id = ?", {second.id}, &error));
        QVERIFY(
            SqlUtil::exec(m.ws->db(), "UPDATE cj_assignment SET state = 'filling' WHERE department = 'XGC'", &error));
        QVERIFY(merger.merge(bytes(again), "p2", &o, &error));
        QVERIFY(!o.knownBase);
        QVERIFY(!o.committed);
        QVERIFY(o.open >= 1);
        for (const StoredConflict& s : merger.conflicts(second.id))
            QCOMPARE(s.conflict.kind, QStringLiteral("unknown-base"));
    }

    // A row the package deleted (the master untouched) is deleted; a row of another department
    // changed in the package is the office's to see and is never written.
    void tombstonesAndOtherDepartments_data() { test::TestLocations::addBackendRows(); }
    void tombstonesAndOtherDepartments()
    {
        QFETCH(QString, backend);
        Master m = master(backend);
        const Table& majors = *m.ws->catalog().table("7-1-1");
        QVector<QVariant> t(majors.fields.size());
        t[majors.fieldIndex("zydm")] = "460103";
        t[majors.fieldIndex("zymc")] = "数控技术";
        QString error;
        QVector<QString> major;
        QVERIFY(m.office->insertRows(majors, 2024, "JWC", {t}, &major, &error, {WriteOrigin::Load, "setup", false}));
        PackageManifest manifest;
        const QString path = issue(m, &manifest);
        {
            auto pkg = Workspace::open(path, &error);
            auto dept = test::ownerGateway(*pkg, "xgc_cjy");
            const Table& students = *pkg->catalog().table("10-1");
            QVERIFY(dept->setDeleted(students, 2024, {{m.ids[3], version(*pkg, m.ids[3])}}, true).ok);
            QVERIFY(SqlUtil::exec(pkg->db(),
                "UPDATE t_7_1_1 SET zymc = '机电一体化', \"_version\" = \"_version\" + 1 WHERE \"_id\" = ?",
                {major.first()}, &error));
        }
        PackageMerger merger(*m.office);
        MergeOutcome o;
        QVERIFY2(merger.merge(bytes(path), "p", &o, &error), qPrintable(error));
        QCOMPARE(o.open, 1);
        const StoredConflict c = merger.conflicts(manifest.id).first();
        QCOMPARE(c.conflict.kind, QStringLiteral("not-owned"));
        QVERIFY(!merger.resolve(c.id, "package", {}, {}, &error));
        QVERIFY2(merger.resolve(c.id, "master", {}, {}, &error), qPrintable(error));
        QVERIFY2(merger.merge(bytes(path), "p", &o, &error), qPrintable(error));
        QVERIFY(o.committed);
        QCOMPARE(o.deleted, 1);
        QCOMPARE(value(*m.ws, m.ids[3], "_deleted").toInt(), 1);
        QCOMPARE(SqlUtil::scalar(m.ws->db(), "SELECT zymc FROM t_7_1_1").toString(), QStringLiteral("数控技术"));
    }

    // What a department's file says of itself grants nothing: a task marked accepted stays as the
    // workspace has it, a table never assigned to the department is not merged, a row edited and
    // then deleted ends deleted, and a decision stands only for the difference the office saw.
    void theFileGrantsNothing_data() { test::TestLocations::addBackendRows(); }
    void theFileGrantsNothing()
    {
        QFETCH(QString, backend);
        Master m = master(backend);
        PackageManifest manifest;
        const QString path = issue(m, &manifest);
        QString error;
        {
            auto pkg = Workspace::open(path, &error);
            auto dept = test::ownerGateway(*pkg, "xgc_cjy");
            set(*dept, m.ids[2], "xm", "先改");
            const Table& students = *pkg->catalog().table("10-1");
            QVERIFY(dept->setDeleted(students, 2024, {{m.ids[2], version(*pkg, m.ids[2])}}, true).ok);
            set(*dept, m.ids[1], "bj", "包班");
            QVERIFY(SqlUtil::exec(
                pkg->db(), "UPDATE cj_assignment SET state = 'accepted' WHERE table_code = '10-1'", &error));
            QVERIFY(SqlUtil::exec(pkg->db(),
                "INSERT INTO cj_assignment (round, table_code, department, is_lead, state) VALUES (2024, '7-1-2', "
                "'XGC', 0, 'confirmed')",
                &error));
        }
        set(*m.office, m.ids[1], "bj", "主班");
        PackageMerger merger(*m.office);
        MergeOutcome o;
        QVERIFY2(merger.merge(bytes(path), "p", &o, &error), qPrintable(error));
        QCOMPARE(o.open, 1);
        const qint64 id = merger.conflicts(manifest.id).first().id;
        QVERIFY(merger.resolve(id, "package", {}, {}, &error));
        // The office changes the value again before committing: the decision no longer stands.
        set(*m.office, m.ids[1], "bj", "主班二");
        QVERIFY2(merger.merge(bytes(path), "p", &o, &error), qPrintable(error));
        QVERIFY(!o.committed);
        QCOMPARE(o.open, 1);
        QCOMPARE(value(*m.ws, m.ids[1], "bj"), QStringLiteral("主班二"));
        QVERIFY(merger.resolve(merger.conflicts(manifest.id).first().id, "package", {}, {}, &error));
        QVERIFY2(merger.merge(bytes(path), "p", &o, &error), qPrintable(error));
        QVERIFY(o.committed);
        QCOMPARE(value(*m.ws, m.ids[1], "bj"), QStringLiteral("包班"));
        QCOMPARE(value(*m.ws, m.ids[2], "_deleted").toInt(), 1);
        QVERIFY(SqlUtil::scalar(
                    m.ws->db(), "SELECT state FROM cj_assignment WHERE department = 'XGC' AND table_code = '10-1'")
                    .toString()
            != QStringLiteral("accepted"));
        QCOMPARE(SqlUtil::scalar(
                     m.ws->db(), "SELECT COUNT(*) FROM cj_assignment WHERE department = 'XGC' AND table_code = '7-1-2'")
                     .toInt(),
            0);
        // A row the office gave to another department since: the package's change is shown, not written.
        const QString again = issue(m);
        {
            auto pkg = Workspace::open(again, &error);
            set(*test::ownerGateway(*pkg, "xgc_cjy"), m.ids[0], "xm", "晚来的改动");
        }
        QVERIFY(SqlUtil::exec(m.ws->db(), "UPDATE t_10_1 SET \"_dept\" = 'JWC' WHERE \"_id\" = ?", {m.ids[0]}, &error));
        QVERIFY(merger.merge(bytes(again), "again", &o, &error));
        QVERIFY(!o.committed);
        QCOMPARE(o.open, 1);
        QCOMPARE(value(*m.ws, m.ids[0], "xm"), QStringLiteral("学生1"));
        // Only the office sees the conflicts.
        WriteGateway collector(*m.ws, test::policyAs(*m.ws, "xgc_cjy", Role::Collector, "XGC"));
        QVERIFY(PackageMerger(collector).conflicts(QString(), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    // The command line: package export, merge (exit 1 with the conflicts), conflicts, resolve,
    // merge again (exit 0); the state is the one the core calls reach.
    void fromTheCommandLine()
    {
        Master m = master("sqlite");
        const QString path = m_locations.tempPath("cli.caijipkg");
        test::CliResult r = test::runCli({"package", "export", m.location, "--department", "学工处", path});
        QVERIFY2(r.code == 0 && r.out.contains("学工处"), qPrintable(r.out + r.err));
        {
            QString error;
            auto pkg = Workspace::open(path, &error);
            auto dept = test::ownerGateway(*pkg, "xgc_cjy");
            set(*dept, m.ids[0], "bj", "包班");
        }
        set(*m.office, m.ids[0], "bj", "主班");
        r = test::runCli({"merge", m.location, path});
        QVERIFY2(r.code == 1 && r.out.contains("冲突"), qPrintable(r.out + r.err));
        r = test::runCli({"conflicts", m.location, "--json"});
        QVERIFY2(r.code == 0 && r.out.contains("包班") && r.out.contains("主班"), qPrintable(r.out));
        const qint64 id = PackageMerger(*m.office).conflicts().first().id;
        QCOMPARE(test::runCli({"resolve", m.location, QString::number(id)}).code, 2);
        r = test::runCli({"resolve", m.location, QString::number(id), "--package"});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = test::runCli({"merge", m.location, path, "--json"});
        QVERIFY2(r.code == 0 && r.out.contains("\"committed\": true"), qPrintable(r.out + r.err));
        QCOMPARE(value(*m.ws, m.ids[0], "bj"), QStringLiteral("包班"));
        r = test::runCli({"merge", m.location, m_locations.tempPath("missing.caijipkg")});
        QCOMPARE(r.code, 2);
        // Sealed from the command line: issued sealed, returned by the department, merged with
        // the office's seal password.
        qputenv("CAIJI_SEAL_PASSWORD", "督导办封存2024");
        const QString sealed = m_locations.tempPath("cli-sealed.caijipkg");
        r = test::runCli({"package", "export", m.location, "--department", "学工处", "--seal", sealed});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        {
            QString error;
            auto pkg = Workspace::open(sealed, &error);
            auto dept = test::ownerGateway(*pkg, "xgc_cjy");
            set(*dept, m.ids[1], "bj", "命令行班");
        }
        const QString back = m_locations.tempPath("cli-sealed-back.caijipkg");
        r = test::runCli({"package", "return", sealed, back});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        r = test::runCli({"merge", m.location, back});
        QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
        QCOMPARE(value(*m.ws, m.ids[1], "bj"), QStringLiteral("命令行班"));
        qunsetenv("CAIJI_SEAL_PASSWORD");
    }

    // A merge killed at any moment leaves the master as it was or wholly merged, never between;
    // merging again completes it. The child is caiji-cli, killed after a random delay.
    void killedMergeLosesNothing()
    {
        const QString demo = m_locations.tempPath("kill-demo.caiji");
        test::makeSmallDemo(demo);
        const QString pkgPath = m_locations.tempPath("kill.caijipkg");
        test::CliResult r = test::runCli({"package", "export", demo, "--department", "YX01", pkgPath});
        QVERIFY2(r.code == 0, qPrintable(r.err));
        {
            QString error;
            auto pkg = Workspace::open(pkgPath, &error);
            QVERIFY(SqlUtil::exec(pkg->db(),
                "UPDATE t_6_1_2_1 SET skbj = skbj || '改', \"_version\" = \"_version\" + 1 WHERE \"_dept\" = 'YX01'",
                &error));
        }
        auto state = [](const QString& path) {
            QString error;
            auto ws = Workspace::open(path, &error);
            QVector<TableFingerprint> prints;
            Fingerprint::ofDepartment(*ws, 2024, "YX01", &prints, &error);
            return Fingerprint::letterHash(prints);
        };
        const QByteArray before = state(demo);
        const QString done = m_locations.tempPath("kill-done.caiji");
        QVERIFY(QFile::copy(demo, done));
        // How long the child takes whole: the kills fall anywhere inside it.
        QElapsedTimer whole;
        whole.start();
        QCOMPARE(QProcess::execute(QStringLiteral(CAIJI_CLI_PATH), {"merge", done, pkgPath}), 0);
        const int span = static_cast<int>(qMax<qint64>(20, whole.elapsed()));
        const QByteArray after = state(done);
        QVERIFY(before != after);
        std::srand(20261202);
        int between = 0;
        // CAIJI_KILLS for the long run (tests/kill/tst_kills.cpp); eight in CI.
        const int kills = qEnvironmentVariableIsSet("CAIJI_KILLS") ? qEnvironmentVariableIntValue("CAIJI_KILLS") : 8;
        for (int i = 0; i < kills; ++i) {
            const QString copy = m_locations.tempPath(QString("kill-%1.caiji").arg(i));
            QFile::remove(copy);
            QVERIFY(QFile::copy(demo, copy));
            QProcess cli;
            cli.start(QStringLiteral(CAIJI_CLI_PATH), {"merge", copy, pkgPath});
            QVERIFY(cli.waitForStarted());
            QTest::qWait(std::rand() % span);
            cli.kill();
            cli.waitForFinished();
            const QByteArray now = state(copy);
            QVERIFY2(now == before || now == after, qPrintable(QString("kill %1 left the master between").arg(i)));
            between += now == before ? 1 : 0;
            r = test::runCli({"merge", copy, pkgPath});
            QVERIFY2(r.code == 0, qPrintable(r.out + r.err));
            QCOMPARE(state(copy), after);
        }
        qInfo("%d of %d kills came before the commit", between, kills);
    }

    // Sealed: the package goes back encrypted to the office's key; only the seal password opens
    // it, a changed byte refuses it, and an unsealed return of a sealed package is refused.
    void sealedPackages_data() { test::TestLocations::addBackendRows(); }
    void sealedPackages()
    {
        QFETCH(QString, backend);
        Master m = master(backend);
        const QString password = "督导办封存2024";
        const QString path = m_locations.tempPath(QString("sealed-%1.caijipkg").arg(++m_count));
        PackageManifest manifest;
        QString error;
        QVERIFY(!PackageExporter::exportDepartment(*m.office, 2024, "XGC", path, &manifest, &error, "short"));
        QVERIFY2(PackageExporter::exportDepartment(*m.office, 2024, "XGC", path, &manifest, &error, password),
            qPrintable(error));
        QVERIFY(!manifest.sealKey.isEmpty());
        // The key exists now: a second sealed package needs the same password.
        QVERIFY(!PackageExporter::exportDepartment(
            *m.office, 2024, "XGC", path + ".2", nullptr, &error, "另一个密码12345"));
        QVERIFY2(error.contains("密码"), qPrintable(error));
        const QString back = m_locations.tempPath(QString("sealed-back-%1.caijipkg").arg(m_count));
        {
            auto pkg = Workspace::open(path, &error);
            auto dept = test::ownerGateway(*pkg, "xgc_cjy");
            set(*dept, m.ids[0], "bj", "封存班");
            bool sealed = false;
            QVERIFY2(PackageReturn::write(*pkg, back, &sealed, &error), qPrintable(error));
            QVERIFY(sealed);
        }
        const QByteArray returned = bytes(back);
        QVERIFY(PackageMerger::isSealed(returned));
        QVERIFY(!returned.contains("SQLite format 3"));
        PackageMerger merger(*m.office);
        MergeOutcome o;
        QVERIFY(!merger.merge(returned, "back", &o, &error));
        merger.setSealPassword("wrong password");
        QVERIFY(!merger.merge(returned, "back", &o, &error));
        QVERIFY2(error.contains("密码"), qPrintable(error));
        merger.setSealPassword(password);
        QByteArray tampered = returned;
        tampered[tampered.size() / 2] = static_cast<char>(tampered[tampered.size() / 2] ^ 0x20);
        QVERIFY(!merger.merge(tampered, "tampered", &o, &error));
        QVERIFY2(error.contains("改动") || error.contains("changed"), qPrintable(error));
        QVERIFY(!merger.merge(bytes(path), "unsealed", &o, &error));
        QVERIFY2(error.contains("unsealed"), qPrintable(error));
        QCOMPARE(value(*m.ws, m.ids[0], "bj"), QStringLiteral("原班"));
        QVERIFY2(merger.merge(returned, "back", &o, &error), qPrintable(error));
        QVERIFY(o.committed);
        QCOMPARE(value(*m.ws, m.ids[0], "bj"), QStringLiteral("封存班"));
    }

    // The letter the head printed in the package joins the office's registry with the merge and
    // verifies against the merged data; where the office kept its own value instead, the letter
    // no longer stands and is void.
    void lettersFollowTheMerge_data() { test::TestLocations::addBackendRows(); }
    void lettersFollowTheMerge()
    {
        QFETCH(QString, backend);
        for (const bool overridden : {false, true}) {
            Master m = master(backend);
            PackageManifest manifest;
            const QString path = issue(m, &manifest);
            ConfirmationLetter letter;
            {
                QString error;
                auto pkg = Workspace::open(path, &error);
                auto dept = test::ownerGateway(*pkg, "xgc_fzr");
                set(*dept, m.ids[0], "bj", "包班");
                QVERIFY(SqlUtil::exec(pkg->db(), "UPDATE cj_assignment SET state = 'confirmed'", &error));
                Printout printout;
                QVERIFY2(LetterPrinter::prepare(*dept, 2024, "XGC", &printout, &letter, &error), qPrintable(error));
                QVERIFY(!letter.draft);
            }
            if (overridden)
                set(*m.office, m.ids[0], "bj", "主班");
            PackageMerger merger(*m.office);
            MergeOutcome o;
            QString error;
            QVERIFY2(merger.merge(bytes(path), "p", &o, &error), qPrintable(error));
            if (overridden) {
                QCOMPARE(o.open, 1);
                QVERIFY(merger.resolve(merger.conflicts(manifest.id).first().id, "master", {}, "学籍系统为准", &error));
                QVERIFY2(merger.merge(bytes(path), "p", &o, &error), qPrintable(error));
            }
            QVERIFY(o.committed);
            QCOMPARE(o.lettersAdopted, 1);
            LetterCheck check;
            QVERIFY2(LetterRegistry(*m.office).verify(letter.code, &check, &error), qPrintable(error));
            QCOMPARE(check.letter.number, letter.number);
            QCOMPARE(check.matches, !overridden);
            QCOMPARE(o.lettersVoided, overridden ? QStringList {letter.number} : QStringList());
            QCOMPARE(check.letter.state, overridden ? QStringLiteral("void") : QStringLiteral("issued"));
        }
    }

    // Packages of different departments merge in either order to the same master.
    void orderDoesNotMatter()
    {
        QString error;
        QByteArray results[2];
        for (int order = 0; order < 2; ++order) {
            Master m = master("sqlite");
            const Table& majors = *m.ws->catalog().table("7-1-1");
            QVector<QVariant> row(majors.fields.size());
            row[majors.fieldIndex("zydm")] = "460104";
            row[majors.fieldIndex("zymc")] = "机械制造";
            QVector<QString> ids;
            QVERIFY(
                m.office->insertRows(majors, 2024, "JWC", {row}, &ids, &error, {WriteOrigin::Load, "setup", false}));
            const QString xgc = issue(m);
            const QString jwcPath = m_locations.tempPath(QString("jwc-%1.caijipkg").arg(++m_count));
            QVERIFY(PackageExporter::exportDepartment(*m.office, 2024, "JWC", jwcPath, nullptr, &error));
            {
                auto pkg = Workspace::open(xgc, &error);
                set(*test::ownerGateway(*pkg, "xgc_cjy"), m.ids[2], "xm", "顺序甲");
                auto jwc = Workspace::open(jwcPath, &error);
                auto g = test::ownerGateway(*jwc, "jwc_cjy");
                const EditResult r = g->applyCells(
                    majors, 2024, {{ids.first(), version7(*jwc, ids.first()), majors.fieldIndex("zymc"), "智能制造"}});
                QVERIFY2(r.ok, qPrintable(r.error));
            }
            PackageMerger merger(*m.office);
            MergeOutcome o;
            const QStringList paths = order == 0 ? QStringList {xgc, jwcPath} : QStringList {jwcPath, xgc};
            for (const QString& p : paths)
                QVERIFY2(merger.merge(bytes(p), p, &o, &error) && o.committed, qPrintable(error));
            QVector<TableFingerprint> all;
            for (const QString& d : {QStringLiteral("XGC"), QStringLiteral("JWC")}) {
                QVector<TableFingerprint> prints;
                QVERIFY(Fingerprint::ofDepartment(*m.ws, 2024, d, &prints, &error));
                all += prints;
            }
            results[order] = Fingerprint::letterHash(all);
            QCOMPARE(SqlUtil::scalar(m.ws->db(), "SELECT zymc FROM t_7_1_1").toString(), QStringLiteral("智能制造"));
        }
        QCOMPARE(results[0], results[1]);
    }

    // Bad packages are refused, naming why, and change nothing.
};

QTEST_MAIN(TestMerge)
#include "tst_merge.moc"
