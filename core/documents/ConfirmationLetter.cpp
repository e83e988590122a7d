#include "ConfirmationLetter.h"

#include "DocumentTemplate.h"
#include "PrintoutHeading.h"
#include "QrCode.h"

#include "../auth/Accounts.h"
#include "../storage/Directory.h"
#include "../storage/SqlDialect.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../workflow/Assignments.h"

#include <QLocale>

namespace caiji {

namespace {
/// The field a control total sums: the table's first count or amount (not a year, not a code).
const Field* totalField(const Table& t)
{
    for (const Field& f : t.fields) {
        if (f.type == FieldType::Integer || f.type == FieldType::Decimal)
            return &f;
    }
    return nullptr;
}
} // namespace

bool ConfirmationLetter::build(
    Workspace& ws, int round, const QString& department, ConfirmationLetter* out, QString* error)
{
    ConfirmationLetter l;
    l.round = round;
    l.department = department;
    l.date = QDate::currentDate();
    Department d;
    if (!Directory(ws).findDepartment(department, &d)) {
        if (error)
            *error = tr("There is no department \"%1\".").arg(department);
        return false;
    }
    l.department = d.code;
    l.departmentName = d.fullName.isEmpty() ? d.name : d.fullName;
    QVector<TableFingerprint> prints;
    if (!Fingerprint::ofDepartment(ws, round, d.code, &prints, error))
        return false;
    if (prints.isEmpty()) {
        if (error)
            *error = tr("%1 has no task in round %2: there is nothing to confirm.").arg(d.name).arg(round);
        return false;
    }
    // A draft until the head has confirmed every task (or the office has gone further).
    l.draft = false;
    for (const Assignment& a : Assignments(ws).all(round)) {
        if (a.department != d.code)
            continue;
        if (taskBeforeSubmission(a.state) || a.state == TaskState::Submitted)
            l.draft = true;
    }
    for (const TableFingerprint& f : std::as_const(prints)) {
        const Table* t = ws.catalog().table(f.table);
        LetterTable lt;
        lt.fingerprint = f;
        lt.name = t->name;
        if (const Field* sum = totalField(*t)) {
            lt.totalName = sum->name;
            const QVariant v = SqlUtil::scalar(ws.db(),
                QStringLiteral("SELECT SUM(%1) FROM %2 WHERE \"_round\" = ? AND \"_dept\" = ? AND \"_deleted\" = 0")
                    .arg(SqlDialect::quote(sum->key), SqlDialect::quote(t->sqlName())),
                {round, d.code});
            lt.total = v.isNull()                 ? QStringLiteral("0")
                : sum->type == FieldType::Decimal ? QString::fromLatin1(Fingerprint::canonicalValue(*sum, v.toDouble()))
                                                  : QString::number(v.toLongLong());
        }
        l.tables.append(lt);
    }
    l.hash = Fingerprint::letterHash(prints);
    l.code = Fingerprint::code(l.hash);
    l.number = QStringLiteral("%1-%2-%3").arg(round).arg(d.code).arg(1, 3, 10, QLatin1Char('0'));
    l.describe(ws);
    *out = l;
    return true;
}

void ConfirmationLetter::describe(Workspace& ws)
{
    college = PrintoutHeading::college(ws, round);
    roundName = PrintoutHeading::roundName(ws, round);
    Department d;
    if (Directory(ws).findDepartment(department, &d))
        departmentName = d.fullName.isEmpty() ? d.name : d.fullName;
    for (const User& u : Accounts(ws).users()) {
        if (u.active && u.department == department && u.roles.contains(Role::Head)) {
            head = u.displayName;
            break;
        }
    }
}

QVector<TableFingerprint> ConfirmationLetter::fingerprints() const
{
    QVector<TableFingerprint> out;
    for (const LetterTable& t : tables)
        out.append(t.fingerprint);
    return out;
}

QByteArray ConfirmationLetter::qrPayload() const
{
    return QByteArrayLiteral("CAIJI-LETTER 1 ") + number.toUtf8() + ' ' + hash.toHex();
}

TemplateSchema ConfirmationLetter::schema()
{
    TemplateSchema s;
    s.values = {QStringLiteral("college"), QStringLiteral("year"), QStringLiteral("round"),
        QStringLiteral("department"), QStringLiteral("number"), QStringLiteral("code"), QStringLiteral("date"),
        QStringLiteral("head"), QStringLiteral("draft"), QStringLiteral("qr"), QStringLiteral("replaces"),
        QStringLiteral("voided"), QStringLiteral("replacedBy")};
    s.lists.insert(QStringLiteral("tables"),
        {QStringLiteral("code"), QStringLiteral("name"), QStringLiteral("rows"), QStringLiteral("totalName"),
            QStringLiteral("total")});
    return s;
}

QVariantHash ConfirmationLetter::templateData(QString* error) const
{
    QVariantList rows;
    for (const LetterTable& t : tables) {
        rows.append(QVariantHash {{QStringLiteral("code"), t.fingerprint.table}, {QStringLiteral("name"), t.name},
            {QStringLiteral("rows"), t.fingerprint.rows}, {QStringLiteral("totalName"), t.totalName},
            {QStringLiteral("total"), t.total}});
    }
    return {{QStringLiteral("college"), college}, {QStringLiteral("year"), round},
        {QStringLiteral("round"), roundName.isEmpty() ? QString::number(round) : roundName},
        {QStringLiteral("department"), departmentName}, {QStringLiteral("number"), number},
        {QStringLiteral("code"), code}, {QStringLiteral("date"), date.toString(QStringLiteral("yyyy年M月d日"))},
        {QStringLiteral("head"), head}, {QStringLiteral("draft"), draft}, {QStringLiteral("replaces"), replaces},
        {QStringLiteral("voided"), voided}, {QStringLiteral("replacedBy"), replacedBy},
        {QStringLiteral("qr"), QrCode::dataUrl(qrPayload(), 6, error)}, {QStringLiteral("tables"), rows}};
}

} // namespace caiji
