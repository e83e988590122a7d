#include "core/io/BiffExtras.h"

#include <QTest>

#include <cstring>

using namespace caiji;

namespace {
// A BIFF8 record: type, size, body.
QByteArray record(quint16 type, const QByteArray& body)
{
    QByteArray r;
    r.append(char(type & 0xFF)).append(char(type >> 8));
    r.append(char(body.size() & 0xFF)).append(char(body.size() >> 8));
    return r + body;
}

QByteArray u16(quint16 v)
{
    return QByteArray().append(char(v & 0xFF)).append(char(v >> 8));
}

QByteArray u32(quint32 v)
{
    return u16(v & 0xFFFF) + u16(v >> 16);
}

QByteArray bof()
{
    return record(0x0809, u16(0x0600) + u16(0x0010) + QByteArray(12, '\0'));
}

QByteArray eof()
{
    return record(0x000A, {});
}

QByteArray utf16(const QString& s)
{
    return QByteArray(reinterpret_cast<const char*>(s.utf16()), s.size() * 2);
}

// A FORMULA record at (row, col) with an 8-byte cached value.
QByteArray formula(quint16 row, quint16 col, const QByteArray& value)
{
    return record(0x0006, u16(row) + u16(col) + u16(15) + value + u16(0) + u32(0) + u16(3) + QByteArray("\x1e\x02\x00", 3));
}

QByteArray number(double d)
{
    QByteArray b(8, '\0');
    std::memcpy(b.data(), &d, 8);
    return b;
}

// A workbook stream: globals with one BOUNDSHEET per sheet, then each sheet's records.
QByteArray workbook(const QVector<QPair<QString, QByteArray>>& sheets, const QVector<quint8>& states)
{
    // Globals first with placeholder offsets, then fixed up once the sizes are known.
    QVector<QByteArray> bounds;
    for (int i = 0; i < sheets.size(); ++i) {
        const QString& name = sheets[i].first;
        bounds.append(u32(0) + QByteArray(1, char(states[i])) + QByteArray(1, '\0') + QByteArray(1, char(name.size())) + QByteArray(1, '\1') + utf16(name));
    }
    int globals = static_cast<int>(bof().size() + eof().size());
    for (const QByteArray& b : bounds)
        globals += 4 + static_cast<int>(b.size());
    QByteArray out = bof();
    int offset = globals;
    for (int i = 0; i < sheets.size(); ++i) {
        QByteArray b = bounds[i];
        b.replace(0, 4, u32(offset));
        out += record(0x0085, b);
        offset += static_cast<int>(bof().size() + sheets[i].second.size() + eof().size());
    }
    out += eof();
    for (const auto& s : sheets)
        out += bof() + s.second + eof();
    return out;
}
} // namespace

class TestBiffExtras : public QObject
{
    Q_OBJECT

private slots:
    void formulaResultsBooleansAndHiddenSheets()
    {
        QByteArray sheet;
        sheet += formula(1, 0, number(2469)); // numeric result
        sheet += formula(1, 1, number(0.1 + 0.2));
        // A text result as Excel stores it: FORMULA (0xFFFF marks a non-number), then STRING,
        // here split over a CONTINUE record that switches to two-byte characters.
        sheet += formula(2, 0, QByteArray("\x00\x00\x00\x00\x00\x00\xFF\xFF", 8));
        sheet += record(0x0207, u16(5) + QByteArray("\x00", 1) + QByteArray("ab"));
        sheet += record(0x003C, QByteArray("\x01", 1) + utf16(QStringLiteral("王五c")));
        sheet += formula(2, 1, QByteArray("\x01\x00\x01\x00\x00\x00\xFF\xFF", 8)); // boolean TRUE
        sheet += formula(2, 2, QByteArray("\x02\x00\x07\x00\x00\x00\xFF\xFF", 8)); // #DIV/0!
        sheet += record(0x0205, u16(3) + u16(4) + u16(15) + QByteArray("\x00\x00", 2)); // BOOLERR FALSE
        sheet += record(0x0205, u16(3) + u16(5) + u16(15) + QByteArray("\x07\x01", 2)); // an error, not a boolean
        const auto sheets = BiffExtras::parse(workbook({{QStringLiteral("在校生"), sheet}, {QStringLiteral("说明"), {}}}, {0, 1}));
        QCOMPARE(sheets.size(), 2);
        QCOMPARE(sheets[0].name, QStringLiteral("在校生"));
        QVERIFY(!sheets[0].hidden);
        QCOMPARE(sheets[1].name, QStringLiteral("说明"));
        QVERIFY(sheets[1].hidden);
        const auto& c = sheets[0].cells;
        QCOMPARE(c.value(BiffExtras::key(1, 0)), QStringLiteral("2469"));
        QCOMPARE(c.value(BiffExtras::key(1, 1)), QStringLiteral("0.3"));
        QCOMPARE(c.value(BiffExtras::key(2, 0)), QStringLiteral("ab王五c"));
        QCOMPARE(c.value(BiffExtras::key(2, 1)), QStringLiteral("是"));
        QCOMPARE(c.value(BiffExtras::key(2, 2)), QStringLiteral("#ERROR"));
        QCOMPARE(c.value(BiffExtras::key(3, 4)), QStringLiteral("否"));
        QVERIFY(!c.contains(BiffExtras::key(3, 5)));
        QCOMPARE(c.size(), 6);
    }

    void damagedStreamsGiveNothing_data()
    {
        QTest::addColumn<QByteArray>("stream");
        QTest::newRow("empty") << QByteArray();
        QTest::newRow("BIFF5") << record(0x0809, u16(0x0500) + QByteArray(14, '\0'));
        const QByteArray whole = workbook({{QStringLiteral("表"), formula(0, 0, number(1))}}, {0});
        QTest::newRow("cut in a record") << whole.left(whole.size() - 7);
        QByteArray wrongOffset = whole;
        wrongOffset[bof().size() + 4] = char(0x7F); // the sheet's offset points past the end
        QTest::newRow("offset past the end") << wrongOffset;
    }
    void damagedStreamsGiveNothing()
    {
        // A damaged stream ends the walk where it breaks: nothing is made up.
        QFETCH(QByteArray, stream);
        for (const BiffExtras::Sheet& s : BiffExtras::parse(stream))
            QVERIFY(s.cells.isEmpty());
    }
};

QTEST_GUILESS_MAIN(TestBiffExtras)
#include "tst_biffextras.moc"
