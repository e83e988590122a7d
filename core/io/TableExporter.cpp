#include "TableExporter.h"

#include "../util/OpenWorkspaceFiles.h"

#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../util/BoundedQueue.h"
#include "../value/ValueFormat.h"
#include "XlsxWriter.h"

#include <QDate>
#include <QFile>
#include <QSaveFile>
#include <QSqlError>
#include <QSqlQuery>

#include <thread>

namespace caiji {

QString TableExporter::selectRows(
    const Table& t, const QString& department, QVariantList* binds, int round, qint64 limit)
{
    QStringList cols;
    for (const Field& f : t.fields)
        cols.append(SqlDialect::quote(f.key));
    QString sql = QStringLiteral("SELECT %1 FROM %2 WHERE \"_round\" = ? AND \"_deleted\" = 0")
                      .arg(cols.join(QLatin1Char(',')), SqlDialect::quote(t.sqlName()));
    binds->append(round);
    if (!department.isEmpty()) {
        sql += QStringLiteral(" AND \"_dept\" = ?");
        binds->append(department);
    }
    sql += QStringLiteral(" ORDER BY \"_seq\"");
    if (limit > 0)
        sql += QStringLiteral(" LIMIT %1").arg(limit);
    return sql;
}

namespace {
// A cell formatted for the sheet on the reading thread, written on the writing thread.
struct SheetCell
{
    enum Kind : quint8
    {
        Empty,
        Text, ///< with the text format: IDs, codes, free text
        Label, ///< code labels and 是/否: Excel never takes them for numbers
        Number,
        Date,
    };
    Kind kind = Empty;
    double number = 0; ///< Number; Date as yyyymmdd
    QByteArray text;
};
using SheetRows = QVector<QVector<SheetCell>>;
constexpr int kBatchRows = 1000;
constexpr int kMaxBatches = 16;
} // namespace

bool TableExporter::writeSheet(XlsxWriter& xlsx, const Table& t, const QString& sheetName, qint64* rows, QString* error)
{
    if (!xlsx.addSheet(sheetName, error))
        return false;
    QStringList headers;
    for (const Field& f : t.fields)
        headers.append(f.headerLabel());
    xlsx.writeHeader(headers);
    for (int c = 0; c < t.fields.size(); ++c) {
        const Field& f = t.fields[c];
        xlsx.setColumnWidth(c,
            qBound(
                8.0, double(qMax(f.headerLabel().size() * 2 + 2, f.maxLength > 0 ? qMin(f.maxLength, 30) : 12)), 40.0));
    }
    QVariantList binds;
    QSqlQuery q(m_ws.db());
    q.setForwardOnly(true);
    if (!SqlUtil::exec(m_ws.db(), selectRows(t, m_department, &binds, m_round, m_limit), binds, error, &q))
        return false;
    const Catalog& cat = m_ws.catalog();
    // Code labels by code, one hash per code column: the lists are searched per cell otherwise.
    QVector<QHash<QString, QString>> labels(t.fields.size());
    for (int c = 0; c < t.fields.size(); ++c) {
        if (t.fields[c].type != FieldType::Code)
            continue;
        if (const CodeList* list = cat.codeList(t.fields[c].codeList)) {
            for (const CodeItem& item : list->items)
                labels[c].insert(item.code, item.label);
        }
    }
    // Reading and formatting here, libxlsxwriter's XML on a second thread: the two take about
    // as long, and the zip compression at the end cannot start before both are done.
    BoundedQueue<SheetRows> queue(kMaxBatches);
    std::thread writer([&xlsx, &queue]() {
        SheetRows batch;
        int row = 1;
        while (queue.pop(&batch)) {
            for (const QVector<SheetCell>& cells : batch) {
                for (int c = 0; c < cells.size(); ++c) {
                    const SheetCell& cell = cells[c];
                    switch (cell.kind) {
                    case SheetCell::Empty:
                        break;
                    case SheetCell::Text:
                    case SheetCell::Label:
                        xlsx.writeUtf8(row, c, cell.text, cell.kind == SheetCell::Text);
                        break;
                    case SheetCell::Number:
                        xlsx.writeNumber(row, c, cell.number);
                        break;
                    case SheetCell::Date: {
                        const int ymd = static_cast<int>(cell.number);
                        xlsx.writeDate(row, c, ymd / 10000, ymd / 100 % 100, ymd % 100);
                        break;
                    }
                    }
                }
                ++row;
            }
        }
    });
    SheetRows batch;
    batch.reserve(kBatchRows);
    qint64 written = 0;
    bool ok = true;
    while (ok && q.next()) {
        QVector<SheetCell> cells(t.fields.size());
        for (int c = 0; c < t.fields.size(); ++c) {
            const Field& f = t.fields[c];
            const QVariant v = SqlDialect::fromDatabase(f, q.value(c));
            if (v.isNull() || !v.isValid())
                continue;
            SheetCell& cell = cells[c];
            switch (f.type) {
            case FieldType::Integer:
            case FieldType::Decimal:
            case FieldType::Year:
                cell.kind = SheetCell::Number;
                cell.number = v.toDouble();
                break;
            case FieldType::Date: {
                const QDate d = v.toDate();
                cell.kind = d.isValid() ? SheetCell::Date : SheetCell::Text;
                cell.number = d.year() * 10000 + d.month() * 100 + d.day();
                cell.text = v.toString().toUtf8();
                break;
            }
            case FieldType::Code:
                cell.kind = m_labels ? SheetCell::Label : SheetCell::Text;
                cell.text = (m_labels ? labels[c].value(v.toString(), v.toString()) : v.toString()).toUtf8();
                break;
            case FieldType::Boolean:
                cell.kind = SheetCell::Label;
                cell.text = ValueFormat::display(cat, f, v).toUtf8();
                break;
            default:
                cell.kind = SheetCell::Text;
                cell.text = v.toString().toUtf8();
            }
        }
        batch.append(std::move(cells));
        ++written;
        if (batch.size() == kBatchRows) {
            ok = queue.push(std::move(batch));
            batch = SheetRows();
            batch.reserve(kBatchRows);
        }
        if (m_progress && written % 5000 == 0 && !m_progress((rows ? *rows : 0) + written)) {
            if (error)
                *error = TableExporter::tr("Export cancelled.");
            ok = false;
        }
    }
    // A read that stops on an error must not pass for the end of the table.
    if (ok && q.lastError().isValid()) {
        if (error)
            *error = TableExporter::tr("Could not read table %1: %2").arg(t.code, SqlUtil::describe(q));
        ok = false;
    }
    if (ok && !batch.isEmpty())
        queue.push(std::move(batch));
    if (ok)
        queue.close();
    else
        queue.cancel();
    writer.join();
    if (rows)
        *rows += written;
    return ok;
}

bool TableExporter::writeCsv(const Table& t, const QString& path, qint64* rows, QString* error)
{
    const QString refused = OpenWorkspaceFiles::refusal(path);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly)) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    auto line = [](const QStringList& cells) {
        QStringList quoted;
        for (const QString& c : cells) {
            if (c.contains(QLatin1Char(',')) || c.contains(QLatin1Char('"')) || c.contains(QLatin1Char('\n'))) {
                QString q = c;
                q.replace(QLatin1Char('"'), QLatin1String("\"\""));
                quoted.append(QLatin1Char('"') + q + QLatin1Char('"'));
            } else {
                quoted.append(c);
            }
        }
        return (quoted.join(QLatin1Char(',')) + QStringLiteral("\r\n")).toUtf8();
    };
    file.write("\xEF\xBB\xBF");
    QStringList headers;
    for (const Field& f : t.fields)
        headers.append(f.headerLabel());
    file.write(line(headers));
    QVariantList binds;
    QSqlQuery q(m_ws.db());
    q.setForwardOnly(true);
    if (!SqlUtil::exec(m_ws.db(), selectRows(t, m_department, &binds, m_round, m_limit), binds, error, &q))
        return false;
    while (q.next()) {
        QStringList cells;
        for (int c = 0; c < t.fields.size(); ++c) {
            const Field& f = t.fields[c];
            const QVariant v = SqlDialect::fromDatabase(f, q.value(c));
            cells.append(
                f.type == FieldType::Code && !m_labels ? v.toString() : ValueFormat::display(m_ws.catalog(), f, v));
        }
        file.write(line(cells));
        if (rows)
            ++*rows;
    }
    if (q.lastError().isValid()) {
        file.cancelWriting();
        if (error)
            *error = tr("Could not read table %1: %2").arg(t.code, SqlUtil::describe(q));
        return false;
    }
    if (!file.commit()) {
        if (error)
            *error = tr("Cannot write %1: %2").arg(path, file.errorString());
        return false;
    }
    return true;
}

bool TableExporter::exportTable(const QString& tableCode, const QString& path, qint64* rows, QString* error)
{
    const Table* t = m_ws.catalog().table(tableCode);
    if (!t) {
        if (error)
            *error = tr("The catalog has no table %1.").arg(tableCode);
        return false;
    }
    if (!path.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
        return writeWorkbook({{t, t->title()}}, path, rows, error);
    m_exported.clear();
    if (rows)
        *rows = 0;
    qint64 written = 0;
    if (!writeCsv(*t, path, &written, error))
        return false;
    m_exported.append({t->code, QString(), written});
    if (rows)
        *rows = written;
    return true;
}

bool TableExporter::exportNational(const QString& path, qint64* rows, QString* error)
{
    QVector<QPair<const Table*, QString>> sheets;
    for (const Table* t : m_ws.catalog().nationalOrder()) {
        if (t->national)
            sheets.append({t, t->national->sheet});
    }
    const bool labels = m_labels;
    m_labels = false; // the platform takes codes
    const bool ok = writeWorkbook(sheets, path, rows, error);
    m_labels = labels;
    return ok;
}

bool TableExporter::exportTables(
    const QStringList& tableCodes, const QString& path, qint64* rows, QString* error, bool withEmpty)
{
    QVector<QPair<const Table*, QString>> sheets;
    for (const Table& t : m_ws.catalog().tables) {
        if (!tableCodes.contains(t.code) || (!withEmpty && countRows(t) == 0))
            continue;
        sheets.append({&t, t.title()});
    }
    if (sheets.isEmpty()) {
        if (error)
            *error = tr("None of these tables has rows to export.");
        return false;
    }
    return writeWorkbook(sheets, path, rows, error);
}

qint64 TableExporter::countRows(const Table& t) const
{
    QVariantList binds = {m_round};
    QString sql = QStringLiteral("SELECT COUNT(*) FROM %1 WHERE \"_round\" = ? AND \"_deleted\" = 0")
                      .arg(SqlDialect::quote(t.sqlName()));
    if (!m_department.isEmpty()) {
        sql += QStringLiteral(" AND \"_dept\" = ?");
        binds.append(m_department);
    }
    return SqlUtil::scalar(m_ws.db(), sql, binds).toLongLong();
}

bool TableExporter::writeWorkbook(
    const QVector<QPair<const Table*, QString>>& sheets, const QString& path, qint64* rows, QString* error)
{
    m_exported.clear();
    qint64 total = 0;
    XlsxWriter xlsx;
    if (!xlsx.open(path, error))
        return false;
    for (const auto& [table, name] : sheets) {
        qint64 written = 0;
        // Progress counts every row of the workbook, not of the sheet.
        const std::function<bool(qint64)> progress = m_progress;
        if (progress)
            m_progress = [&progress, total](qint64 done) { return progress(total + done); };
        const bool ok = writeSheet(xlsx, *table, name, &written, error);
        m_progress = progress;
        if (!ok) {
            xlsx.close(nullptr);
            QFile::remove(path);
            m_exported.clear();
            return false;
        }
        m_exported.append({table->code, xlsx.sheetName(), written});
        total += written;
    }
    if (rows)
        *rows = total;
    return xlsx.close(error);
}

} // namespace caiji
