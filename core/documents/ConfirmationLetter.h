#pragma once

#include "DocumentTemplate.h"
#include "Fingerprint.h"

#include <QCoreApplication>
#include <QDate>
#include <QVariantHash>

namespace caiji {

class Workspace;

/// One table as the letter lists it: what it confirms, and a figure a person can recompute.
struct LetterTable
{
    TableFingerprint fingerprint;
    QString name;
    QString totalName; ///< the field summed for the control total; empty when the table has none
    QString total;
};

/// 上报确认书 (seed 第五条(一), 附件1): a department's confirmation of its tables of a round, bound
/// to exactly that data by the fingerprint (docs/fingerprint.md). Before the department head has
/// confirmed every task it is a draft (草稿 仅供核对).
struct ConfirmationLetter
{
    Q_DECLARE_TR_FUNCTIONS(caiji::ConfirmationLetter)

public:
    int round = 0;
    QString department; ///< code
    QString departmentName;
    QString college;
    QString roundName;
    QString head; ///< the department head's name
    QString number; ///< 确认书编号: round-department-sequence (LetterRegistry gives it)
    QString replaces; ///< the void letter this one replaces
    QVector<LetterTable> tables;
    QByteArray hash; ///< the letter's SHA-256
    QString code; ///< 校验码
    bool draft = true;
    bool voided = false; ///< reprinted after its data changed (已作废)
    QString replacedBy; ///< the letter that replaced a void one
    QDate date;

    /// Reads the department's tasks, fingerprints their data, finds the college, the head and the
    /// tasks' states. False with `error` when the department has no task in the round.
    static bool build(Workspace& ws, int round, const QString& department, ConfirmationLetter* out, QString* error);
    /// Fills in the college, the round's and the department's names and the head from the
    /// workspace as it is now.
    void describe(Workspace& ws);
    QVector<TableFingerprint> fingerprints() const;
    /// What the QR code holds: the letter's number and its full hash.
    QByteArray qrPayload() const;
    /// The names the letter's template may use (DocumentTemplate checks templates against them).
    static TemplateSchema schema();
    /// The template's data (the QR code as a PNG data URL).
    QVariantHash templateData(QString* error) const;
};

} // namespace caiji
