#include "CsvReader.h"

#include <QFile>
#include <QFileInfo>
#include <QStringDecoder>

namespace caiji {

bool CsvReader::open(const QString& path, QString* error)
{
    QFile f(path);
    m_name = QFileInfo(path).fileName();
    if (!f.open(QIODevice::ReadOnly)) {
        if (error)
            *error = tr("Cannot read %1: %2").arg(path, f.errorString());
        return false;
    }
    constexpr qint64 kMaxBytes = 512LL * 1024 * 1024;
    if (f.size() > kMaxBytes) {
        if (error)
            *error = tr("%1 is too large (%2 MB).").arg(m_name).arg(f.size() / 1048576);
        return false;
    }
    QByteArray bytes = f.readAll();
    if (bytes.startsWith("PK") || bytes.startsWith("\xD0\xCF\x11\xE0")) {
        if (error)
            *error = tr("%1 is an Excel workbook, not a text (csv) file.").arg(m_name);
        return false;
    }
    if (bytes.contains('\0')) {
        if (error)
            *error = tr("%1 is not a text file (it contains binary data).").arg(m_name);
        return false;
    }
    if (bytes.startsWith("\xEF\xBB\xBF")) {
        bytes.remove(0, 3);
        m_encoding = QStringLiteral("UTF-8");
    }
    QStringDecoder utf8(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    m_text = utf8.decode(bytes);
    if (utf8.hasError()) {
        // Not UTF-8: Excel and WPS on Chinese Windows save csv in GB18030 (GBK).
        QStringDecoder gb("GB18030");
        if (!gb.isValid()) {
            if (error)
                *error = tr("%1 is not UTF-8 and GB18030 is not available to read it.").arg(m_name);
            return false;
        }
        m_text = gb.decode(bytes);
        m_encoding = QStringLiteral("GB18030");
    } else if (m_encoding.isEmpty()) {
        m_encoding = QStringLiteral("UTF-8");
    }
    // The delimiter that splits the first lines most evenly into more than one column.
    const QStringList lines = m_text.left(20000).split(QLatin1Char('\n'), Qt::SkipEmptyParts).mid(0, 10);
    int best = 0;
    for (QChar d : {QLatin1Char(','), QLatin1Char('\t'), QLatin1Char(';'), QLatin1Char('|')}) {
        int count = -1;
        bool even = true;
        for (const QString& l : lines) {
            const int n = static_cast<int>(l.count(d));
            if (count < 0)
                count = n;
            else if (n != count)
                even = false;
        }
        const int score = count > 0 ? count * (even ? 2 : 1) : 0;
        if (score > best) {
            best = score;
            m_delimiter = d;
        }
    }
    return true;
}

QVector<SheetInfo> CsvReader::sheets() const
{
    return {{m_name, false}};
}

bool CsvReader::readSheet(int index, const std::function<bool(int, const QStringList&)>& row, QString* error)
{
    if (index != 0) {
        if (error)
            *error = tr("%1 has only one sheet.").arg(m_name);
        return false;
    }
    QStringList cells;
    QString cell;
    bool quoted = false;
    bool started = false;
    int line = 1;
    int rowLine = 1;
    auto endRow = [&]() {
        cells.append(cell);
        cell.clear();
        bool empty = true;
        for (const QString& c : cells)
            empty = empty && c.trimmed().isEmpty();
        const bool go = empty || row(rowLine, cells);
        cells.clear();
        started = false;
        rowLine = line;
        return go;
    };
    const int n = static_cast<int>(m_text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = m_text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && m_text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cell.isEmpty()) {
            quoted = true;
            started = true;
        } else if (c == m_delimiter) {
            cells.append(cell);
            cell.clear();
            started = true;
        } else if (c == QLatin1Char('\r')) {
            continue;
        } else if (c == QLatin1Char('\n')) {
            ++line;
            if (!endRow())
                return true;
        } else {
            cell += c;
            started = true;
        }
    }
    if (quoted) {
        if (error)
            *error = tr("%1 is cut off: a quoted cell that starts on line %2 never ends.").arg(m_name).arg(rowLine);
        return false;
    }
    if (started || !cell.isEmpty())
        endRow();
    return true;
}

} // namespace caiji
