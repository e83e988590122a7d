#pragma once

#include <QSet>
#include <map>
#include <memory>
#include <vector>

#include "../catalog/Catalog.h"
#include "DemoRandom.h"

#include <QDate>
#include <QHash>
#include <QStringList>
#include <QVariant>

namespace caiji {

class RowRule;

/// Plausible values for any catalog field, used for the tables the demo does not build by hand.
/// Reference fields draw from the key pools of source tables already generated.
class DemoValues
{
public:
    DemoValues(const Catalog& catalog, DemoRandom& rng, QDate periodStart, QDate periodEnd)
        : m_catalog(catalog)
        , m_rng(rng)
        , m_start(periodStart)
        , m_end(periodEnd)
    {
    }

    /// Remembers the keys of a source table's field ("6-1-1.jgh") for references to it.
    void addKeys(const QString& tableField, const QStringList& values) { m_keys[tableField] += values; }
    const QStringList& keys(const QString& tableField) const;

    QVariant value(const Table& table, const Field& field, int rowIndex);
    /// A full row of generic values, with `given` (field key → value) taking precedence.
    QVector<QVariant> row(const Table& table, const QHash<QString, QVariant>& given, int rowIndex);
    QString personName();
    QDate dateInPeriod();
    /// A code by its label (e.g. 本科), or a random code of the list when the label is unknown.
    QString code(const QString& listId, const QString& label);

private:
    QString text(const Table& table, const Field& field, int rowIndex);

    std::map<QString, std::vector<std::shared_ptr<RowRule>>> m_rowRules;
    QSet<QString> m_rulesCompiled;
    const Catalog& m_catalog;
    DemoRandom& m_rng;
    QDate m_start;
    QDate m_end;
    QHash<QString, QStringList> m_keys;
    int m_serial = 0;
};

} // namespace caiji
