#pragma once

#include "../catalog/Catalog.h"

#include <QCoreApplication>
#include <QString>
#include <QVariant>

namespace caiji {

/// The outcome of turning what a person typed or pasted into a field's canonical value.
struct ParsedValue
{
    bool ok = false;
    QVariant value; ///< canonical; null for an empty cell
    QString message; ///< why it was refused, in words a data administrator understands
    /// Which check refused it: required, type, decimals, range, length, pattern, code,
    /// yearmonth, date, boolean (the rule a validation finding names).
    QString rule;
};

/// Type coercion and field-level checks that need no database: required, type, length, range,
/// pattern, code list. Never changes a value silently: leading zeros stay, IDs stay text,
/// full-width digits are accepted as digits, anything ambiguous is refused with a reason.
class ValueParser
{
    Q_DECLARE_TR_FUNCTIONS(caiji::ValueParser)

public:
    static ParsedValue parse(const Catalog& catalog, const Field& field, const QString& text);
    /// Checks an already canonical value against the field's rules (used for undo and imports).
    static ParsedValue check(const Catalog& catalog, const Field& field, const QVariant& value);
    /// Checks a value as the database holds it, whatever put it there (an old file, a returned
    /// department file, an edit outside Caiji): text in a number column, a date that is no day
    /// or an Excel serial number, a 是/否 column holding anything else are refused with the
    /// same words as when typed; a well-formed value goes on to check().
    static ParsedValue checkStored(const Catalog& catalog, const Field& field, const QVariant& stored);
};

} // namespace caiji
