#include "LeadershipView.h"

#include "ui/dialogs/WriterWait.h"

#include "core/session/Rounds.h"
#include "core/session/Session.h"
#include "core/storage/Directory.h"
#include "core/storage/Workspace.h"
#include "core/workflow/TaskOverview.h"

#include <QBarCategoryAxis>
#include <QBarSet>
#include <QChart>
#include <QChartView>
#include <QHBoxLayout>
#include <QHorizontalStackedBarSeries>
#include <QLabel>
#include <QLegend>
#include <QPushButton>
#include <QVBoxLayout>
#include <QValueAxis>

namespace caiji {

LeadershipView::LeadershipView(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_chartHolder(new QWidget(this))
    , m_state(new QLabel(this))
    , m_message(new QLabel(this))
    , m_aggregate(new QPushButton(tr("Aggregate the round"), this))
    , m_approve(new QPushButton(tr("Approve the round"), this))
    , m_report(new QPushButton(tr("Mark as reported"), this))
{
    setObjectName(QStringLiteral("leadershipView"));
    setWindowTitle(tr("Round %1: progress and approval").arg(session.round()));
    m_state->setStyleSheet(QStringLiteral("font-size: 14pt; font-weight: bold;"));
    m_message->setWordWrap(true);
    auto* buttons = new QHBoxLayout;
    buttons->addWidget(m_state, 1);
    for (QPushButton* b : {m_aggregate, m_approve, m_report})
        buttons->addWidget(b);
    auto* holder = new QVBoxLayout(m_chartHolder);
    holder->setContentsMargins(0, 0, 0, 0);
    auto* layout = new QVBoxLayout(this);
    layout->addLayout(buttons);
    layout->addWidget(m_chartHolder, 1);
    layout->addWidget(m_message);
    // The office aggregates and records the report; leadership approves; each sees only its steps.
    const Actor& a = session.actor();
    m_aggregate->setVisible(a.isOffice());
    m_report->setVisible(a.isOffice());
    m_approve->setVisible(a.owner || a.has(Role::Leader));
    connect(m_aggregate, &QPushButton::clicked, this, [this] { m_message->setText(aggregate()); });
    connect(m_approve, &QPushButton::clicked, this, [this] { m_message->setText(approve()); });
    connect(m_report, &QPushButton::clicked, this, [this] { m_message->setText(report()); });
    resize(900, 620);
    reload();
}

QString LeadershipView::roundState() const
{
    return Rounds(m_session.gateway()).state(m_session.round());
}

void LeadershipView::reload()
{
    const QString state = roundState();
    m_state->setText(tr("Round %1: %2").arg(m_session.round()).arg(Rounds::stateDisplayName(state)));
    m_aggregate->setEnabled(state == QLatin1String("open"));
    m_approve->setEnabled(state == QLatin1String("merged"));
    m_report->setEnabled(state == QLatin1String("approved"));
    QVector<TaskRow> all;
    QString error;
    if (!TaskOverview::load(m_session.workspace(), m_session.round(), &all, &error)) {
        m_message->setText(error);
        return;
    }
    const QVector<TaskRow> tasks = TaskOverview::visible(m_session.policy(), m_session.workspace().catalog(), all);
    // Departments in the directory's order, bottom to top as a horizontal chart draws them.
    QStringList names;
    QHash<QString, int> row;
    for (const Department& d : Directory(m_session.workspace()).departments()) {
        if (std::any_of(tasks.cbegin(), tasks.cend(), [&d](const TaskRow& t) { return t.departmentCode == d.code; })) {
            row.insert(d.code, static_cast<int>(names.size()));
            names.append(d.name);
        }
    }
    std::reverse(names.begin(), names.end());
    const int n = static_cast<int>(names.size());
    QVector<qreal> accepted(n), review(n), filling(n), waiting(n);
    for (const TaskRow& t : tasks) {
        const int i = n - 1 - row.value(t.departmentCode);
        switch (t.state) {
        case TaskState::Accepted:
        case TaskState::Merged:
        case TaskState::Approved:
        case TaskState::Reported:
            ++accepted[i];
            break;
        case TaskState::Submitted:
        case TaskState::Confirmed:
        case TaskState::DomainReviewed:
            ++review[i];
            break;
        case TaskState::Filling:
        case TaskState::Returned:
        case TaskState::Revising:
            ++filling[i];
            break;
        case TaskState::NotStarted:
            ++waiting[i];
            break;
        }
    }
    auto* series = new QHorizontalStackedBarSeries;
    const struct
    {
        QString name;
        const QVector<qreal>* values;
        QColor colour;
    } sets[] = {{tr("Accepted"), &accepted, QColor(0x4c, 0xaf, 0x50)},
        {tr("Under review"), &review, QColor(0x42, 0x85, 0xf4)},
        {tr("Being filled"), &filling, QColor(0xf4, 0xb4, 0x00)},
        {tr("Not started"), &waiting, QColor(0xbd, 0xbd, 0xbd)}};
    for (const auto& s : sets) {
        auto* set = new QBarSet(s.name);
        set->setColor(s.colour);
        for (qreal v : *s.values)
            set->append(v);
        series->append(set);
    }
    auto* chart = new QChart;
    chart->addSeries(series);
    chart->setTitle(tr("Tasks by department"));
    chart->setTitleFont(font());
    chart->legend()->setFont(font());
    auto* categories = new QBarCategoryAxis;
    categories->append(names);
    // Department names whole: the chart would cut them to "…" to save room it has.
    categories->setTruncateLabels(false);
    categories->setLabelsFont(font());
    chart->addAxis(categories, Qt::AlignLeft);
    series->attachAxis(categories);
    auto* values = new QValueAxis;
    values->setLabelFormat(QStringLiteral("%d"));
    values->setLabelsFont(font());
    chart->addAxis(values, Qt::AlignBottom);
    series->attachAxis(values);
    values->applyNiceNumbers(); // whole tasks: 0, 5, 10 …
    chart->legend()->setAlignment(Qt::AlignBottom);
    auto* view = new QChartView(chart, m_chartHolder);
    view->setRenderHint(QPainter::Antialiasing);
    while (QLayoutItem* old = m_chartHolder->layout()->takeAt(0)) {
        delete old->widget();
        delete old;
    }
    m_chartHolder->layout()->addWidget(view);
}

QString LeadershipView::aggregate()
{
    QStringList pending;
    QString error;
    const bool ok = WriterWait::run(this, m_session.workspace(), [&] {
        pending.clear();
        return Rounds(m_session.gateway()).aggregate(m_session.round(), &pending, &error);
    });
    reload();
    if (ok)
        return tr("Round %1 is aggregated; leadership can approve it now.").arg(m_session.round());
    return pending.isEmpty() ? error : error + QLatin1Char(' ') + pending.mid(0, 8).join(QStringLiteral("；"));
}

QString LeadershipView::approve()
{
    QString error;
    const bool ok = WriterWait::run(
        this, m_session.workspace(), [&] { return Rounds(m_session.gateway()).approve(m_session.round(), &error); });
    reload();
    return ok ? tr("Round %1 is approved.").arg(m_session.round()) : error;
}

QString LeadershipView::report()
{
    QString error;
    const bool ok = WriterWait::run(
        this, m_session.workspace(), [&] { return Rounds(m_session.gateway()).report(m_session.round(), &error); });
    reload();
    return ok ? tr("Round %1 is recorded as reported to the Ministry's platform.").arg(m_session.round()) : error;
}

} // namespace caiji
