// .xls workbooks are read in a process of their own (caiji-xls): the same sheets and rows as
// reading them here, and a file that makes the reader crash or hang is refused by name while
// this program goes on.
#include "core/io/XlsProcessReader.h"
#include "core/io/XlsReader.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QScopeGuard>
#include <QTemporaryDir>
#include <QTest>

using namespace caiji;

namespace {
struct Read
{
    QVector<SheetInfo> sheets;
    QVector<QVector<QPair<int, QStringList>>> rows;
    QString error;
};

template <typename Reader> Read readAll(const QString& path)
{
    Read out;
    Reader r;
    if (!r.open(path, &out.error))
        return out;
    out.sheets = r.sheets();
    for (int s = 0; s < out.sheets.size(); ++s) {
        QVector<QPair<int, QStringList>> rows;
        r.readSheet(
            s,
            [&rows](int n, const QStringList& cells) {
                rows.append({n, cells});
                return true;
            },
            &out.error);
        out.rows.append(rows);
    }
    return out;
}
} // namespace

class TestXlsProcessReader : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QByteArray m_helper; // the real one, as ctest sets it

    // A stand-in for the helper that behaves as a broken reader would.
    QString fakeHelper(const QString& name, const QByteArray& script)
    {
        const QString path = m_dir.filePath(name);
        QFile f(path);
        if (!f.open(QIODevice::WriteOnly))
            return QString();
        f.write("#!/bin/sh\n" + script + "\n");
        f.close();
        f.setPermissions(f.permissions() | QFileDevice::ExeOwner);
        return path;
    }

private slots:
    void initTestCase()
    {
        m_helper = qgetenv("CAIJI_XLS_HELPER");
        QVERIFY2(!m_helper.isEmpty(), "CAIJI_XLS_HELPER is set by ctest");
    }
    void cleanup() { qputenv("CAIJI_XLS_HELPER", m_helper); }

    void sameAsReadingHere_data()
    {
        QTest::addColumn<QString>("file");
        QTest::newRow("legacy") << QStringLiteral(CAIJI_TEST_DATA_DIR "/xlsx/legacy.xls");
        QTest::newRow("libreoffice") << QStringLiteral(CAIJI_TEST_DATA_DIR "/xlsx/libreoffice/libreoffice.xls");
        QTest::newRow("1904") << QStringLiteral(CAIJI_TEST_DATA_DIR "/xlsx/libreoffice/libreoffice-1904.xls");
        QTest::newRow("old excel") << QStringLiteral(CAIJI_TEST_DATA_DIR "/xlsx/malformed/old-excel.xls");
    }
    void sameAsReadingHere()
    {
        QFETCH(QString, file);
        const Read here = readAll<XlsReader>(file);
        const Read there = readAll<XlsProcessReader>(file);
        QCOMPARE(there.error, here.error);
        QCOMPARE(there.sheets.size(), here.sheets.size());
        for (int s = 0; s < here.sheets.size(); ++s) {
            QCOMPARE(there.sheets[s].name, here.sheets[s].name);
            QCOMPARE(there.sheets[s].hidden, here.sheets[s].hidden);
        }
        QCOMPARE(there.rows, here.rows);
    }

    // Found by fuzz_xls: FreeXL frees a wild pointer in freexl_open and the helper dies of it
    // (SIGSEGV, in the plain build too). Read in this process it would have ended this one.
    void aFileThatCrashesFreeXLIsRefused()
    {
        const QString file = QStringLiteral(CAIJI_TEST_DATA_DIR "/fuzz/freexl-wild-free.xls");
        QProcess helper;
        helper.start(XlsProcessReader::helperPath(), {file, QStringLiteral("en")});
        QVERIFY(helper.waitForFinished(30000));
        QCOMPARE(helper.exitStatus(), QProcess::CrashExit);
        const Read r = readAll<XlsProcessReader>(file);
        QVERIFY(r.sheets.isEmpty());
        QVERIFY2(
            r.error.contains(QStringLiteral("freexl-wild-free.xls")) && r.error.contains(QStringLiteral("damaged")),
            qPrintable(r.error));
    }

    // What fuzz_xls found in FreeXL (tests/data/fuzz): refused by name, never read here (under
    // AddressSanitizer each of them stops the helper).
    void fuzzFindingsAreRefused_data()
    {
        QTest::addColumn<QString>("file");
        for (const QString& f : QDir(QStringLiteral(CAIJI_TEST_DATA_DIR "/fuzz")).entryList({QStringLiteral("*.xls")}))
            QTest::newRow(qPrintable(f)) << f;
    }
    void fuzzFindingsAreRefused()
    {
        QFETCH(QString, file);
        const Read r = readAll<XlsProcessReader>(QStringLiteral(CAIJI_TEST_DATA_DIR "/fuzz/") + file);
        QVERIFY(r.sheets.isEmpty());
        QVERIFY2(r.error.contains(file), qPrintable(r.error));
    }

    void aReaderThatCrashesIsADamagedFile()
    {
        qputenv("CAIJI_XLS_HELPER", fakeHelper(QStringLiteral("crashing"), "kill -SEGV $$").toLocal8Bit());
        const Read r = readAll<XlsProcessReader>(QStringLiteral(CAIJI_TEST_DATA_DIR "/xlsx/legacy.xls"));
        QVERIFY(r.sheets.isEmpty());
        QVERIFY2(r.error.contains(QStringLiteral("legacy.xls")) && r.error.contains(QStringLiteral("damaged")),
            qPrintable(r.error));
        // Half an answer, then the end: refused the same way.
        qputenv("CAIJI_XLS_HELPER", fakeHelper(QStringLiteral("half"), "printf 'CJXL'").toLocal8Bit());
        QVERIFY(readAll<XlsProcessReader>(QStringLiteral(CAIJI_TEST_DATA_DIR "/xlsx/legacy.xls"))
                    .error.contains(QStringLiteral("damaged")));
    }

    void aReaderThatHangsIsGivenUp()
    {
        qputenv("CAIJI_XLS_HELPER", fakeHelper(QStringLiteral("hanging"), "exec sleep 30").toLocal8Bit());
        XlsProcessReader::setTimeout(1000);
        const auto restore = qScopeGuard([] { XlsProcessReader::setTimeout(120000); });
        QElapsedTimer clock;
        clock.start();
        const Read r = readAll<XlsProcessReader>(QStringLiteral(CAIJI_TEST_DATA_DIR "/xlsx/legacy.xls"));
        QVERIFY(clock.elapsed() < 10000);
        QVERIFY2(r.error.contains(QStringLiteral("legacy.xls")) && r.error.contains(QStringLiteral("given up")),
            qPrintable(r.error));
    }

    void aMissingFileIsNamed()
    {
        const Read r = readAll<XlsProcessReader>(m_dir.filePath(QStringLiteral("nowhere.xls")));
        QVERIFY2(r.error.contains(QStringLiteral("nowhere.xls")), qPrintable(r.error));
    }
};

QTEST_GUILESS_MAIN(TestXlsProcessReader)
#include "tst_xlsprocessreader.moc"
