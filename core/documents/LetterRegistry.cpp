#include "LetterRegistry.h"

#include "ScanReader.h"

#include "../storage/SqlDialect.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../write/WriteGateway.h"

#include <QCryptographicHash>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

namespace caiji {

namespace {
const char* kColumns = "id, round, department, number, code, hash, tables, state, replaces, issued_by, issued_at, "
                       "voided_at, scan_name, scan_hash, signed_by, signed_at";

// The tables as printed, so that a letter reprints (and is checked) as it was.
QString tablesJson(const QVector<LetterTable>& tables)
{
    QJsonArray a;
    for (const LetterTable& t : tables)
        a.append(
            QJsonObject {{QStringLiteral("table"), t.fingerprint.table}, {QStringLiteral("rows"), t.fingerprint.rows},
                {QStringLiteral("sha256"), QString::fromLatin1(t.fingerprint.sha256.toHex())},
                {QStringLiteral("name"), t.name}, {QStringLiteral("totalName"), t.totalName},
                {QStringLiteral("total"), t.total}});
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
        LetterTable t;
        t.fingerprint = {o.value(QLatin1String("table")).toString(),
            static_cast<qint64>(o.value(QLatin1String("rows")).toDouble()),
            QByteArray::fromHex(o.value(QLatin1String("sha256")).toString().toLatin1())};
        t.name = o.value(QLatin1String("name")).toString();
        t.totalName = o.value(QLatin1String("totalName")).toString();
        t.total = o.value(QLatin1String("total")).toString();
        l.tables.append(t);
    }
    l.state = q.value(7).toString();
    l.replaces = q.value(8).toString();
    l.issuedBy = q.value(9).toString();
    l.issuedAt = q.value(10).toString();
    l.voidedAt = q.value(11).toString();
    l.scanName = q.value(12).toString();
    l.scanHash = QByteArray::fromHex(q.value(13).toString().toLatin1());
    l.signedBy = q.value(14).toString();
    l.signedAt = q.value(15).toString();
    return l;
}

QVector<TableFingerprint> IssuedLetter::fingerprints() const
{
    QVector<TableFingerprint> out;
    for (const LetterTable& t : tables)
        out.append(t.fingerprint);
    return out;
}

bool LetterRegistry::adopt(const QSqlDatabase& from, int round, const QString& department, int* adopted, QString* error)
{
    Workspace& ws = m_gateway.workspace();
    QSqlQuery q(from);
    if (!SqlUtil::exec(from,
            QStringLiteral("SELECT number, code, hash, tables, state, replaces, issued_by, issued_at, voided_at FROM "
                           "cj_letter WHERE round = ? AND department = ? ORDER BY id"),
            {round, department}, error, &q))
        return false;
    while (q.next()) {
        const QString number = q.value(0).toString();
        if (SqlUtil::scalar(ws.db(), QStringLiteral("SELECT COUNT(*) FROM cj_letter WHERE number = ?"), {number})
                .toInt()
            > 0)
            continue;
        if (!SqlUtil::exec(ws.db(),
                QStringLiteral("INSERT INTO cj_letter (round, department, number, code, hash, tables, state, replaces, "
                               "issued_by, issued_at, voided_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                {round, department, number, q.value(1), q.value(2), q.value(3),
                    // Signed is what the office records with the scan in its own registry.
                    q.value(4).toString() == QLatin1String("void") ? QStringLiteral("void") : QStringLiteral("issued"),
                    q.value(5), q.value(6), q.value(7), q.value(8)},
                error))
            return false;
        if (adopted)
            ++*adopted;
    }
    return true;
}

bool LetterRegistry::voidChanged(int round, const QString& department, QStringList* voided, QString* error)
{
    Workspace& ws = m_gateway.workspace();
    for (const IssuedLetter& l : letters(round, error)) {
        if (l.department != department || l.state == QLatin1String("void"))
            continue;
        LetterCheck c;
        if (!check(l, &c, error))
            return false;
        if (c.matches)
            continue;
        if (!SqlUtil::exec(ws.db(), QStringLiteral("UPDATE cj_letter SET state = 'void', voided_at = ? WHERE id = ?"),
                {Workspace::now(), l.id}, error))
            return false;
        if (voided)
            voided->append(l.number);
    }
    return true;
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
                tablesJson(letter->tables), letter->replaces.isEmpty() ? QVariant() : QVariant(letter->replaces),
                m_gateway.actor().login, Workspace::now()},
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

bool LetterRegistry::findNumber(const QString& number, IssuedLetter* out, QString* error) const
{
    Workspace& ws = m_gateway.workspace();
    QSqlQuery q(ws.db());
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral("SELECT %1 FROM cj_letter WHERE number = ?").arg(QLatin1String(kColumns)),
            {number.trimmed()}, error, &q))
        return false;
    if (!q.next()) {
        if (error)
            *error = tr("This workspace has no confirmation letter numbered %1.").arg(number.trimmed());
        return false;
    }
    *out = read(q);
    return true;
}

QString LetterRegistry::replacedBy(const QString& number) const
{
    Workspace& ws = m_gateway.workspace();
    return SqlUtil::scalar(ws.db(), QStringLiteral("SELECT number FROM cj_letter WHERE replaces = ?"), {number})
        .toString();
}

bool LetterRegistry::parsePayload(const QByteArray& payload, QString* number, QByteArray* hash)
{
    const QList<QByteArray> parts = payload.trimmed().split(' ');
    if (parts.size() != 4 || parts[0] != "CAIJI-LETTER" || parts[1] != "1" || parts[3].size() != 64)
        return false;
    *number = QString::fromUtf8(parts[2]);
    *hash = QByteArray::fromHex(parts[3]);
    return hash->size() == 32;
}

bool LetterRegistry::verify(const QString& code, LetterCheck* out, QString* error) const
{
    IssuedLetter letter;
    return find(code, &letter, error) && check(letter, out, error);
}

bool LetterRegistry::verifyCodeOrScan(const QString& input, LetterCheck* out, QString* error) const
{
    if (!QFileInfo(input).isFile())
        return verify(input, out, error);
    QByteArray payload;
    return ScanReader::read(input, &payload, nullptr, error) && verifyPayload(payload, out, error);
}

QStringList LetterRegistry::summary(const LetterCheck& check, const QString& departmentName)
{
    const IssuedLetter& l = check.letter;
    QStringList lines {tr("Letter %1 of %2, issued %3 by %4 (%5).")
                           .arg(l.number, departmentName, l.issuedAt.left(10), l.issuedBy, stateDisplayName(l.state))};
    if (check.matches) {
        lines.append(tr("The data still matches the letter."));
        return lines;
    }
    lines.append(tr("The data no longer matches the letter: %n table(s) changed.", nullptr,
        static_cast<int>(check.changedTables.size())));
    for (const QString& t : check.changedTables)
        lines.append(QStringLiteral("  ") + t);
    return lines;
}

bool LetterRegistry::verifyPayload(const QByteArray& payload, LetterCheck* out, QString* error) const
{
    QString number;
    QByteArray hash;
    if (!parsePayload(payload, &number, &hash)) {
        if (error)
            *error = tr("The QR code is not a Caiji confirmation letter's.");
        return false;
    }
    IssuedLetter letter;
    if (!findNumber(number, &letter, error))
        return false;
    if (letter.hash != hash) {
        if (error)
            *error = tr("The QR code names letter %1 but not the data that letter was printed for: the paper is not "
                        "this workspace's letter %1.")
                         .arg(number);
        return false;
    }
    return check(letter, out, error);
}

bool LetterRegistry::attachScan(const QString& number, const QString& fileName, const QByteArray& content,
    const QByteArray& qrPayload, QString* error)
{
    auto fail = [error](const QString& why) {
        if (error)
            *error = why;
        return false;
    };
    IssuedLetter letter;
    if (!findNumber(number, &letter, error))
        return false;
    const Actor& a = m_gateway.actor();
    if (!a.isOffice() && a.department != letter.department)
        return fail(
            tr("Only the department's own people and the supervision office attach the signed letter %1.").arg(number));
    if (letter.state == QLatin1String("void"))
        return fail(tr("Letter %1 is void: its data changed after it was printed. Print the new letter, have it "
                       "signed, and attach that one.")
                        .arg(number));
    if (content.isEmpty())
        return fail(tr("%1 is empty.").arg(fileName));
    QString scanned;
    QByteArray hash;
    if (!qrPayload.isEmpty() && parsePayload(qrPayload, &scanned, &hash)
        && (scanned != letter.number || hash != letter.hash))
        return fail(scanned != letter.number
                ? tr("The scan shows letter %1, not letter %2.").arg(scanned, letter.number)
                : tr("The scan's QR code names letter %1 but not the data it was printed for: it is not this "
                     "workspace's letter %1.")
                      .arg(scanned));
    Workspace& ws = m_gateway.workspace();
    WriteGateway::Scope scope(m_gateway);
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral("UPDATE cj_letter SET state = 'signed', scan = ?, scan_name = ?, scan_hash = ?, signed_by = "
                           "?, signed_at = ? WHERE id = ? AND state <> 'void'"),
            {content, fileName,
                QString::fromLatin1(QCryptographicHash::hash(content, QCryptographicHash::Sha256).toHex()), a.login,
                Workspace::now(), letter.id},
            error))
        return false;
    // Voided meanwhile (a merge, another print): the scan is of a letter that no longer stands.
    if (SqlUtil::scalar(ws.db(), QStringLiteral("SELECT state FROM cj_letter WHERE id = ?"), {letter.id}).toString()
        != QLatin1String("signed"))
        return fail(tr("Letter %1 is void: its data changed after it was printed. Print the new letter, have it "
                       "signed, and attach that one.")
                        .arg(number));
    return scope.commit(error);
}

bool LetterRegistry::scan(const QString& number, QByteArray* content, QString* fileName, QString* error) const
{
    Workspace& ws = m_gateway.workspace();
    QSqlQuery q(ws.db());
    if (!SqlUtil::exec(ws.db(), QStringLiteral("SELECT scan, scan_name FROM cj_letter WHERE number = ?"),
            {number.trimmed()}, error, &q))
        return false;
    if (!q.next() || q.value(0).isNull()) {
        if (error)
            *error = tr("No signed scan is attached to letter %1.").arg(number.trimmed());
        return false;
    }
    *content = q.value(0).toByteArray();
    *fileName = q.value(1).toString();
    return true;
}

bool LetterRegistry::check(const IssuedLetter& letter, LetterCheck* out, QString* error) const
{
    out->letter = letter;
    Workspace& ws = m_gateway.workspace();
    const IssuedLetter& l = out->letter;
    out->changedTables.clear();
    for (const LetterTable& printed : l.tables) {
        const TableFingerprint& then = printed.fingerprint;
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
