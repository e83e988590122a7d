#include "DemoCommand.h"

#include "../../auth/Accounts.h"
#include "../../auth/ServerRoles.h"
#include "../../catalog/Catalog.h"
#include "../../demo/DemoBuilder.h"
#include "../../storage/Workspace.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace caiji::cli {

int DemoCommand::run()
{
    if (m_positional.size() != 1)
        return usage(tr("demo needs exactly one workspace."));
    const QString scaleText
        = option(QStringLiteral("scale")).isEmpty() ? QStringLiteral("small") : option(QStringLiteral("scale"));
    if (scaleText != QLatin1String("small") && scaleText != QLatin1String("large"))
        return usage(tr("--scale must be small or large, not \"%1\".").arg(scaleText));
    Catalog cat;
    if (!loadCatalogFor(&cat))
        return BadInput;
    QElapsedTimer timer;
    timer.start();
    QString error;
    auto ws = Workspace::create(m_positional.first(), cat, &error);
    if (!ws)
        return fail(BadInput, error);
    DemoBuilder builder(*ws, scaleText == QLatin1String("large") ? DemoScale::Large : DemoScale::Small);
    const bool json = hasFlag(QStringLiteral("json"));
    builder.setProgress([this, json](int pct, const QString& what) {
        if (!json)
            m_err << QStringLiteral("[%1%] ").arg(pct, 3) << what << Qt::endl;
    });
    if (!builder.build(&error)) {
        const QString path = ws->location().backend == Backend::Sqlite ? ws->location().path : QString();
        ws.reset();
        if (!path.isEmpty()) {
            // A half-made demo is useless: remove it so that the command can simply be rerun.
            QFile::remove(path);
            QFile::remove(path + QStringLiteral("-wal"));
            QFile::remove(path + QStringLiteral("-shm"));
        }
        return fail(BadInput, tr("Building the demo college failed: %1").arg(error));
    }
    // On a PostgreSQL server the demo accounts get their own login roles, and the server
    // enforces their rights by itself.
    if (ws->location().backend == Backend::Postgres) {
        ServerRoles roles(*ws);
        if (!roles.install(&error))
            return fail(BadInput, tr("Setting up the server's roles failed: %1").arg(error));
        for (const User& u : Accounts(*ws).users()) {
            if (!roles.addLogin(u, QString::fromLatin1(DemoBuilder::kDemoPassword), &error))
                return fail(BadInput, tr("Setting up the server's roles failed: %1").arg(error));
        }
    }
    qint64 rows = 0;
    for (qint64 n : builder.rowsWritten())
        rows += n;
    const double seconds = timer.elapsed() / 1000.0;
    const qint64 size = ws->location().backend == Backend::Sqlite ? QFileInfo(ws->location().path).size() : -1;
    if (json) {
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("workspace"), ws->location().displayName()},
                                   {QStringLiteral("scale"), scaleText}, {QStringLiteral("rows"), rows},
                                   {QStringLiteral("seconds"), seconds}, {QStringLiteral("bytes"), size}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        m_out << tr("Demo college written to %1: %2 rows in %3 s.")
                     .arg(ws->location().displayName())
                     .arg(rows)
                     .arg(seconds, 0, 'f', 1)
              << Qt::endl;
    }
    return Ok;
}

} // namespace caiji::cli
