#include "ClipboardTable.h"

namespace caiji {

QVector<QStringList> ClipboardTable::parse(const QString& text)
{
    QVector<QStringList> rows;
    QStringList row;
    QString cell;
    bool quoted = false;    // inside a quoted cell
    bool cellStart = true;  // nothing read yet for this cell
    const int n = static_cast<int>(text.size());
    for (int i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                    cell += QLatin1Char('"');
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                cell += c;
            }
            continue;
        }
        if (c == QLatin1Char('"') && cellStart) {
            quoted = true;
            cellStart = false;
        } else if (c == QLatin1Char('\t')) {
            row.append(cell);
            cell.clear();
            cellStart = true;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            row.append(cell);
            rows.append(row);
            row.clear();
            cell.clear();
            cellStart = true;
        } else {
            cell += c;
            cellStart = false;
        }
    }
    // The last row has no line break after it when typed by hand; Excel always adds one.
    if (!cellStart || !row.isEmpty() || !cell.isEmpty()) {
        row.append(cell);
        rows.append(row);
    }
    return rows;
}

QString ClipboardTable::format(const QVector<QStringList>& rows)
{
    QString out;
    for (const QStringList& row : rows) {
        for (int c = 0; c < row.size(); ++c) {
            if (c)
                out += QLatin1Char('\t');
            const QString& cell = row[c];
            if (cell.contains(QLatin1Char('\t')) || cell.contains(QLatin1Char('\n')) || cell.contains(QLatin1Char('\r'))
                || cell.startsWith(QLatin1Char('"'))) {
                QString q = cell;
                q.replace(QLatin1Char('"'), QLatin1String("\"\""));
                out += QLatin1Char('"') + q + QLatin1Char('"');
            } else {
                out += cell;
            }
        }
        out += QLatin1String("\r\n");
    }
    return out;
}

} // namespace caiji
