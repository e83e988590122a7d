#pragma once

#include "PrintGrid.h"

#include <QFont>
#include <QVector>

class QPainter;
class QPaintDevice;

namespace caiji {

/// Lays a PrintGrid out to a width on a paint device (column widths from the text, rows as high
/// as their wrapped text) and paints its header and rows where the page layout puts them.
class GridPainter
{
public:
    GridPainter(const PrintGrid& grid, const QFont& font, QPaintDevice* device, qreal width);

    qreal headerHeight() const { return m_headerHeight; }
    qreal rowHeight(int row) const { return m_rowHeights.at(row); }
    int rowCount() const { return static_cast<int>(m_rowHeights.size()); }
    /// The rows of each page: the first page has `first` height left under what precedes the
    /// grid, the others `other`; each page repeats the header. Ranges are [begin, end).
    QVector<QPair<int, int>> paginate(qreal first, qreal other) const;
    /// Paints the header with its top-left at `y`; returns the y below it.
    qreal paintHeader(QPainter* painter, qreal y) const;
    /// Paints rows [begin, end) from `y`; returns the y below them.
    qreal paintRows(QPainter* painter, int begin, int end, qreal y) const;

private:
    void layoutColumns();
    qreal textHeight(const QString& text, qreal width) const;
    void paintCell(QPainter* painter, const QRectF& cell, const QString& text, int flags) const;

    const PrintGrid& m_grid;
    QFont m_font;
    QPaintDevice* m_device;
    qreal m_width;
    qreal m_pad;
    qreal m_line;
    QVector<qreal> m_x; ///< the left edge of each column, and the right edge of the last
    QVector<qreal> m_headerRowHeights;
    qreal m_headerHeight = 0;
    QVector<qreal> m_rowHeights;
};

} // namespace caiji
