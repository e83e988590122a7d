#include "GridBench.h"

#include "BenchReport.h"
#include "BenchSupport.h"
#include "core/demo/DemoBuilder.h"
#include "core/model/TableRowModel.h"
#include "core/storage/Directory.h"
#include "core/storage/Workspace.h"
#include "core/workflow/TaskOverview.h"
#include "ui/MainWindow.h"
#include "ui/grid/GridView.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QScrollBar>

namespace caiji::bench {

namespace {
// Spins the event loop until cond holds (or a generous timeout, reported as failure).
template <typename Cond> bool waitFor(Cond cond, int timeoutMs = 30000)
{
    QElapsedTimer t;
    t.start();
    while (!cond()) {
        if (t.elapsed() > timeoutMs)
            return false;
        QCoreApplication::processEvents(QEventLoop::AllEvents, 1);
    }
    return true;
}

bool visibleRowsLoaded(GridView* grid, TableRowModel* model)
{
    const int first = qMax(0, grid->rowAt(0));
    int last = grid->rowAt(grid->viewport()->height() - 1);
    if (last < 0)
        last = model->rowCount() - 1;
    for (int r = first; r <= last; ++r) {
        if (!model->isRowLoaded(r))
            return false;
    }
    return true;
}
} // namespace

int runGrid(const QStringList& args, QTextStream& out, QTextStream& err)
{
    if (args.isEmpty()) {
        err << "usage: caiji-bench grid WS [--table CODE]" << Qt::endl;
        return 2;
    }
    const QString location = args.first();
    QString table = args.indexOf(QStringLiteral("--table")) >= 0
        ? args.value(args.indexOf(QStringLiteral("--table")) + 1)
        : QString();
    QString error;
    {
        int round = 0;
        auto ws = openWorkspace(args, "caiji-bench grid WS [--table CODE]", err, &round);
        if (!ws)
            return 2;
        if (table.isEmpty())
            table = largestTable(*ws, round);
    }
    MainWindow window;
    // A PostgreSQL workspace is worked on as an account (the demo's office administrator, whose
    // role the server holds to its rules like any other); a file as its owner.
    Credentials who;
    if (location.startsWith(QLatin1String("postgres")))
        who = {QStringLiteral("admin"), QString::fromLatin1(DemoBuilder::kDemoPassword)};
    if (!window.openWorkspace(location, &error, who)) {
        err << error << Qt::endl;
        return 2;
    }
    window.show();
    QCoreApplication::processEvents();

    // 1. First rows painted: from asking for the table to a paint that shows loaded rows.
    QElapsedTimer t;
    t.start();
    window.showTable(table);
    TableRowModel* model = window.rowModel();
    GridView* grid = window.grid();
    if (!waitFor([&] { return model->rowCount() > 0 && model->isRowLoaded(0); })) {
        err << "the first rows never arrived" << Qt::endl;
        return 1;
    }
    grid->viewport()->repaint();
    report(out, QStringLiteral("grid.first_rows_painted"), t.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    waitFor([&] { return model->countState() == TableRowModel::CountState::Complete; });
    report(out, QStringLiteral("grid.row_count_complete"), t.nsecsElapsed() / 1e6, QStringLiteral("ms"));
    report(out, QStringLiteral("grid.rows"), model->rowCount(), QStringLiteral("rows"));

    // 2. Jump anywhere: scroll to a random row and wait until the visible rows show data.
    std::vector<double> jumps;
    uint64_t seed = 12345;
    for (int i = 0; i < 20; ++i) {
        seed = seed * 6364136223846793005ULL + 1442695040888963407ULL;
        const int row = static_cast<int>((seed >> 33) % static_cast<uint64_t>(model->rowCount()));
        t.restart();
        grid->scrollTo(model->index(row, 0), QAbstractItemView::PositionAtTop);
        QCoreApplication::processEvents();
        if (!waitFor([&] { return visibleRowsLoaded(grid, model); })) {
            err << "jump to row " << row << " never showed data" << Qt::endl;
            return 1;
        }
        grid->viewport()->repaint();
        jumps.push_back(t.nsecsElapsed() / 1e6);
    }
    report(out, QStringLiteral("grid.jump_median"), median(jumps), QStringLiteral("ms"));
    report(out, QStringLiteral("grid.jump_max"), *std::max_element(jumps.begin(), jumps.end()), QStringLiteral("ms"));

    report(out, QStringLiteral("grid.memory_before_paste"), peakMemoryMb(), QStringLiteral("MB"));
    // 3. Paste 10,000 x 20 cells: rows copied from further down pasted over the top rows, so
    //    that (nearly) every cell changes, through the same path as Ctrl+V.
    const int columns = qMin(20, model->columnCount());
    const int rows = qMin(10000, model->rowCount() / 2);
    // No dialogs in a benchmark: the refused cells are counted below instead.
    QObject::disconnect(window.gridEditor(), &GridEditor::cellsRejected, &window, nullptr);
    QObject::disconnect(window.gridEditor(), &GridEditor::conflictsFound, &window, nullptr);
    QObject::disconnect(window.gridEditor(), &GridEditor::editFailed, &window, nullptr);
    // Keys that other tables use are carried into them, as a person who agreed would have it.
    window.gridEditor()->setKeyChangeConfirmation([](const QVector<KeyChange>&) { return true; });
    const QString tsv = window.gridEditor()->copyText(model->rowCount() - rows, 0, model->rowCount() - 1, columns - 1);
    t.restart();
    const EditReport pasted = window.gridEditor()->pasteText(0, 0, tsv);
    const double pasteMs = t.nsecsElapsed() / 1e6;
    if (!pasted.ok) {
        err << "paste failed: " << pasted.error << Qt::endl;
        return 1;
    }
    report(out, QStringLiteral("grid.paste_cells"), double(rows) * columns, QStringLiteral("cells"));
    report(out, QStringLiteral("grid.paste_cells_written"), pasted.cellsWritten, QStringLiteral("cells"));
    report(out, QStringLiteral("grid.paste_rejected"), pasted.rejected.size(), QStringLiteral("cells"));
    report(out, QStringLiteral("grid.paste"), pasteMs, QStringLiteral("ms"));
    // The undo must put every cell back: a conflict or a failure is reported, not timed.
    int undoConflicts = 0;
    QString undoError;
    QObject::connect(window.gridEditor(), &GridEditor::conflictsFound, &window,
        [&](const QVector<EditConflict>& c) { undoConflicts += c.size(); });
    QObject::connect(window.gridEditor(), &GridEditor::editFailed, &window, [&](const QString& e) { undoError = e; });
    t.restart();
    window.gridEditor()->undoStack()->undo();
    const double undoMs = t.nsecsElapsed() / 1e6;
    if (!undoError.isEmpty() || undoConflicts > 0 || window.gridEditor()->undoStack()->index() != 0) {
        err << "the paste's undo failed (" << undoConflicts << " conflicts): " << undoError << Qt::endl;
        return 1;
    }
    report(out, QStringLiteral("grid.paste_undo"), undoMs, QStringLiteral("ms"));

    report(out, QStringLiteral("grid.peak_memory"), peakMemoryMb(), QStringLiteral("MB"));
    return 0;
}

} // namespace caiji::bench
