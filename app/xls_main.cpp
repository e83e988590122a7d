// caiji-xls: reads an .xls workbook for Caiji in a process of its own (XlsProcessReader), so
// that a file which makes the parsing library misbehave cannot take the program down with it.
//   caiji-xls FILE [zh_CN|en]    writes the workbook to standard output
#include "core/i18n/Translations.h"
#include "core/io/XlsProcessReader.h"

#include <QCoreApplication>
#include <QFile>

int main(int argc, char* argv[])
{
    QCoreApplication app(argc, argv);
    const QStringList args = QCoreApplication::arguments();
    if (args.size() < 2)
        return 2;
    caiji::Translations::install(args.value(2));
    QFile out;
    if (!out.open(stdout, QIODevice::WriteOnly))
        return 1;
    const int code = caiji::XlsProcessReader::serve(args.at(1), &out);
    out.flush();
    return code;
}
