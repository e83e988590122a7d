// The plain copies of department packages in the temporary folder: each merge's own folder goes
// with it, and those a killed program left are removed by the next one once they are stale.
#include "core/exchange/PackageScratch.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace caiji;

class TestPackageScratch : public QObject
{
    Q_OBJECT

    // Removal is tried in a folder of the test's own: other tests merging meanwhile have their
    // scratch folders in the system's.
    QTemporaryDir m_temp;

    QString leave(const QString& name)
    {
        QDir(m_temp.path()).mkpath(name);
        const QString dir = QDir(m_temp.path()).filePath(name);
        QFile f(QDir(dir).filePath(QStringLiteral("package.caiji")));
        if (f.open(QIODevice::WriteOnly))
            f.write("department data");
        return dir;
    }

private slots:
    void aScratchFolderGoesWithIt()
    {
        QString path;
        {
            const PackageScratch scratch;
            QVERIFY(scratch.isValid());
            path = scratch.path();
            QVERIFY2(QFileInfo(path).fileName().startsWith(QStringLiteral("caiji-package-")), qPrintable(path));
            QCOMPARE(QFileInfo(path).absolutePath(), QFileInfo(QDir::tempPath()).absoluteFilePath());
            QVERIFY(QDir(path).exists());
        }
        QVERIFY(!QDir(path).exists());
    }

    void foldersLeftByAKilledProgramAreRemovedOnceStale()
    {
        const QString left = leave(QStringLiteral("caiji-package-leftbykill"));
        const QString other = leave(QStringLiteral("another-program-folder"));
        // Not stale yet: kept (another program may be merging).
        QCOMPARE(PackageScratch::removeStale(m_temp.path()), 0);
        QVERIFY(QDir(left).exists());
        QTest::qWait(2100);
        // A file written into it just now keeps it too: the copy is still being written.
        const QString writing = leave(QStringLiteral("caiji-package-writing"));
        QCOMPARE(PackageScratch::removeStale(m_temp.path(), 2), 1);
        QVERIFY(!QDir(left).exists());
        QVERIFY(QDir(writing).exists());
        QVERIFY(QDir(other).exists()); // not ours
        QDir(writing).removeRecursively();
        QDir(other).removeRecursively();
    }
};

QTEST_GUILESS_MAIN(TestPackageScratch)
#include "tst_packagescratch.moc"
