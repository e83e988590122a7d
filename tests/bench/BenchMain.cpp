// caiji-bench: speed and memory benchmarks (Release build). Each prints JSON lines
// {"metric": ..., "value": ..., "unit": ...}. Run on the large demo: caiji-cli demo x.caiji --scale large.
#include "DocumentsBench.h"
#include "ExchangeBench.h"
#include "GridBench.h"
#include "GuiBench.h"
#include "LoadBench.h"
#include "MergeBench.h"
#include "ValidateBench.h"
#include "WorkflowBench.h"
#include "core/i18n/Translations.h"

#include <QApplication>
#include <QTextStream>

int main(int argc, char* argv[])
{
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QApplication app(argc, argv);
    caiji::Translations::install();
    QTextStream out(stdout);
    QTextStream err(stderr);
    QStringList args = QCoreApplication::arguments().mid(1);
    const QString command = args.isEmpty() ? QString() : args.takeFirst();
    if (command == QLatin1String("grid"))
        return caiji::bench::runGrid(args, out, err);
    if (command == QLatin1String("validate"))
        return caiji::bench::runValidate(args, out, err);
    if (command == QLatin1String("export"))
        return caiji::bench::runExport(args, out, err);
    if (command == QLatin1String("gui"))
        return caiji::bench::runGui(args, out, err);
    if (command == QLatin1String("workflow"))
        return caiji::bench::runWorkflow(args, out, err);
    if (command == QLatin1String("documents"))
        return caiji::bench::runDocuments(args, out, err);
    if (command == QLatin1String("merge"))
        return caiji::bench::runMerge(args, out, err);
    if (command == QLatin1String("import"))
        return caiji::bench::runImport(args, out, err);
    if (command == QLatin1String("load"))
        return caiji::bench::runLoad(args, out, err);
    if (command == QLatin1String("load-client"))
        return caiji::bench::runLoadClient(args, out, err);
    err << "usage: caiji-bench grid WS [--table CODE] | gui WS | validate WS | export WS | import WS | workflow WS | "
           "documents WS | merge WS.caiji | load WS [--seconds N] [--clients N] [--summaries office|window]"
        << Qt::endl;
    return 2;
}
