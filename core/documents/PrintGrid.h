#pragma once

#include <QStringList>
#include <QVector>

namespace caiji {

/// The rows of a long printout (a table, the findings list) as a grid the printer paints itself:
/// laid out row by row, it prints thousands of rows in a second where a text document's table
/// takes minutes, and its header rows repeat at the top of every page.
struct PrintGrid
{
    /// A header cell at its row and column, spanning others (a national group over its fields).
    struct Head
    {
        QString text;
        int row = 0;
        int column = 0;
        int rowSpan = 1;
        int columnSpan = 1;
    };
    int columns = 0;
    int headerRows = 1;
    QVector<Head> header;
    QVector<bool> rightAligned; ///< per column: numbers
    QVector<QStringList> rows;
    QVector<bool> marked; ///< per row (or empty): printed in red (an error)
    qreal points = 8; ///< the grid's type size
    QString empty; ///< printed in place of the rows when there are none

    bool isEmpty() const { return columns == 0; }
};

} // namespace caiji
