#pragma once

#include "../catalog/Catalog.h"

#include <QVariant>

namespace caiji {

/// How canonical values are shown to people: code labels instead of codes, 是/否 for booleans,
/// fixed decimals, ISO dates, six-digit 年月.
class ValueFormat
{
public:
    static QString display(const Catalog& catalog, const Field& field, const QVariant& value);
    /// The text a cell editor starts with (codes stay codes for code fields, so a typed code works).
    static QString editText(const Field& field, const QVariant& value);
};

} // namespace caiji
