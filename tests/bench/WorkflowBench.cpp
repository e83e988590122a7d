#include "WorkflowBench.h"

#include "BenchReport.h"
#include "BenchSupport.h"
#include "core/session/Session.h"
#include "core/session/TaskWorkflow.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/validation/Explanations.h"
#include "core/validation/FindingTally.h"
#include "core/validation/Validator.h"
#include "core/write/WriteGateway.h"
#include "ui/dashboard/DashboardDialog.h"
#include "ui/dashboard/TaskMatrixModel.h"

#include <QApplication>
#include <QElapsedTimer>
#include <QSqlQuery>
#include <QTableView>

namespace caiji::bench {

int runWorkflow(const QStringList& args, QTextStream& out, QTextStream& err)
{
    int round = 0;
    auto ws = openWorkspace(args, "caiji-bench workflow WS", err, &round);
    if (!ws)
        return 2;
    QString error;
    // The problem counts the dashboard shows come from the last check of the round.
    QVector<Finding> findings;
    if (!Validator(*ws, round).run(&findings, &error)) {
        err << error << Qt::endl;
        return 1;
    }
    const QHash<QString, FindingTally> tallies = FindingTally::perTask(findings, Explanations(*ws, round).all());
    auto session = Session::asOwner(std::move(ws), QStringLiteral("bench"), &error, round);
    if (!session) {
        err << error << Qt::endl;
        return 1;
    }
    Workspace& w = session->workspace();
    // 1. The dashboard: read every task, its deadline and comments, colour the matrix, paint it.
    std::vector<double> ready;
    int cells = 0;
    for (int i = 0; i < 5; ++i) {
        QElapsedTimer t;
        t.start();
        DashboardDialog dialog(*session);
        dialog.setTallies(tallies);
        dialog.show();
        QApplication::processEvents();
        dialog.view()->viewport()->repaint();
        ready.push_back(t.nsecsElapsed() / 1e6);
        cells = dialog.model()->rowCount() * (dialog.model()->columnCount() - 1);
    }
    report(out, QStringLiteral("workflow.dashboard_cells"), cells, QStringLiteral("cells"));
    report(out, QStringLiteral("workflow.dashboard_ready"), median(ready), QStringLiteral("ms"));
    // 2. Bulk acceptance: 100 tasks put where the office accepts them, accepted department by
    // department (each all or nothing), then put back as they were.
    struct Task
    {
        QString table;
        QString dept;
        QString state;
    };
    QVector<Task> tasks;
    {
        QSqlQuery q(w.db());
        if (!SqlUtil::exec(w.db(),
                QStringLiteral("SELECT table_code, department, state FROM cj_assignment WHERE round = ? ORDER BY "
                               "department, table_code LIMIT 100"),
                {round}, &error, &q)) {
            err << error << Qt::endl;
            return 1;
        }
        while (q.next())
            tasks.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString()});
    }
    QSet<QString> departments;
    for (const Task& t : std::as_const(tasks)) {
        const Table* table = w.catalog().table(t.table);
        const bool review = table && session->gateway().hasDomainReview(*table, t.dept);
        SqlUtil::exec(w.db(),
            QStringLiteral("UPDATE cj_assignment SET state = ? WHERE round = ? AND table_code = ? AND department = ?"),
            {review ? QStringLiteral("domain-reviewed") : QStringLiteral("confirmed"), round, t.table, t.dept}, &error);
        departments.insert(t.dept);
    }
    TaskWorkflow workflow(session->gateway(), round);
    QElapsedTimer t;
    t.start();
    int accepted = 0;
    for (const QString& d : std::as_const(departments)) {
        int n = 0;
        if (!workflow.acceptAll(d, &n).ok()) {
            err << "bulk accept failed for " << d << Qt::endl;
            return 1;
        }
        accepted += n;
    }
    const double acceptMs = t.nsecsElapsed() / 1e6;
    for (const Task& task : std::as_const(tasks))
        SqlUtil::exec(w.db(),
            QStringLiteral("UPDATE cj_assignment SET state = ? WHERE round = ? AND table_code = ? AND department = ?"),
            {task.state, round, task.table, task.dept}, &error);
    SqlUtil::exec(w.db(), QStringLiteral("DELETE FROM cj_task_event WHERE login = 'bench'"), &error);
    report(out, QStringLiteral("workflow.bulk_accepted"), accepted, QStringLiteral("tasks"));
    report(out, QStringLiteral("workflow.bulk_accept"), acceptMs, QStringLiteral("ms"));
    return 0;
}

} // namespace caiji::bench
