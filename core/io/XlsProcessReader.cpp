#include "XlsProcessReader.h"

#include "XlsReader.h"

#include <QDataStream>
#include <QDir>
#include <QFileInfo>
#include <QLocale>
#include <QProcess>

#include <atomic>

namespace caiji {

namespace {
constexpr quint32 kMagic = 0x434a584c; // "CJXL"
constexpr quint32 kVersion = 1;
constexpr qint32 kSheetEnd = -1;
std::atomic_int g_timeoutMs {120000};
} // namespace

int XlsProcessReader::timeout()
{
    return g_timeoutMs.load();
}

void XlsProcessReader::setTimeout(int milliseconds)
{
    g_timeoutMs.store(milliseconds);
}

QString XlsProcessReader::helperPath()
{
    const QString set = qEnvironmentVariable("CAIJI_XLS_HELPER");
    if (!set.isEmpty())
        return set;
#ifdef Q_OS_WIN
    const QString name = QStringLiteral("caiji-xls.exe");
#else
    const QString name = QStringLiteral("caiji-xls");
#endif
    const QString beside = QDir(QCoreApplication::applicationDirPath()).filePath(name);
    return QFileInfo(beside).isExecutable() ? beside : QString();
}

int XlsProcessReader::serve(const QString& path, QIODevice* out)
{
    QDataStream s(out);
    s.setVersion(QDataStream::Qt_6_4);
    XlsReader reader;
    QString error;
    const bool ok = reader.open(path, &error);
    s << kMagic << kVersion << ok << error;
    if (!ok)
        return 1;
    const QVector<SheetInfo> sheets = reader.sheets();
    s << static_cast<qint32>(sheets.size());
    for (int i = 0; i < sheets.size(); ++i) {
        s << sheets[i].name << sheets[i].hidden;
        QString failure;
        const bool read = reader.readSheet(
            i,
            [&s](int number, const QStringList& cells) {
                s << static_cast<qint32>(number) << cells;
                return true;
            },
            &failure);
        s << kSheetEnd << read << failure;
    }
    return s.status() == QDataStream::Ok ? 0 : 1;
}

bool XlsProcessReader::open(const QString& path, QString* error)
{
    m_name = QFileInfo(path).fileName();
    m_sheets.clear();
    auto failed = [error](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    if (!QFileInfo::exists(path))
        return failed(XlsReader::tr("Cannot read %1: the file does not exist.").arg(path));
    const QString unreadable
        = XlsReader::tr("%1 is not a readable Excel 97-2003 workbook (.xls); it may be damaged.").arg(m_name);
    QProcess helper;
    helper.setProgram(helperPath());
    // The helper answers in the language this program speaks.
    const QString language = QLocale().language() == QLocale::Chinese ? QStringLiteral("zh_CN") : QStringLiteral("en");
    helper.setArguments({path, language});
    helper.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    helper.start(QIODevice::ReadOnly);
    if (!helper.waitForStarted())
        return failed(tr("%1 cannot be read: the helper program caiji-xls did not start (%2).")
                          .arg(m_name, helper.errorString()));
    if (!helper.waitForFinished(timeout())) {
        helper.kill();
        helper.waitForFinished();
        return failed(tr("%1 took longer than %2 seconds to read and was given up; it may be damaged.")
                          .arg(m_name)
                          .arg(qMax(1, timeout() / 1000)));
    }
    // A file that made the reader crash is a damaged file to the person importing it.
    const QByteArray answer = helper.readAllStandardOutput();
    QDataStream s(answer);
    s.setVersion(QDataStream::Qt_6_4);
    quint32 magic = 0;
    quint32 version = 0;
    bool ok = false;
    QString why;
    s >> magic >> version >> ok >> why;
    if (helper.exitStatus() != QProcess::NormalExit || s.status() != QDataStream::Ok || magic != kMagic
        || version != kVersion)
        return failed(unreadable);
    if (!ok)
        return failed(why);
    qint32 count = 0;
    s >> count;
    for (qint32 i = 0; i < count && s.status() == QDataStream::Ok; ++i) {
        Sheet sheet;
        s >> sheet.info.name >> sheet.info.hidden;
        qint32 number = 0;
        while (s.status() == QDataStream::Ok) {
            s >> number;
            if (number == kSheetEnd)
                break;
            QStringList cells;
            s >> cells;
            sheet.rowNumbers.append(number);
            sheet.rows.append(cells);
        }
        bool read = false;
        s >> read >> sheet.error;
        if (read)
            sheet.error.clear();
        else if (sheet.error.isEmpty())
            sheet.error = unreadable;
        m_sheets.append(sheet);
    }
    if (s.status() != QDataStream::Ok || helper.exitCode() != 0)
        return failed(unreadable);
    return true;
}

QVector<SheetInfo> XlsProcessReader::sheets() const
{
    QVector<SheetInfo> out;
    for (const Sheet& s : m_sheets)
        out.append(s.info);
    return out;
}

bool XlsProcessReader::readSheet(int index, const std::function<bool(int, const QStringList&)>& row, QString* error)
{
    if (index < 0 || index >= m_sheets.size()) {
        if (error)
            *error = XlsReader::tr("%1 has no sheet number %2.").arg(m_name).arg(index + 1);
        return false;
    }
    const Sheet& sheet = m_sheets[index];
    if (!sheet.error.isEmpty()) {
        if (error)
            *error = sheet.error;
        return false;
    }
    for (int i = 0; i < sheet.rows.size(); ++i) {
        if (!row(sheet.rowNumbers[i], sheet.rows[i]))
            return true;
    }
    return true;
}

} // namespace caiji
