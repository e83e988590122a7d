#include "WaitingBar.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QPushButton>
#include <QTimer>

namespace caiji {

WaitingBar::WaitingBar(QWidget* parent)
    : QFrame(parent)
    , m_text(new QLabel(this))
    , m_cancel(new QPushButton(tr("Cancel the waiting edits"), this))
{
    setObjectName(QStringLiteral("waitingBar"));
    setStyleSheet(QStringLiteral("#waitingBar { background:#e8f1fb; border:1px solid #9cc3e6; }"));
    m_text->setWordWrap(true);
    m_cancel->setObjectName(QStringLiteral("waitingCancel"));
    auto* layout = new QHBoxLayout(this);
    layout->setContentsMargins(6, 3, 6, 3);
    layout->addWidget(m_text, 1);
    layout->addWidget(m_cancel);
    connect(m_cancel, &QPushButton::clicked, this, &WaitingBar::cancelRequested);
    hide();
}

void WaitingBar::showWaiting(const QString& who, int count)
{
    m_text->setText(tr("Waiting for another user's write to finish: %1. %n edit(s) will be saved as soon as it is "
                       "done; keep working.",
        nullptr, count)
                        .arg(who));
    m_cancel->show();
    show();
}

void WaitingBar::showGivenUp(int count)
{
    m_text->setText(tr("%n waiting edit(s) were given up and not saved.", nullptr, count));
    m_cancel->hide();
    show();
    QTimer::singleShot(kGivenUpMs, this, [this] {
        if (!m_cancel->isVisible())
            hide();
    });
}

QString WaitingBar::text() const
{
    return m_text->text();
}

} // namespace caiji
