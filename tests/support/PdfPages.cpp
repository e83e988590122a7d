#include "PdfPages.h"

#include "core/documents/ScanReader.h"

#include <QDir>
#include <QHash>
#include <QImage>
#include <QProcess>

namespace caiji::test {

QString pdfText(const QString& pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    p.waitForFinished(60000);
    QString text = QString::fromUtf8(p.readAllStandardOutput()).normalized(QString::NormalizationForm_KC);
    static const QHash<QChar, QChar> supplement = {{u'⻅', u'见'}, {u'⻋', u'车'}, {u'⻓', u'长'}, {u'⻔', u'门'},
        {u'⻚', u'页'}, {u'⻛', u'风'}, {u'⻜', u'飞'}, {u'⻢', u'马'}, {u'⻩', u'黄'}, {u'⻬', u'齐'}, {u'⻮', u'齿'},
        {u'⻰', u'龙'}, {u'⺠', u'民'}};
    for (QChar& c : text)
        c = supplement.value(c, c);
    return text;
}

void renderPage(const QString& pdf, int page, const QString& png, int dpi)
{
    QProcess p;
    p.start(QStringLiteral("pdftoppm"),
        {QStringLiteral("-r"), QString::number(dpi), QStringLiteral("-png"), QStringLiteral("-singlefile"),
            QStringLiteral("-f"), QString::number(page), QStringLiteral("-l"), QString::number(page), pdf, png});
    p.waitForFinished(60000);
}

void shotOfPdf(const QString& pdf, const QString& name, int page)
{
    const QString dir = qEnvironmentVariable("CAIJI_SCREENSHOT_DIR", QDir::tempPath());
    renderPage(pdf, page, QDir(dir).filePath(name), 80);
    qInfo("screenshot: %s.png", qPrintable(QDir(dir).filePath(name)));
}

QByteArray qrOfPage(const QString& pdf, int page, const QString& png)
{
    renderPage(pdf, page, png);
    return ScanReader::readImage(QImage(png + QStringLiteral(".png")));
}

} // namespace caiji::test
