#include "XlsxReader.h"

#include <expat.h>
#include <unzip.h>

#include <QDate>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>

#include <cmath>
#include <cstdlib>
#include <cstring>

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

// An element or attribute name without its namespace prefix ("x:row" in some writers).
const char* localName(const XML_Char* n)
{
    const char* colon = std::strchr(n, ':');
    return colon ? colon + 1 : n;
}

bool isName(const XML_Char* n, const char* local)
{
    return std::strcmp(localName(n), local) == 0;
}

const char* rawAttr(const XML_Char** atts, const char* key)
{
    for (int i = 0; atts[i]; i += 2) {
        if (isName(atts[i], key))
            return atts[i + 1];
    }
    return nullptr;
}

QString attr(const XML_Char** atts, const char* key)
{
    const char* v = rawAttr(atts, key);
    return v ? QString::fromUtf8(v) : QString();
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

// ---- expat handlers -------------------------------------------------------------------------

struct SharedState
{
    XlsxReader::Impl* d;
    QByteArray text;
    bool inSi = false;
    bool inText = false;
    int phonetic = 0; // <rPh> runs are pronunciation guides, not content
};

void XMLCALL sharedStart(void* data, const XML_Char* el, const XML_Char**)
{
    auto* s = static_cast<SharedState*>(data);
    if (isName(el, "si")) {
        s->inSi = true;
        s->text.clear();
    } else if (isName(el, "rPh")) {
        ++s->phonetic;
    } else if (isName(el, "t") && s->inSi && s->phonetic == 0) {
        s->inText = true;
    }
}

void XMLCALL sharedEnd(void* data, const XML_Char* el)
{
    auto* s = static_cast<SharedState*>(data);
    if (isName(el, "si")) {
        s->d->shared.append(QString::fromUtf8(s->text));
        s->inSi = false;
    } else if (isName(el, "rPh")) {
        --s->phonetic;
    } else if (isName(el, "t")) {
        s->inText = false;
    }
}

void XMLCALL sharedText(void* data, const XML_Char* text, int len)
{
    auto* s = static_cast<SharedState*>(data);
    if (s->inText)
        s->text.append(text, len);
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
        if (isName(el, "numFmt")) {
        s->formats.insert(attr(atts, "numFmtId").toInt(), attr(atts, "formatCode"));
    } else if (isName(el, "cellXfs")) {
        s->inCellXfs = true;
    } else if (isName(el, "xf") && s->inCellXfs) {
        const int id = attr(atts, "numFmtId").toInt();
        const QString code = s->formats.value(id);
        s->d->dateStyle.append(isDateFormat(id, code));
        s->d->timeStyle.append(hasTime(code, id));
    }
}

void XMLCALL stylesEnd(void* data, const XML_Char* el)
{
    if (isName(el, "cellXfs"))
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
        if (isName(el, "workbookPr")) {
        const QString v = attr(atts, "date1904");
        s->d->date1904 = v == QLatin1String("1") || v == QLatin1String("true");
    } else if (isName(el, "sheet")) {
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
    if (isName(el, "Relationship"))
        static_cast<RelsState*>(data)->targets.insert(attr(atts, "Id"), attr(atts, "Target"));
}

// The sheet part is most of a file's bytes: its handlers work on expat's UTF-8 directly and
// make one QString per cell, not per element or attribute.

enum class CellType
{
    Number,
    Shared,
    Inline,
    Text, // t="str" (a formula's text) and t="e" (an error such as #N/A)
    Boolean,
    Date, // t="d": an ISO date written as text
};

CellType cellType(const char* t)
{
    if (!t || !*t || std::strcmp(t, "n") == 0)
        return CellType::Number;
    if (std::strcmp(t, "s") == 0)
        return CellType::Shared;
    if (std::strcmp(t, "inlineStr") == 0)
        return CellType::Inline;
    if (std::strcmp(t, "b") == 0)
        return CellType::Boolean;
    if (std::strcmp(t, "d") == 0)
        return CellType::Date;
    return CellType::Text;
}

// Column letters of a cell reference ("AB12") as a 0-based index.
int columnOf(const char* ref)
{
    int col = 0;
    for (; *ref >= 'A' && *ref <= 'Z'; ++ref)
        col = col * 26 + (*ref - 'A' + 1);
    return col - 1;
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
    CellType type = CellType::Number;
    int style = -1;
    QByteArray value;  // <v>
    QByteArray inlineText; // <is><t>, runs joined
    bool inValue = false;
    bool inInline = false;
    bool inInlineText = false;
    int phonetic = 0; // <rPh> runs are pronunciation guides, not content
    bool stopped = false;
    XML_Parser parser = nullptr;
};

QString dateText(const SheetState* s, double serial)
{
    const QDate base = s->d->date1904 ? QDate(1904, 1, 1) : QDate(1899, 12, 30);
    const QDate date = base.addDays(static_cast<qint64>(std::floor(serial)));
    if (s->d->timeStyle.value(s->style)) {
        const int seconds = static_cast<int>(std::lround((serial - std::floor(serial)) * 86400.0));
        return QDateTime(date, QTime(0, 0).addSecs(seconds)).toString(QStringLiteral("yyyy-MM-dd HH:mm:ss"));
    }
    return date.toString(Qt::ISODate);
}

// A whole number as Excel stores it ("80", "-3"): no sign of float noise, so its text is itself.
bool plainInteger(const QByteArray& v)
{
    const int n = static_cast<int>(v.size());
    if (n == 0 || n > 15)
        return false;
    int i = v.at(0) == '-' ? 1 : 0;
    if (i == n || (v.at(i) == '0' && n > i + 1))
        return false;
    for (; i < n; ++i) {
        if (v.at(i) < '0' || v.at(i) > '9')
            return false;
    }
    return true;
}

QString cellText(const SheetState* s)
{
    switch (s->type) {
    case CellType::Shared: {
        const int i = s->value.trimmed().toInt();
        return i >= 0 && i < s->d->shared.size() ? s->d->shared.at(i) : QString();
    }
    case CellType::Inline:
        return QString::fromUtf8(s->inlineText);
    case CellType::Text:
        return QString::fromUtf8(s->value);
    case CellType::Boolean:
        return s->value.trimmed() == "1" ? QStringLiteral("是") : QStringLiteral("否");
    case CellType::Date:
        return QString::fromUtf8(s->value.left(10));
    case CellType::Number:
        break;
    }
    if (s->value.isEmpty())
        return QString();
    const bool isDate = s->style >= 0 && s->style < s->d->dateStyle.size() && s->d->dateStyle.at(s->style);
    if (!isDate && plainInteger(s->value))
        return QString::fromLatin1(s->value);
    bool ok = false;
    const double v = s->value.toDouble(&ok);
    if (!ok)
        return QString::fromUtf8(s->value);
    if (isDate)
        return dateText(s, v);
    if (std::isfinite(v) && std::floor(v) == v && std::abs(v) < 1e15)
        return QString::number(static_cast<qint64>(v));
    return QString::number(v, 'g', 15);
}

void XMLCALL sheetStart(void* data, const XML_Char* el, const XML_Char** atts)
{
    auto* s = static_cast<SheetState*>(data);
    const char* n = localName(el);
    if (n[0] == 'c' && n[1] == '\0') {
        const char* r = rawAttr(atts, "r");
        s->column = r ? columnOf(r) : s->nextColumn;
        s->nextColumn = s->column + 1;
        s->type = cellType(rawAttr(atts, "t"));
        const char* st = rawAttr(atts, "s");
        s->style = st ? std::atoi(st) : -1;
        s->value.clear();
        s->inlineText.clear();
    } else if (n[0] == 'v' && n[1] == '\0') {
        s->inValue = true;
    } else if (std::strcmp(n, "row") == 0) {
        const char* r = rawAttr(atts, "r");
        s->row = r ? std::atoi(r) : s->nextRow;
        s->nextRow = s->row + 1;
        // The last row went to the caller (shared): start a new list as wide as that one.
        const qsizetype width = s->cells.size();
        s->cells = QStringList();
        s->cells.reserve(width);
        s->nextColumn = 0;
    } else if (std::strcmp(n, "is") == 0) {
        s->inInline = true;
    } else if (std::strcmp(n, "rPh") == 0) {
        ++s->phonetic;
    } else if (n[0] == 't' && n[1] == '\0' && s->inInline && s->phonetic == 0) {
        s->inInlineText = true;
    }
}

void XMLCALL sheetEnd(void* data, const XML_Char* el)
{
    auto* s = static_cast<SheetState*>(data);
    const char* n = localName(el);
    if (n[0] == 'v' && n[1] == '\0') {
        s->inValue = false;
    } else if (n[0] == 't' && n[1] == '\0') {
        s->inInlineText = false;
    } else if (n[0] == 'c' && n[1] == '\0') {
        if (s->column < 0 || s->column >= 16384)
            return;
        const QString text = cellText(s);
        if (text.isEmpty())
            return;
        if (s->cells.size() <= s->column)
            s->cells.resize(s->column + 1);
        s->cells[s->column] = text;
    } else if (std::strcmp(n, "row") == 0) {
        bool empty = true;
        for (const QString& c : s->cells)
            empty = empty && c.trimmed().isEmpty();
        if (!empty && !(*s->callback)(s->row, s->cells)) {
            s->stopped = true;
            XML_StopParser(s->parser, XML_FALSE);
        }
    } else if (std::strcmp(n, "rPh") == 0) {
        --s->phonetic;
    } else if (std::strcmp(n, "is") == 0) {
        s->inInline = false;
    }
}

void XMLCALL sheetText(void* data, const XML_Char* text, int len)
{
    auto* s = static_cast<SheetState*>(data);
    if (s->inValue)
        s->value.append(text, len);
    else if (s->inInlineText)
        s->inlineText.append(text, len);
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
        SharedState st{d.get(), {}, false, false, 0};
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
