#include "FilterHeader.h"

#include <QLineEdit>
#include <QScrollBar>
#include <QTimer>

namespace caiji {

FilterHeader::FilterHeader(QWidget* parent)
    : QHeaderView(Qt::Horizontal, parent)
{
    setSectionsClickable(true);
    setDefaultAlignment(Qt::AlignLeft | Qt::AlignTop);
    connect(this, &QHeaderView::sectionResized, this, &FilterHeader::placeEditors);
    connect(this, &QHeaderView::sectionMoved, this, &FilterHeader::placeEditors);
}

void FilterHeader::setColumnCount(int columns)
{
    qDeleteAll(m_editors); // the timers are their children
    m_editors.clear();
    m_timers.clear();
    for (int c = 0; c < columns; ++c) {
        auto* edit = new QLineEdit(this);
        edit->setObjectName(QStringLiteral("filter%1").arg(c));
        edit->setPlaceholderText(tr("Filter"));
        edit->setClearButtonEnabled(true);
        edit->setToolTip(tr("Filter this column: text finds rows containing it; =x exact; >5, <=2024, <>x; "
                            "a~b between; = empty; <> not empty"));
        auto* timer = new QTimer(edit);
        timer->setSingleShot(true);
        timer->setInterval(kDebounceMs);
        connect(edit, &QLineEdit::textEdited, timer, qOverload<>(&QTimer::start));
        connect(edit, &QLineEdit::textChanged, this, [timer, edit] {
            if (edit->text().isEmpty())
                timer->start(0); // the clear button: apply at once
        });
        connect(edit, &QLineEdit::returnPressed, timer, [timer] { timer->start(0); });
        connect(timer, &QTimer::timeout, this, [this, c, edit] { emit filterChanged(c, edit->text()); });
        m_editors.append(edit);
        m_timers.append(timer);
        edit->show();
    }
    updateGeometries();
}

void FilterHeader::clearFilters()
{
    for (QLineEdit* e : m_editors) {
        e->blockSignals(true);
        e->clear();
        e->blockSignals(false);
    }
}

QString FilterHeader::filterText(int column) const
{
    return column >= 0 && column < m_editors.size() ? m_editors[column]->text() : QString();
}

void FilterHeader::setFilterText(int column, const QString& text)
{
    if (column < 0 || column >= m_editors.size())
        return;
    m_editors[column]->setText(text);
    m_timers[column]->start(0);
}

QSize FilterHeader::sizeHint() const
{
    QSize s = QHeaderView::sizeHint();
    if (!m_editors.isEmpty())
        s.setHeight(s.height() + m_editors.first()->sizeHint().height() + 4);
    return s;
}

void FilterHeader::updateGeometries()
{
    const int editorHeight = m_editors.isEmpty() ? 0 : m_editors.first()->sizeHint().height() + 4;
    setViewportMargins(0, 0, 0, editorHeight);
    QHeaderView::updateGeometries();
    placeEditors();
}

void FilterHeader::placeEditors()
{
    if (m_editors.isEmpty())
        return;
    const int h = m_editors.first()->sizeHint().height();
    const int y = viewport()->height() + 2;
    for (int c = 0; c < m_editors.size(); ++c) {
        QLineEdit* e = m_editors[c];
        if (isSectionHidden(c)) {
            e->hide();
            continue;
        }
        e->setGeometry(sectionViewportPosition(c) + 1, y, sectionSize(c) - 2, h);
        e->show();
    }
}

} // namespace caiji
