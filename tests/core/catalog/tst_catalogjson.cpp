#include "TestWorkspace.h"
#include "core/catalog/CatalogJson.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <functional>

using namespace caiji;

namespace {
QJsonObject miniJson()
{
    QFile f(QStringLiteral(CAIJI_TEST_DATA_DIR "/mini-catalog.json"));
    if (!f.open(QIODevice::ReadOnly))
        qFatal("cannot read mini catalog");
    return QJsonDocument::fromJson(f.readAll()).object();
}

// Applies an edit to the field `key` of table `code` in a JSON catalog.
QJsonObject editField(QJsonObject root, const QString& code, const QString& key,
                      const std::function<void(QJsonObject&)>& edit)
{
    QJsonArray tables = root.value(QStringLiteral("tables")).toArray();
    for (int i = 0; i < tables.size(); ++i) {
        QJsonObject t = tables[i].toObject();
        if (t.value(QStringLiteral("code")).toString() != code)
            continue;
        QJsonArray fields = t.value(QStringLiteral("fields")).toArray();
        for (int j = 0; j < fields.size(); ++j) {
            QJsonObject f = fields[j].toObject();
            if (f.value(QStringLiteral("key")).toString() == key) {
                edit(f);
                fields[j] = f;
            }
        }
        t.insert(QStringLiteral("fields"), fields);
        tables[i] = t;
    }
    root.insert(QStringLiteral("tables"), tables);
    return root;
}

QJsonObject editTable(QJsonObject root, const QString& code, const std::function<void(QJsonObject&)>& edit)
{
    QJsonArray tables = root.value(QStringLiteral("tables")).toArray();
    for (int i = 0; i < tables.size(); ++i) {
        QJsonObject t = tables[i].toObject();
        if (t.value(QStringLiteral("code")).toString() == code) {
            edit(t);
            tables[i] = t;
        }
    }
    root.insert(QStringLiteral("tables"), tables);
    return root;
}
} // namespace

class TestCatalogJson : public QObject
{
    Q_OBJECT

private slots:
    void parsesMiniCatalog()
    {
        Catalog c;
        QString error;
        QVERIFY2(CatalogJson::parse(QJsonDocument(miniJson()).toJson(), QStringLiteral("mini.json"), &c, &error),
                 qPrintable(error));
        QCOMPARE(c.id, QStringLiteral("mini-test"));
        const Table* staff = c.table(QStringLiteral("6-1-1"));
        QVERIFY(staff);
        QCOMPARE(staff->kind, TableKind::Source);
        QCOMPARE(staff->keys, QStringList{QStringLiteral("jgh")});
        const Field* sszy = staff->field(QStringLiteral("sszy"));
        QVERIFY(sszy);
        QCOMPARE(sszy->type, FieldType::Reference);
        QCOMPARE(sszy->refTable, QStringLiteral("7-1-1"));
        QCOMPARE(sszy->refField, QStringLiteral("zydm"));
        QCOMPARE(staff->field(QStringLiteral("qysj_bxn"))->max.value_or(-1), 365.0);
        QCOMPARE(staff->sqlName(), QStringLiteral("t_6_1_1"));
        QCOMPARE(c.codeList(QStringLiteral("xb"))->labelOf(QStringLiteral("2")), QStringLiteral("女"));
        QCOMPARE(c.codeList(QStringLiteral("xb"))->codeFor(QStringLiteral("男")).value_or(QString()), QStringLiteral("1"));
    }

    void roundTripKeepsEverything()
    {
        const Catalog a = test::miniCatalog();
        Catalog b;
        QString error;
        QVERIFY2(CatalogJson::parse(CatalogJson::serialize(a), QStringLiteral("roundtrip"), &b, &error), qPrintable(error));
        QCOMPARE(CatalogJson::serialize(b), CatalogJson::serialize(a));
        QCOMPARE(b.tables.size(), a.tables.size());
        QCOMPARE(b.table(QStringLiteral("7-2"))->alsoDepartments, QStringList{QStringLiteral("各院系")});
        QVERIFY(b.table(QStringLiteral("X-01"))->addition);
    }

    void saveAndLoadFile()
    {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("c.json"));
        QString error;
        QVERIFY(CatalogJson::save(test::miniCatalog(), path, &error));
        Catalog c;
        QVERIFY2(CatalogJson::load(path, &c, &error), qPrintable(error));
        QCOMPARE(c.tables.size(), test::miniCatalog().tables.size());
        QVERIFY(!CatalogJson::load(dir.filePath(QStringLiteral("missing.json")), &c, &error));
        QVERIFY(error.contains(QLatin1String("missing.json")));
    }

    void rejectsBrokenCatalog_data()
    {
        QTest::addColumn<QByteArray>("json");
        QTest::addColumn<QStringList>("mustMention");
        const QJsonObject base = miniJson();
        auto doc = [](const QJsonObject& o) { return QJsonDocument(o).toJson(); };
        QTest::newRow("not json") << QByteArray("{\n  \"format\": \"caiji-catalog/1\",\n  oops\n}")
                                  << QStringList{QStringLiteral("broken.json"), QStringLiteral("3")};
        QJsonObject wrongFormat = base;
        wrongFormat.insert(QStringLiteral("format"), QStringLiteral("other/2"));
        QTest::newRow("wrong format") << doc(wrongFormat) << QStringList{QStringLiteral("caiji-catalog/1")};
        QTest::newRow("unknown type")
            << doc(editField(base, QStringLiteral("6-1-1"), QStringLiteral("xb"),
                             [](QJsonObject& f) { f.insert(QStringLiteral("type"), QStringLiteral("sex")); }))
            << QStringList{QStringLiteral("6-1-1"), QStringLiteral("xb"), QStringLiteral("sex")};
        QTest::newRow("missing code list")
            << doc(editField(base, QStringLiteral("10-1"), QStringLiteral("mz"),
                             [](QJsonObject& f) { f.insert(QStringLiteral("codeList"), QStringLiteral("nation")); }))
            << QStringList{QStringLiteral("10-1"), QStringLiteral("mz"), QStringLiteral("nation")};
        QTest::newRow("reference to missing table")
            << doc(editField(base, QStringLiteral("6-1-2-1"), QStringLiteral("kcdm"),
                             [](QJsonObject& f) { f.insert(QStringLiteral("ref"), QStringLiteral("7-9.kcdm")); }))
            << QStringList{QStringLiteral("6-1-2-1"), QStringLiteral("kcdm"), QStringLiteral("7-9")};
        QTest::newRow("reference to missing field")
            << doc(editField(base, QStringLiteral("6-1-2-1"), QStringLiteral("jgh"),
                             [](QJsonObject& f) { f.insert(QStringLiteral("ref"), QStringLiteral("6-1-1.gh")); }))
            << QStringList{QStringLiteral("6-1-2-1"), QStringLiteral("jgh"), QStringLiteral("gh")};
        QTest::newRow("reference to non-source table")
            << doc(editField(base, QStringLiteral("6-1-1"), QStringLiteral("sszy"),
                             [](QJsonObject& f) { f.insert(QStringLiteral("ref"), QStringLiteral("6-1-2-1.jgh")); }))
            << QStringList{QStringLiteral("6-1-1"), QStringLiteral("sszy"), QStringLiteral("6-1-2-1")};
        QTest::newRow("bad key")
            << doc(editField(base, QStringLiteral("7-2"), QStringLiteral("xf"),
                             [](QJsonObject& f) { f.insert(QStringLiteral("key"), QStringLiteral("学分")); }))
            << QStringList{QStringLiteral("7-2"), QStringLiteral("学分")};
        QTest::newRow("duplicate key")
            << doc(editField(base, QStringLiteral("7-2"), QStringLiteral("xf"),
                             [](QJsonObject& f) { f.insert(QStringLiteral("key"), QStringLiteral("kcmc")); }))
            << QStringList{QStringLiteral("7-2"), QStringLiteral("kcmc")};
        QTest::newRow("bad pattern")
            << doc(editField(base, QStringLiteral("10-1"), QStringLiteral("xh"),
                             [](QJsonObject& f) { f.insert(QStringLiteral("pattern"), QStringLiteral("[0-9")); }))
            << QStringList{QStringLiteral("10-1"), QStringLiteral("xh")};
        QTest::newRow("min above max")
            << doc(editField(base, QStringLiteral("7-1-1"), QStringLiteral("xz"), [](QJsonObject& f) {
                   f.insert(QStringLiteral("min"), 6);
               }))
            << QStringList{QStringLiteral("7-1-1"), QStringLiteral("xz")};
        QTest::newRow("code field without list")
            << doc(editField(base, QStringLiteral("6-1-1"), QStringLiteral("xl"),
                             [](QJsonObject& f) { f.remove(QStringLiteral("codeList")); }))
            << QStringList{QStringLiteral("6-1-1"), QStringLiteral("xl")};
        QTest::newRow("unknown department")
            << doc(editTable(base, QStringLiteral("7-2"),
                             [](QJsonObject& t) { t.insert(QStringLiteral("department"), QStringLiteral("宣传部")); }))
            << QStringList{QStringLiteral("7-2"), QStringLiteral("宣传部")};
        QTest::newRow("unknown kind")
            << doc(editTable(base, QStringLiteral("7-2"),
                             [](QJsonObject& t) { t.insert(QStringLiteral("kind"), QStringLiteral("list")); }))
            << QStringList{QStringLiteral("7-2"), QStringLiteral("list")};
        QTest::newRow("no fields")
            << doc(editTable(base, QStringLiteral("X-01"),
                             [](QJsonObject& t) { t.insert(QStringLiteral("fields"), QJsonArray()); }))
            << QStringList{QStringLiteral("X-01")};
        QTest::newRow("key not a field")
            << doc(editTable(base, QStringLiteral("10-1"), [](QJsonObject& t) {
                   t.insert(QStringLiteral("keys"), QJsonArray{QStringLiteral("xuehao")});
               }))
            << QStringList{QStringLiteral("10-1"), QStringLiteral("xuehao")};
        QTest::newRow("duplicate table")
            << doc(editTable(base, QStringLiteral("X-01"),
                             [](QJsonObject& t) { t.insert(QStringLiteral("code"), QStringLiteral("7-2")); }))
            << QStringList{QStringLiteral("7-2")};
    }

    void rejectsBrokenCatalog()
    {
        QFETCH(QByteArray, json);
        QFETCH(QStringList, mustMention);
        Catalog c;
        c.id = QStringLiteral("untouched");
        QString error;
        QVERIFY(!CatalogJson::parse(json, QStringLiteral("broken.json"), &c, &error));
        QCOMPARE(c.id, QStringLiteral("untouched"));
        QVERIFY2(error.contains(QLatin1String("broken.json")), qPrintable(error));
        for (const QString& s : mustMention)
            QVERIFY2(error.contains(s), qPrintable(QStringLiteral("'%1' not in: %2").arg(s, error)));
    }
};

QTEST_GUILESS_MAIN(TestCatalogJson)
#include "tst_catalogjson.moc"
