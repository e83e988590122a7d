#pragma once

#include "../catalog/Catalog.h"

#include <QCoreApplication>
#include <QSet>
#include <QString>
#include <QVector>

namespace caiji {

class Workspace;

/// Rows of another table that refer to a key value (a 专业代码 used by 10-1 and 6-1-2-1 …).
struct KeyDependent
{
    QString table;
    QString field;
    QString department;
    qint64 rows = 0;
};

/// A change of a key value that other tables refer to.
struct KeyChange
{
    QString table;
    QString field;
    QString before;
    QString after; ///< empty when the key goes away (a deletion, a replace)
    QVector<KeyDependent> dependents;

    qint64 rows() const;
    /// "专业代码 510201 → 510202: 10-1 学工处 200 行, 6-1-2-1 机电工程学院 40 行", department codes
    /// turned into names by `names`.
    QString describe(const Catalog& catalog, const QHash<QString, QString>& names) const;
};

/// Where the keys of a table are used: the reference fields that point at them, and the live
/// rows of a round that hold given values.
class KeyUsage
{
    Q_DECLARE_TR_FUNCTIONS(caiji::KeyUsage)

public:
    struct Reference
    {
        const Table* table;
        const Field* field;
        QString keyField;
    };
    /// The reference fields of other tables that point at a field of `table`.
    static QVector<Reference> referencesTo(const Catalog& catalog, const Table& table);
    /// Whether another table refers to this field of `table`.
    static bool isReferenced(const Catalog& catalog, const Table& table, const QString& field);
    /// The dependents of each value of `keyField` (value → per table and department).
    static bool dependents(Workspace& ws, int round, const Table& table, const QString& keyField,
        const QSet<QString>& values, QHash<QString, QVector<KeyDependent>>* out, QString* error);
};

} // namespace caiji
