#include "TestWorkspace.h"
#include "core/model/TableRowModel.h"
#include "core/storage/RowInserter.h"
#include "core/storage/SqlUtil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace caiji;

class TestTableRowModel : public QObject
{
    Q_OBJECT

private:
    test::TestLocations m_locations;

    // A workspace with n courses in round 2024 (department JWC for even rows, YX01 for odd ones).
    std::unique_ptr<Workspace> makeWorkspace(const QString& backend, int n)
    {
        QString error;
        auto ws = Workspace::create(m_locations.fresh(backend), test::miniCatalog(), &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        const Table& courses = *ws->catalog().table(QStringLiteral("7-2"));
        Transaction tx(ws->db());
        RowInserter ins(*ws, courses, 2024);
        for (int i = 0; i < n; ++i) {
            QVector<QVariant> v(courses.fields.size());
            v[0] = QStringLiteral("K%1").arg(i, 6, 10, QLatin1Char('0'));
            v[1] = QStringLiteral("课程%1").arg(i);
            v[2] = QStringLiteral("A");
            v[5] = 2.5;
            v[7] = (i % 3 == 0);
            ins.add(i % 2 ? QStringLiteral("YX01") : QStringLiteral("JWC"), v);
        }
        if (!ins.flush(&error) || !tx.commit(&error))
            qFatal("%s", qPrintable(error));
        return ws;
    }

    TableQuery courseQuery(Workspace& ws, const QString& dept = QString())
    {
        TableQuery q;
        q.table = *ws.catalog().table(QStringLiteral("7-2"));
        q.round = 2024;
        q.department = dept;
        return q;
    }

private slots:
    void loadsLazilyAndCompletely_data() { test::TestLocations::addBackendRows(); }
    void loadsLazilyAndCompletely()
    {
        QFETCH(QString, backend);
        auto ws = makeWorkspace(backend, 3000);
        TableRowModel model(*ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy states(&model, &TableRowModel::countStateChanged);
        QSignalSpy inserted(&model, &TableRowModel::rowsInserted);
        model.setQuery(courseQuery(*ws));
        QCOMPARE(model.rowCount(), 0);
        QCOMPARE(model.countState(), TableRowModel::CountState::Unknown);
        QTRY_COMPARE(model.countState(), TableRowModel::CountState::Complete);
        QCOMPARE(model.rowCount(), 3000);
        QVERIFY(inserted.count() >= 1);
        QCOMPARE(model.columnCount(), ws->catalog().table(QStringLiteral("7-2"))->fields.size());
        // The first page is there; a far row is not, and asking for it loads it.
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("K000000"));
        QCOMPARE(model.index(0, 2).data().toString(), QStringLiteral("纯理论课")); // label, not code
        QCOMPARE(model.index(0, 2).data(TableRowModel::CanonicalRole).toString(), QStringLiteral("A"));
        QCOMPARE(model.index(0, 5).data().toString(), QStringLiteral("2.5"));
        QCOMPARE(model.index(0, 7).data(TableRowModel::CanonicalRole).toBool(), true);
        QCOMPARE(model.index(1, 7).data(TableRowModel::CanonicalRole).toBool(), false);
        QVERIFY(!model.isRowLoaded(2500));
        QSignalSpy changed(&model, &TableRowModel::dataChanged);
        QCOMPARE(model.index(2500, 0).data(TableRowModel::LoadedRole).toBool(), false);
        QTRY_VERIFY(model.isRowLoaded(2500));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.index(2500, 0).data().toString(), QStringLiteral("K002500"));
        QCOMPARE(model.index(2999, 1).data().toString(), QString()); // not loaded yet: empty, never blocking
        QTRY_COMPARE(model.index(2999, 1).data().toString(), QStringLiteral("课程2999"));
        QCOMPARE(model.headerData(1, Qt::Horizontal).toString(), QStringLiteral("课程名称 *")); // required
        QCOMPARE(model.headerData(6, Qt::Horizontal).toString(), QStringLiteral("总学时（学时）"));
        QCOMPARE(model.headerData(41, Qt::Vertical).toInt(), 42);
        QVERIFY(!(model.flags(model.index(0, 0)) & Qt::ItemIsEditable));
    }

    void departmentFilterAndReset_data() { test::TestLocations::addBackendRows(); }
    void departmentFilterAndReset()
    {
        QFETCH(QString, backend);
        auto ws = makeWorkspace(backend, 700);
        TableRowModel model(*ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        model.setQuery(courseQuery(*ws));
        QTRY_COMPARE(model.rowCount(), 700);
        QSignalSpy reset(&model, &TableRowModel::modelReset);
        model.setQuery(courseQuery(*ws, QStringLiteral("YX01")));
        QCOMPARE(reset.count(), 1);
        QTRY_COMPARE(model.countState(), TableRowModel::CountState::Complete);
        QCOMPARE(model.rowCount(), 350);
        QCOMPARE(model.index(0, 0).data().toString(), QStringLiteral("K000001"));
        QCOMPARE(model.index(0, 0).data(TableRowModel::DepartmentRole).toString(), QStringLiteral("YX01"));
        model.prefetch(300, 349);
        QTRY_VERIFY(model.isRowLoaded(349));
        QCOMPARE(model.index(349, 0).data().toString(), QStringLiteral("K000699"));
        // A round without rows: an empty, complete table.
        TableQuery empty = courseQuery(*ws);
        empty.round = 2023;
        model.setQuery(empty);
        QTRY_COMPARE(model.countState(), TableRowModel::CountState::Complete);
        QCOMPARE(model.rowCount(), 0);
    }

    void staleResultsAreDropped()
    {
        auto ws = makeWorkspace(QStringLiteral("sqlite"), 2000);
        TableRowModel model(*ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        // Switch queries faster than the loader answers: only the last one may show.
        for (int i = 0; i < 10; ++i)
            model.setQuery(courseQuery(*ws, i % 2 ? QStringLiteral("JWC") : QStringLiteral("YX01")));
        model.setQuery(courseQuery(*ws, QStringLiteral("YX01")));
        QTRY_COMPARE(model.countState(), TableRowModel::CountState::Complete);
        QTest::qWait(100);
        QCOMPARE(model.rowCount(), 1000);
        QCOMPARE(model.index(0, 0).data(TableRowModel::DepartmentRole).toString(), QStringLiteral("YX01"));
    }

    void deletedRowsAreHidden()
    {
        auto ws = makeWorkspace(QStringLiteral("sqlite"), 10);
        QString error;
        QVERIFY(SqlUtil::exec(ws->db(), QStringLiteral("UPDATE t_7_2 SET \"_deleted\" = 1 WHERE kcdm = 'K000003'"), &error));
        TableRowModel model(*ws);
        model.setQuery(courseQuery(*ws));
        QTRY_COMPARE(model.countState(), TableRowModel::CountState::Complete);
        QCOMPARE(model.rowCount(), 9);
        QCOMPARE(model.index(3, 0).data().toString(), QStringLiteral("K000004"));
    }
};

QTEST_GUILESS_MAIN(TestTableRowModel)
#include "tst_tablerowmodel.moc"
