#include "GridPainter.h"

#include <QFontMetricsF>
#include <QPaintDevice>
#include <QPainter>

#include <numeric>

namespace caiji {

namespace {
constexpr int kWrap = Qt::TextWordWrap | Qt::TextWrapAnywhere;
}

GridPainter::GridPainter(const PrintGrid& grid, const QFont& font, QPaintDevice* device, qreal width)
    : m_grid(grid)
    , m_font(font)
    , m_device(device)
    , m_width(width)
{
    m_font.setPointSizeF(grid.points);
    const qreal mm = device->logicalDpiX() / 25.4;
    m_pad = 0.8 * mm;
    m_line = qMax<qreal>(1, 0.2 * mm);
    layoutColumns();
    // Header rows: each as high as its one-row cells; a cell over several rows makes the last one
    // higher when the rows are not high enough for it.
    m_headerRowHeights.fill(0, qMax(1, m_grid.headerRows));
    for (const PrintGrid::Head& h : m_grid.header) {
        if (h.rowSpan == 1)
            m_headerRowHeights[h.row] = qMax(m_headerRowHeights[h.row],
                textHeight(h.text, m_x[h.column + h.columnSpan] - m_x[h.column] - 2 * m_pad) + 2 * m_pad);
    }
    for (const PrintGrid::Head& h : m_grid.header) {
        if (h.rowSpan == 1)
            continue;
        const qreal need = textHeight(h.text, m_x[h.column + h.columnSpan] - m_x[h.column] - 2 * m_pad) + 2 * m_pad;
        qreal have = 0;
        for (int r = h.row; r < h.row + h.rowSpan; ++r)
            have += m_headerRowHeights[r];
        if (need > have)
            m_headerRowHeights[h.row + h.rowSpan - 1] += need - have;
    }
    m_headerHeight = std::accumulate(m_headerRowHeights.begin(), m_headerRowHeights.end(), qreal(0));
    if (m_grid.rows.isEmpty()) {
        m_rowHeights.append(textHeight(m_grid.empty, m_width - 2 * m_pad) + 2 * m_pad);
        return;
    }
    m_rowHeights.reserve(m_grid.rows.size());
    for (const QStringList& row : m_grid.rows) {
        qreal h = 0;
        for (int c = 0; c < m_grid.columns && c < row.size(); ++c)
            h = qMax(h, textHeight(row[c], m_x[c + 1] - m_x[c] - 2 * m_pad));
        m_rowHeights.append(qMax(h, QFontMetricsF(m_font, m_device).height()) + 2 * m_pad);
    }
}

qreal GridPainter::textHeight(const QString& text, qreal width) const
{
    const QFontMetricsF fm(m_font, m_device);
    // Most cells fit on one line: measuring the wrap costs ten times more.
    if (text.isEmpty() || (!text.contains(QLatin1Char('\n')) && fm.horizontalAdvance(text) <= width))
        return fm.height();
    return fm.boundingRect(QRectF(0, 0, qMax<qreal>(width, 1), 1e6), kWrap, text).height();
}

void GridPainter::layoutColumns()
{
    const QFontMetricsF fm(m_font, m_device);
    const qreal em = fm.horizontalAdvance(QChar(0x4E2D)); // 中
    const int n = m_grid.columns;
    QVector<qreal> pref(n, 0);
    QVector<qreal> least(n, 0);
    for (const QStringList& row : m_grid.rows) {
        for (int c = 0; c < n && c < row.size(); ++c)
            pref[c] = qMax(pref[c], fm.horizontalAdvance(row[c]));
    }
    // Codes, numbers and short names keep one line; only long text wraps when space is short.
    for (int c = 0; c < n; ++c)
        least[c] = pref[c] <= 6 * em ? pref[c] : 4 * em;
    // A field's name wraps over up to three lines before it widens its column.
    for (const PrintGrid::Head& h : m_grid.header) {
        if (h.columnSpan != 1)
            continue;
        const qreal w = fm.horizontalAdvance(h.text);
        pref[h.column] = qMax(pref[h.column], qMax(2.2 * em, w / 3 + 0.2 * em));
        least[h.column] = qMax(least[h.column], qMin(w, 2 * em) + 0.2 * em);
    }
    for (int c = 0; c < n; ++c) {
        // A little more than the text: a cell exactly as wide as its text wraps its last letter.
        pref[c] = qMin(pref[c], 25 * em) + 0.3 * em + 2 * m_pad;
        least[c] = qMin(least[c], pref[c] - 2 * m_pad) + 2 * m_pad;
    }
    const qreal sumPref = std::accumulate(pref.begin(), pref.end(), qreal(0));
    const qreal sumLeast = std::accumulate(least.begin(), least.end(), qreal(0));
    QVector<qreal> widths(n);
    for (int c = 0; c < n; ++c) {
        if (sumPref <= m_width)
            widths[c] = pref[c] * m_width / sumPref;
        else if (sumLeast >= m_width)
            widths[c] = least[c] * m_width / sumLeast;
        else
            widths[c] = least[c] + (pref[c] - least[c]) * (m_width - sumLeast) / (sumPref - sumLeast);
    }
    m_x.fill(0, n + 1);
    for (int c = 0; c < n; ++c)
        m_x[c + 1] = m_x[c] + widths[c];
}

QVector<QPair<int, int>> GridPainter::paginate(qreal first, qreal other) const
{
    QVector<QPair<int, int>> pages;
    int begin = 0;
    qreal left = first - m_headerHeight;
    // When not even the header and one row fit under what precedes the grid, the grid starts on
    // the next page (an empty range for the first).
    if (rowCount() > 0 && m_rowHeights[0] > left && other > first) {
        pages.append({0, 0});
        left = other - m_headerHeight;
    }
    for (int r = 0; r < rowCount(); ++r) {
        // A row that does not fit goes to the next page (unless it is the page's first).
        if (m_rowHeights[r] > left && r > begin) {
            pages.append({begin, r});
            begin = r;
            left = other - m_headerHeight;
        }
        left -= m_rowHeights[r];
    }
    pages.append({begin, rowCount()});
    return pages;
}

void GridPainter::paintCell(QPainter* painter, const QRectF& cell, const QString& text, int flags) const
{
    painter->drawRect(cell);
    painter->drawText(cell.adjusted(m_pad, m_pad, -m_pad, -m_pad), flags | kWrap, text);
}

qreal GridPainter::paintHeader(QPainter* painter, qreal y) const
{
    painter->save();
    painter->setFont(m_font);
    painter->setPen(QPen(Qt::black, m_line));
    QVector<qreal> rowY(m_headerRowHeights.size() + 1, y);
    for (int r = 0; r < m_headerRowHeights.size(); ++r)
        rowY[r + 1] = rowY[r] + m_headerRowHeights[r];
    for (const PrintGrid::Head& h : m_grid.header) {
        const QRectF cell(
            QPointF(m_x[h.column], rowY[h.row]), QPointF(m_x[h.column + h.columnSpan], rowY[h.row + h.rowSpan]));
        painter->fillRect(cell, QColor(232, 232, 232));
        paintCell(painter, cell, h.text, Qt::AlignCenter);
    }
    painter->restore();
    return y + m_headerHeight;
}

qreal GridPainter::paintRows(QPainter* painter, int begin, int end, qreal y) const
{
    painter->save();
    painter->setFont(m_font);
    const QPen black(Qt::black, m_line);
    const QPen red(QColor(192, 57, 43), m_line);
    if (m_grid.rows.isEmpty()) {
        painter->setPen(black);
        if (begin < end)
            paintCell(painter, QRectF(0, y, m_width, m_rowHeights[0]), m_grid.empty, Qt::AlignLeft | Qt::AlignVCenter);
        painter->restore();
        return y + (begin < end ? m_rowHeights[0] : 0);
    }
    for (int r = begin; r < end; ++r) {
        const QStringList& row = m_grid.rows[r];
        painter->setPen(r < m_grid.marked.size() && m_grid.marked[r] ? red : black);
        for (int c = 0; c < m_grid.columns; ++c) {
            const int align
                = (c < m_grid.rightAligned.size() && m_grid.rightAligned[c] ? Qt::AlignRight : Qt::AlignLeft)
                | Qt::AlignVCenter;
            paintCell(painter, QRectF(m_x[c], y, m_x[c + 1] - m_x[c], m_rowHeights[r]),
                c < row.size() ? row[c] : QString(), align);
        }
        y += m_rowHeights[r];
    }
    painter->restore();
    return y;
}

} // namespace caiji
