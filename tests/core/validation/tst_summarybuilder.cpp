#undef QT_NO_CAST_FROM_ASCII
#include "TestWorkspace.h"
#include "core/storage/Directory.h"
#include "core/storage/RowInserter.h"
#include "core/storage/SqlUtil.h"
#include "core/validation/SummaryBuilder.h"
#include "core/validation/Validator.h"
#include "core/write/WriteGateway.h"

#include <QJsonDocument>
#include <QSqlQuery>
#include <QTest>

using namespace caiji;

class TestSummaryBuilder : public QObject
{
    Q_OBJECT

private:
    test::TestLocations m_locations;

    void add(Workspace& ws, const QString& code, const QHash<QString, QVariant>& values)
    {
        const Table& t = *ws.catalog().table(code);
        QVector<QVariant> row(t.fields.size());
        for (auto it = values.constBegin(); it != values.constEnd(); ++it)
            row[t.fieldIndex(it.key())] = it.value();
        RowInserter ins(ws, t, 2024);
        ins.add(QStringLiteral("YX01"), row);
        QString error;
        QVERIFY(ins.flush(&error));
    }

    qint64 scalar(Workspace& ws, const QString& sql) { return SqlUtil::scalar(ws.db(), sql).toLongLong(); }

private slots:
    void computesAndFollowsTheDetails_data() { test::TestLocations::addBackendRows(); }
    void computesAndFollowsTheDetails()
    {
        QFETCH(QString, backend);
        QString error;
        auto ws = Workspace::create(m_locations.fresh(backend), test::summaryCatalog(), &error);
        QVERIFY(ws);
        for (const Department& d : Directory::seedOffices())
            QVERIFY(Directory(*ws).addDepartment(d, &error));
        add(*ws, QStringLiteral("6-1-1"),
            {{QStringLiteral("jgh"), QStringLiteral("0001")}, {QStringLiteral("xm"), QStringLiteral("张三")}});
        add(*ws, QStringLiteral("6-1-1"),
            {{QStringLiteral("jgh"), QStringLiteral("0002")}, {QStringLiteral("xm"), QStringLiteral("李四")}});
        for (const auto& [jgh, kc, h] : std::initializer_list<std::tuple<const char*, const char*, int>> {
                 {"0001", "K1", 48}, {"0001", "K2", 32}, {"0001", "K2", 16}, {"0002", "K1", 64}, {"0404", "K1", 8}}) {
            add(*ws, QStringLiteral("6-1-2-1"),
                {{QStringLiteral("jgh"), QString::fromLatin1(jgh)}, {QStringLiteral("kcdm"), QString::fromLatin1(kc)},
                    {QStringLiteral("jxgzl"), qint64(h)}});
        }
        const auto gateway = test::ownerGateway(*ws);
        SummaryBuilder builder(*gateway, 2024);
        QCOMPARE(builder.dependents(QStringLiteral("6-1-2-1")), QStringList {QStringLiteral("6-1-2-2")});
        int changed = 0;
        QVERIFY2(builder.rebuild(QStringLiteral("6-1-2-2"), &changed, &error), qPrintable(error));
        QCOMPARE(changed, 2); // 0404 is not a teacher: no summary row for it
        QCOMPARE(
            scalar(*ws, QStringLiteral("SELECT jxgzl FROM t_6_1_2_2 WHERE jgh = '0001' AND \"_deleted\" = 0")), 96);
        QCOMPARE(scalar(*ws, QStringLiteral("SELECT kcms FROM t_6_1_2_2 WHERE jgh = '0001' AND \"_deleted\" = 0")), 2);
        QCOMPARE(SqlUtil::scalar(ws->db(), QStringLiteral("SELECT xm FROM t_6_1_2_2 WHERE jgh = '0002'")).toString(),
            QStringLiteral("李四"));
        QCOMPARE(
            SqlUtil::scalar(ws->db(), QStringLiteral("SELECT \"_dept\" FROM t_6_1_2_2 WHERE jgh = '0002'")).toString(),
            QStringLiteral("JWC"));
        // Rebuilding unchanged details changes nothing.
        QVERIFY(builder.rebuild(QStringLiteral("6-1-2-2"), &changed, &error));
        QCOMPARE(changed, 0);
        // A detail moves to another teacher: one summary row changes, one disappears.
        QVERIFY(
            SqlUtil::exec(ws->db(), QStringLiteral("UPDATE t_6_1_2_1 SET jgh = '0001' WHERE jgh = '0002'"), &error));
        QVERIFY(builder.rebuild(QStringLiteral("6-1-2-2"), &changed, &error));
        QCOMPARE(changed, 2);
        QCOMPARE(
            scalar(*ws, QStringLiteral("SELECT jxgzl FROM t_6_1_2_2 WHERE jgh = '0001' AND \"_deleted\" = 0")), 160);
        QCOMPARE(scalar(*ws, QStringLiteral("SELECT COUNT(*) FROM t_6_1_2_2 WHERE \"_deleted\" = 0")), 1);
        QVERIFY(
            scalar(*ws,
                QStringLiteral("SELECT COUNT(*) FROM cj_journal WHERE table_code = '6-1-2-2' AND reason = 'computed'"))
            >= 3);
        // And validation agrees with the computed table; only the wrong 教工号 is reported.
        QVector<Finding> findings;
        Validator v(*ws, 2024);
        QVERIFY(v.run(&findings, &error));
        for (const Finding& f : findings)
            QVERIFY2(f.table != QLatin1String("6-1-2-2"), qPrintable(f.message));
        // A table without aggregate or total rules cannot be computed.
        QVERIFY(!builder.rebuild(QStringLiteral("10-2-2"), &changed, &error));
        QVERIFY(error.contains(QLatin1String("10-2-2")));
    }
};

QTEST_GUILESS_MAIN(TestSummaryBuilder)
#include "tst_summarybuilder.moc"
