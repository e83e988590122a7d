#pragma once

#include "../catalog/Catalog.h"

#include <QCoreApplication>
#include <QStringList>
#include <QVariant>

namespace caiji {

/// How canonical values are shown to people: code labels instead of codes, 是/否 for booleans,
/// fixed decimals, ISO dates, six-digit 年月.
class ValueFormat
{
    Q_DECLARE_TR_FUNCTIONS(caiji::ValueFormat)

public:
    /// What a field accepts, in words, one item each: length, format, range, decimals, unit,
    /// code list (with its first items), referenced table (for `catalog show` and the help pane).
    static QStringList constraints(const Catalog& catalog, const Field& field);
    static QString display(const Catalog& catalog, const Field& field, const QVariant& value);
    /// The text a cell editor starts with (codes stay codes for code fields, so a typed code works).
    static QString editText(const Field& field, const QVariant& value);
};

} // namespace caiji
