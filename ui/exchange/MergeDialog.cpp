#include "MergeDialog.h"

#include "ui/dialogs/WriterWait.h"

#include "ConflictsFilter.h"
#include "ConflictsModel.h"

#include "core/exchange/PackageMerger.h"
#include "core/jobs/JobRunner.h"
#include "core/model/RowLabel.h"
#include "core/session/Session.h"
#include "core/storage/Workspace.h"
#include "core/write/WriteGateway.h"
#include "ui/dialogs/FileDialogs.h"
#include "ui/dialogs/Notices.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFile>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QProgressBar>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace caiji {

MergeDialog::MergeDialog(Session& session, QWidget* parent)
    : QDialog(parent)
    , m_session(session)
    , m_packages(new QTreeWidget(this))
    , m_model(new ConflictsModel(session.workspace().catalog(), session.policy().departmentNames(), this))
    , m_filter(new ConflictsFilter(this))
    , m_byTable(new QComboBox(this))
    , m_byDepartment(new QComboBox(this))
    , m_byField(new QComboBox(this))
    , m_openOnly(new QCheckBox(tr("Only those to decide"), this))
    , m_jobs(new JobRunner(this))
    , m_busy(new QProgressBar(this))
    , m_view(new QTableView(this))
    , m_note(new QLineEdit(this))
    , m_status(new QLabel(this))
{
    setWindowTitle(tr("Merge department packages"));
    resize(1200, 720);
    auto* layout = new QVBoxLayout(this);
    auto* top = new QHBoxLayout;
    auto* add = new QPushButton(tr("&Add returned packages…"), this);
    auto* commit = new QPushButton(tr("&Commit the decided merges"), this);
    top->addWidget(add);
    top->addWidget(commit);
    top->addStretch(1);
    // Busy while a package merges on the worker (how far it is is not known in advance).
    m_busy->setRange(0, 0);
    m_busy->setMaximumWidth(200);
    connect(m_jobs, &JobRunner::progress, m_busy, [this](qint64 done, qint64 total) {
        if (total <= 0)
            return;
        m_busy->setRange(0, static_cast<int>(total));
        m_busy->setValue(static_cast<int>(done));
    });
    m_busy->setVisible(false);
    top->addWidget(m_busy);
    layout->addLayout(top);
    auto* split = new QSplitter(Qt::Vertical, this);
    m_packages->setHeaderLabels({tr("Package"), tr("Department"), tr("Result")});
    m_packages->setRootIsDecorated(false);
    m_packages->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    split->addWidget(m_packages);
    // Filters: a table's, a department's or a field's conflicts, decided together.
    auto* lower = new QWidget(this);
    auto* lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    auto* filters = new QWidget(lower);
    auto* row = new QHBoxLayout(filters);
    row->setContentsMargins(0, 0, 0, 0);
    row->addWidget(new QLabel(tr("Table"), filters));
    row->addWidget(m_byTable, 2);
    row->addWidget(new QLabel(tr("Department"), filters));
    row->addWidget(m_byDepartment, 1);
    row->addWidget(new QLabel(tr("Field"), filters));
    row->addWidget(m_byField, 1);
    row->addWidget(m_openOnly);
    auto* all = new QPushButton(tr("Select all shown"), filters);
    row->addWidget(all);
    lowerLayout->addWidget(filters);
    lowerLayout->addWidget(m_view, 1);
    split->addWidget(lower);
    split->setStretchFactor(1, 3);
    connect(all, &QPushButton::clicked, this, &MergeDialog::selectShown);
    connect(m_byTable, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setTable(m_byTable->currentData().toString()); });
    connect(m_byDepartment, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setDepartment(m_byDepartment->currentData().toString()); });
    connect(m_byField, &QComboBox::currentIndexChanged, this,
        [this] { m_filter->setField(m_byField->currentData().toString()); });
    connect(m_openOnly, &QCheckBox::toggled, m_filter, &ConflictsFilter::setOpenOnly);
    m_filter->setSourceModel(m_model);
    m_view->setModel(m_filter);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setStretchLastSection(true);

    layout->addWidget(split, 1);
    auto* decisions = new QHBoxLayout;
    decisions->addWidget(new QLabel(tr("Selected conflicts:"), this));
    for (const auto& entry : {std::pair {QStringLiteral("master"), tr("Keep the &master's")},
             std::pair {QStringLiteral("package"), tr("Take the &package's")},
             std::pair {QStringLiteral("base"), tr("Back to the &base")},
             std::pair {QStringLiteral("value"), tr("Type a &value…")}}) {
        const QString choice = entry.first; // a copy: C++17 lambdas cannot capture a structured binding
        auto* b = new QPushButton(entry.second, this);
        connect(b, &QPushButton::clicked, this, [this, choice] { decide(choice); });
        decisions->addWidget(b);
    }
    auto* show = new QPushButton(tr("Show in the &table"), this);
    show->setObjectName(QStringLiteral("merge-show-in-table"));
    show->setToolTip(tr("The conflict's row in the main window, on the field in conflict"));
    connect(show, &QPushButton::clicked, this, [this] {
        const QModelIndex i = m_view->currentIndex();
        if (!i.isValid())
            return;
        const StoredConflict& s = m_model->conflictAt(m_filter->mapToSource(i).row());
        emit jumpRequested(s.conflict.table, s.conflict.rowId, s.conflict.field, s.department);
    });
    decisions->addWidget(show);
    m_note->setPlaceholderText(tr("Note (needed where the department head confirmed the package's value)"));
    decisions->addWidget(m_note, 1);
    layout->addLayout(decisions);
    layout->addWidget(m_status);
    auto* close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    connect(add, &QPushButton::clicked, this, [this] {
        const QStringList paths = QFileDialog::getOpenFileNames(
            this, tr("Returned department packages"), QString(), tr("Department packages (*.caijipkg)"));
        addInBackground(paths);
    });
    connect(commit, &QPushButton::clicked, this, &MergeDialog::commitAll);
    reloadConflicts();
}

bool MergeDialog::readPackage(const QString& path, QByteArray* bytes, QString* message)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *message = tr("Cannot read %1.").arg(path);
        return false;
    }
    *bytes = f.readAll();
    if (PackageMerger::isSealed(*bytes) && m_seal.isEmpty() && isVisible()) {
        bool ok = false;
        m_seal = QInputDialog::getText(this, tr("Seal password"),
            tr("%1 is sealed. The office's seal password:").arg(QFileInfo(path).fileName()), QLineEdit::Password,
            QString(), &ok);
        if (!ok) {
            *message = tr("Not opened: the seal password was not given.");
            return false;
        }
    }
    return true;
}

QString MergeDialog::describe(const MergeOutcome& o)
{
    QString text = o.committed ? tr("merged: %1 row(s) added, %2 cell(s) changed, %3 deleted, %4 restored")
                                     .arg(o.inserted)
                                     .arg(o.cells)
                                     .arg(o.deleted)
                                     .arg(o.restored)
                               : tr("staged: %n conflict(s) to decide; the master is unchanged", nullptr, o.open);
    if (!o.knownBase)
        text += tr(" (no base kept: every difference is a conflict)");
    return text;
}

void MergeDialog::showResult(const QString& path, bool ok, const MergeOutcome& o, const QString& message)
{
    auto* item = new QTreeWidgetItem(
        m_packages, {QFileInfo(path).fileName(), ok ? o.manifest.departmentName : QString(), message});
    item->setForeground(2, ok ? palette().text() : QBrush(QColor(192, 57, 43)));
    item->setToolTip(0, path);
    if (ok && !m_paths.contains(path))
        m_paths.append(path);
    m_status->setText(ok ? message : tr("%1 was refused: %2").arg(QFileInfo(path).fileName(), message));
    reloadConflicts();
}

bool MergeDialog::addPackage(const QString& path, QString* message)
{
    QByteArray bytes;
    MergeOutcome o;
    bool ok = readPackage(path, &bytes, message);
    if (ok) {
        PackageMerger merger(m_session.gateway());
        merger.setSealPassword(m_seal);
        ok = merger.merge(bytes, QFileInfo(path).fileName(), &o, message);
        if (ok)
            *message = describe(o);
        else if (PackageMerger::isSealed(bytes))
            m_seal.clear(); // asked again next time: it may have been mistyped
    }
    showResult(path, ok, o, *message);
    return ok;
}

void MergeDialog::addInBackground(const QStringList& paths)
{
    m_queue += paths;
    startNext();
}

void MergeDialog::startNext()
{
    if (m_jobs->isRunning() || m_queue.isEmpty()) {
        m_busy->setVisible(m_jobs->isRunning());
        return;
    }
    const QString path = m_queue.takeFirst();
    QByteArray bytes;
    QString message;
    if (!readPackage(path, &bytes, &message)) {
        showResult(path, false, {}, message);
        startNext();
        return;
    }
    // The merge runs on a worker with a connection of its own, through a gateway of that
    // connection for the same account: the window stays live on a large package.
    auto outcome = std::make_shared<MergeOutcome>();
    const QString seal = m_seal;
    const QString name = QFileInfo(path).fileName();
    const std::shared_ptr<const AccessPolicy> policy = m_session.gateway().sharedPolicy();
    const int round = m_session.round();
    const bool started = m_jobs->start(
        m_session.workspace(), tr("Merging %1").arg(name), [=](Workspace& ws, JobControl& control, QString* error) {
            const auto worker = Session::forWorker(ws, policy, round);
            PackageMerger merger(worker->gateway());
            merger.setProgress(control.progress);
            merger.setSealPassword(seal);
            return merger.merge(bytes, name, outcome.get(), error);
        });
    if (!started) {
        m_queue.prepend(path);
        return;
    }
    m_busy->setRange(0, 0); // until the merge says how far it is
    m_busy->setVisible(true);
    m_status->setText(tr("Merging %1…").arg(name));
    auto connection = std::make_shared<QMetaObject::Connection>();
    *connection = connect(
        m_jobs, &JobRunner::finished, this, [this, path, bytes, outcome, connection](bool ok, const QString& error) {
            disconnect(*connection);
            if (!ok && PackageMerger::isSealed(bytes))
                m_seal.clear();
            showResult(path, ok, *outcome, ok ? describe(*outcome) : error);
            m_busy->setVisible(false);
            startNext();
        });
}

void MergeDialog::done(int result)
{
    m_queue.clear();
    m_jobs->disconnect(this);
    m_jobs->wait();
    QDialog::done(result);
}

void MergeDialog::commitAll()
{
    m_packages->clear();
    const QStringList paths = m_paths;
    m_paths.clear();
    addInBackground(paths);
}

void MergeDialog::reloadConflicts()
{
    QString error;
    const QVector<StoredConflict> all = PackageMerger(m_session.gateway()).conflicts(QString(), &error);
    QHash<QString, QString> rows;
    for (const StoredConflict& s : all) {
        const Table* t = m_session.workspace().catalog().table(s.conflict.table);
        const QString label = t ? RowLabel::of(m_session.workspace(), *t, s.conflict.rowId) : QString();
        if (!label.isEmpty())
            rows.insert(s.conflict.rowId, label);
    }
    m_model->setConflicts(all, rows);
    fillFilters();
    m_view->resizeColumnsToContents();
    if (!error.isEmpty())
        m_status->setText(error);
    else if (m_model->openCount() > 0)
        m_status->setText(tr("%n conflict(s) to decide.", nullptr, m_model->openCount()));
}

void MergeDialog::fillFilters()
{
    // The choices: what the conflicts have, each once, "all" first; the current choice kept.
    auto fill = [this](QComboBox* box, int column) {
        const QString current = box->currentData().toString();
        QStringList values;
        for (int r = 0; r < m_model->rowCount(); ++r)
            values.append(m_model->index(r, column).data().toString());
        values.removeDuplicates();
        values.sort();
        const QSignalBlocker block(box);
        box->clear();
        box->addItem(tr("all"), QString());
        for (const QString& v : std::as_const(values))
            box->addItem(v, v);
        box->setCurrentIndex(qMax(0, box->findData(current)));
    };
    fill(m_byTable, ConflictsModel::Table);
    fill(m_byDepartment, ConflictsModel::Department);
    fill(m_byField, ConflictsModel::Field);
}

void MergeDialog::selectShown()
{
    m_view->selectAll();
}

bool MergeDialog::decideSelected(const QString& choice, const QString& value, const QString& note, QString* message)
{
    QList<qint64> ids;
    for (const QModelIndex& i : m_view->selectionModel()->selectedRows())
        ids.append(i.data(ConflictsModel::IdRole).toLongLong());
    PackageMerger merger(m_session.gateway());
    for (const qint64 id : std::as_const(ids)) {
        if (!WriterWait::run(
                this, m_session.workspace(), [&] { return merger.resolve(id, choice, value, note, message); })) {
            reloadConflicts();
            return false;
        }
    }
    reloadConflicts();
    *message = tr("%n conflict(s) decided. Commit the decided merges when every conflict of a package is decided.",
        nullptr, static_cast<int>(ids.size()));
    return true;
}

void MergeDialog::decide(const QString& choice)
{
    QString value;
    if (choice == QLatin1String("value")) {
        bool ok = false;
        value = QInputDialog::getText(this, tr("Value"), tr("The value to keep:"), QLineEdit::Normal, QString(), &ok);
        if (!ok)
            return;
    }
    QString message;
    if (decideSelected(choice, value, m_note->text(), &message))
        m_status->setText(message);
    else
        Notices::refusal(this, message, {});
}

} // namespace caiji
