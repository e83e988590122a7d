#pragma once

#include "EditService.h"
#include "KeyUsage.h"

#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>
#include <QVector>

namespace caiji {

class Workspace;
struct Table;

/// What a unit of work does to key values other tables use (WriteGateway's one concern that
/// reads across tables): the keys cell changes rename, with the rows that use the old values,
/// and the key values of rows deleted, checked when the unit commits (a replace deletes and
/// inserts the same keys, and only what is then gone counts).
class KeyWatch
{
public:
    explicit KeyWatch(Workspace& ws);

    /// The referenced keys `changes` change, with the rows that use the values that go away.
    bool changesOf(const Table& table, int round, const QVector<CellChange>& changes, QVector<KeyChange>* out,
        QString* error) const;
    /// Notes the referenced key values of `rows`, about to be deleted.
    bool noteVanishing(const Table& table, int round, const QVector<QPair<QString, qint64>>& rows, QString* error);
    bool hasVanishing() const { return !m_vanishing.isEmpty(); }
    void forget() { m_vanishing.clear(); }
    /// Of the values noted (then forgotten), those no live row holds any more while rows of other
    /// tables still use them: described (at most ten, with `names` for departments) and their
    /// using rows counted. False, and why, when they cannot be read.
    bool vanished(const QHash<QString, QString>& names, QStringList* problems, qint64* rows, QString* error);

private:
    Workspace& m_ws;
    struct Vanishing
    {
        const Table* table;
        int round;
        QString field;
        QSet<QString> values;
    };
    QVector<Vanishing> m_vanishing;
};

} // namespace caiji
