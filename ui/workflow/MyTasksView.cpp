#include "MyTasksView.h"

#include "MyTasksModel.h"

#include <QCheckBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace caiji {

MyTasksView::MyTasksView(QWidget* parent)
    : QWidget(parent)
    , m_model(new MyTasksModel(this))
    , m_view(new QTableView(this))
    , m_onlyWaiting(new QCheckBox(tr("Only what waits for me"), this))
    , m_summary(new QLabel(this))
{
    setObjectName(QStringLiteral("myTasks"));
    m_summary->setObjectName(QStringLiteral("myTasksSummary"));
    auto* refresh = new QPushButton(tr("Refresh"), this);
    auto* top = new QHBoxLayout;
    top->setContentsMargins(4, 2, 4, 2);
    top->addWidget(m_summary, 1);
    top->addWidget(m_onlyWaiting);
    top->addWidget(refresh);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 12);
    m_view->horizontalHeader()->setStretchLastSection(false);
    m_view->horizontalHeader()->setSectionResizeMode(MyTasksModel::TableColumn, QHeaderView::Stretch);
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(0);
    layout->addLayout(top);
    layout->addWidget(m_view, 1);
    connect(m_onlyWaiting, &QCheckBox::toggled, this, [this](bool on) {
        m_model->setOnlyWaiting(on);
        placeButtons();
    });
    connect(refresh, &QPushButton::clicked, this, [this] { reload(); });
    connect(m_view, &QTableView::doubleClicked, this, [this](const QModelIndex& index) {
        emit openTask(
            index.data(MyTasksModel::TableRole).toString(), index.data(MyTasksModel::DepartmentRole).toString());
    });
}

void MyTasksView::setGateway(WriteGateway* gateway, int round)
{
    m_gateway = gateway;
    m_round = round;
    reload();
}

void MyTasksView::reload(const QVector<TaskRow>* all)
{
    if (!m_gateway) {
        m_summary->clear();
        return;
    }
    QString error;
    if (!(all ? m_model->reload(*m_gateway, m_round, *all, &error) : m_model->reload(*m_gateway, m_round, &error))) {
        m_summary->setText(error);
        return;
    }
    m_summary->setText(m_model->summary());
    placeButtons();
}

void MyTasksView::placeButtons()
{
    // A button per task in the last column: tens of tasks, so widgets are cheap here and a
    // real button is what people click.
    for (int row = 0; row < m_model->rowCount(); ++row) {
        const QModelIndex index = m_model->index(row, MyTasksModel::NextColumn);
        const QVariant next = index.data(MyTasksModel::NextActionRole);
        if (!next.isValid())
            continue;
        const auto action = static_cast<TaskAction>(next.toInt());
        auto* button = new QPushButton(taskActionDisplayName(action), m_view);
        button->setObjectName(QStringLiteral("myTask-%1-%2")
                                  .arg(index.data(MyTasksModel::TableRole).toString(),
                                      index.data(MyTasksModel::DepartmentRole).toString()));
        const QString table = index.data(MyTasksModel::TableRole).toString();
        const QString department = index.data(MyTasksModel::DepartmentRole).toString();
        connect(button, &QPushButton::clicked, this,
            [this, table, department, action] { emit stepRequested(table, department, action); });
        m_view->setIndexWidget(index, button);
    }
    m_view->resizeColumnsToContents();
    m_view->horizontalHeader()->setSectionResizeMode(MyTasksModel::TableColumn, QHeaderView::Stretch);
}

} // namespace caiji
