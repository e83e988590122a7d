#pragma once

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace caiji {

class Session;

/// 打印确认书 in the window: the department's confirmation letter to a PDF (LetterPrinter, as the
/// command line prints it), and the 校验码 said where the person looks.
class LetterActions
{
    Q_DECLARE_TR_FUNCTIONS(caiji::LetterActions)

public:
    /// Prints without asking; `message` receives what to show (done, or why not).
    static bool print(Session& session, const QString& department, const QString& path, QString* message);
    /// Asks for the department (the office; everyone else prints their own) and the file, then prints.
    static void askAndPrint(QWidget* parent, Session& session, const QString& shownDepartment);
};

} // namespace caiji
