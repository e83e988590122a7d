#include "ConflictsCommand.h"

#include "../../catalog/Catalog.h"
#include "../../exchange/PackageMerger.h"
#include "../../session/Session.h"
#include "../../storage/Workspace.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caiji::cli {

QString ConflictsCommand::prepare()
{
    if (!m_resolve)
        return m_positional.size() == 1 ? QString() : tr("conflicts needs a workspace.");
    if (m_positional.size() != 2)
        return tr("resolve needs a workspace and the conflict's number.");
    bool ok = false;
    m_id = m_positional.takeLast().toLongLong(&ok);
    if (!ok)
        return tr("resolve needs the conflict's number (caiji-cli conflicts lists them).");
    int chosen = 0;
    for (const QString& c : {QStringLiteral("master"), QStringLiteral("package"), QStringLiteral("base")}) {
        if (hasFlag(c)) {
            m_choice = c;
            ++chosen;
        }
    }
    if (m_options.contains(QStringLiteral("value"))) {
        m_choice = QStringLiteral("value");
        ++chosen;
    }
    if (chosen != 1)
        return tr("resolve needs one of --master, --package, --base or --value TEXT.");
    return QString();
}

int ConflictsCommand::runOn(Session* session, Workspace* ws, int round)
{
    Q_UNUSED(round)
    PackageMerger merger(session->gateway());
    QString error;
    if (m_resolve) {
        if (!merger.resolve(m_id, m_choice, option(QStringLiteral("value")), option(QStringLiteral("note")), &error))
            return fail(BadInput, error);
        m_out << tr("Conflict %1 decided (%2). Merge the package again to commit it.").arg(m_id).arg(m_choice)
              << Qt::endl;
        return Ok;
    }
    const QVector<StoredConflict> all = merger.conflicts(QString(), &error);
    if (!error.isEmpty())
        return fail(BadInput, error);
    if (hasFlag(QStringLiteral("json"))) {
        QJsonArray a;
        for (const StoredConflict& s : all) {
            const MergeConflict& c = s.conflict;
            a.append(QJsonObject {{QStringLiteral("id"), s.id}, {QStringLiteral("package"), s.packageId},
                {QStringLiteral("department"), s.department}, {QStringLiteral("table"), c.table},
                {QStringLiteral("row"), c.rowId}, {QStringLiteral("field"), c.field}, {QStringLiteral("kind"), c.kind},
                {QStringLiteral("base"), c.base}, {QStringLiteral("master"), c.master},
                {QStringLiteral("packageValue"), c.package}, {QStringLiteral("masterBy"), c.masterBy},
                {QStringLiteral("packageBy"), c.packageBy}, {QStringLiteral("state"), s.state},
                {QStringLiteral("resolution"), s.resolution}, {QStringLiteral("value"), s.value},
                {QStringLiteral("note"), s.note}});
        }
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("conflicts"), a}}).toJson(QJsonDocument::Indented);
        return Ok;
    }
    int open = 0;
    for (const StoredConflict& s : all) {
        const MergeConflict& c = s.conflict;
        const Table* t = ws->catalog().table(c.table);
        const Field* f = t ? t->field(c.field) : nullptr;
        open += s.state == QLatin1String("open") ? 1 : 0;
        m_out << tr("#%1 %2 %3 %4 %5 [%6]: base \"%7\", master \"%8\" (%9), package \"%10\" (%11)%12")
                     .arg(s.id)
                     .arg(session->policy().departmentName(s.department), c.table, c.rowId.left(8),
                         f ? f->name : tr("whole row"), MergeConflict::kindDisplayName(c.kind), c.base, c.master,
                         c.masterBy)
                     .arg(c.package, c.packageBy,
                         s.state == QLatin1String("open") ? QString() : tr(" → %1 %2").arg(s.resolution, s.value))
              << Qt::endl;
    }
    m_out << tr("%n conflict(s) open.", nullptr, open) << Qt::endl;
    return Ok;
}

} // namespace caiji::cli
