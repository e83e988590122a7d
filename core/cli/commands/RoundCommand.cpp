#include "RoundCommand.h"

#include "../../session/Rounds.h"
#include "../../session/Session.h"
#include "../../session/TaskWorkflow.h"

#include <QDate>

namespace caiji::cli {

QString RoundCommand::prepare()
{
    if (m_positional.size() != 2)
        return tr("round needs open, close, reopen or schedule and a workspace.");
    m_sub = m_positional.takeFirst();
    static const QStringList subs
        = {QStringLiteral("open"), QStringLiteral("close"), QStringLiteral("reopen"), QStringLiteral("schedule")};
    if (!subs.contains(m_sub))
        return tr("Unknown round command \"%1\": use open, close, reopen or schedule.").arg(m_sub);
    if (m_sub != QLatin1String("schedule") && option(QStringLiteral("year")).toInt() == 0)
        return tr("round %1 needs --year YEAR.").arg(m_sub);
    return QString();
}

int RoundCommand::runOn(Session* session, Workspace* ws, int round)
{
    Q_UNUSED(ws)
    QString error;
    Rounds rounds(session->gateway());
    const int year = option(QStringLiteral("year")).toInt();
    if (m_sub == QLatin1String("open")) {
        qint64 carried = 0;
        if (!rounds.open(year, option(QStringLiteral("from")).toInt(), &carried, &error))
            return fail(BadInput, error);
        m_out << tr("Round %1 opened; %n row(s) carried from last year.", nullptr, static_cast<int>(carried)).arg(year)
              << Qt::endl;
        return Ok;
    }
    if (m_sub == QLatin1String("close")) {
        if (!rounds.close(year, &error))
            return fail(BadInput, error);
        m_out << tr("Round %1 closed: its data no longer changes.").arg(year) << Qt::endl;
        return Ok;
    }
    if (m_sub == QLatin1String("reopen")) {
        if (!rounds.reopen(year, option(QStringLiteral("reason")), &error))
            return fail(BadInput, error);
        m_out << tr("Round %1 reopened.").arg(year) << Qt::endl;
        return Ok;
    }
    const QDate opens = QDate::fromString(option(QStringLiteral("opens")), Qt::ISODate);
    const QDate due = QDate::fromString(option(QStringLiteral("due")), Qt::ISODate);
    if (!opens.isValid() || !due.isValid())
        return usage(tr("round schedule needs --opens YYYY-MM-DD and --due YYYY-MM-DD."));
    const QString days = option(QStringLiteral("source-days"));
    if (!TaskWorkflow(session->gateway(), round).schedule(opens, due, days.isEmpty() ? 5 : days.toInt(), &error))
        return fail(BadInput, error);
    m_out << tr("Round %1 scheduled: collection opens %2, tasks due %3.")
                 .arg(round)
                 .arg(opens.toString(Qt::ISODate), due.toString(Qt::ISODate))
          << Qt::endl;
    return Ok;
}

} // namespace caiji::cli
