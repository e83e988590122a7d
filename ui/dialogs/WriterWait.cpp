#include "WriterWait.h"

#include "core/storage/LockProbe.h"
#include "core/storage/SqlUtil.h"
#include "core/storage/Workspace.h"
#include "core/storage/WorkspaceActivity.h"

#include <QElapsedTimer>
#include <QProgressDialog>
#include <QTimer>

namespace caiji {

bool WriterWait::run(QWidget* parent, Workspace& ws, const std::function<bool()>& write)
{
    QSqlDatabase db = ws.db();
    // Only this write's own transaction says whether it was held up.
    Transaction::clearBusy(db);
    if (write())
        return true;
    if (!Transaction::busy(db))
        return false;
    QProgressDialog dialog(parent);
    dialog.setObjectName(QStringLiteral("writerWait"));
    dialog.setWindowTitle(tr("Waiting for another user"));
    dialog.setWindowModality(Qt::WindowModal);
    dialog.setRange(0, 0);
    dialog.setMinimumDuration(0);
    dialog.setAutoReset(false);
    dialog.setAutoClose(false);
    dialog.setCancelButtonText(tr("Stop waiting"));
    const auto say = [&dialog, &db] {
        dialog.setLabelText(tr("Waiting for %1 to finish…\nYour step is taken as soon as it has; nothing is saved "
                               "if you stop waiting.")
                                .arg(WorkspaceActivity::describe(db)));
    };
    say();
    bool landed = false;
    QElapsedTimer clock;
    clock.start();
    QTimer retry;
    retry.setInterval(LockProbe::kIntervalMs);
    QObject::connect(&retry, &QTimer::timeout, &dialog, [&] {
        const LockProbe probe(ws);
        Transaction::clearBusy(db);
        landed = write();
        if (landed || !Transaction::busy(db) || clock.elapsed() >= LockProbe::kMaxWaitMs) {
            retry.stop();
            dialog.reset();
            dialog.hide();
            return;
        }
        say();
    });
    QObject::connect(&dialog, &QProgressDialog::canceled, &retry, &QTimer::stop);
    retry.start();
    dialog.exec();
    retry.stop();
    return landed;
}

} // namespace caiji
