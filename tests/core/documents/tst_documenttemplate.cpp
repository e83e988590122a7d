// Test data below is written as plain string literals for readability.
#undef QT_NO_CAST_FROM_ASCII
#include "core/documents/DocumentTemplate.h"

#include <QTest>

using namespace caiji;

// The printouts' templates: values escaped, HTML where asked, lists repeated, empty parts left
// out; a broken template refused on the line of its first problem, before anything is printed.
class TestDocumentTemplate : public QObject
{
    Q_OBJECT

    static TemplateSchema schema()
    {
        TemplateSchema s;
        s.values = {"college", "department", "qr", "draft"};
        s.lists.insert("tables", {"code", "name", "rows"});
        return s;
    }

private slots:
    void renders()
    {
        DocumentTemplate t;
        QString error;
        QVERIFY2(t.parse("<h1>{{college}}</h1>{{! a note for whoever edits this }}\n"
                         "{{#draft}}<p>草稿 仅供核对</p>{{/draft}}{{^draft}}<p>正式</p>{{/draft}}\n"
                         "<table>{{#tables}}<tr><td>{{code}}</td><td>{{name}}</td><td>{{rows}}</td>"
                         "<td>{{department}}</td></tr>{{/tables}}</table>{{^tables}}无{{/tables}}{{&qr}}",
                     schema(), &error),
            qPrintable(error));
        QVariantList tables;
        tables.append(QVariantHash {{"code", "6-1-1"}, {"name", "校内专任教师<基本>情况"}, {"rows", 300}});
        tables.append(QVariantHash {{"code", "7-2"}, {"name", "课程设置"}, {"rows", 12}});
        const QString html = t.render({{"college", "某某职业技术学院 & 分院"}, {"department", "教务处"},
            {"qr", "<img src=\"data:x\"/>"}, {"draft", true}, {"tables", tables}});
        QCOMPARE(html,
            QString("<h1>某某职业技术学院 &amp; 分院</h1>\n<p>草稿 仅供核对</p>\n<table>"
                    "<tr><td>6-1-1</td><td>校内专任教师&lt;基本&gt;情况</td><td>300</td><td>教务处</td></tr>"
                    "<tr><td>7-2</td><td>课程设置</td><td>12</td><td>教务处</td></tr></table>"
                    "<img src=\"data:x\"/>"));
        // Not a draft, no tables.
        QCOMPARE(t.render({{"college", "学院"}, {"draft", false}}),
            QString("<h1>学院</h1>\n<p>正式</p>\n<table></table>无"));
    }

    void brokenTemplatesNameTheLine_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("where");
        QTest::addColumn<QString>("what");
        QTest::newRow("unknown") << "<p>\n{{college}}\n{{principal}}</p>"
                                 << "3"
                                 << "principal";
        QTest::newRow("item outside its list") << "{{code}}"
                                               << "1"
                                               << "code";
        QTest::newRow("never closed") << "a\n{{#tables}}\n{{code}}"
                                      << "2"
                                      << "tables";
        QTest::newRow("closes another") << "{{#tables}}\n{{#draft}}\n{{/tables}}"
                                        << "3"
                                        << "draft";
        QTest::newRow("closes nothing") << "\n\n{{/tables}}"
                                        << "3"
                                        << "tables";
        QTest::newRow("tag not ended") << "x\n{{college"
                                       << "2"
                                       << "}}";
        QTest::newRow("empty tag") << "{{ }}"
                                   << "1"
                                   << "{{ }}";
        QTest::newRow("after a long comment") << "{{! one\ntwo\nthree }}\n{{nosuch}}"
                                              << "4"
                                              << "nosuch";
        QTest::newRow("tag over two lines") << "{{college\n}}"
                                            << "1"
                                            << "college";
        // Found by fuzzing: lists nested in themselves, each level multiplying the work.
        QTest::newRow("a list inside itself") << "{{#tables}}<tr>\n{{#draft}}\n{{#tables}}{{code}}{{/tables}}"
                                                 "{{/draft}}{{/tables}}"
                                              << "3"
                                              << "line 1";
    }
    void brokenTemplatesNameTheLine()
    {
        QFETCH(QString, text);
        QFETCH(QString, where);
        QFETCH(QString, what);
        DocumentTemplate t;
        QVERIFY(t.parse("{{college}}", schema(), nullptr));
        QString error;
        QVERIFY(!t.parse(text, schema(), &error));
        QVERIFY2(error.contains(where) && error.contains(what), qPrintable(error));
        QVERIFY(t.render({{"college", "x"}}).isEmpty()); // a refused template leaves nothing to print
    }
};

QTEST_GUILESS_MAIN(TestDocumentTemplate)
#include "tst_documenttemplate.moc"
