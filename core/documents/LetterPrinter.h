#pragma once

#include "ConfirmationLetter.h"
#include "Printout.h"

#include <QCoreApplication>

namespace caiji {

class WriteGateway;

/// Prints a department's confirmation letter, the same way from the command line and the window:
/// built from the workspace, registered when confirmed (LetterRegistry), rendered from the
/// template in use, watermarked while a draft. A letter of the registry reprints as it was
/// issued, watermarked 已作废 when its data changed since.
class LetterPrinter
{
    Q_DECLARE_TR_FUNCTIONS(caiji::LetterPrinter)

public:
    /// The department's letter of the round as it stands now. Only the department's own people
    /// and the office print it. `letter` receives what was printed (its number and 校验码).
    static bool prepare(WriteGateway& gateway, int round, const QString& department, Printout* out,
        ConfirmationLetter* letter, QString* error);
    /// prepare() to a PDF.
    static bool print(WriteGateway& gateway, int round, const QString& department, const QString& path,
        ConfirmationLetter* letter, QString* error);
    /// A registered letter as it was issued (by its number), void ones marked so.
    static bool prepareIssued(
        WriteGateway& gateway, const QString& number, Printout* out, ConfirmationLetter* letter, QString* error);

private:
    static bool render(Workspace& ws, const ConfirmationLetter& letter, Printout* out, QString* error);
};

} // namespace caiji
