#include "TestWorkspace.h"
#include "core/demo/DemoBuilder.h"
#include "core/storage/SqlUtil.h"
#include "core/value/Checksums.h"

#include <QCryptographicHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTest>

using namespace caiji;

namespace {
qint64 count(Workspace& ws, const QString& sql)
{
    return SqlUtil::scalar(ws.db(), sql).toLongLong();
}

// A digest of a table's content in row order, metadata timestamps left out.
QByteArray digest(Workspace& ws, const QString& table)
{
    QSqlQuery q(ws.db());
    q.exec(QStringLiteral("SELECT * FROM %1 ORDER BY \"_seq\"").arg(table));
    QCryptographicHash h(QCryptographicHash::Sha256);
    while (q.next()) {
        for (int i = 0; i < q.record().count(); ++i) {
            const QString name = q.record().fieldName(i);
            if (name == QLatin1String("_created_at") || name == QLatin1String("_updated_at"))
                continue;
            h.addData(q.value(i).toString().toUtf8());
            h.addData("|");
        }
    }
    return h.result().toHex();
}
} // namespace

class TestDemoBuilder : public QObject
{
    Q_OBJECT

private:
    test::TestLocations m_locations;

    std::unique_ptr<Workspace> build(const QString& location)
    {
        QString error;
        auto ws = Workspace::create(location, test::builtinCatalog(), &error);
        if (!ws)
            qFatal("%s", qPrintable(error));
        DemoBuilder b(*ws, DemoScale::Small);
        if (!b.build(&error))
            qFatal("%s", qPrintable(error));
        return ws;
    }

private slots:
    void smallCollege_data() { test::TestLocations::addBackendRows(); }
    void smallCollege()
    {
        QFETCH(QString, backend);
        auto ws = build(m_locations.fresh(backend));
        Workspace& w = *ws;
        QCOMPARE(count(w, QStringLiteral("SELECT COUNT(*) FROM cj_department WHERE kind = 'office'")), 13);
        QCOMPARE(count(w, QStringLiteral("SELECT COUNT(*) FROM cj_department WHERE kind = 'school'")), 6);
        QCOMPARE(count(w, QStringLiteral("SELECT COUNT(*) FROM t_6_1_1")), 300);
        QCOMPARE(count(w, QStringLiteral("SELECT COUNT(*) FROM t_7_1_1")), 41); // 40 majors and the planted typo row
        const qint64 students = count(w, QStringLiteral("SELECT COUNT(*) FROM t_10_1"));
        QVERIFY2(students >= 5900 && students <= 6100, qPrintable(QString::number(students)));
        const qint64 courses = count(w, QStringLiteral("SELECT COUNT(*) FROM t_7_2"));
        QVERIFY2(courses >= 480 && courses <= 520, qPrintable(QString::number(courses)));
        QCOMPARE(count(w, QStringLiteral("SELECT COUNT(*) FROM t_6_1_2_1")), 2400);
        // Every table assigned; every role has a user.
        for (const Table& t : w.catalog().tables)
            QVERIFY2(count(w,
                         QStringLiteral("SELECT COUNT(*) FROM cj_assignment WHERE round = 2024 AND table_code = '%1'")
                             .arg(t.code))
                    > 0,
                qPrintable(t.code));
        for (const char* role : {"supervisor", "collector", "head", "reviewer", "leader"})
            QVERIFY2(
                count(w, QStringLiteral("SELECT COUNT(*) FROM cj_user_role WHERE role = '%1'").arg(QLatin1String(role)))
                    > 0,
                role);
        // Teaching records are owned by the 院系 of the teacher; staff by 组织人事处.
        QCOMPARE(count(w, QStringLiteral("SELECT COUNT(*) FROM t_6_1_2_1 WHERE \"_dept\" NOT LIKE 'YX%'")), 0);
        QCOMPARE(count(w, QStringLiteral("SELECT COUNT(*) FROM t_6_1_1 WHERE \"_dept\" <> 'ZZRS'")), 0);
        // Some tables are filled, some not started.
        QVERIFY(count(w, QStringLiteral("SELECT COUNT(*) FROM cj_assignment WHERE state = 'filling'")) > 20);
        QVERIFY(count(w, QStringLiteral("SELECT COUNT(*) FROM cj_assignment WHERE state = 'not-started'")) > 20);
        qint64 rows = 0;
        for (const Table& t : w.catalog().tables)
            rows += count(w, QStringLiteral("SELECT COUNT(*) FROM %1").arg(t.sqlName()));
        // The journal counts every row the demo made (an entry per load of a table).
        QSqlQuery j(w.db());
        QVERIFY(j.exec(QStringLiteral("SELECT new_value FROM cj_journal WHERE op = 'insert'")));
        qint64 journaled = 0;
        while (j.next())
            journaled += QJsonDocument::fromJson(j.value(0).toString().toUtf8())
                             .object()
                             .value(QStringLiteral("rows"))
                             .toInteger();
        QCOMPARE(journaled, rows);
    }

    void identityNumbersAreValidExceptThePlantedOne()
    {
        auto ws = build(m_locations.fresh(QStringLiteral("sqlite")));
        const QJsonArray planted
            = QJsonDocument::fromJson(ws->setting(QStringLiteral("demo.deliberate_errors")).toUtf8()).array();
        QVERIFY(planted.size() >= 8);
        QString badStudent;
        QStringList rules;
        for (const QJsonValue& v : planted) {
            rules.append(v.toObject().value(QStringLiteral("rule")).toString());
            if (v.toObject().value(QStringLiteral("rule")).toString() == QLatin1String("idcard"))
                badStudent = v.toObject().value(QStringLiteral("row")).toString();
        }
        for (const char* r : {"idcard", "unique", "reference", "required", "range", "pattern", "yearmonth"})
            QVERIFY2(rules.contains(QLatin1String(r)), r);
        QSqlQuery q(ws->db());
        QVERIFY(q.exec(QStringLiteral("SELECT xh, sfzh FROM t_10_1")));
        int invalid = 0;
        while (q.next()) {
            if (!Checksums::isValidIdCard(q.value(1).toString())) {
                ++invalid;
                QCOMPARE(q.value(0).toString(), badStudent);
            }
        }
        QCOMPARE(invalid, 1);
        QVERIFY(q.exec(QStringLiteral("SELECT sfzh FROM t_6_1_1")));
        while (q.next())
            QVERIFY2(Checksums::isValidIdCard(q.value(0).toString()), qPrintable(q.value(0).toString()));
        // The planted duplicate is the only one.
        QCOMPARE(count(*ws,
                     QStringLiteral("SELECT COUNT(*) FROM (SELECT xh FROM t_10_1 GROUP BY xh HAVING COUNT(*) > 1) d")),
            1);
        // The planted dangling teacher number is the only one.
        QCOMPARE(
            count(*ws, QStringLiteral("SELECT COUNT(*) FROM t_6_1_2_1 WHERE jgh NOT IN (SELECT jgh FROM t_6_1_1)")), 1);
    }

    void deterministic()
    {
        auto a = build(m_locations.fresh(QStringLiteral("sqlite")));
        auto b = build(m_locations.fresh(QStringLiteral("sqlite")));
        for (const char* t : {"t_6_1_1", "t_10_1", "t_6_1_2_1", "t_7_2", "t_1_6"})
            QCOMPARE(digest(*a, QString::fromLatin1(t)), digest(*b, QString::fromLatin1(t)));
    }
};

QTEST_GUILESS_MAIN(TestDemoBuilder)
#include "tst_demobuilder.moc"
