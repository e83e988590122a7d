#include "PrintCommand.h"

#include "../../documents/FindingsPrintout.h"
#include "../../documents/PdfPrinter.h"
#include "../../documents/ReturnNotice.h"
#include "../../documents/TablePrintout.h"
#include "../../session/Session.h"
#include "../../storage/Directory.h"
#include "../../storage/Workspace.h"
#include "../../validation/FindingAccess.h"

namespace caiji::cli {

QString PrintCommand::prepare()
{
    const int kinds = (option(QStringLiteral("table")).isEmpty() ? 0 : 1) + (hasFlag(QStringLiteral("notice")) ? 1 : 0)
        + (hasFlag(QStringLiteral("findings")) ? 1 : 0);
    if (m_positional.size() != 2 || kinds != 1)
        return tr("print needs a workspace, one of --table CODE, --notice or --findings, and the PDF to write.");
    if (hasFlag(QStringLiteral("notice")) && option(QStringLiteral("department")).isEmpty())
        return tr("print --notice needs --department NAME.");
    m_pdf = m_positional.takeLast();
    return QString();
}

int PrintCommand::runOn(Session* session, Workspace* ws, int round)
{
    QString error;
    Department d;
    const QString department = option(QStringLiteral("department"));
    if (!department.isEmpty() && !Directory(*ws).findDepartment(department, &d))
        return fail(BadInput, tr("The workspace has no department \"%1\".").arg(department));
    const AccessPolicy& policy = session->policy();
    Printout printout;
    QString done;
    if (!option(QStringLiteral("table")).isEmpty()) {
        qint64 rows = 0;
        if (!TablePrintout::build(
                *ws, policy, round, option(QStringLiteral("table")), d.code, &printout, &rows, &error))
            return fail(BadInput, error);
        done = tr("%1: %n row(s)", nullptr, static_cast<int>(rows)).arg(printout.title);
    } else if (hasFlag(QStringLiteral("notice"))) {
        if (!ReturnNotice::build(*ws, policy, round, d.code, &printout, &error))
            return fail(BadInput, error);
        done = printout.title;
    } else {
        QVector<Finding> findings;
        if (!FindingAccess::check(*ws, policy, round, d.code, &findings, &error)
            || !FindingsPrintout::build(*ws, policy, round, d.code, findings, &printout, &error))
            return fail(BadInput, error);
        done = tr("%1: %n finding(s)", nullptr, static_cast<int>(findings.size())).arg(printout.title);
    }
    int pages = 0;
    if (!PdfPrinter::print(printout, m_pdf, &pages, &error))
        return fail(BadInput, error);
    m_out << tr("%1, %n page(s), written to %2.", nullptr, pages).arg(done, m_pdf) << Qt::endl;
    return Ok;
}

} // namespace caiji::cli
