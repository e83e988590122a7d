#include "Notices.h"

#include <QMessageBox>

namespace caiji {

void Notices::conflicts(QWidget* parent, const Table& t, const QVector<EditConflict>& conflicts)
{
    if (conflicts.isEmpty())
        return;
    QStringList lines;
    for (const EditConflict& c : conflicts.mid(0, 20)) {
        const QString field = c.column >= 0 && c.column < t.fields.size() ? t.fields[c.column].name : QString();
        if (c.deleted) {
            lines.append(tr("A row was deleted by someone else meanwhile."));
            continue;
        }
        lines.append(tr("%1: yours \"%2\", saved meanwhile by %3 at %4: \"%5\"")
                         .arg(field, c.mine.toString(), c.theirUser, c.theirTime, c.theirs.toString()));
    }
    QMessageBox box(QMessageBox::Warning, tr("Changed by someone else"),
        tr("%n cell(s) were changed by someone else after you opened the table. Their values are kept and "
           "now shown; yours were not saved. Check and enter your values again if needed.",
            nullptr, static_cast<int>(conflicts.size())),
        QMessageBox::Ok, parent);
    box.setDetailedText(lines.join(QLatin1Char('\n')));
    box.exec();
}

void Notices::refusal(QWidget* parent, const QString& message, const QStringList& details)
{
    auto* box = new QMessageBox(QMessageBox::Warning, tr("Not done"), message, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("refusal"));
    if (!details.isEmpty()) {
        box->setInformativeText(details.mid(0, 5).join(QLatin1Char('\n')));
        box->setDetailedText(details.join(QLatin1Char('\n')));
    }
    box->open();
}

void Notices::sharing(QWidget* parent, const QString& warning)
{
    auto* box = new QMessageBox(
        QMessageBox::Warning, tr("Workspace open on more than one computer"), warning, QMessageBox::Ok, parent);
    box->setAttribute(Qt::WA_DeleteOnClose);
    box->setObjectName(QStringLiteral("sharing"));
    box->open();
}

} // namespace caiji
