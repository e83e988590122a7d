#include "ChangesDialog.h"

#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/value/ValueFormat.h"

#include <QHeaderView>
#include <QLabel>
#include <QSqlQuery>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace caiji {

namespace {
/// The rows' keys as a person knows them (教工号 20170001, or the first field), by row id.
QHash<QString, QString> rowLabels(Workspace& ws, int round, const Table& table, const QSet<QString>& ids)
{
    QHash<QString, QString> out;
    if (ids.isEmpty())
        return out;
    QStringList keys = table.keys;
    if (keys.isEmpty() && !table.fields.isEmpty())
        keys.append(table.fields.first().key);
    QStringList cols;
    for (const QString& k : std::as_const(keys))
        cols.append(SqlDialect::quote(k));
    // By id, a chunk at a time: the rows changed, never the whole table.
    const QStringList all(ids.cbegin(), ids.cend());
    constexpr int kChunk = 200;
    for (int from = 0; from < all.size(); from += kChunk) {
        const QStringList chunk = all.mid(from, kChunk);
        QVariantList values {round};
        for (const QString& id : chunk)
            values.append(id);
        QSqlQuery q(ws.db());
        if (!SqlUtil::exec(ws.db(),
                QStringLiteral("SELECT \"_id\", %1 FROM %2 WHERE \"_round\" = ? AND \"_id\" IN (%3)")
                    .arg(cols.join(QStringLiteral(", ")), SqlDialect::quote(table.sqlName()),
                        QStringList(chunk.size(), QStringLiteral("?")).join(QLatin1Char(','))),
                values, nullptr, &q))
            return out;
        while (q.next()) {
            QStringList parts;
            for (int i = 0; i < keys.size(); ++i) {
                const Field* f = table.field(keys[i]);
                parts.append(QStringLiteral("%1 %2").arg(f ? f->name : keys[i], q.value(i + 1).toString()));
            }
            out.insert(q.value(0).toString(), parts.join(QStringLiteral("，")));
        }
    }
    return out;
}
} // namespace

ChangesDialog::ChangesDialog(
    Workspace& ws, int round, const QString& table, const QVector<CellChangeSince>& changes, QWidget* parent)
    : QDialog(parent)
    , m_list(new QTreeWidget(this))
{
    setObjectName(QStringLiteral("taskChanges"));
    setWindowTitle(tr("Changes to %1 since it was returned").arg(table));
    const Table* t = ws.catalog().table(table);
    QSet<QString> ids;
    for (const CellChangeSince& c : changes)
        ids.insert(c.rowId);
    const QHash<QString, QString> labels = t ? rowLabels(ws, round, *t, ids) : QHash<QString, QString>();
    m_list->setHeaderLabels({tr("Row"), tr("Field"), tr("Before"), tr("After"), tr("By"), tr("When")});
    m_list->setRootIsDecorated(false);
    for (const CellChangeSince& c : changes) {
        const Field* f = t && !c.field.isEmpty() ? t->field(c.field) : nullptr;
        QString before = c.oldValue;
        QString after = c.newValue;
        if (f) {
            before = before.isEmpty() ? QString() : ValueFormat::display(ws.catalog(), *f, before);
            after = after.isEmpty() ? QString() : ValueFormat::display(ws.catalog(), *f, after);
        }
        QString what = f ? f->name : QString();
        switch (c.kind) {
        case CellChangeSince::Cell:
            break;
        case CellChangeSince::Added:
            what = tr("(row added)");
            break;
        case CellChangeSince::Deleted:
            what = tr("(row deleted)");
            break;
        case CellChangeSince::Restored:
            what = tr("(row restored)");
            break;
        }
        auto* item = new QTreeWidgetItem({labels.value(c.rowId, c.rowId.left(8)), what, before, after, c.login,
            c.at.left(19).replace(QLatin1Char('T'), QLatin1Char(' '))});
        if (c.kind == CellChangeSince::Deleted)
            item->setForeground(1, QColor(192, 57, 43));
        m_list->addTopLevelItem(item);
    }
    for (int col = 0; col < m_list->columnCount(); ++col)
        m_list->resizeColumnToContents(col);
    auto* layout = new QVBoxLayout(this);
    layout->addWidget(
        new QLabel(tr("%n change(s) since the last return.", nullptr, static_cast<int>(changes.size())), this));
    layout->addWidget(m_list, 1);
    resize(860, 380);
}

} // namespace caiji
