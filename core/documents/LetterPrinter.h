#pragma once

#include "ConfirmationLetter.h"

#include <QCoreApplication>

namespace caiji {

class WriteGateway;

/// Prints a department's confirmation letter to a PDF, the same way from the command line and the
/// window: built from the workspace, registered when confirmed (LetterRegistry), rendered from the
/// template in use, watermarked while a draft.
class LetterPrinter
{
    Q_DECLARE_TR_FUNCTIONS(caiji::LetterPrinter)

public:
    /// Only the department's own people and the office print its letter. `letter` receives what
    /// was printed (its number and 校验码).
    static bool print(WriteGateway& gateway, int round, const QString& department, const QString& path,
        ConfirmationLetter* letter, QString* error);
};

} // namespace caiji
