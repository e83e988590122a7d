#include "ConflictCellMenu.h"

#include "ui/dialogs/WriterWait.h"

#include "../dialogs/Notices.h"

#include "core/write/WriteGateway.h"

#include <QInputDialog>
#include <QMenu>

namespace caiji {

ConflictCellMenu::ConflictCellMenu(QWidget* parent)
    : QObject(parent)
    , m_parent(parent)
{
}

void ConflictCellMenu::addTo(
    QMenu& menu, WriteGateway& gateway, const QString& table, const QString& rowId, const QString& field)
{
    if (!gateway.actor().isOffice() || rowId.isEmpty())
        return;
    QVector<StoredConflict> cell;
    QVector<StoredConflict> row;
    for (const StoredConflict& s : PackageMerger(gateway).conflicts()) {
        if (s.state != QLatin1String("open") || s.conflict.table != table || s.conflict.rowId != rowId)
            continue;
        row.append(s);
        // A conflict about the whole row (deleted on one side, a key twice) is every cell's.
        if (s.conflict.field == field || s.conflict.field.isEmpty())
            cell.append(s);
    }
    if (row.isEmpty())
        return;
    menu.addSeparator();
    QMenu* sub = menu.addMenu(tr("Merge &conflict"));
    sub->setObjectName(QStringLiteral("conflict-menu"));
    if (!cell.isEmpty()) {
        const MergeConflict& c = cell.first().conflict;
        QAction* what = sub->addAction(tr("%1: base \"%2\", master \"%3\", package \"%4\"")
                                           .arg(MergeConflict::kindDisplayName(c.kind), c.base, c.master, c.package));
        what->setEnabled(false);
        auto add = [&](const QString& text, const QString& choice) {
            sub->addAction(text, this, [this, &gateway, cell, choice] { decide(gateway, cell, choice); })
                ->setObjectName(QStringLiteral("conflict-") + choice);
        };
        add(tr("Take the &master's value"), QStringLiteral("master"));
        add(tr("Take the &package's value"), QStringLiteral("package"));
        if (cell.first().hasBase)
            add(tr("Keep the &base's value"), QStringLiteral("base"));
        if (!c.field.isEmpty())
            add(tr("&Type a value…"), QStringLiteral("value"));
    }
    if (row.size() > cell.size() || cell.isEmpty()) {
        sub->addSeparator();
        const int n = static_cast<int>(row.size());
        for (const QString& choice : {QStringLiteral("master"), QStringLiteral("package")}) {
            const QString text = choice == QLatin1String("master")
                ? tr("Whole row (%n conflict(s)): take the master's", nullptr, n)
                : tr("Whole row (%n conflict(s)): take the package's", nullptr, n);
            sub->addAction(text, this, [this, &gateway, row, choice] { decide(gateway, row, choice); })
                ->setObjectName(QStringLiteral("conflict-row-") + choice);
        }
    }
}

void ConflictCellMenu::decide(WriteGateway& gateway, const QVector<StoredConflict>& which, const QString& choice)
{
    QString value;
    if (choice == QLatin1String("value")) {
        bool ok = false;
        value = QInputDialog::getText(
            m_parent, tr("Value"), tr("The value to keep:"), QLineEdit::Normal, which.first().conflict.package, &ok);
        if (!ok)
            return;
    }
    // Overriding what the department head confirmed is explained, once for all of them.
    QString note;
    bool confirmed = false;
    for (const StoredConflict& s : which)
        confirmed = confirmed || (s.packageState == QLatin1String("confirmed") && choice != QLatin1String("package"));
    if (confirmed) {
        bool ok = false;
        note = QInputDialog::getMultiLineText(m_parent, tr("Note"),
            tr("The department head confirmed the package's value. Why is it overridden?"), QString(), &ok);
        if (!ok)
            return;
    }
    PackageMerger merger(gateway);
    QString message;
    for (const StoredConflict& s : which) {
        if (!WriterWait::run(
                m_parent, gateway.workspace(), [&] { return merger.resolve(s.id, choice, value, note, &message); })) {
            emit decided();
            Notices::refusal(m_parent, message, {});
            return;
        }
    }
    emit decided();
}

} // namespace caiji
