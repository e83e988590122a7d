#include "XlsxReader.h"

#include <expat.h>
#include <unzip.h>

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <cmath>

namespace caiji {

struct XlsxReader::Impl
{
    QString path;
    unzFile zip = nullptr;
    QStringList shared;
    QVector<bool> dateStyle; ///< per cellXfs index: the number format shows a date
    QVector<bool> timeStyle;
    bool date1904 = false;
    QVector<SheetInfo> sheets;
    QStringList sheetParts;
    QString error;

    ~Impl()
    {
        if (zip)
            unzClose(zip);
    }

    bool fail(const QString& message)
    {
        error = message;
        return false;
    }

    /// Streams one part of the package through an expat parser.
    bool parsePart(const QString& part, XML_Parser parser, bool required);
};

namespace {

QString name(const XML_Char* n)
{
    // Drop a namespace prefix ("x:row" in some writers).
    QString s = QString::fromUtf8(n);
    const int colon = static_cast<int>(s.indexOf(QLatin1Char(':')));
    return colon >= 0 ? s.mid(colon + 1) : s;
}

QString attr(const XML_Char** atts, const char* key)
{
    for (int i = 0; atts[i]; i += 2) {
        if (name(atts[i]) == QLatin1String(key))
            return QString::fromUtf8(atts[i + 1]);
    }
    return QString();
}

bool isDateFormat(int id, const QString& code)
{
    if ((id >= 14 && id <= 22) || (id >= 45 && id <= 47) || (id >= 27 && id <= 36) || (id >= 50 && id <= 58))
        return true;
    if (code.isEmpty())
        return false;
    // Date letters outside quoted text and [colour]/[locale] brackets.
    bool quoted = false;
    int bracket = 0;
    for (QChar c : code) {
        if (c == QLatin1Char('"'))
            quoted = !quoted;
        else if (!quoted && c == QLatin1Char('['))
            ++bracket;
        else if (!quoted && c == QLatin1Char(']'))
            --bracket;
        else if (!quoted && bracket == 0 && QStringLiteral("ymdhsYMDHS").contains(c))
            return true;
    }
    return false;
}

bool hasTime(const QString& code, int id)
{
    if (id >= 18 && id <= 22)
        return true;
    return code.contains(QLatin1Char('h'), Qt::CaseInsensitive) || code.contains(QLatin1String("ss"));
}

// Column letters of a cell reference ("AB12") as a 0-based index.
int columnOf(const QString& ref)
{
    int col = 0;
    for (QChar c : ref) {
        if (c >= QLatin1Char('A') && c <= QLatin1Char('Z'))
            col = col * 26 + (c.unicode() - 'A' + 1);
        else
            break;
    }
    return col - 1;
}

QString numberText(const QString& raw)
{
    bool ok = false;
    const double v = raw.toDouble(&ok);
    if (!ok)
        return raw;
    if (std::isfinite(v) && std::floor(v) == v && std::abs(v) < 1e15)
        return QString::number(static_cast<qint64>(v));
    return QString::number(v, 'g', 15);
}

// ---- expat handlers -------------------------------------------------------------------------

struct TextCollector
{
    QString text;
    bool inText = false;
    int phonetic = 0; // <rPh> runs are pronunciation guides, not content
};

struct SharedState
{
    XlsxReader::Impl* d;
    TextCollector t;
    bool inSi = false;
};

void XMLCALL sharedStart(void* data, const XML_Char* el, const XML_Char**)
{
    auto* s = static_cast<SharedState*>(data);
    const QString n = name(el);
    if (n == QLatin1String("si")) {
        s->inSi = true;
        s->t.text.clear();
    } else if (n == QLatin1String("rPh")) {
        ++s->t.phonetic;
    } else if (n == QLatin1String("t") && s->inSi && s->t.phonetic == 0) {
        s->t.inText = true;
    }
}

void XMLCALL sharedEnd(void* data, const XML_Char* el)
{
    auto* s = static_cast<SharedState*>(data);
    const QString n = name(el);
    if (n == QLatin1String("si")) {
        s->d->shared.append(s->t.text);
        s->inSi = false;
    } else if (n == QLatin1String("rPh")) {
        --s->t.phonetic;
    } else if (n == QLatin1String("t")) {
        s->t.inText = false;
    }
}

void XMLCALL collectText(void* data, const XML_Char* text, int len)
{
    auto* t = static_cast<TextCollector*>(data);
    if (t->inText)
        t->text += QString::fromUtf8(text, len);
}

void XMLCALL sharedText(void* data, const XML_Char* text, int len)
{
    collectText(&static_cast<SharedState*>(data)->t, text, len);
}

struct StylesState
{
    XlsxReader::Impl* d;
    QHash<int, QString> formats;
    bool inCellXfs = false;
};

void XMLCALL stylesStart(void* data, const XML_Char* el, const XML_Char** atts)
{
    auto* s = static_cast<StylesState*>(data);
    const QString n = name(el);
    if (n == QLatin1String("numFmt")) {
        s->formats.insert(attr(atts, "numFmtId").toInt(), attr(atts, "formatCode"));
    } else if (n == QLatin1String("cellXfs")) {
        s->inCellXfs = true;
    } else if (n == QLatin1String("xf") && s->inCellXfs) {
        const int id = attr(atts, "numFmtId").toInt();
        const QString code = s->formats.value(id);
        s->d->dateStyle.append(isDateFormat(id, code));
        s->d->timeStyle.append(hasTime(code, id));
    }
}

void XMLCALL stylesEnd(void* data, const XML_Char* el)
{
    if (name(el) == QLatin1String("cellXfs"))
        static_cast<StylesState*>(data)->inCellXfs = false;
}

struct WorkbookState
{
    XlsxReader::Impl* d;
    QStringList ids;
};

void XMLCALL workbookStart(void* data, const XML_Char* el, const XML_Char** atts)
{
    auto* s = static_cast<WorkbookState*>(data);
    const QString n = name(el);
    if (n == QLatin1String("workbookPr")) {
        const QString v = attr(atts, "date1904");
        s->d->date1904 = v == QLatin1String("1") || v == QLatin1String("true");
    } else if (n == QLatin1String("sheet")) {
        const QString state = attr(atts, "state");
        s->d->sheets.append({attr(atts, "name"), state == QLatin1String("hidden") || state == QLatin1String("veryHidden")});
        s->ids.append(attr(atts, "id"));
    }
}

struct RelsState
{
    QHash<QString, QString> targets;
};

void XMLCALL relsStart(void* data, const XML_Char* el, const XML_Char** atts)
{
    if (name(el) == QLatin1String("Relationship"))
        static_cast<RelsState*>(data)->targets.insert(attr(atts, "Id"), attr(atts, "Target"));
}

struct SheetState
{
    XlsxReader::Impl* d;
    const std::function<bool(int, const QStringList&)>* callback;
    QStringList cells;
    int row = 0;
    int nextRow = 1;
    int column = -1;
    int nextColumn = 0;
    QString type;
    int style = -1;
    TextCollector value; // <v>
    TextCollector inlineText; // <is><t>
    bool inInline = false;
    bool stopped = false;
    XML_Parser parser = nullptr;
};

QString cellText(SheetState* s)
{
    const QString& t = s->type;
    if (t == QLatin1String("s")) {
        const int i = s->value.text.toInt();
        return i >= 0 && i < s->d->shared.size() ? s->d->shared.at(i) : QString();
    }
    if (t == QLatin1String("inlineStr"))
        return s->inlineText.text;
    if (t == QLatin1String("str") || t == QLatin1String("e"))
        return s->value.text;
    if (t == QLatin1String("b"))
        return s->value.text.trimmed() == QLatin1String("1") ? QStringLiteral("是") : QStringLiteral("否");
    if (t == QLatin1String("d"))
        return s->value.text.left(10);
    if (s->value.text.isEmpty())
        return QString();
    if (s->style >= 0 && s->style < s->d->dateStyle.size() && s->d->dateStyle.at(s->style)) {
        bool ok = false;
        const double serial = s->value.text.toDouble(&ok);
        if (ok) {
            const QDate base = s->d->date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
            const qint64 days = static_cast<qint64>(std::floor(serial));
            const QDate date = base.addDays(days);
            if (s->d->timeStyle.value(s->style)) {
                const int seconds = static_cast<int>(std::lround((serial - std::floor(serial)) * 86400.0));
                return QDateTime(date, QTime(0, 0).addSecs(seconds)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
            }
            return date.toString(Qt::ISODate);
        }
    }
    return numberText(s->value.text);
}

void XMLCALL sheetStart(void* data, const XML_Char* el, const XML_Char** atts)
{
    auto* s = static_cast<SheetState*>(data);
    const QString n = name(el);
    if (n == QLatin1String("row")) {
        const QString r = attr(atts, "r");
        s->row = r.isEmpty() ? s->nextRow : r.toInt();
        s->nextRow = s->row + 1;
        s->cells.clear();
        s->nextColumn = 0;
    } else if (n == QLatin1String("c")) {
        const QString r = attr(atts, "r");
        s->column = r.isEmpty() ? s->nextColumn : columnOf(r);
        s->nextColumn = s->column + 1;
        s->type = attr(atts, "t");
        const QString st = attr(atts, "s");
        s->style = st.isEmpty() ? -1 : st.toInt();
        s->value.text.clear();
        s->inlineText.text.clear();
    } else if (n == QLatin1String("v")) {
        s->value.inText = true;
    } else if (n == QLatin1String("is")) {
        s->inInline = true;
    } else if (n == QLatin1String("rPh")) {
        ++s->inlineText.phonetic;
    } else if (n == QLatin1String("t") && s->inInline && s->inlineText.phonetic == 0) {
        s->inlineText.inText = true;
    }
}

void XMLCALL sheetEnd(void* data, const XML_Char* el)
{
    auto* s = static_cast<SheetState*>(data);
    const QString n = name(el);
    if (n == QLatin1String("v")) {
        s->value.inText = false;
    } else if (n == QLatin1String("t")) {
        s->inlineText.inText = false;
    } else if (n == QLatin1String("rPh")) {
        --s->inlineText.phonetic;
    } else if (n == QLatin1String("is")) {
        s->inInline = false;
    } else if (n == QLatin1String("c")) {
        const QString text = cellText(s);
        if (!text.isEmpty() && s->column >= 0 && s->column < 16384) {
            while (s->cells.size() <= s->column)
                s->cells.append(QString());
            s->cells[s->column] = text;
        }
    } else if (n == QLatin1String("row")) {
        bool empty = true;
        for (const QString& c : s->cells)
            empty = empty && c.trimmed().isEmpty();
        if (!empty && !(*s->callback)(s->row, s->cells)) {
            s->stopped = true;
            XML_StopParser(s->parser, XML_FALSE);
        }
    }
}

void XMLCALL sheetText(void* data, const XML_Char* text, int len)
{
    auto* s = static_cast<SheetState*>(data);
    collectText(&s->value, text, len);
    collectText(&s->inlineText, text, len);
}

} // namespace

bool XlsxReader::Impl::parsePart(const QString& part, XML_Parser parser, bool required)
{
    const QByteArray name8 = part.toUtf8();
    if (unzLocateFile(zip, name8.constData(), 0) != UNZ_OK) {
        if (!required)
            return true;
        return fail(XlsxReader::tr("%1 is not a complete xlsx workbook: the part %2 is missing.").arg(path, part));
    }
    unz_file_info64 info{};
    if (unzGetCurrentFileInfo64(zip, &info, nullptr, 0, nullptr, 0, nullptr, 0) != UNZ_OK)
        return fail(XlsxReader::tr("%1 is damaged (part %2 cannot be read).").arg(path, part));
    if (info.flag & 1)
        return fail(XlsxReader::tr("%1 is encrypted (protected with a password); save it without a password and try again.").arg(path));
    if (static_cast<qint64>(info.uncompressed_size) > kMaxPartBytes)
        return fail(XlsxReader::tr("%1 is too large: part %2 would unpack to %3 MB.").arg(path, part).arg(info.uncompressed_size / 1048576));
    if (info.compressed_size > 0 && static_cast<qint64>(info.uncompressed_size / info.compressed_size) > kMaxRatio
        && info.uncompressed_size > 10 * 1048576)
        return fail(XlsxReader::tr("%1 looks like a zip bomb (part %2 is compressed %3 times) and was not opened.")
                        .arg(path, part)
                        .arg(info.uncompressed_size / info.compressed_size));
    if (unzOpenCurrentFile(zip) != UNZ_OK)
        return fail(XlsxReader::tr("%1 is damaged (part %2 cannot be opened).").arg(path, part));
    char buffer[65536];
    qint64 total = 0;
    for (;;) {
        const int n = unzReadCurrentFile(zip, buffer, sizeof buffer);
        if (n < 0) {
            unzCloseCurrentFile(zip);
            return fail(XlsxReader::tr("%1 is damaged or truncated (part %2 cannot be unpacked).").arg(path, part));
        }
        total += n;
        if (total > kMaxPartBytes) {
            unzCloseCurrentFile(zip);
            return fail(XlsxReader::tr("%1 is too large: part %2 unpacks to more than %3 MB.").arg(path, part).arg(kMaxPartBytes / 1048576));
        }
        if (XML_Parse(parser, buffer, n, n == 0) == XML_STATUS_ERROR) {
            const XML_Error code = XML_GetErrorCode(parser);
            unzCloseCurrentFile(zip);
            if (code == XML_ERROR_ABORTED)
                return true; // the reader stopped on purpose
            return fail(XlsxReader::tr("%1 is damaged: part %2 is not valid XML at line %3 (%4).")
                            .arg(path, part)
                            .arg(XML_GetCurrentLineNumber(parser))
                            .arg(QString::fromUtf8(XML_ErrorString(code))));
        }
        if (n == 0)
            break;
        XML_ParsingStatus status;
        XML_GetParsingStatus(parser, &status);
        if (status.parsing == XML_FINISHED)
            break;
    }
    if (unzCloseCurrentFile(zip) == UNZ_CRCERROR)
        return fail(XlsxReader::tr("%1 is damaged (part %2 fails its checksum).").arg(path, part));
    return true;
}

XlsxReader::XlsxReader()
    : d(std::make_unique<Impl>())
{
}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::open(const QString& path, QString* error)
{
    d = std::make_unique<Impl>();
    d->path = QFileInfo(path).fileName();
    auto failed = [&](const QString& message) {
        if (error)
            *error = message;
        return false;
    };
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return failed(tr("Cannot read %1: %2").arg(path, file.errorString()));
    const QByteArray magic = file.read(8);
    file.close();
    if (magic.startsWith("\xD0\xCF\x11\xE0"))
        return failed(tr("%1 is an old Excel 97-2003 file (.xls) or an encrypted workbook, not .xlsx.").arg(d->path));
    if (!magic.startsWith("PK"))
        return failed(tr("%1 is not an Excel .xlsx workbook.").arg(d->path));
    d->zip = unzOpen64(QFile::encodeName(path).constData());
    if (!d->zip)
        return failed(tr("%1 is damaged or truncated: it cannot be opened as a zip package.").arg(d->path));
    // workbook.xml: sheets, their order and visibility, and the date system.
    WorkbookState wb{d.get(), {}};
    {
        XML_Parser p = XML_ParserCreate(nullptr);
        XML_SetUserData(p, &wb);
        XML_SetElementHandler(p, workbookStart, nullptr);
        const bool ok = d->parsePart(QStringLiteral("xl/workbook.xml"), p, true);
        XML_ParserFree(p);
        if (!ok)
            return failed(d->error);
    }
    RelsState rels;
    {
        XML_Parser p = XML_ParserCreate(nullptr);
        XML_SetUserData(p, &rels);
        XML_SetElementHandler(p, relsStart, nullptr);
        const bool ok = d->parsePart(QStringLiteral("xl/_rels/workbook.xml.rels"), p, true);
        XML_ParserFree(p);
        if (!ok)
            return failed(d->error);
    }
    for (const QString& id : wb.ids) {
        QString target = rels.targets.value(id);
        if (target.startsWith(QLatin1Char('/')))
            target = target.mid(1);
        else
            target = QStringLiteral("xl/") + target;
        d->sheetParts.append(target);
    }
    {
        SharedState st{d.get(), {}, false};
        XML_Parser p = XML_ParserCreate(nullptr);
        XML_SetUserData(p, &st);
        XML_SetElementHandler(p, sharedStart, sharedEnd);
        XML_SetCharacterDataHandler(p, sharedText);
        const bool ok = d->parsePart(QStringLiteral("xl/sharedStrings.xml"), p, false);
        XML_ParserFree(p);
        if (!ok)
            return failed(d->error);
    }
    {
        StylesState st{d.get(), {}, false};
        XML_Parser p = XML_ParserCreate(nullptr);
        XML_SetUserData(p, &st);
        XML_SetElementHandler(p, stylesStart, stylesEnd);
        const bool ok = d->parsePart(QStringLiteral("xl/styles.xml"), p, false);
        XML_ParserFree(p);
        if (!ok)
            return failed(d->error);
    }
    if (d->sheets.isEmpty())
        return failed(tr("%1 has no sheets.").arg(d->path));
    return true;
}

QVector<SheetInfo> XlsxReader::sheets() const
{
    return d->sheets;
}

bool XlsxReader::readSheet(int index, const std::function<bool(int, const QStringList&)>& row, QString* error)
{
    if (index < 0 || index >= d->sheetParts.size()) {
        if (error)
            *error = tr("%1 has no sheet number %2.").arg(d->path).arg(index + 1);
        return false;
    }
    SheetState st;
    st.d = d.get();
    st.callback = &row;
    XML_Parser p = XML_ParserCreate(nullptr);
    st.parser = p;
    XML_SetUserData(p, &st);
    XML_SetElementHandler(p, sheetStart, sheetEnd);
    XML_SetCharacterDataHandler(p, sheetText);
    const bool ok = d->parsePart(d->sheetParts.at(index), p, true);
    XML_ParserFree(p);
    if (!ok && error)
        *error = d->error;
    return ok;
}

} // namespace caiji
