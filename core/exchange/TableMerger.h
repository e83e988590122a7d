#pragma once

#include "MergePlan.h"

#include "../value/ValueFormat.h"

#include <QHash>
#include <QString>
#include <QVector>

namespace caiji {

/// Merges one table's rows read whole from the three sides (base, package, master) by id:
/// collects the writes, the conflicts decided and those still open. MergePlan gives it the rows
/// it cannot leave to SQL.
class TableMerger
{
public:
    /// A row's key as the office reads it ("key/key"): how keys added twice are found, and shown.
    static QString keyTextOf(const Table& t, const QVector<QVariant>& values);

    TableMerger(const Table& t, const QHash<QString, Resolution>& decided, bool accepted, bool knownBase)
        : m_t(t)
        , m_decided(decided)
        , m_accepted(accepted)
        , m_knownBase(knownBase)
    {
        m_out.table = &t;
    }

    /// The master's live rows by key text (masterKeys), instead of indexing the rows given to
    /// merge(): those are then only the rows the package touches.
    void useKeys(QHash<QString, QString> keys);

    void merge(const RowMap& base, const RowMap& pkg, const RowMap& master);

    TableMerge m_out;
    QVector<MergeConflict> m_open;
    QVector<MergeConflict> m_all;

private:
    QString text(int c, const QVariant& v) const { return ValueFormat::editText(m_t.fields[c], v); }
    QString keyText(const RowSnapshot& r) const { return keyTextOf(m_t, r.values); }
    void indexKeys(const RowMap& master);
    /// The decision on a conflict, or nullptr (and the conflict listed open).
    const Resolution* conflict(MergeConflict c);
    MergeConflict make(const QString& id, const QString& field, const QString& kind, const RowSnapshot* b,
        const RowSnapshot& p, const RowSnapshot* m);
    /// A write on an accepted task waits for the office's word.
    bool mayWrite(
        const QString& id, const QString& field, const RowSnapshot* b, const RowSnapshot& p, const RowSnapshot* m);
    void added(const QString& id, const RowSnapshot& p);
    void cell(const QString& id, const RowSnapshot& m, int c, const QVariant& value);
    /// Applies a decision on a field: the package's value, the base's, or one typed.
    void decideField(const QString& id, const Resolution& r, const RowSnapshot* b, const RowSnapshot& p,
        const RowSnapshot& m, int c);
    void bothWithoutBase(const QString& id, const RowSnapshot& p, const RowSnapshot& m);
    void threeWay(const QString& id, const RowSnapshot& b, const RowSnapshot& p, const RowSnapshot& m);

    const Table& m_t;
    const QHash<QString, Resolution>& m_decided;
    bool m_accepted;
    bool m_knownBase;
    QHash<QString, QString> m_keys; ///< the master's live rows by key text
    bool m_keysGiven = false;
};

} // namespace caiji
