#include "LetterRegistry.h"

#include "../storage/SqlDialect.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../write/WriteGateway.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace caiji {

namespace {
const char* kColumns = "id, round, department, number, code, hash, tables, state, replaces, issued_by, issued_at";

QString tablesJson(const QVector<TableFingerprint>& tables)
{
    QJsonArray a;
    for (const TableFingerprint& t : tables)
        a.append(QJsonObject {{QStringLiteral("table"), t.table}, {QStringLiteral("rows"), t.rows},
            {QStringLiteral("sha256"), QString::fromLatin1(t.sha256.toHex())}});
    return QString::fromUtf8(QJsonDocument(a).toJson(QJsonDocument::Compact));
}
} // namespace

IssuedLetter LetterRegistry::read(const QSqlQuery& q)
{
    IssuedLetter l;
    l.id = q.value(0).toLongLong();
    l.round = q.value(1).toInt();
    l.department = q.value(2).toString();
    l.number = q.value(3).toString();
    l.code = q.value(4).toString();
    l.hash = QByteArray::fromHex(q.value(5).toString().toLatin1());
    for (const QJsonValue& v : QJsonDocument::fromJson(q.value(6).toString().toUtf8()).array()) {
        const QJsonObject o = v.toObject();
        l.tables.append(
            {o.value(QLatin1String("table")).toString(), static_cast<qint64>(o.value(QLatin1String("rows")).toDouble()),
                QByteArray::fromHex(o.value(QLatin1String("sha256")).toString().toLatin1())});
    }
    l.state = q.value(7).toString();
    l.replaces = q.value(8).toString();
    l.issuedBy = q.value(9).toString();
    l.issuedAt = q.value(10).toString();
    return l;
}

QString LetterRegistry::stateDisplayName(const QString& state)
{
    if (state == QLatin1String("signed"))
        return tr("signed and returned");
    if (state == QLatin1String("void"))
        return tr("void");
    return tr("awaiting signature");
}

bool LetterRegistry::issue(ConfirmationLetter* letter, QString* error)
{
    if (letter->draft) {
        if (error)
            *error
                = tr("A draft gets no number: %1's head has not confirmed every task yet.").arg(letter->departmentName);
        return false;
    }
    Workspace& ws = m_gateway.workspace();
    WriteGateway::Scope scope(m_gateway);
    QSqlQuery q(ws.db());
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral("SELECT %1 FROM cj_letter WHERE round = ? AND department = ? ORDER BY id DESC")
                .arg(QLatin1String(kColumns)),
            {letter->round, letter->department}, error, &q))
        return false;
    int seq = 0;
    IssuedLetter current;
    bool hasCurrent = false;
    while (q.next()) {
        const IssuedLetter l = read(q);
        seq = qMax(seq, l.number.section(QLatin1Char('-'), -1).toInt());
        if (!hasCurrent && l.state != QLatin1String("void")) {
            current = l;
            hasCurrent = true;
        }
    }
    // The same data printed again: the same letter.
    if (hasCurrent && current.hash == letter->hash) {
        letter->number = current.number;
        letter->replaces = current.replaces;
        return true;
    }
    // The data changed since: the letter signed for it no longer stands.
    if (hasCurrent
        && !SqlUtil::exec(ws.db(), QStringLiteral("UPDATE cj_letter SET state = 'void', voided_at = ? WHERE id = ?"),
            {Workspace::now(), current.id}, error))
        return false;
    letter->number
        = QStringLiteral("%1-%2-%3").arg(letter->round).arg(letter->department).arg(seq + 1, 3, 10, QLatin1Char('0'));
    letter->replaces = hasCurrent ? current.number : QString();
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral("INSERT INTO cj_letter (round, department, number, code, hash, tables, state, replaces, "
                           "issued_by, issued_at) VALUES (?, ?, ?, ?, ?, ?, 'issued', ?, ?, ?)"),
            {letter->round, letter->department, letter->number, letter->code, QString::fromLatin1(letter->hash.toHex()),
                tablesJson(letter->fingerprints()),
                letter->replaces.isEmpty() ? QVariant() : QVariant(letter->replaces), m_gateway.actor().login,
                Workspace::now()},
            error))
        return false;
    return scope.commit(error);
}

QVector<IssuedLetter> LetterRegistry::letters(int round, QString* error) const
{
    QVector<IssuedLetter> out;
    Workspace& ws = m_gateway.workspace();
    QSqlQuery q(ws.db());
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral("SELECT %1 FROM cj_letter WHERE round = ? ORDER BY id DESC").arg(QLatin1String(kColumns)),
            {round}, error, &q))
        return out;
    while (q.next())
        out.append(read(q));
    return out;
}

bool LetterRegistry::find(const QString& code, IssuedLetter* out, QString* error) const
{
    const QString body = Fingerprint::normalizeCode(code, error);
    if (body.isEmpty())
        return false;
    Workspace& ws = m_gateway.workspace();
    QSqlQuery q(ws.db());
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral("SELECT %1 FROM cj_letter ORDER BY id DESC").arg(QLatin1String(kColumns)), {}, error, &q))
        return false;
    while (q.next()) {
        if (QString(q.value(4).toString()).remove(QLatin1Char('-')).left(16) == body) {
            *out = read(q);
            return true;
        }
    }
    if (error)
        *error = tr("No confirmation letter of this workspace has the verification code %1.").arg(code.trimmed());
    return false;
}

bool LetterRegistry::verify(const QString& code, LetterCheck* out, QString* error) const
{
    if (!find(code, &out->letter, error))
        return false;
    Workspace& ws = m_gateway.workspace();
    const IssuedLetter& l = out->letter;
    out->changedTables.clear();
    for (const TableFingerprint& then : l.tables) {
        const Table* t = ws.catalog().table(then.table);
        TableFingerprint now;
        if (t && !Fingerprint::ofTable(ws, *t, l.round, l.department, &now, error))
            return false;
        if (t && now.sha256 == then.sha256)
            continue;
        // Which rows: the changes the journal holds for the department's rows since the letter.
        const qint64 changed = t ? SqlUtil::scalar(ws.db(),
                                   QStringLiteral("SELECT COUNT(DISTINCT j.row_id) FROM cj_journal j WHERE "
                                                  "j.table_code = ? AND j.round = ? AND j.at > ? AND j.row_id IN "
                                                  "(SELECT \"_id\" FROM %1 WHERE \"_dept\" = ?)")
                                       .arg(SqlDialect::quote(t->sqlName())),
                                   {then.table, l.round, l.issuedAt, l.department})
                                       .toLongLong()
                                 : 0;
        out->changedTables.append(
            tr("%1: %2 rows then, %3 now; %n row(s) changed since the letter", nullptr, static_cast<int>(changed))
                .arg(then.table)
                .arg(then.rows)
                .arg(now.rows));
    }
    out->matches = out->changedTables.isEmpty();
    return true;
}

} // namespace caiji
