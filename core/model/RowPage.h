#pragma once

#include "TableQuery.h"

#include <QMetaType>
#include <QString>
#include <QVariant>
#include <QVector>

namespace caiji {

/// One row as the grid holds it: identity and version for edits, then the canonical values.
struct GridRow
{
    qint64 seq = 0;
    QString id;
    qint64 version = 0;
    QString department;
    qint64 usage = 0; ///< source tables: how many live rows of other tables reference this row
    bool carried = false; ///< 沿用上年: carried from last year's round and not changed since
    QVariant sortKey;
    QVector<QVariant> values;
};

/// A block of consecutive rows, from the loader thread to the model.
struct RowPage
{
    quint64 generation = 0;
    int index = 0;
    QVector<GridRow> rows;
};

/// The page anchors and row count of one query.
struct RowIndex
{
    quint64 generation = 0;
    QVector<PageAnchor> anchors;
    qint64 count = 0;
};

} // namespace caiji

Q_DECLARE_METATYPE(caiji::RowPage)
Q_DECLARE_METATYPE(caiji::RowIndex)
