#include "Explanations.h"

#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"

#include <QSqlQuery>

namespace caiji {

QString Explanations::keyOf(const Finding& f)
{
    return f.rule + QLatin1Char('|') + f.table + QLatin1Char('|') + f.rowId + QLatin1Char('|') + f.field;
}

QString Explanations::statusDisplayName(const QString& status)
{
    if (status == QLatin1String("accepted"))
        return tr("Accepted");
    if (status == QLatin1String("rejected"))
        return tr("Not accepted");
    return tr("Waiting for review");
}

bool Explanations::allowed(const AccessPolicy& policy, Action a, const Finding& f, QString* error) const
{
    const Table* t = m_ws.catalog().table(f.table);
    const QString refused = t ? policy.denial(a, *t, f.department) : tr("The catalog has no table %1.").arg(f.table);
    if (!refused.isEmpty() && error)
        *error = refused;
    return refused.isEmpty();
}

QString Explanations::cannotExplain(const Finding& f)
{
    // An error blocks submission until the data is right; only a warning (a value that is
    // unusual but may be true) takes an explanation.
    if (f.severity == Severity::Error)
        return tr("An error cannot be explained away: correct the value. Only warnings take an explanation.");
    return QString();
}

bool Explanations::explain(const AccessPolicy& policy, const Finding& f, const QString& text, QString* error)
{
    if (!allowed(policy, Action::Explain, f, error))
        return false;
    const QString notForErrors = cannotExplain(f);
    if (!notForErrors.isEmpty()) {
        if (error)
            *error = notForErrors;
        return false;
    }
    if (text.trimmed().isEmpty()) {
        if (error)
            *error = tr("An explanation cannot be empty.");
        return false;
    }
    return SqlUtil::exec(m_ws.db(),
        QStringLiteral("INSERT INTO cj_explanation (round, rule, table_code, row_id, field, text, written_by, "
                       "written_at, status) VALUES (?, ?, ?, ?, ?, ?, ?, ?, 'pending') "
                       "ON CONFLICT (round, rule, table_code, row_id, field) DO UPDATE SET text = excluded.text, "
                       "written_by = excluded.written_by, written_at = excluded.written_at, status = 'pending', "
                       "reviewed_by = NULL, reviewed_at = NULL"),
        {m_round, f.rule, f.table, f.rowId, f.field, text.trimmed(), policy.actor().login, Workspace::now()}, error);
}

bool Explanations::review(const AccessPolicy& policy, const Finding& f, bool accept, QString* error)
{
    if (!allowed(policy, Action::Review, f, error))
        return false;
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("UPDATE cj_explanation SET status = ?, reviewed_by = ?, reviewed_at = ? WHERE round = ? "
                           "AND rule = ? AND table_code = ? AND row_id = ? AND field = ?"),
            {accept ? QStringLiteral("accepted") : QStringLiteral("rejected"), policy.actor().login, Workspace::now(),
                m_round, f.rule, f.table, f.rowId, f.field},
            error, &q))
        return false;
    if (q.numRowsAffected() != 1) {
        if (error)
            *error = tr("There is no explanation to review for this finding.");
        return false;
    }
    return true;
}

QHash<QString, Explanation> Explanations::all(QString* error) const
{
    QHash<QString, Explanation> out;
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT rule, table_code, row_id, field, text, written_by, written_at, status, reviewed_by, "
                           "reviewed_at FROM cj_explanation WHERE round = ?"),
            {m_round}, error, &q))
        return out;
    while (q.next()) {
        const QString key = q.value(0).toString() + QLatin1Char('|') + q.value(1).toString() + QLatin1Char('|')
            + q.value(2).toString() + QLatin1Char('|') + q.value(3).toString();
        out.insert(key,
            {q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), q.value(7).toString(),
                q.value(8).toString(), q.value(9).toString()});
    }
    return out;
}

} // namespace caiji
