#pragma once

#include "../catalog/Catalog.h"
#include "Finding.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QVariantList>
#include <QVector>

#include <functional>

namespace caiji {

class Workspace;

/// The `match` rule kind: a row (of a kind named by `when`) has a counterpart in another table.
/// Each case names the other `table`, the fields that find the counterpart (`key`, this table's
/// field → that table's) and the fields that must then agree (`same`): a 学校获奖 item of X-14
/// is a row of 9-6-2 with the same name; a 停招 change in 11-1 is the major of 7-1-1 whose
/// 停招年月 is the change's date. Several cases make one rule (`cases`), or one case is written
/// at the rule's top level.
class RecordMatch
{
    Q_DECLARE_TR_FUNCTIONS(caiji::RecordMatch)

public:
    /// How a finding names the row: the row's values, by column, to a short label.
    using Labeller = std::function<QString(const std::function<QVariant(int)>& valueAt)>;

    RecordMatch(Workspace& ws, int round);

    /// Why `rule` cannot run on `table` (a table or field it names does not exist), or empty.
    static QString problem(const Catalog& catalog, const Table& table, const QJsonObject& rule);
    /// The tables a rule's cases look into.
    static QStringList targets(const QJsonObject& rule);

    /// Checks the rows of `table` that `rowFilter` (SQL on alias m, with `binds`) selects.
    bool check(const Table& table, const QJsonObject& rule, const QString& rowFilter, const QVariantList& binds,
        const Labeller& label, QVector<Finding>* out, QString* error) const;

private:
    static QVector<QJsonObject> cases(const QJsonObject& rule);

    Workspace& m_ws;
    int m_round;
};

} // namespace caiji
