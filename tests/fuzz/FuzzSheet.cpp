// libFuzzer target: a spreadsheet as the import reads it (xlsx, xls or csv by CAIJI_FUZZ_SUFFIX,
// a compile definition): every sheet, every row. A reader may refuse a file; it must not crash,
// hang or leak.
#include "FuzzSupport.h"
#include "core/io/SheetSource.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace caiji;
    QString error;
    auto source = SheetSource::open(fuzz::asFile(data, size, QStringLiteral(CAIJI_FUZZ_SUFFIX)), &error);
    if (!source)
        return 0;
    for (int s = 0; s < source->sheets().size(); ++s) {
        qint64 cells = 0;
        source->readSheet(
            s,
            [&cells](int, const QStringList& row) {
                cells += row.size();
                return cells < 1000000;
            },
            &error);
    }
    return 0;
}
