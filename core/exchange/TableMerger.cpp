#include "TableMerger.h"

#include <algorithm>

namespace caiji {

QString TableMerger::keyTextOf(const Table& t, const QVector<QVariant>& values)
{
    QStringList parts;
    for (const QString& k : t.keys) {
        const int c = t.fieldIndex(k);
        if (c >= 0)
            parts.append(ValueFormat::editText(t.fields[c], values.value(c)));
    }
    return parts.join(QLatin1Char('/'));
}

void TableMerger::useKeys(QHash<QString, QString> keys)
{
    m_keys = std::move(keys);
    m_keysGiven = true;
}

void TableMerger::merge(const RowMap& base, const RowMap& pkg, const RowMap& master)
{
    if (!m_keysGiven)
        indexKeys(master);
    QStringList ids = pkg.keys();
    for (auto it = master.constBegin(); it != master.constEnd(); ++it) {
        if (!pkg.contains(it.key()))
            ids.append(it.key());
    }
    // A stable order: the same package gives the same writes and conflicts every time.
    std::sort(ids.begin(), ids.end());
    for (const QString& id : std::as_const(ids)) {
        const auto p = pkg.constFind(id);
        const auto m = master.constFind(id);
        const auto b = base.constFind(id);
        if (p == pkg.constEnd())
            continue; // the master's own row, or one the package never had: kept
        if (m == master.constEnd()) {
            if (b == base.constEnd()) {
                added(id, *p);
                continue;
            }
            // No longer the department's in the master (the office gave the row to another
            // department since): the package's change is shown, never written.
            MergeConflict c = make(id, QString(), QStringLiteral("not-owned"), &*b, *p, nullptr);
            c.master = MergePlan::tr("no longer this department's row");
            conflict(c);
            continue;
        }
        if (b == base.constEnd())
            bothWithoutBase(id, *p, *m);
        else
            threeWay(id, *b, *p, *m);
    }
}

void TableMerger::indexKeys(const RowMap& master)
{
    if (m_t.keys.isEmpty())
        return;
    for (auto it = master.constBegin(); it != master.constEnd(); ++it) {
        if (!it->deleted)
            m_keys.insert(keyText(*it), it.key());
    }
}

const Resolution* TableMerger::conflict(MergeConflict c)
{
    c.table = m_t.code;
    m_all.append(c);
    const auto it = m_decided.constFind(c.key());
    if (it != m_decided.constEnd())
        return &*it;
    m_open.append(c);
    return nullptr;
}

MergeConflict TableMerger::make(const QString& id, const QString& field, const QString& kind, const RowSnapshot* b,
    const RowSnapshot& p, const RowSnapshot* m)
{
    MergeConflict c;
    c.rowId = id;
    c.field = field;
    c.kind = kind;
    const int col = field.isEmpty() ? -1 : m_t.fieldIndex(field);
    // No row: null (stored as NULL); a row with an empty value: "" (stored as '').
    auto show = [this, col](const RowSnapshot* r) {
        if (!r)
            return QString();
        const QString t = col < 0 ? (r->deleted ? MergePlan::tr("(deleted)") : keyText(*r)) : text(col, r->values[col]);
        return t.isNull() ? QStringLiteral("") : t;
    };
    c.base = show(b);
    c.package = show(&p);
    c.master = show(m);
    c.packageBy = p.by;
    c.packageAt = p.at;
    if (m) {
        c.masterBy = m->by;
        c.masterAt = m->at;
    }
    return c;
}

bool TableMerger::mayWrite(
    const QString& id, const QString& field, const RowSnapshot* b, const RowSnapshot& p, const RowSnapshot* m)
{
    if (!m_accepted)
        return true;
    const Resolution* r = conflict(make(id, field, QStringLiteral("accepted"), b, p, m));
    return r && r->choice == QLatin1String("package");
}

void TableMerger::added(const QString& id, const RowSnapshot& p)
{
    if (p.deleted)
        return; // added and deleted again in the package
    if (!m_knownBase) {
        const Resolution* r = conflict(make(id, QString(), QStringLiteral("unknown-base"), nullptr, p, nullptr));
        if (!r || r->choice != QLatin1String("package"))
            return;
    } else if (const auto dup = m_keys.constFind(keyText(p)); !m_t.keys.isEmpty() && dup != m_keys.constEnd()) {
        MergeConflict c = make(id, QString(), QStringLiteral("duplicate"), nullptr, p, nullptr);
        c.master = MergePlan::tr("row %1 has the same key").arg(*dup);
        const Resolution* r = conflict(c);
        if (!r || r->choice != QLatin1String("package"))
            return;
    } else if (!mayWrite(id, QString(), nullptr, p, nullptr)) {
        return;
    }
    m_out.insertIds.append(id);
    m_out.inserts.append(p.values);
}

void TableMerger::cell(const QString& id, const RowSnapshot& m, int c, const QVariant& value)
{
    m_out.cells.append({id, m.version, c, value});
}

void TableMerger::decideField(
    const QString& id, const Resolution& r, const RowSnapshot* b, const RowSnapshot& p, const RowSnapshot& m, int c)
{
    if (r.choice == QLatin1String("package"))
        cell(id, m, c, p.values[c]);
    else if (r.choice == QLatin1String("base"))
        cell(id, m, c, b ? b->values[c] : QVariant());
    else if (r.choice == QLatin1String("value"))
        cell(id, m, c, r.value);
}

void TableMerger::bothWithoutBase(const QString& id, const RowSnapshot& p, const RowSnapshot& m)
{
    // Merged before (the same package again), or a base nobody kept.
    const QString kind = m_knownBase ? QStringLiteral("field") : QStringLiteral("unknown-base");
    if (p.deleted != m.deleted) {
        const Resolution* r = conflict(make(id, QString(), QStringLiteral("delete"), nullptr, p, &m));
        if (r && r->choice == QLatin1String("package"))
            (p.deleted ? m_out.deletes : m_out.restores).append({id, m.version});
        return;
    }
    for (int c = 0; c < m_t.fields.size(); ++c) {
        if (RowSnapshot::same(p, m, c))
            continue;
        if (const Resolution* r = conflict(make(id, m_t.fields[c].key, kind, nullptr, p, &m)))
            decideField(id, *r, nullptr, p, m, c);
    }
}

void TableMerger::threeWay(const QString& id, const RowSnapshot& b, const RowSnapshot& p, const RowSnapshot& m)
{
    const bool pToggled = p.deleted != b.deleted;
    const bool mToggled = m.deleted != b.deleted;
    bool pChanged = false;
    bool mChanged = false;
    for (int c = 0; c < m_t.fields.size(); ++c) {
        pChanged = pChanged || !RowSnapshot::same(p, b, c);
        mChanged = mChanged || !RowSnapshot::same(m, b, c);
    }
    // Deleted on one side, changed on the other: the office decides the whole row.
    if ((pToggled && !mToggled && mChanged) || (mToggled && !pToggled && pChanged)) {
        const Resolution* r = conflict(make(id, QString(), QStringLiteral("delete"), &b, p, &m));
        if (!r || r->choice == QLatin1String("master"))
            return;
        const RowSnapshot& to = r->choice == QLatin1String("base") ? b : p;
        if (to.deleted != m.deleted)
            (to.deleted ? m_out.deletes : m_out.restores).append({id, m.version});
        for (int c = 0; !to.deleted && c < m_t.fields.size(); ++c) {
            if (!RowSnapshot::same(to, m, c))
                cell(id, m, c, to.values[c]);
        }
        return;
    }
    if (pToggled && !mToggled && mayWrite(id, QString(), &b, p, &m))
        (p.deleted ? m_out.deletes : m_out.restores).append({id, m.version});
    // A row that ends deleted takes no changes of its fields (its version moves with the
    // deletion; what it held is in the journal).
    if (p.deleted || (m.deleted && !pToggled))
        return;
    for (int c = 0; c < m_t.fields.size(); ++c) {
        if (RowSnapshot::same(p, b, c) || RowSnapshot::same(p, m, c))
            continue; // the package kept the base's value, or both changed it alike
        const QString field = m_t.fields[c].key;
        if (RowSnapshot::same(m, b, c)) {
            if (mayWrite(id, field, &b, p, &m))
                cell(id, m, c, p.values[c]);
            continue;
        }
        if (const Resolution* r = conflict(make(id, field, QStringLiteral("field"), &b, p, &m)))
            decideField(id, *r, &b, p, m, c);
    }
}

} // namespace caiji
