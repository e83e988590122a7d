#include "Fingerprint.h"

#include "../storage/NativeSqliteStatement.h"
#include "../storage/SqlDialect.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../workflow/Assignments.h"

#include <QCryptographicHash>
#include <QDate>
#include <QSqlQuery>

#include <sqlite3.h>

#include <algorithm>
#include <cmath>

namespace caiji {

namespace {
// Crockford's base 32: no I, L, O, U, so that a typed code is not misread.
constexpr char kAlphabet[] = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

QByteArray escaped(const QString& text)
{
    QByteArray utf8 = text.toUtf8();
    // Nearly every value has nothing to escape: then its UTF-8 is its canonical spelling.
    bool plain = true;
    for (const char c : std::as_const(utf8)) {
        if (c == '\\' || c == '\t' || c == '\n' || c == '\r') {
            plain = false;
            break;
        }
    }
    if (plain)
        return utf8;
    QByteArray out;
    out.reserve(utf8.size() + 8);
    for (const char c : utf8) {
        switch (c) {
        case '\\':
            out += "\\\\";
            break;
        case '\t':
            out += "\\t";
            break;
        case '\n':
            out += "\\n";
            break;
        case '\r':
            out += "\\r";
            break;
        default:
            out += c;
        }
    }
    return out;
}

/// Luhn mod 32 over the alphabet: catches every single wrong character and every swap of two
/// neighbours.
int checkValue(const QByteArray& symbols)
{
    int factor = 2;
    int sum = 0;
    for (qsizetype i = symbols.size() - 1; i >= 0; --i) {
        const int v = static_cast<int>(std::strchr(kAlphabet, symbols[i]) - kAlphabet);
        int addend = factor * v;
        factor = factor == 2 ? 1 : 2;
        addend = addend / 32 + addend % 32;
        sum += addend;
    }
    return (32 - sum % 32) % 32;
}
} // namespace

QByteArray Fingerprint::canonicalValue(const Field& field, const QVariant& value)
{
    if (value.isNull() || !value.isValid())
        return QByteArrayLiteral("\\N");
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Year:
        return QByteArray::number(value.toLongLong());
    case FieldType::Decimal: {
        // Fixed to the field's decimals, so that 12.5 and 12.50 are the same figure on either backend.
        const double v = value.toDouble();
        QByteArray text = QByteArray::number(v, 'f', field.decimals);
        if (text.startsWith('-') && text.count('0') + text.count('.') == text.size() - 1)
            text.remove(0, 1); // -0.00 is 0.00
        return text;
    }
    case FieldType::Date:
        return (value.typeId() == QMetaType::QDate ? value.toDate() : QDate::fromString(value.toString(), Qt::ISODate))
            .toString(Qt::ISODate)
            .toLatin1();
    case FieldType::Boolean:
        return value.toBool() ? QByteArrayLiteral("1") : QByteArrayLiteral("0");
    default:
        return escaped(value.toString());
    }
}

QByteArray Fingerprint::canonicalRow(const Table& table, const QVector<QVariant>& values)
{
    QByteArray line;
    for (int i = 0; i < table.fields.size(); ++i) {
        if (i > 0)
            line += '\t';
        line += canonicalValue(table.fields[i], values.value(i));
    }
    return line;
}

namespace {
QByteArray tableHeader(const Table& table)
{
    QByteArray out = QByteArrayLiteral("caiji-fingerprint ") + QByteArray::number(Fingerprint::kVersion) + '\n';
    out += QByteArrayLiteral("table\t") + table.code.toUtf8() + '\n';
    out += QByteArrayLiteral("fields");
    for (const Field& f : table.fields)
        out += '\t' + f.key.toUtf8();
    out += '\n';
    return out;
}
} // namespace

QByteArray Fingerprint::canonicalTable(const Table& table, QVector<QByteArray> lines)
{
    std::sort(lines.begin(), lines.end());
    QByteArray out = tableHeader(table);
    for (const QByteArray& l : std::as_const(lines))
        out += l + '\n';
    return out;
}

namespace {
/// The canonical spelling of one column of the current row, read straight from SQLite: the same
/// bytes canonicalValue() gives for the value Qt's driver would have read, without the QVariant
/// and QString on the way (the fingerprint of a whole round reads millions of values).
void appendNative(sqlite3_stmt* stmt, int i, const Field& field, QByteArray* line)
{
    if (sqlite3_column_type(stmt, i) == SQLITE_NULL) {
        *line += "\\N";
        return;
    }
    switch (field.type) {
    case FieldType::Integer:
    case FieldType::Year:
        *line += QByteArray::number(static_cast<qint64>(sqlite3_column_int64(stmt, i)));
        return;
    case FieldType::Boolean:
        *line += sqlite3_column_int64(stmt, i) != 0 ? '1' : '0';
        return;
    case FieldType::Decimal:
        *line += Fingerprint::canonicalValue(field, sqlite3_column_double(stmt, i));
        return;
    case FieldType::Date: {
        const char* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
        const int n = sqlite3_column_bytes(stmt, i);
        // Stored as YYYY-MM-DD; anything else takes the long way, as Qt would read it.
        if (n == 10 && text[4] == '-' && text[7] == '-')
            line->append(text, n);
        else
            *line += Fingerprint::canonicalValue(field, QString::fromUtf8(text, n));
        return;
    }
    default: {
        const char* text = reinterpret_cast<const char*>(sqlite3_column_text(stmt, i));
        const int n = sqlite3_column_bytes(stmt, i);
        for (int k = 0; k < n; ++k) {
            switch (text[k]) {
            case '\\':
                *line += "\\\\";
                break;
            case '\t':
                *line += "\\t";
                break;
            case '\n':
                *line += "\\n";
                break;
            case '\r':
                *line += "\\r";
                break;
            default:
                *line += text[k];
            }
        }
        return;
    }
    }
}

bool nativeLines(sqlite3* handle, const QString& sql, int round, const QString& department, const Table& table,
    QVector<QByteArray>* lines, QString* error)
{
    sqlite3_stmt* stmt = nullptr;
    const QByteArray utf8 = sql.toUtf8();
    if (sqlite3_prepare_v2(handle, utf8.constData(), static_cast<int>(utf8.size()), &stmt, nullptr) != SQLITE_OK) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    const QByteArray dept = department.toUtf8();
    sqlite3_bind_int64(stmt, 1, round);
    if (!department.isEmpty())
        sqlite3_bind_text(stmt, 2, dept.constData(), static_cast<int>(dept.size()), SQLITE_STATIC);
    const int n = static_cast<int>(table.fields.size());
    int rc = SQLITE_ROW;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        QByteArray line;
        line.reserve(16 * n);
        for (int i = 0; i < n; ++i) {
            if (i > 0)
                line += '\t';
            appendNative(stmt, i, table.fields[i], &line);
        }
        lines->append(std::move(line));
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE) {
        if (error)
            *error = QString::fromUtf8(sqlite3_errmsg(handle));
        return false;
    }
    return true;
}
} // namespace

bool Fingerprint::ofTable(Workspace& ws, const Table& table, int round, const QString& department,
    TableFingerprint* out, QString* error, bool native)
{
    QStringList cols;
    for (const Field& f : table.fields)
        cols.append(SqlDialect::quote(f.key));
    const QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE \"_round\" = ? AND \"_deleted\" = 0%3")
                            .arg(cols.isEmpty() ? QStringLiteral("1") : cols.join(QStringLiteral(", ")),
                                SqlDialect::quote(table.sqlName()),
                                department.isEmpty() ? QString() : QStringLiteral(" AND \"_dept\" = ?"));
    QVector<QByteArray> lines;
    if (sqlite3* handle = native ? NativeSqliteStatement::handleOf(ws.db()) : nullptr) {
        if (!nativeLines(handle, sql, round, department, table, &lines, error))
            return false;
        finishTable(table, std::move(lines), out);
        return true;
    }
    QSqlQuery q(ws.db());
    q.setForwardOnly(true);
    QVariantList binds {round};
    if (!department.isEmpty())
        binds.append(department);
    if (!SqlUtil::exec(ws.db(), sql, binds, error, &q))
        return false;
    const int n = static_cast<int>(table.fields.size());
    while (q.next()) {
        QByteArray line;
        line.reserve(16 * n);
        for (int i = 0; i < n; ++i) {
            if (i > 0)
                line += '\t';
            line += canonicalValue(table.fields[i], SqlDialect::fromDatabase(table.fields[i], q.value(i)));
        }
        lines.append(std::move(line));
    }
    finishTable(table, std::move(lines), out);
    return true;
}

bool Fingerprint::ofDepartment(
    Workspace& ws, int round, const QString& department, QVector<TableFingerprint>* out, QString* error)
{
    QString e;
    QSet<QString> tasks;
    for (const Assignment& a : Assignments(ws).all(round, &e)) {
        if (a.department == department)
            tasks.insert(a.tableCode);
    }
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    out->clear();
    for (const Table& t : ws.catalog().tables) {
        if (!tasks.contains(t.code))
            continue;
        TableFingerprint f;
        if (!ofTable(ws, t, round, department, &f, error))
            return false;
        out->append(f);
    }
    return true;
}

void Fingerprint::finishTable(const Table& table, QVector<QByteArray> lines, TableFingerprint* out)
{
    // Hashed line by line: the same bytes as canonicalTable(), without building them in one piece.
    std::sort(lines.begin(), lines.end());
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(tableHeader(table));
    for (const QByteArray& l : std::as_const(lines)) {
        hash.addData(l);
        hash.addData(QByteArrayView("\n", 1));
    }
    out->table = table.code;
    out->rows = lines.size();
    out->sha256 = hash.result();
}

QByteArray Fingerprint::letterHash(const QVector<TableFingerprint>& tables)
{
    QByteArray text = QByteArrayLiteral("caiji-letter ") + QByteArray::number(kVersion) + '\n';
    for (const TableFingerprint& t : tables)
        text += t.table.toUtf8() + '\t' + t.sha256.toHex() + '\n';
    return QCryptographicHash::hash(text, QCryptographicHash::Sha256);
}

QString Fingerprint::code(const QByteArray& hash)
{
    // 80 bits: 16 symbols of 5 bits, most significant first.
    QByteArray symbols;
    for (int i = 0; i < 16; ++i) {
        int v = 0;
        for (int b = 0; b < 5; ++b) {
            const int bit = i * 5 + b;
            v = (v << 1) | ((static_cast<unsigned char>(hash.at(bit / 8)) >> (7 - bit % 8)) & 1);
        }
        symbols += kAlphabet[v];
    }
    const char check = kAlphabet[checkValue(symbols)];
    return QStringLiteral("%1-%2-%3-%4-%5")
        .arg(QString::fromLatin1(symbols.mid(0, 4)), QString::fromLatin1(symbols.mid(4, 4)),
            QString::fromLatin1(symbols.mid(8, 4)), QString::fromLatin1(symbols.mid(12, 4)), QChar::fromLatin1(check));
}

QString Fingerprint::normalizeCode(const QString& typed, QString* error)
{
    QByteArray symbols;
    for (QChar c : typed.toUpper()) {
        // Full-width letters, digits and dashes typed on a Chinese keyboard count as their ASCII selves.
        if (c.unicode() >= 0xFF01 && c.unicode() <= 0xFF5E)
            c = QChar(c.unicode() - 0xFEE0).toUpper();
        if (c.isSpace() || c == QLatin1Char('-'))
            continue;
        char a = c.toLatin1();
        if (a == 'O')
            a = '0';
        else if (a == 'I' || a == 'L')
            a = '1';
        if (!a || !std::strchr(kAlphabet, a)) {
            if (error)
                *error = tr("\"%1\" is not a character of a verification code.").arg(c);
            return QString();
        }
        symbols += a;
    }
    if (symbols.size() != 17) {
        if (error)
            *error = tr("A verification code has 17 characters (16 and a check character); this one has %1.")
                         .arg(symbols.size());
        return QString();
    }
    const QByteArray body = symbols.left(16);
    if (kAlphabet[checkValue(body)] != symbols.at(16)) {
        if (error)
            *error = tr("The check character does not match: a character of the verification code is mistyped.");
        return QString();
    }
    return QString::fromLatin1(body);
}

} // namespace caiji
