#include "BiffExtras.h"

#include <gsf/gsf-infile-msole.h>
#include <gsf/gsf-infile.h>
#include <gsf/gsf-input-stdio.h>
#include <gsf/gsf-utils.h>

#include <QFile>

#include <cmath>
#include <cstring>

namespace caiji {

namespace {
// BIFF8 record types (MS-XLS 2.3).
constexpr quint16 kBof = 0x0809;
constexpr quint16 kEof = 0x000A;
constexpr quint16 kBoundSheet = 0x0085;
constexpr quint16 kFormula = 0x0006;
constexpr quint16 kString = 0x0207;
constexpr quint16 kContinue = 0x003C;
constexpr quint16 kBoolErr = 0x0205;

quint16 u16(const uchar* p)
{
    return static_cast<quint16>(p[0] | (p[1] << 8));
}

quint32 u32(const uchar* p)
{
    return static_cast<quint32>(p[0]) | (static_cast<quint32>(p[1]) << 8) | (static_cast<quint32>(p[2]) << 16)
           | (static_cast<quint32>(p[3]) << 24);
}

struct Record
{
    quint16 type = 0;
    const uchar* data = nullptr;
    int size = 0;
};

// The records of a stream from `offset`, with bounds checked: a damaged file ends the walk.
class Records
{
public:
    Records(const QByteArray& s, qint64 offset)
        : m_data(reinterpret_cast<const uchar*>(s.constData()))
        , m_size(s.size())
        , m_pos(offset)
    {
    }

    bool next(Record* r)
    {
        if (m_pos < 0 || m_pos + 4 > m_size)
            return false;
        r->type = u16(m_data + m_pos);
        r->size = u16(m_data + m_pos + 2);
        if (m_pos + 4 + r->size > m_size)
            return false;
        r->data = m_data + m_pos + 4;
        m_pos += 4 + r->size;
        return true;
    }

    /// The record after the current one, without moving on.
    bool peek(Record* r) const
    {
        Records copy = *this;
        return copy.next(r);
    }

private:
    const uchar* m_data;
    qint64 m_size;
    qint64 m_pos;
};

// `count` characters of an XLUnicodeString body: one flag byte (bit 0: two bytes a character),
// then the characters; a CONTINUE record goes on with a flag byte of its own.
QString unicodeChars(const uchar* p, int size, int count, Records& more)
{
    QString out;
    while (count > 0) {
        if (size < 1)
            return out;
        const bool wide = p[0] & 0x01;
        ++p;
        --size;
        const int available = wide ? size / 2 : size;
        const int n = qMin(count, available);
        if (wide)
            out += QString::fromUtf16(reinterpret_cast<const char16_t*>(p), n); // little-endian, as x86 and ARM
        else
            out += QString::fromLatin1(reinterpret_cast<const char*>(p), n);
        count -= n;
        if (count == 0)
            break;
        Record c;
        if (!more.peek(&c) || c.type != kContinue)
            return out;
        more.next(&c);
        p = c.data;
        size = c.size;
    }
    return out;
}

QString numberText(double d)
{
    if (std::isfinite(d) && std::floor(d) == d && std::abs(d) < 1e15)
        return QString::number(static_cast<qint64>(d));
    return QString::number(d, 'g', 15);
}

void readSheet(const QByteArray& stream, qint64 offset, BiffExtras::Sheet* sheet)
{
    Records records(stream, offset);
    Record r;
    if (!records.next(&r) || r.type != kBof)
        return;
    while (records.next(&r) && r.type != kEof) {
        if (r.type == kFormula && r.size >= 20) {
            const unsigned row = u16(r.data);
            const unsigned col = u16(r.data + 2);
            const uchar* value = r.data + 6;
            if (u16(value + 6) != 0xFFFF) {
                double d = 0;
                std::memcpy(&d, value, sizeof d);
                sheet->cells.insert(BiffExtras::key(row, col), numberText(d));
            } else if (value[0] == 0) {
                // A text result: the STRING record that follows holds it.
                Record s;
                if (records.peek(&s) && s.type == kString && s.size >= 3) {
                    records.next(&s);
                    sheet->cells.insert(BiffExtras::key(row, col), unicodeChars(s.data + 2, s.size - 2, u16(s.data), records));
                }
            } else if (value[0] == 1) {
                sheet->cells.insert(BiffExtras::key(row, col), value[2] ? QStringLiteral("是") : QStringLiteral("否"));
            } else if (value[0] == 2) {
                sheet->cells.insert(BiffExtras::key(row, col), QStringLiteral("#ERROR"));
            }
        } else if (r.type == kBoolErr && r.size >= 8 && r.data[7] == 0) {
            sheet->cells.insert(BiffExtras::key(u16(r.data), u16(r.data + 2)), r.data[6] ? QStringLiteral("是") : QStringLiteral("否"));
        }
    }
}
} // namespace

QVector<BiffExtras::Sheet> BiffExtras::parse(const QByteArray& stream)
{
    QVector<Sheet> sheets;
    QVector<qint64> offsets;
    Records records(stream, 0);
    Record r;
    if (!records.next(&r) || r.type != kBof || r.size < 2 || u16(r.data) != 0x0600)
        return sheets; // not BIFF8
    while (records.next(&r) && r.type != kEof) {
        if (r.type != kBoundSheet || r.size < 8)
            continue;
        // Worksheets only (dt 0); their visibility is hsState (0 visible, 1 hidden, 2 very hidden).
        if (r.data[5] != 0)
            continue;
        Sheet s;
        s.hidden = (r.data[4] & 0x03) != 0;
        s.name = unicodeChars(r.data + 7, r.size - 7, r.data[6], records);
        sheets.append(s);
        offsets.append(u32(r.data));
    }
    for (int i = 0; i < sheets.size(); ++i)
        readSheet(stream, offsets[i], &sheets[i]);
    return sheets;
}

bool BiffExtras::read(const QString& path)
{
    m_sheets.clear();
    static const bool initialised = [] {
        gsf_init();
        return true;
    }();
    Q_UNUSED(initialised);
    GError* err = nullptr;
    const QByteArray name = QFile::encodeName(path);
    GsfInput* input = gsf_input_stdio_new(name.constData(), &err);
    if (!input) {
        g_clear_error(&err);
        return false;
    }
    GsfInfile* ole = gsf_infile_msole_new(input, &err);
    g_object_unref(input);
    if (!ole) {
        g_clear_error(&err);
        return false;
    }
    GsfInput* book = gsf_infile_child_by_name(ole, "Workbook");
    QByteArray stream;
    if (book) {
        const gsf_off_t size = gsf_input_size(book);
        if (size > 0 && size < (gsf_off_t(1) << 31)) {
            stream.resize(static_cast<qsizetype>(size));
            if (!gsf_input_read(book, static_cast<size_t>(size), reinterpret_cast<guint8*>(stream.data())))
                stream.clear();
        }
        g_object_unref(book);
    }
    g_object_unref(ole);
    m_sheets = parse(stream);
    return !m_sheets.isEmpty();
}

} // namespace caiji
