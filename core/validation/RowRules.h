#pragma once

#include "../catalog/Catalog.h"
#include "Finding.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QSet>
#include <QVariant>
#include <QVector>

namespace caiji {

/// What a row rule found in one row: the cell to mark, the values involved, the message.
struct RowViolation
{
    QString field;
    QStringList values;
    QString message;
};

/// A rule over the fields of one row, compiled once from its catalog (or workspace) JSON into
/// typed column positions, so that a scan checks it without looking anything up by name.
/// Kinds (resources/catalogs/FORMAT.md): compare (sums of fields, an operator, an optional
/// factor; several pairs in one rule), date-order, required-if and empty-if (a condition on
/// another field, optionally on its value), flag-if (a row to be explained when a condition
/// holds), prefix (a code field equals the start of another),
/// birth-match (a 出生日期/年月 agrees with the 身份证号), year-match (a 年月 or date lies in
/// the year a year field names).
class RowRule
{
    Q_DECLARE_TR_FUNCTIONS(caiji::RowRule)

public:
    static bool isRowKind(const QString& kind);
    /// `left op right` for the operators rules use (<=, >=, =, <, >), with a relative tolerance.
    static bool holds(double left, const QString& op, double right);
    /// Compiles `rule` for `table`; null with `problem` set when it names fields the table lacks
    /// or misses what its kind needs.
    static std::unique_ptr<RowRule> compile(const Table& table, const QJsonObject& rule, QString* problem);

    QString id() const { return m_id; }
    Severity severity() const { return m_severity; }
    /// The columns whose values check() reads.
    QVector<int> columns() const;
    /// `values` are the row's values in canonical form (SqlDialect::fromDatabase), by column;
    /// only columns() need to be filled.
    void check(const QVector<QVariant>& values, QVector<RowViolation>* out) const;
    /// Changes `values` (canonical, every column) as little as it can so that the row obeys the
    /// rule, leaving the columns in `fixed` alone where it has a choice: a sum too large raises
    /// its single total (or scales its parts down), dates out of order swap, a 年月 takes the
    /// year or birth date it must agree with. How sample data is made to obey its catalog.
    void settle(QVector<QVariant>* values, const QSet<int>& fixed = {}) const;

private:
    enum class Kind
    {
        Compare,
        DateOrder,
        RequiredIf,
        EmptyIf,
        FlagIf,
        Prefix,
        BirthMatch,
        YearMatch
    };
    struct Side
    {
        QVector<int> columns;
        double factor = 1;
    };
    struct Comparison
    {
        Side left;
        QString op;
        Side right;
    };
    struct Condition
    {
        int column = -1;
        QVariant equals; ///< invalid: any value
        bool empty = false; ///< holds when the field is empty
    };

    bool conditionHolds(const QVector<QVariant>& values) const;
    bool holdsFor(const Condition& c, const QVariant& value) const;
    /// A finding on two fields of the row ("message (A a, B b)"), marked on `marked`.
    RowViolation twoFields(int first, const QVariant& a, int second, const QVariant& b, int marked) const;
    QString sideText(const Side& side, const QVector<QVariant>& values, double sum) const;
    QString namesOf(const QVector<int>& columns) const;

    const Table* m_table = nullptr;
    Kind m_kind = Kind::Compare;
    QString m_id;
    QString m_message;
    Severity m_severity = Severity::Error;
    QVector<Comparison> m_comparisons;
    QVector<int> m_fields; ///< the fields a kind checks (required-if, empty-if, prefix, ...)
    QVector<Condition> m_conditions; ///< any one holding triggers required-if / empty-if
    int m_other = -1; ///< the second field of prefix, birth-match, year-match, date-order
    int m_length = 0; ///< prefix length
};

} // namespace caiji
