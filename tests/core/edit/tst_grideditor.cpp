#include "TestWorkspace.h"
#include "core/edit/GridEditor.h"
#include "core/model/TableRowModel.h"
#include "core/storage/Directory.h"
#include "core/storage/RowInserter.h"
#include "core/storage/SqlUtil.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>

using namespace caiji;

namespace {
// A department's data administrator editing through the write gateway.
std::unique_ptr<WriteGateway> gatewayFor(Workspace& ws, const QString& dept)
{
    Actor who;
    who.login = QStringLiteral("tester");
    who.department = dept;
    who.roles = {Role::Collector};
    QHash<QString, QString> codes;
    for (const Department& d : Directory::seedOffices())
        codes.insert(d.name, d.code);
    return std::make_unique<WriteGateway>(
        ws, std::make_shared<AccessPolicy>(who, codes, QStringList {QStringLiteral("YX01"), QStringLiteral("YX02")}));
}
} // namespace

class TestGridEditor : public QObject
{
    Q_OBJECT

private:
    test::TestLocations m_locations;

    std::unique_ptr<Workspace> makeWorkspace(const QString& backend, int staff)
    {
        QString error;
        auto ws = Workspace::create(m_locations.fresh(backend), test::miniCatalog(), &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        const Table& t = *ws->catalog().table(QStringLiteral("6-1-1"));
        Transaction tx(ws->db());
        RowInserter ins(*ws, t, 2024);
        for (int i = 0; i < staff; ++i) {
            QVector<QVariant> row(t.fields.size());
            row[0] = QStringLiteral("T%1").arg(i, 5, 10, QLatin1Char('0'));
            row[1] = QStringLiteral("教师%1").arg(i);
            row[2] = QStringLiteral("1");
            ins.add(QStringLiteral("ZZRS"), row);
        }
        if (!ins.flush(&error) || !tx.commit(&error))
            qFatal("%s", qPrintable(error));
        return ws;
    }

    void open(TableRowModel& model, Workspace& ws, const QString& code)
    {
        TableQuery q;
        q.table = *ws.catalog().table(code);
        q.round = 2024;
        q.findUsages(ws.catalog());
        model.setQuery(q);
        QTRY_COMPARE(model.countState(), TableRowModel::CountState::Complete);
    }

private slots:
    void typeUndoRedo_data() { test::TestLocations::addBackendRows(); }
    void typeUndoRedo()
    {
        QFETCH(QString, backend);
        auto ws = makeWorkspace(backend, 10);
        TableRowModel model(*ws);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        open(model, *ws, QStringLiteral("6-1-1"));
        const auto editorGateway = gatewayFor(*ws, QStringLiteral("ZZRS"));
        GridEditor editor(&model, *editorGateway);
        QTRY_VERIFY(model.isRowLoaded(0));
        QVERIFY(model.flags(model.index(0, 1)) & Qt::ItemIsEditable);
        QSignalSpy changed(&model, &TableRowModel::dataChanged);
        QVERIFY(model.setData(model.index(3, 1), QStringLiteral("李娜")));
        QVERIFY(changed.count() >= 1);
        QCOMPARE(model.index(3, 1).data().toString(), QStringLiteral("李娜"));
        QVERIFY(model.setData(model.index(3, 2), QStringLiteral("女")));
        QCOMPARE(model.index(3, 2).data(TableRowModel::CanonicalRole).toString(), QStringLiteral("2"));
        QCOMPARE(editor.undoStack()->count(), 2);
        editor.undoStack()->undo();
        QCOMPARE(model.index(3, 2).data(TableRowModel::CanonicalRole).toString(), QStringLiteral("1"));
        editor.undoStack()->undo();
        QCOMPARE(model.index(3, 1).data().toString(), QStringLiteral("教师3"));
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT xm FROM t_6_1_1 WHERE jgh = 'T00003'")).toString(),
            QStringLiteral("教师3"));
        editor.undoStack()->redo();
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT xm FROM t_6_1_1 WHERE jgh = 'T00003'")).toString(),
            QStringLiteral("李娜"));
        // A bad value is refused, marked with its reason, and nothing changes.
        QSignalSpy rejected(&editor, &GridEditor::cellsRejected);
        QVERIFY(!model.setData(model.index(4, 17), QStringLiteral("400")));
        QCOMPARE(rejected.count(), 1);
        QCOMPARE(model.index(4, 17).data().toString(), QStringLiteral("400"));
        QVERIFY(model.index(4, 17).data(TableRowModel::RejectedRole).toString().contains(QLatin1String("365")));
        QVERIFY(
            SqlUtil::scalar(ws->db(), QStringLiteral("SELECT qysj_bxn FROM t_6_1_1 WHERE jgh = 'T00004'")).isNull());
        // Fixing it clears the mark.
        QVERIFY(model.setData(model.index(4, 17), QStringLiteral("30")));
        QVERIFY(!model.index(4, 17).data(TableRowModel::RejectedRole).isValid());
    }

    void pasteTheDatabaseRefusesIsReported_data() { test::TestLocations::addBackendRows(); }
    void pasteTheDatabaseRefusesIsReported()
    {
        // A paste whose write fails in the database says so, with the reason, and leaves
        // nothing on the undo stack (it used to report success and keep a dead command).
        QFETCH(QString, backend);
        auto ws = makeWorkspace(backend, 4);
        QString error;
        const bool pg = ws->dialect().isPostgres();
        QVERIFY2(SqlUtil::exec(ws->db(),
                     pg ? QStringLiteral("CREATE FUNCTION cj_test_refuse() RETURNS trigger LANGUAGE plpgsql AS $$ "
                                         "BEGIN RAISE EXCEPTION 'refused by test'; END $$")
                        : QStringLiteral("CREATE TRIGGER cj_test_refuse BEFORE UPDATE ON t_6_1_1 BEGIN "
                                         "SELECT RAISE(ABORT, 'refused by test'); END"),
                     &error),
            qPrintable(error));
        if (pg)
            QVERIFY2(SqlUtil::exec(ws->db(),
                         QStringLiteral("CREATE TRIGGER cj_test_refuse BEFORE UPDATE ON t_6_1_1 FOR EACH ROW "
                                        "EXECUTE FUNCTION cj_test_refuse()"),
                         &error),
                qPrintable(error));
        TableRowModel model(*ws);
        open(model, *ws, QStringLiteral("6-1-1"));
        const auto editorGateway = gatewayFor(*ws, QStringLiteral("ZZRS"));
        GridEditor editor(&model, *editorGateway);
        QTRY_VERIFY(model.isRowLoaded(1));
        QSignalSpy failed(&editor, &GridEditor::editFailed);
        const EditReport r = editor.pasteText(0, 1, QStringLiteral("王一\n王二"));
        QVERIFY(!r.ok);
        QVERIFY2(r.error.contains(QLatin1String("refused by test")), qPrintable(r.error));
        QCOMPARE(failed.count(), 1);
        QCOMPARE(editor.undoStack()->count(), 0);
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT xm FROM t_6_1_1 WHERE jgh = 'T00000'")).toString(),
            QStringLiteral("教师0"));
    }

    void pasteKeepsGoodCellsAndAddsRows_data() { test::TestLocations::addBackendRows(); }
    void pasteKeepsGoodCellsAndAddsRows()
    {
        QFETCH(QString, backend);
        auto ws = makeWorkspace(backend, 5);
        TableRowModel model(*ws);
        open(model, *ws, QStringLiteral("6-1-1"));
        const auto editorGateway = gatewayFor(*ws, QStringLiteral("ZZRS"));
        GridEditor editor(&model, *editorGateway);
        QTRY_VERIFY(model.isRowLoaded(0));
        // 1,000 rows pasted at row 3 of a 5-row table: 2 rows overwritten, 998 added; every
        // 100th row has a bad 性别 and every 250th a bad 出生年月.
        QString text;
        int bad = 0;
        for (int i = 0; i < 1000; ++i) {
            const bool badSex = i % 100 == 7;
            const bool badMonth = i % 250 == 11;
            bad += (badSex ? 1 : 0) + (badMonth ? 1 : 0);
            text += QStringLiteral("P%1\t姓名%2\t%3\t汉族\t%4\r\n")
                        .arg(i, 5, 10, QLatin1Char('0'))
                        .arg(i)
                        .arg(badSex ? QStringLiteral("未知") : QStringLiteral("男"))
                        .arg(badMonth ? QStringLiteral("199913") : QStringLiteral("1990-05"));
        }
        const EditReport r = editor.pasteText(3, 0, text);
        QVERIFY2(r.ok, qPrintable(r.error));
        QCOMPARE(r.rejected.size(), bad);
        QCOMPARE(r.rowsAdded, 998);
        QCOMPARE(editor.undoStack()->count(), 1); // one paste, one undo step
        QTRY_COMPARE(model.rowCount(), 1003);
        QCOMPARE(
            SqlUtil::scalar(ws->db(), QStringLiteral("SELECT COUNT(*) FROM t_6_1_1 WHERE \"_deleted\" = 0")).toInt(),
            1003);
        QCOMPARE(
            SqlUtil::scalar(ws->db(), QStringLiteral("SELECT COUNT(*) FROM t_6_1_1 WHERE csrq = '199005'")).toInt(),
            1000 - 4);
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT COUNT(*) FROM t_6_1_1 WHERE xb = '1'")).toInt(),
            1000 - 10 + 3);
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT jgh FROM t_6_1_1 WHERE xm = '姓名0'")).toString(),
            QStringLiteral("P00000"));
        // The rejected cells are listed with their place and reason.
        const CellRejection& first = r.rejected.first();
        QCOMPARE(first.row, 3 + 7);
        QCOMPARE(first.column, 2);
        QCOMPARE(first.text, QStringLiteral("未知"));
        QVERIFY(!first.reason.isEmpty());
        // Undo of the paste restores the two overwritten rows and removes the added ones.
        editor.undoStack()->undo();
        QTRY_COMPARE(model.rowCount(), 5);
        QCOMPARE(
            SqlUtil::scalar(ws->db(), QStringLiteral("SELECT COUNT(*) FROM t_6_1_1 WHERE \"_deleted\" = 0")).toInt(),
            5);
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT xm FROM t_6_1_1 WHERE jgh = 'T00003'")).toString(),
            QStringLiteral("教师3"));
        editor.undoStack()->redo();
        QTRY_COMPARE(model.rowCount(), 1003);
    }

    void fillDownClearAndDelete_data() { test::TestLocations::addBackendRows(); }
    void fillDownClearAndDelete()
    {
        QFETCH(QString, backend);
        auto ws = makeWorkspace(backend, 6);
        TableRowModel model(*ws);
        open(model, *ws, QStringLiteral("6-1-1"));
        const auto editorGateway = gatewayFor(*ws, QStringLiteral("ZZRS"));
        GridEditor editor(&model, *editorGateway);
        QTRY_VERIFY(model.isRowLoaded(0));
        QVERIFY(model.setData(model.index(0, 8), QStringLiteral("本科")));
        const EditReport fill = editor.fillDown(0, 5, 8, 8);
        QCOMPARE(fill.cellsWritten, 5);
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT COUNT(*) FROM t_6_1_1 WHERE xl = '3'")).toInt(), 6);
        // Clearing a required cell is refused; an optional one is emptied.
        EditReport clear = editor.clearCells({{1, 8}, {1, 19}});
        QCOMPARE(clear.rejected.size(), 1);
        QVERIFY(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT xl FROM t_6_1_1 WHERE jgh = 'T00001'")).toString()
            == QLatin1String("3"));
        QVERIFY(editor.deleteRows({2, 3}, nullptr));
        QTRY_COMPARE(model.rowCount(), 4);
        editor.undoStack()->undo();
        QTRY_COMPARE(model.rowCount(), 6);
        QVERIFY(editor.appendRows(2, nullptr));
        QTRY_COMPARE(model.rowCount(), 8);
    }

    void readOnlyWhereThePolicySays()
    {
        auto ws = makeWorkspace(QStringLiteral("sqlite"), 3);
        TableRowModel model(*ws);
        open(model, *ws, QStringLiteral("6-1-1"));
        // 教务处 only reads the staff source table kept by 组织人事处.
        const auto editorGateway = gatewayFor(*ws, QStringLiteral("JWC"));
        GridEditor editor(&model, *editorGateway);
        QTRY_VERIFY(model.isRowLoaded(0));
        QVERIFY(!(model.flags(model.index(0, 1)) & Qt::ItemIsEditable));
        QVERIFY(model.index(0, 1)
                    .data(TableRowModel::ReadOnlyReasonRole)
                    .toString()
                    .contains(QStringLiteral("组织人事处")));
        QSignalSpy failed(&editor, &GridEditor::editFailed);
        const EditReport r = editor.pasteText(0, 1, QStringLiteral("王五"));
        QVERIFY(!r.ok);
        QCOMPARE(failed.count(), 1);
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT xm FROM t_6_1_1 WHERE jgh = 'T00000'")).toString(),
            QStringLiteral("教师0"));
        // Summary tables are computed: nobody types, not even the supervision office.
        AccessPolicy admin(Actor::workspaceOwner(), {}, {});
        QVERIFY(!admin.tableReadOnlyReason(*ws->catalog().table(QStringLiteral("6-1-2-2"))).isEmpty());
        QVERIFY(admin.tableReadOnlyReason(*ws->catalog().table(QStringLiteral("6-1-1"))).isEmpty());
    }

    void referencedRowsAreFlagged()
    {
        auto ws = makeWorkspace(QStringLiteral("sqlite"), 3);
        const Table& teach = *ws->catalog().table(QStringLiteral("6-1-2-1"));
        {
            RowInserter ins(*ws, teach, 2024);
            QVector<QVariant> row(teach.fields.size());
            row[0] = QStringLiteral("T00001");
            ins.add(QStringLiteral("YX01"), row);
            ins.add(QStringLiteral("YX01"), row);
            QString error;
            QVERIFY(ins.flush(&error));
        }
        TableRowModel model(*ws);
        open(model, *ws, QStringLiteral("6-1-1"));
        const auto editorGateway = gatewayFor(*ws, QStringLiteral("ZZRS"));
        GridEditor editor(&model, *editorGateway);
        QTRY_VERIFY(model.isRowLoaded(0));
        QCOMPARE(model.index(1, 0).data(TableRowModel::UsageRole).toLongLong(), 2);
        QCOMPARE(model.index(0, 0).data(TableRowModel::UsageRole).toLongLong(), 0);
        QVERIFY(model.headerData(1, Qt::Vertical, Qt::ToolTipRole).toString().contains(QLatin1String("2")));
        QCOMPARE(editor.usagesOf({0, 1}), (QVector<QPair<QString, qint64>> {{QStringLiteral("6-1-2-1"), 2}}));
        // A pasted teacher number must exist in the staff table.
        TableRowModel teaching(*ws);
        open(teaching, *ws, QStringLiteral("6-1-2-1"));
        const auto teachEditorGateway = gatewayFor(*ws, QStringLiteral("YX01"));
        GridEditor teachEditor(&teaching, *teachEditorGateway);
        QTRY_VERIFY(teaching.isRowLoaded(0));
        const EditReport r = teachEditor.pasteText(0, 0, QStringLiteral("T00002\r\nT09999\r\n"));
        QCOMPARE(r.cellsWritten, 1);
        QCOMPARE(r.rejected.size(), 1);
        QVERIFY(r.rejected.first().reason.contains(QLatin1String("T09999")));
    }
};

QTEST_GUILESS_MAIN(TestGridEditor)
#include "tst_grideditor.moc"
