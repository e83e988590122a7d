#include "ImportMapping.h"

#include "../storage/Workspace.h"
#include "../value/Checksums.h"
#include "SheetStream.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace caiji {

namespace {
// Header text as people write it: spaces, required marks, units and full-width brackets vary.
QString normalise(QString s)
{
    s = Checksums::toHalfWidth(s);
    s.remove(QLatin1Char(' '));
    s.remove(QLatin1Char('*'));
    s.remove(QLatin1Char('\n'));
    const int paren = static_cast<int>(s.indexOf(QLatin1Char('(')));
    if (paren > 0 && s.endsWith(QLatin1Char(')')))
        s.truncate(paren); // "教学工作量(学时)" → "教学工作量"
    return s;
}

int matchField(const Table& t, const QString& header, const QString& group)
{
    const QString h = normalise(header);
    const QString g = normalise(group);
    if (h.isEmpty())
        return -1;
    for (int i = 0; i < t.fields.size(); ++i) {
        const Field& f = t.fields[i];
        const QString name = normalise(f.name);
        if (h == name || h == f.key || (!g.isEmpty() && (g + h == name || (normalise(f.group) == g && h == name))))
            return i;
    }
    return -1;
}

const QString settingPrefix = QStringLiteral("import.mapping.");
} // namespace

bool ImportMapping::detect(const Table& t, const QVector<SheetRow>& head, const QHash<QString, QString>& remembered,
    const QHash<int, int>& overrides)
{
    headerIndex = -1;
    int best = 0;
    for (int i = 0; i < head.size() && i < kHeadRows - 1; ++i) {
        int matches = 0;
        for (const QString& h : head[i].cells)
            matches += matchField(t, h, QString()) >= 0 ? 1 : 0;
        if (matches > best) {
            best = matches;
            headerIndex = i;
        }
    }
    // A two-row header: the group row above, the names below (or the other way round when a
    // field name spans both rows). Try the pair and keep whichever matches more columns.
    if (headerIndex >= 0 && headerIndex + 1 < head.size()) {
        int paired = 0;
        const QStringList& top = head[headerIndex].cells;
        const QStringList& below = head[headerIndex + 1].cells;
        for (int c = 0; c < qMax(top.size(), below.size()); ++c)
            paired
                += matchField(t, below.value(c).isEmpty() ? top.value(c) : below.value(c), top.value(c)) >= 0 ? 1 : 0;
        if (paired > best)
            ++headerIndex;
    }
    if (headerIndex < 0)
        return false;
    const QStringList names = head[headerIndex].cells;
    const QStringList groups = headerIndex > 0 ? head[headerIndex - 1].cells : QStringList();
    headerRow = head[headerIndex].number;
    headers.clear();
    fieldOfColumn.clear();
    unmatched.clear();
    QString lastGroup;
    for (int c = 0; c < qMax(names.size(), groups.size()); ++c) {
        // A merged group label stands only over its first column: carry it to the right.
        const QString g
            = groups.value(c).isEmpty() ? (names.value(c).isEmpty() ? QString() : lastGroup) : groups.value(c);
        if (!groups.value(c).isEmpty())
            lastGroup = groups.value(c);
        const QString header = names.value(c).isEmpty() ? groups.value(c) : names.value(c);
        headers.append(header);
        int field = matchField(t, header, names.value(c).isEmpty() ? QString() : g);
        if (remembered.contains(header))
            field = t.fieldIndex(remembered.value(header));
        if (overrides.contains(c))
            field = overrides.value(c);
        if (field >= 0 && fieldOfColumn.contains(field))
            field = -1; // a field taken twice: the first column wins
        fieldOfColumn.append(field);
        if (field < 0 && !header.isEmpty())
            unmatched.append(header);
    }
    return true;
}

QHash<QString, QString> ImportMapping::remembered(Workspace& ws, const Table& t)
{
    QHash<QString, QString> out;
    const QJsonObject saved = QJsonDocument::fromJson(ws.setting(settingPrefix + t.code).toUtf8()).object();
    for (auto it = saved.constBegin(); it != saved.constEnd(); ++it)
        out.insert(it.key(), it.value().toString());
    return out;
}

void ImportMapping::remember(Workspace& ws, const Table& t) const
{
    QJsonObject o;
    for (int c = 0; c < headers.size() && c < fieldOfColumn.size(); ++c) {
        const int f = fieldOfColumn[c];
        if (!headers[c].isEmpty())
            o.insert(headers[c], f >= 0 ? t.fields[f].key : QString());
    }
    ws.setSetting(settingPrefix + t.code, QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)), nullptr);
}

} // namespace caiji
