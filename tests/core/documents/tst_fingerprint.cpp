// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "TestWorkspace.h"
#include "core/documents/Fingerprint.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/write/WriteGateway.h"

#include <QCryptographicHash>
#include <QDate>
#include <QFile>
#include <QTest>

using namespace caiji;

// The fingerprint that binds a confirmation letter to the data (docs/fingerprint.md): the test
// vector of the document, and on both backends a code that changes with any edit, insert or
// delete and not with row order, a reopened workspace or the backend.
class TestFingerprint : public QObject
{
    Q_OBJECT

    test::TestLocations m_locations;

    static Table vectorTable()
    {
        Table t;
        t.code = "T-1";
        t.name = "示例表";
        auto field = [](const char* key, FieldType type) {
            Field f;
            f.key = key;
            f.name = key;
            f.type = type;
            return f;
        };
        t.fields = {field("xm", FieldType::Text), field("rs", FieldType::Integer), field("je", FieldType::Decimal),
            field("rq", FieldType::Date), field("sf", FieldType::Boolean), field("dm", FieldType::Code)};
        return t;
    }

    static TableFingerprint of(Workspace& ws, const char* table, const char* dept)
    {
        TableFingerprint f;
        QString error;
        if (!Fingerprint::ofTable(ws, *ws.catalog().table(table), 2024, dept, &f, &error))
            qFatal("%s", qPrintable(error));
        return f;
    }

private slots:
    // The vector of docs/fingerprint.md, byte for byte.
    void documentedVector()
    {
        const Table t = vectorTable();
        const QVector<QByteArray> lines = {
            Fingerprint::canonicalRow(t, {"王五", 12, 3.5, QDate(2024, 9, 1), false, QVariant()}),
            Fingerprint::canonicalRow(t, {"张三\t李\\四\n", -3, -0.001, QDate(2024, 12, 31), true, "01"}),
        };
        const QByteArray text = Fingerprint::canonicalTable(t, lines);
        QCOMPARE(text,
            QByteArray("caiji-fingerprint 1\ntable\tT-1\nfields\txm\trs\tje\trq\tsf\tdm\n"
                       "张三\\t李\\\\四\\n\t-3\t0.00\t2024-12-31\t1\t01\n"
                       "王五\t12\t3.50\t2024-09-01\t0\t\\N\n"));
        const QByteArray hash = QCryptographicHash::hash(text, QCryptographicHash::Sha256);
        QCOMPARE(hash.toHex(), QByteArray("4586fdaf0feb9d4f62e3255682dc258bb37c4399461325b62f2e1b48e74786f0"));
        const QByteArray letter = Fingerprint::letterHash({{"T-1", 2, hash}});
        QCOMPARE(letter.toHex(), QByteArray("e4a9806e00838866d785a51d0e08bb3faf1e88a37b4c9d420f3306d75327099d"));
        QCOMPARE(Fingerprint::code(letter), QStringLiteral("WJMR-0VG0-GE46-DNW5-S"));
        // The document carries the same vector.
        QFile doc(QStringLiteral(CAIJI_SOURCE_DIR "/docs/fingerprint.md"));
        QVERIFY(doc.open(QIODevice::ReadOnly));
        const QByteArray spec = doc.readAll();
        QVERIFY(spec.contains(hash.toHex()));
        QVERIFY(spec.contains(letter.toHex()));
        QVERIFY(spec.contains(Fingerprint::code(letter).toLatin1()));
    }

    void codesForgiveTypingAndCatchMistakes()
    {
        const QString code = Fingerprint::code(QCryptographicHash::hash("x", QCryptographicHash::Sha256));
        QCOMPARE(code.size(), 16 + 1 + 4);
        QString error;
        const QString body = Fingerprint::normalizeCode(code, &error);
        QCOMPARE(body.size(), 16);
        QCOMPARE(Fingerprint::normalizeCode(code.toLower().remove('-'), &error), body);
        // Full-width characters from a Chinese keyboard.
        QString wide;
        for (const QChar c : code)
            wide += c == '-' ? QChar(u'－') : QChar(c.unicode() + 0xFEE0);
        QCOMPARE(Fingerprint::normalizeCode(wide, &error), body);
        // Every single wrong character and every swap of neighbours is caught.
        const QString plain = QString(code).remove('-');
        static const QString alphabet = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";
        for (int i = 0; i < plain.size(); ++i) {
            for (const QChar c : alphabet) {
                if (c == plain[i])
                    continue;
                QString typo = plain;
                typo[i] = c;
                QVERIFY2(Fingerprint::normalizeCode(typo, &error).isEmpty(), qPrintable(typo));
            }
            if (i + 1 < plain.size() && plain[i] != plain[i + 1]) {
                QString swapped = plain;
                std::swap(swapped[i], swapped[i + 1]);
                QVERIFY2(Fingerprint::normalizeCode(swapped, &error).isEmpty(), qPrintable(swapped));
            }
        }
        QVERIFY(Fingerprint::normalizeCode(plain.left(10), &error).isEmpty());
        QVERIFY(!error.isEmpty());
    }

    void followsTheDataOnly_data() { test::TestLocations::addBackendRows(); }
    void followsTheDataOnly()
    {
        QFETCH(QString, backend);
        QString error;
        const QString loc = m_locations.fresh(backend);
        auto ws = Workspace::create(loc, test::miniCatalog(), &error);
        QVERIFY(ws);
        test::addCollege(*ws);
        const auto owner = test::ownerGateway(*ws);
        const Table& students = *ws->catalog().table("10-1");
        auto row = [&](const char* xh, const char* xm) {
            QVector<QVariant> v(students.fields.size());
            v[students.fieldIndex("xh")] = xh;
            v[students.fieldIndex("xm")] = xm;
            return v;
        };
        const WriteIntent load {WriteOrigin::Load, "setup", false};
        QVector<QString> ids;
        QVERIFY(owner->insertRows(
            students, 2024, "XGC", {row("2024001", "王五"), row("2024002", "赵六")}, &ids, &error, load));
        const TableFingerprint first = of(*ws, "10-1", "XGC");
        QCOMPARE(first.rows, 2);
        QCOMPARE(first.sha256.size(), 32);
        QCOMPARE(of(*ws, "10-1", "XGC").sha256, first.sha256); // computed again: the same
        // The same rows the other way round, in another workspace: the same fingerprint.
        auto other = Workspace::create(m_locations.fresh(backend), test::miniCatalog(), &error);
        QVERIFY(other);
        test::addCollege(*other);
        QVERIFY(test::ownerGateway(*other)->insertRows(
            students, 2024, "XGC", {row("2024002", "赵六"), row("2024001", "王五")}, nullptr, &error, load));
        QCOMPARE(of(*other, "10-1", "XGC").sha256, first.sha256);
        // A cell edited: another fingerprint; edited back: the first again.
        const qint64 v = SqlUtil::scalar(ws->db(), "SELECT \"_version\" FROM t_10_1 WHERE \"_id\" = ?", {ids.first()})
                             .toLongLong();
        QVERIFY(owner->applyCells(students, 2024, {{ids.first(), v, students.fieldIndex("xm"), "王武"}}).ok);
        const QByteArray edited = of(*ws, "10-1", "XGC").sha256;
        QVERIFY(edited != first.sha256);
        QVERIFY(owner->applyCells(students, 2024, {{ids.first(), v + 1, students.fieldIndex("xm"), "王五"}}).ok);
        QCOMPARE(of(*ws, "10-1", "XGC").sha256, first.sha256);
        // A row added, a row deleted.
        QVERIFY(owner->insertRows(students, 2024, "XGC", {row("2024003", "钱七")}, nullptr, &error, load));
        const TableFingerprint added = of(*ws, "10-1", "XGC");
        QCOMPARE(added.rows, 3);
        QVERIFY(added.sha256 != first.sha256);
        const qint64 v2
            = SqlUtil::scalar(ws->db(), "SELECT \"_version\" FROM t_10_1 WHERE \"_id\" = ?", {ids.last()}).toLongLong();
        QVERIFY(owner->setDeleted(students, 2024, {{ids.last(), v2}}, true).ok);
        const TableFingerprint deleted = of(*ws, "10-1", "XGC");
        QCOMPARE(deleted.rows, 2);
        QVERIFY(deleted.sha256 != added.sha256 && deleted.sha256 != first.sha256);
        // Reopened: the same.
        ws.reset();
        ws = Workspace::open(loc, &error);
        QVERIFY(ws);
        QCOMPARE(of(*ws, "10-1", "XGC").sha256, deleted.sha256);
        // Another department's rows are not in it.
        QCOMPARE(of(*ws, "10-1", "YX01").rows, 0);
    }

    // On SQLite the fingerprint reads the rows straight from the handle: the same bytes as through
    // Qt's driver, for every table of the demo college (every field type, empty cells, Chinese).
    void nativeReadingEqualsTheDriver()
    {
        const QString loc = m_locations.fresh("sqlite");
        test::makeSmallDemo(loc);
        QString error;
        auto ws = Workspace::open(loc, &error);
        QVERIFY(ws);
        int tables = 0;
        for (const Table& t : ws->catalog().tables) {
            TableFingerprint native;
            TableFingerprint driver;
            QVERIFY2(Fingerprint::ofTable(*ws, t, 2024, QString(), &native, &error, true), qPrintable(error));
            QVERIFY2(Fingerprint::ofTable(*ws, t, 2024, QString(), &driver, &error, false), qPrintable(error));
            QCOMPARE(native.rows, driver.rows);
            QVERIFY2(native.sha256 == driver.sha256, qPrintable(t.code));
            tables += native.rows > 0 ? 1 : 0;
        }
        QVERIFY(tables > 40);
        // A department's letter: its tasks' tables, in catalog order.
        QVector<TableFingerprint> jwc;
        QVERIFY(Fingerprint::ofDepartment(*ws, 2024, "JWC", &jwc, &error));
        QVERIFY(jwc.size() > 10);
        int last = -1;
        for (const TableFingerprint& f : std::as_const(jwc)) {
            int place = -1;
            for (int k = 0; k < ws->catalog().tables.size(); ++k) {
                if (ws->catalog().tables[k].code == f.table)
                    place = k;
            }
            QVERIFY(place > last);
            last = place;
        }
    }

    // SQLite and PostgreSQL give the same fingerprint for the same data.
    void sameOnBothBackends()
    {
        QString error;
        QVector<QByteArray> hashes[2];
        int i = 0;
        for (const char* backend : {"sqlite", "postgresql"}) {
            auto ws = Workspace::create(m_locations.fresh(backend), test::miniCatalog(), &error);
            QVERIFY(ws);
            test::addCollege(*ws);
            // Every field type: dates, years, year-months, decimals, booleans, codes, text.
            for (const char* code : {"6-1-2-1", "10-1"}) {
                const Table& t = *ws->catalog().table(code);
                QVector<QVariant> v(t.fields.size());
                for (int f = 0; f < t.fields.size(); ++f) {
                    switch (t.fields[f].type) {
                    case FieldType::Integer:
                        v[f] = -7;
                        break;
                    case FieldType::Year:
                        v[f] = 2024;
                        break;
                    case FieldType::Decimal:
                        v[f] = 1234.5;
                        break;
                    case FieldType::Boolean:
                        v[f] = true;
                        break;
                    case FieldType::Date:
                        v[f] = QDate(2024, 3, 1);
                        break;
                    case FieldType::YearMonth:
                        v[f] = "202409";
                        break;
                    case FieldType::Code:
                        v[f] = "1";
                        break;
                    case FieldType::Reference:
                        break; // empty
                    default:
                        v[f] = "文本\t第二段";
                    }
                }
                QVERIFY2(test::ownerGateway(*ws)->insertRows(
                             t, 2024, "YX01", {v}, nullptr, &error, {WriteOrigin::Load, "setup", false}),
                    qPrintable(error));
                hashes[i].append(of(*ws, code, "YX01").sha256);
            }
            ++i;
        }
        QCOMPARE(hashes[0], hashes[1]);
    }
};

QTEST_GUILESS_MAIN(TestFingerprint)
#include "tst_fingerprint.moc"
