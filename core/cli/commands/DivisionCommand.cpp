#include "DivisionCommand.h"

#include "../../auth/Division.h"
#include "../../io/DivisionWorkbook.h"
#include "../../session/Session.h"
#include "../../storage/Directory.h"
#include "../../storage/Workspace.h"
#include "../../write/WriteGateway.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace caiji::cli {

QString DivisionCommand::prepare()
{
    if (m_positional.isEmpty())
        return tr("division needs show, export, import or set.");
    m_sub = m_positional.takeFirst();
    if (m_sub == QLatin1String("export") || m_sub == QLatin1String("import")) {
        if (m_positional.size() != 2)
            return tr("division %1 needs a workspace and a workbook.").arg(m_sub);
        m_file = m_positional.takeLast();
        return QString();
    }
    if (m_sub != QLatin1String("show") && m_sub != QLatin1String("set"))
        return tr("Unknown division command \"%1\".").arg(m_sub);
    if (m_positional.size() != 1)
        return tr("division %1 needs a workspace.").arg(m_sub);
    if (m_sub == QLatin1String("set")
        && (option(QStringLiteral("table")).isEmpty() || option(QStringLiteral("lead")).isEmpty()))
        return tr("division set needs --table CODE and --lead NAME.");
    return QString();
}

int DivisionCommand::runOn(Session* session, Workspace* ws, int round)
{
    Q_UNUSED(round)
    QString error;
    Division division;
    if (!Division::load(*ws, &division, &error))
        return fail(BadInput, error);
    const QVector<Department> departments = Directory(*ws).departments();
    if (m_sub == QLatin1String("show")) {
        QJsonArray rows;
        for (const Table& t : ws->catalog().tables) {
            const TableDivision d = division.of(t.code);
            const QString lead = DivisionWorkbook::names({d.lead}, departments);
            const QString fill = DivisionWorkbook::names(d.contributing, departments);
            const QString review = DivisionWorkbook::names({d.reviewingDepartment()}, departments);
            if (hasFlag(QStringLiteral("json"))) {
                rows.append(QJsonObject {{QStringLiteral("table"), t.code}, {QStringLiteral("lead"), d.lead},
                    {QStringLiteral("fill"), QJsonArray::fromStringList(d.contributing)},
                    {QStringLiteral("review"), d.reviewingDepartment()}});
            } else {
                m_out << QStringLiteral("%1\t%2\t%3\t%4\t%5").arg(t.code, t.name, lead, fill, review) << Qt::endl;
            }
        }
        if (hasFlag(QStringLiteral("json")))
            m_out << QString::fromUtf8(QJsonDocument(rows).toJson(QJsonDocument::Indented));
        return Ok;
    }
    if (m_sub == QLatin1String("export")) {
        const QString refused = session->denial(Action::Administer);
        if (!refused.isEmpty())
            return fail(BadInput, refused);
        if (!DivisionWorkbook::write(
                m_file, ws->catalog(), departments, division, DivisionWorkbook::title(ws->catalog()), &error))
            return fail(BadInput, error);
        m_out << tr("Division of %n table(s) written to %1.", nullptr, static_cast<int>(ws->catalog().tables.size()))
                     .arg(m_file)
              << Qt::endl;
        return Ok;
    }
    if (m_sub == QLatin1String("import")) {
        Division read;
        if (!DivisionWorkbook::read(m_file, ws->catalog(), departments, division, &read, &error))
            return fail(BadInput, error);
        return save(session, read);
    }
    // set: one table's division.
    const QString code = option(QStringLiteral("table"));
    if (!ws->catalog().table(code))
        return fail(BadInput, tr("The catalog has no table %1.").arg(code));
    TableDivision d;
    QStringList lead;
    if (!DivisionWorkbook::codes(option(QStringLiteral("lead")), departments, &lead, &error) || lead.size() != 1)
        return fail(BadInput, tr("--lead: %1").arg(error.isEmpty() ? tr("name exactly one department") : error));
    d.lead = lead.first();
    if (!DivisionWorkbook::codes(option(QStringLiteral("fill")), departments, &d.contributing, &error))
        return fail(BadInput, tr("--fill: %1").arg(error));
    d.contributing.removeAll(d.lead);
    QStringList review;
    if (!DivisionWorkbook::codes(option(QStringLiteral("review")), departments, &review, &error) || review.size() > 1)
        return fail(BadInput, tr("--review: %1").arg(error.isEmpty() ? tr("name one department") : error));
    d.reviewer = review.isEmpty() || review.first() == d.lead ? QString() : review.first();
    division.set(code, d);
    return save(session, division);
}

int DivisionCommand::save(Session* session, const Division& division)
{
    QString error;
    QStringList changed;
    if (!session->gateway().saveDivision(division, option(QStringLiteral("reason")), &changed, &error))
        return fail(BadInput, error);
    if (changed.isEmpty())
        m_out << tr("Nothing changed.") << Qt::endl;
    else
        m_out << tr("Division changed for %n table(s): %1", nullptr, static_cast<int>(changed.size()))
                     .arg(changed.join(QLatin1Char(' ')))
              << Qt::endl;
    return Ok;
}

} // namespace caiji::cli
