// The zh_CN translation must stay complete: every source string translated, none unfinished
// or obsolete, and the embedded .qm must actually turn the UI Chinese.
#include "core/i18n/Translations.h"
#include "core/workflow/TaskState.h"

#include <QFile>
#include <QTest>
#include <QXmlStreamReader>

class TestTranslations : public QObject
{
    Q_OBJECT

private slots:
    void tsFileIsComplete()
    {
        QFile f(QStringLiteral(CAIJI_SOURCE_DIR "/resources/translations/caiji_zh_CN.ts"));
        QVERIFY(f.open(QIODevice::ReadOnly));
        QXmlStreamReader xml(&f);
        int messages = 0;
        QString context;
        QString source;
        QStringList problems;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement())
                continue;
            if (xml.name() == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (xml.name() == QLatin1String("source")) {
                source = xml.readElementText();
            } else if (xml.name() == QLatin1String("translation")) {
                const QString type = xml.attributes().value(QLatin1String("type")).toString();
                const bool numerus = xml.attributes().value(QLatin1String("numerus")) == QLatin1String("yes");
                const QString text = xml.readElementText(QXmlStreamReader::IncludeChildElements);
                ++messages;
                if (type == QLatin1String("unfinished") || type == QLatin1String("vanished") || type == QLatin1String("obsolete")
                    || (!numerus && text.trimmed().isEmpty()))
                    problems.append(context + QStringLiteral(": ") + source);
            }
        }
        QVERIFY(!xml.hasError());
        QVERIFY2(messages > 150, qPrintable(QString::number(messages)));
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(QLatin1Char('\n'))));
    }

    void chineseIsTheDefault()
    {
        QCOMPARE(caiji::Translations::install(QStringLiteral("zh_CN")), QStringLiteral("zh_CN"));
        QCOMPARE(caiji::taskStateDisplayName(caiji::TaskState::NotStarted), QStringLiteral("未开始"));
        QCOMPARE(caiji::taskStateDisplayName(caiji::TaskState::Filling), QStringLiteral("填报中"));
        // Qt's own dialogs too (the import wizard's buttons, message boxes): Qt's translation
        // comes from the qt6-translations-l10n package.
        QCOMPARE(QCoreApplication::translate("QWizard", "&Finish"), QStringLiteral("完成(&F)"));
        QCOMPARE(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("取消"));
    }
};

QTEST_GUILESS_MAIN(TestTranslations)
#include "tst_translations.moc"
