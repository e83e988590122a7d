#include "TestWorkspace.h"
#include "core/history/CellHistory.h"
#include "core/storage/RowInserter.h"
#include "core/storage/SqlUtil.h"

#include <QDate>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QTest>

using namespace caiji;

class TestRowInserter : public QObject
{
    Q_OBJECT

private:
    test::TestLocations m_locations;

private slots:
    void typedValuesRoundTrip_data() { test::TestLocations::addBackendRows(); }
    void typedValuesRoundTrip()
    {
        QFETCH(QString, backend);
        QString error;
        auto ws = Workspace::create(m_locations.fresh(backend), test::miniCatalog(), &error);
        QVERIFY2(ws, qPrintable(error));
        const Table& students = *ws->catalog().table(QStringLiteral("10-1"));
        const QHash<QString, QVariant> given = {
            {QStringLiteral("xh"), QStringLiteral("0020240001")}, // leading zeros stay
            {QStringLiteral("xm"), QStringLiteral("欧阳娜娜")},
            {QStringLiteral("xb"), QStringLiteral("2")},
            {QStringLiteral("mz"), QStringLiteral("11")},
            {QStringLiteral("csrq"), QDate(2005, 2, 28)},
            {QStringLiteral("sfzh"), QStringLiteral("13080220050228002X")},
            {QStringLiteral("zydm"), QStringLiteral("510201")},
            {QStringLiteral("nj"), qint64(2023)},
            {QStringLiteral("xz"), qint64(3)},
            {QStringLiteral("rxny"), QStringLiteral("202309")},
            {QStringLiteral("sfdxpy"), true},
            {QStringLiteral("sfjdlk"), false},
            {QStringLiteral("qfje"), 1234.5},
        };
        QVector<QVariant> values;
        for (const Field& f : students.fields)
            values.append(given.value(f.key));
        ws->setCurrentUser(QStringLiteral("xgc_cjy"));
        QString id;
        {
            Transaction tx(ws->db());
            RowInserter ins(*ws, students, 2024);
            ins.setReason(QStringLiteral("test"));
            id = ins.add(QStringLiteral("XGC"), values);
            QVERIFY2(ins.flush(&error), qPrintable(error));
            QCOMPARE(ins.inserted(), 1);
            QVERIFY(tx.commit(&error));
        }
        QSqlQuery q(ws->db());
        QVERIFY(SqlUtil::exec(ws->db(), QStringLiteral("SELECT * FROM t_10_1 WHERE \"_id\" = ?"), {id}, &error, &q));
        QVERIFY(q.next());
        QCOMPARE(q.value(QStringLiteral("_round")).toInt(), 2024);
        QCOMPARE(q.value(QStringLiteral("_dept")).toString(), QStringLiteral("XGC"));
        QCOMPARE(q.value(QStringLiteral("_version")).toInt(), 1);
        QCOMPARE(q.value(QStringLiteral("_created_by")).toString(), QStringLiteral("xgc_cjy"));
        QCOMPARE(q.value(QStringLiteral("_deleted")).toInt(), 0);
        for (const Field& f : students.fields) {
            const QVariant back = SqlDialect::fromDatabase(f, q.value(f.key));
            const QVariant expected = given.value(f.key);
            if (!expected.isValid()) {
                QVERIFY2(back.isNull() || !back.isValid(), qPrintable(f.key));
                continue;
            }
            if (f.type == FieldType::Decimal)
                QCOMPARE(back.toDouble(), expected.toDouble());
            else if (f.type == FieldType::Integer || f.type == FieldType::Year)
                QCOMPARE(back.toLongLong(), expected.toLongLong());
            else
                QCOMPARE(back, expected);
        }
        // The insert is in the history, attributed, with its reason.
        QVector<CellVersion> steps;
        QVERIFY2(
            CellHistory(*ws, students).history(id, students.fields.first().key, &steps, &error), qPrintable(error));
        QCOMPARE(steps.size(), 1);
        QCOMPARE(steps.first().login, QStringLiteral("xgc_cjy"));
        QCOMPARE(steps.first().op, QStringLiteral("insert"));
        QCOMPARE(steps.first().reason, QStringLiteral("test"));
        QCOMPARE(SqlUtil::scalar(ws->db(),
                     QStringLiteral("SELECT round FROM cj_journal WHERE table_code = '10-1' AND op = 'insert'"))
                     .toInt(),
            2024);
    }

    void manyRowsAcrossBatches_data() { test::TestLocations::addBackendRows(); }
    void manyRowsAcrossBatches()
    {
        QFETCH(QString, backend);
        QString error;
        auto ws = Workspace::create(m_locations.fresh(backend), test::miniCatalog(), &error);
        QVERIFY(ws);
        const Table& courses = *ws->catalog().table(QStringLiteral("7-2"));
        const int n = 1337; // not a multiple of the batch size
        {
            Transaction tx(ws->db());
            RowInserter ins(*ws, courses, 2024);
            for (int i = 0; i < n; ++i) {
                QVector<QVariant> v(courses.fields.size());
                v[0] = QStringLiteral("K%1").arg(i, 5, 10, QLatin1Char('0'));
                v[1] = QStringLiteral("课程%1").arg(i);
                v[2] = QStringLiteral("B");
                ins.add(QStringLiteral("JWC"), v);
                if (i % 400 == 0)
                    QVERIFY(ins.flush(&error));
            }
            QVERIFY2(ins.flush(&error), qPrintable(error));
            QCOMPARE(ins.inserted(), qint64(n));
            QVERIFY(tx.commit(&error));
        }
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT COUNT(*) FROM t_7_2")).toInt(), n);
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT COUNT(DISTINCT \"_id\") FROM t_7_2")).toInt(), n);
        // One journal entry per flush, counting its rows.
        QSqlQuery j(ws->db());
        QVERIFY(SqlUtil::exec(ws->db(),
            QStringLiteral("SELECT new_value FROM cj_journal WHERE table_code = '7-2' AND op = 'insert'"), {}, &error,
            &j));
        int journaled = 0;
        int entries = 0;
        while (j.next()) {
            journaled += QJsonDocument::fromJson(j.value(0).toString().toUtf8())
                             .object()
                             .value(QStringLiteral("rows"))
                             .toInt();
            ++entries;
        }
        QCOMPARE(journaled, n);
        QCOMPARE(entries, 5);
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT kcdm FROM t_7_2 ORDER BY \"_seq\" DESC LIMIT 1"))
                     .toString(),
            QStringLiteral("K01336"));
    }

    void failedInsertChangesNothing_data() { test::TestLocations::addBackendRows(); }
    void failedInsertChangesNothing()
    {
        QFETCH(QString, backend);
        QString error;
        auto ws = Workspace::create(m_locations.fresh(backend), test::miniCatalog(), &error);
        QVERIFY(ws);
        const Table& courses = *ws->catalog().table(QStringLiteral("7-2"));
        {
            Transaction tx(ws->db());
            RowInserter ins(*ws, courses, 2024);
            ins.setIdSource([] { return QStringLiteral("same-id"); }); // the second row collides
            QVector<QVariant> v(courses.fields.size());
            ins.add(QStringLiteral("JWC"), v);
            ins.add(QStringLiteral("JWC"), v);
            QVERIFY(!ins.flush(&error));
            QVERIFY2(error.contains(QLatin1String("7-2")), qPrintable(error));
        }
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT COUNT(*) FROM t_7_2")).toInt(), 0);
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT COUNT(*) FROM cj_journal")).toInt(), 0);
    }
};

QTEST_GUILESS_MAIN(TestRowInserter)
#include "tst_rowinserter.moc"
