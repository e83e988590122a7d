#include "PackageCommand.h"

#include "../../exchange/PackageExporter.h"
#include "../../exchange/PackageMerger.h"
#include "../../exchange/PackageReturn.h"
#include "../../session/Session.h"
#include "../TerminalPassword.h"

#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caiji::cli {

QString PackageCommand::prepare()
{
    if (m_positional.size() != 3
        || (m_positional.first() != QLatin1String("export") && m_positional.first() != QLatin1String("return")))
        return tr("package needs export or return, a workspace (return: the package) and the file to write.");
    m_sub = m_positional.takeFirst();
    if (m_sub == QLatin1String("export") && option(QStringLiteral("department")).isEmpty())
        return tr("package export needs --department NAME.");
    m_file = m_positional.takeLast();
    return QString();
}

int PackageCommand::runOn(Session* session, Workspace* ws, int round)
{
    QString error;
    if (m_sub == QLatin1String("return")) {
        bool sealed = false;
        if (!PackageReturn::write(*ws, m_file, &sealed, &error))
            return fail(BadInput, error);
        m_out << (sealed ? tr("The package is sealed for the supervision office in %1: send that file back.")
                         : tr("The package is in %1: send that file back to the supervision office."))
                     .arg(m_file)
              << Qt::endl;
        return Ok;
    }
    QString seal;
    if (hasFlag(QStringLiteral("seal"))) {
        bool ok = false;
        seal = TerminalPassword::read(tr("Seal password of the office: "), &ok, "CAIJI_SEAL_PASSWORD");
        if (!ok)
            return fail(BadInput, tr("No seal password: set CAIJI_SEAL_PASSWORD or run caiji-cli on a terminal."));
    }
    PackageManifest m;
    QElapsedTimer t;
    t.start();
    if (!PackageExporter::exportDepartment(
            session->gateway(), round, option(QStringLiteral("department")), m_file, &m, &error, seal))
        return fail(BadInput, error);
    qint64 rows = 0;
    for (const TableFingerprint& f : std::as_const(m.tables))
        rows += f.rows;
    m_out << tr("Package %1 for %2 (round %3): %n table(s), %4 row(s), written to %5 in %6 s.", nullptr,
        static_cast<int>(m.tables.size()))
                 .arg(m.id, m.departmentName)
                 .arg(m.round)
                 .arg(rows)
                 .arg(m_file)
                 .arg(t.elapsed() / 1000.0, 0, 'f', 1)
          << Qt::endl;
    if (!m.sealKey.isEmpty())
        m_out << tr("It goes back sealed: only this workspace's office opens the returned file.") << Qt::endl;
    return Ok;
}

QString MergeCommand::prepare()
{
    if (m_positional.size() < 2)
        return tr("merge needs a workspace and one or more packages.");
    m_packages = m_positional.mid(1);
    m_positional = m_positional.mid(0, 1);
    return QString();
}

int MergeCommand::runOn(Session* session, Workspace* ws, int round)
{
    Q_UNUSED(ws)
    Q_UNUSED(round)
    PackageMerger merger(session->gateway());
    bool askedSeal = false;
    int open = 0;
    QJsonArray results;
    for (const QString& path : std::as_const(m_packages)) {
        QFile f(path);
        if (!f.open(QIODevice::ReadOnly))
            return fail(BadInput, tr("Cannot read %1.").arg(path));
        QByteArray bytes = f.readAll();
        if (PackageMerger::isSealed(bytes) && !askedSeal) {
            bool ok = false;
            merger.setSealPassword(
                TerminalPassword::read(tr("Seal password of the office: "), &ok, "CAIJI_SEAL_PASSWORD"));
            if (!ok)
                return fail(
                    BadInput, tr("%1 is sealed: set CAIJI_SEAL_PASSWORD or run caiji-cli on a terminal.").arg(path));
            askedSeal = true;
        }
        MergeOutcome o;
        QString error;
        if (!merger.merge(std::move(bytes), QFileInfo(path).fileName(), &o, &error))
            return fail(BadInput, error);
        open += o.open;
        results.append(QJsonObject {{QStringLiteral("package"), o.manifest.id},
            {QStringLiteral("department"), o.manifest.departmentName}, {QStringLiteral("committed"), o.committed},
            {QStringLiteral("knownBase"), o.knownBase}, {QStringLiteral("inserted"), o.inserted},
            {QStringLiteral("cells"), o.cells}, {QStringLiteral("deleted"), o.deleted},
            {QStringLiteral("restored"), o.restored}, {QStringLiteral("conflicts"), o.open},
            {QStringLiteral("lettersAdopted"), o.lettersAdopted},
            {QStringLiteral("lettersVoided"), QJsonArray::fromStringList(o.lettersVoided)}});
        if (hasFlag(QStringLiteral("json")))
            continue;
        if (o.committed)
            m_out << tr("%1: merged; %2 row(s) added, %3 cell(s) changed, %4 row(s) deleted, %5 restored.")
                         .arg(o.manifest.departmentName)
                         .arg(o.inserted)
                         .arg(o.cells)
                         .arg(o.deleted)
                         .arg(o.restored)
                  << Qt::endl;
        else
            m_out << tr("%1: staged, %n conflict(s) to decide (caiji-cli conflicts, caiji-cli resolve); the "
                        "master is unchanged.",
                nullptr, o.open)
                         .arg(o.manifest.departmentName)
                  << Qt::endl;
        if (o.lettersAdopted > 0)
            m_out << tr(
                "  %n confirmation letter(s) printed in the package joined the registry.", nullptr, o.lettersAdopted)
                  << Qt::endl;
        if (!o.lettersVoided.isEmpty())
            m_out << tr("  Void now, their data changed by the merge: %1.")
                         .arg(o.lettersVoided.join(QStringLiteral(", ")))
                  << Qt::endl;
        if (!o.knownBase)
            m_out << tr("  The office kept no base for this package: every difference is a conflict.") << Qt::endl;
    }
    if (hasFlag(QStringLiteral("json")))
        m_out << QJsonDocument(QJsonObject {{QStringLiteral("packages"), results}}).toJson(QJsonDocument::Indented);
    return open > 0 ? Problems : Ok;
}

} // namespace caiji::cli
