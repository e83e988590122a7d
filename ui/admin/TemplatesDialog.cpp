#include "TemplatesDialog.h"

#include "core/auth/AccessPolicy.h"
#include "core/documents/Templates.h"
#include "ui/dialogs/FileDialogs.h"
#include "ui/dialogs/Notices.h"

#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace caiji {

TemplatesDialog::TemplatesDialog(Workspace& ws, const AccessPolicy& policy, QWidget* parent)
    : QDialog(parent)
    , m_ws(ws)
    , m_policy(policy)
    , m_list(new QTreeWidget(this))
{
    setWindowTitle(tr("Printout templates"));
    resize(640, 340);
    auto* layout = new QVBoxLayout(this);
    auto* hint = new QLabel(tr("Export a template, edit it in a text editor (HTML with {{placeholders}} named in its "
                               "first lines), and import it back: the printouts use it from then on."),
        this);
    hint->setWordWrap(true);
    layout->addWidget(hint);
    m_list->setHeaderLabels({tr("Printout"), tr("Template"), tr("Kind")});
    m_list->setRootIsDecorated(false);
    m_list->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    layout->addWidget(m_list, 1);
    auto* actions = new QHBoxLayout;
    auto* exportButton = new QPushButton(tr("&Export…"), this);
    auto* importButton = new QPushButton(tr("&Import…"), this);
    auto* resetButton = new QPushButton(tr("Use the &shipped one"), this);
    actions->addWidget(exportButton);
    actions->addWidget(importButton);
    actions->addWidget(resetButton);
    actions->addStretch(1);
    layout->addLayout(actions);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    const QString filter = tr("Templates (*.html)");
    connect(exportButton, &QPushButton::clicked, this, [this, filter] {
        const QString kind = selectedKind();
        if (kind.isEmpty())
            return;
        const QString path
            = FileDialogs::saveFile(this, tr("Export the template"), kind + QStringLiteral(".html"), filter);
        QString message;
        if (!path.isEmpty() && !exportKind(kind, path, &message))
            Notices::refusal(this, message, {});
    });
    connect(importButton, &QPushButton::clicked, this, [this, filter] {
        const QString kind = selectedKind();
        if (kind.isEmpty())
            return;
        const QString path = FileDialogs::openFile(this, tr("Import a template"), QString(), filter);
        QString message;
        if (path.isEmpty())
            return;
        if (importKind(kind, path, &message))
            QMessageBox::information(this, windowTitle(), message);
        else
            Notices::refusal(this, message, {});
    });
    connect(resetButton, &QPushButton::clicked, this, [this] {
        const QString kind = selectedKind();
        QString message;
        if (!kind.isEmpty() && !resetKind(kind, &message))
            Notices::refusal(this, message, {});
    });
    reload();
}

void TemplatesDialog::reload()
{
    const QString current = selectedKind();
    m_list->clear();
    for (const QString& kind : Templates::kinds()) {
        auto* item = new QTreeWidgetItem(m_list,
            {Templates::displayName(kind),
                Templates::isOwn(m_ws, kind) ? tr("this workspace's own") : tr("shipped with Caiji"), kind});
        item->setData(0, Qt::UserRole, kind);
        if (kind == current || (current.isEmpty() && m_list->topLevelItemCount() == 1))
            m_list->setCurrentItem(item);
    }
}

QString TemplatesDialog::selectedKind() const
{
    const QTreeWidgetItem* item = m_list->currentItem();
    return item ? item->data(0, Qt::UserRole).toString() : QString();
}

bool TemplatesDialog::exportKind(const QString& kind, const QString& path, QString* message)
{
    return Templates::exportTo(m_ws, kind, path, message);
}

bool TemplatesDialog::importKind(const QString& kind, const QString& path, QString* message)
{
    if (!Templates::importFrom(m_ws, m_policy, kind, path, message))
        return false;
    *message = tr("The %1 prints with the template from %2 from now on.").arg(Templates::displayName(kind), path);
    reload();
    return true;
}

bool TemplatesDialog::resetKind(const QString& kind, QString* message)
{
    if (!Templates::reset(m_ws, m_policy, kind, message))
        return false;
    reload();
    return true;
}

} // namespace caiji
