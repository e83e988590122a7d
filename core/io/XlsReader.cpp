#include "XlsReader.h"

#include <freexl.h>

#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace caiji {

XlsReader::~XlsReader()
{
    if (m_handle)
        freexl_close(m_handle);
}

bool XlsReader::open(const QString& path, QString* error)
{
    m_name = QFileInfo(path).fileName();
    auto failed = [&](const QString& message) {
        if (error)
            *error = message;
        if (m_handle)
            freexl_close(m_handle);
        m_handle = nullptr;
        return false;
    };
    if (!QFileInfo::exists(path))
        return failed(tr("Cannot read %1: the file does not exist.").arg(path));
    if (freexl_open(QFile::encodeName(path).constData(), &m_handle) != FREEXL_OK)
        return failed(tr("%1 is not a readable Excel 97-2003 workbook (.xls); it may be damaged.").arg(m_name));
    unsigned int info = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_PASSWORD, &info) == FREEXL_OK && info == FREEXL_BIFF_OBFUSCATED)
        return failed(tr("%1 is encrypted (protected with a password); save it without a password and try again.").arg(m_name));
    unsigned int count = 0;
    if (freexl_get_info(m_handle, FREEXL_BIFF_SHEET_COUNT, &count) != FREEXL_OK || count == 0)
        return failed(tr("%1 has no sheets.").arg(m_name));
    for (unsigned short i = 0; i < count; ++i) {
        const char* name = nullptr;
        freexl_get_worksheet_name(m_handle, i, &name);
        m_sheets.append({name ? QString::fromUtf8(name) : QString::number(i + 1), false});
    }
    // Both readers list the worksheets in the same order; should they ever disagree, the
    // extras are not used rather than put on the wrong sheet.
    if (!m_extras.read(path) || m_extras.sheets().size() != m_sheets.size())
        m_extras = BiffExtras();
    for (int i = 0; i < m_extras.sheets().size(); ++i)
        m_sheets[i].hidden = m_extras.sheets()[i].hidden;
    return true;
}

QVector<SheetInfo> XlsReader::sheets() const
{
    return m_sheets;
}

bool XlsReader::readSheet(int index, const std::function<bool(int, const QStringList&)>& row, QString* error)
{
    if (!m_handle || index < 0 || index >= m_sheets.size()) {
        if (error)
            *error = tr("%1 has no sheet number %2.").arg(m_name).arg(index + 1);
        return false;
    }
    unsigned int rows = 0;
    unsigned short columns = 0;
    if (freexl_select_active_worksheet(m_handle, static_cast<unsigned short>(index)) != FREEXL_OK
        || freexl_worksheet_dimensions(m_handle, &rows, &columns) != FREEXL_OK) {
        if (error)
            *error = tr("%1: sheet %2 cannot be read.").arg(m_name, m_sheets[index].name);
        return false;
    }
    static const QHash<quint64, QString> none;
    const QHash<quint64, QString>& extras = index < m_extras.sheets().size() ? m_extras.sheets()[index].cells : none;
    for (unsigned int r = 0; r < rows; ++r) {
        QStringList cells;
        bool empty = true;
        for (unsigned short c = 0; c < columns; ++c) {
            FreeXL_CellValue v;
            QString text;
            if (freexl_get_cell_value(m_handle, r, c, &v) == FREEXL_OK) {
                switch (v.type) {
                case FREEXL_CELL_INT:
                    text = QString::number(v.value.int_value);
                    break;
                case FREEXL_CELL_DOUBLE: {
                    const double d = v.value.double_value;
                    text = std::floor(d) == d && std::abs(d) < 1e15 ? QString::number(static_cast<qint64>(d)) : QString::number(d, 'g', 15);
                    break;
                }
                case FREEXL_CELL_TEXT:
                case FREEXL_CELL_SST_TEXT:
                case FREEXL_CELL_DATE:
                case FREEXL_CELL_DATETIME:
                case FREEXL_CELL_TIME:
                    text = QString::fromUtf8(v.value.text_value);
                    break;
                default:
                    break;
                }
            }
            const auto extra = extras.constFind(BiffExtras::key(r, c));
            if (extra != extras.constEnd())
                text = *extra;
            empty = empty && text.trimmed().isEmpty();
            cells.append(text);
        }
        while (!cells.isEmpty() && cells.last().isEmpty())
            cells.removeLast();
        if (!empty && !row(static_cast<int>(r) + 1, cells))
            return true;
    }
    return true;
}

} // namespace caiji
