// The shipped catalog: the national V2.16 structure plus the college's additions from the seed
// policy, every table with its responsible department.
#include "TestWorkspace.h"

#include <QSet>
#include <QTest>

using namespace caiji;

class TestBuiltinCatalog : public QObject
{
    Q_OBJECT

private:
    Catalog m_cat;

private slots:
    void initTestCase() { m_cat = test::builtinCatalog(); }

    void hasNationalTables_data()
    {
        QTest::addColumn<QString>("code");
        for (const char* c : {"1-1", "1-2", "1-3-1", "1-3-2", "1-6", "2", "3-1", "3-2", "3-3", "3-4", "3-5", "3-6",
                              "4-1-1", "4-1-2", "4-2-1", "4-2-2", "4-3", "5-1", "5-2", "6-1-1", "6-1-2-1", "6-1-2-2",
                              "6-1-3", "6-2-1", "6-3-1", "6-4-1", "7-1-1", "7-1-2", "7-1-3", "7-2", "7-3-1", "7-3-2",
                              "7-4", "7-5", "7-6-1", "7-6-2", "7-6-3", "8-1", "8-2", "8-3", "8-4", "8-5", "8-6", "8-7",
                              "8-8", "8-9", "9-1", "9-2", "9-3", "9-4", "9-5", "9-6-1", "9-6-2", "9-6-3", "10-1",
                              "10-2-1", "10-2-2", "10-3", "10-4", "10-5", "11-1", "11-2", "11-3", "11-4", "12-1",
                              "12-2"})
            QTest::newRow(c) << QString::fromLatin1(c);
    }
    void hasNationalTables()
    {
        QFETCH(QString, code);
        const Table* t = m_cat.table(code);
        QVERIFY2(t, qPrintable(code));
        QVERIFY(!t->addition);
        QVERIFY(t->national.has_value());
        QVERIFY(!t->fields.isEmpty());
        QVERIFY2(Catalog::departmentNames().contains(t->department), qPrintable(t->department));
    }

    void nationalOrderIsUniqueAndComplete()
    {
        QSet<int> orders;
        int national = 0;
        for (const Table& t : m_cat.tables) {
            if (!t.national)
                continue;
            ++national;
            QVERIFY2(!orders.contains(t.national->order), qPrintable(t.code));
            orders.insert(t.national->order);
        }
        QVERIFY(national >= 60);
        for (int i = 1; i <= national; ++i)
            QVERIFY(orders.contains(i));
    }

    void hasCollegeAdditions_data()
    {
        QTest::addColumn<QString>("name");
        for (const char* n : {"世赛基地", "数字化资源", "中外合作办学", "高水平团队", "教师培训", "教师企业实践",
                              "教材建设", "教师科研成果", "论文", "教科研平台", "职教活动周", "学校获奖", "宣传",
                              "职业技能等级证书", "社会培训", "学徒制", "班主任", "育人活动", "专题教育", "固定资产"})
            QTest::newRow(n) << QString::fromUtf8(n);
    }
    void hasCollegeAdditions()
    {
        QFETCH(QString, name);
        bool found = false;
        for (const Table& t : m_cat.tables)
            found = found || (t.addition && t.name.contains(name) && t.code.startsWith(QLatin1String("X-")));
        QVERIFY2(found, qPrintable(name));
    }

    void sourceTablesAndOwners_data()
    {
        QTest::addColumn<QString>("code");
        QTest::addColumn<QString>("department");
        QTest::addColumn<QString>("key");
        QTest::newRow("专业") << "7-1-1" << QStringLiteral("教务处") << "zydm";
        QTest::newRow("课程") << "7-2" << QStringLiteral("教务处") << "kcdm";
        QTest::newRow("教工") << "6-1-1" << QStringLiteral("组织人事处") << "jgh";
        QTest::newRow("学生") << "10-1" << QStringLiteral("学工处") << "xh";
    }
    void sourceTablesAndOwners()
    {
        QFETCH(QString, code);
        QFETCH(QString, department);
        QFETCH(QString, key);
        const Table* t = m_cat.table(code);
        QVERIFY(t);
        QCOMPARE(t->kind, TableKind::Source);
        QCOMPARE(t->department, department);
        QVERIFY(t->keys.contains(key));
    }

    void everyDepartmentHasTables()
    {
        for (const QString& d : Catalog::departmentNames()) {
            int n = 0;
            for (const Table& t : m_cat.tables)
                n += (t.department == d || t.alsoDepartments.contains(d)) ? 1 : 0;
            QVERIFY2(n > 0, qPrintable(d));
        }
    }

    void schoolsFillWhatTheSeedSays()
    {
        for (const char* code : {"7-2", "6-1-2-1"})
            QVERIFY2(m_cat.table(QString::fromLatin1(code))->alsoDepartments.contains(Catalog::allSchoolsName()), code);
    }

    void summaryTablesAreComputed()
    {
        for (const char* code : {"6-1-2-2", "10-2-2"}) {
            const Table* t = m_cat.table(QString::fromLatin1(code));
            QCOMPARE(t->kind, TableKind::Summary);
            QVERIFY(t->isReadOnlyKind());
        }
    }

    void codeLists()
    {
        const CodeList* mz = m_cat.codeList(QStringLiteral("mz"));
        QVERIFY(mz);
        QVERIFY(mz->items.size() >= 56);
        QCOMPARE(mz->labelOf(QStringLiteral("01")), QStringLiteral("汉族"));
        QVERIFY(mz->codeFor(QStringLiteral("满族")).has_value());
        const CodeList* zydl = m_cat.codeList(QStringLiteral("zydl"));
        QVERIFY(zydl);
        QCOMPARE(zydl->items.size(), 19);
        QCOMPARE(zydl->labelOf(QStringLiteral("51")), QStringLiteral("电子与信息大类"));
        for (const char* id : {"xb", "xl", "xw", "zcdj", "zyzgdj", "jslx", "kclx", "jb"})
            QVERIFY2(m_cat.codeList(QString::fromLatin1(id)), id);
    }

    void everyFieldHasHelp()
    {
        int fields = 0;
        for (const Table& t : m_cat.tables) {
            QVERIFY2(!t.help.isEmpty(), qPrintable(t.code));
            for (const Field& f : t.fields) {
                QVERIFY2(!f.help.isEmpty(), qPrintable(t.code + QLatin1Char('.') + f.key));
                ++fields;
            }
        }
        QVERIFY(fields > 500);
    }
};

QTEST_GUILESS_MAIN(TestBuiltinCatalog)
#include "tst_builtincatalog.moc"
