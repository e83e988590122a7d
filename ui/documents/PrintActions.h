#pragma once

#include "core/validation/Finding.h"

#include <QCoreApplication>
#include <QString>

class QWidget;

namespace caiji {

class AccessPolicy;
class Session;
class Workspace;

/// The window's printouts (文件 → 打印): the shown table in the official layout, a department's
/// return notice, the findings list, the confirmation letter, each in the print preview from
/// which the person prints on paper.
class PrintActions
{
    Q_DECLARE_TR_FUNCTIONS(caiji::PrintActions)

public:
    /// The department a printout is for: the office picks one (the shown one first), everyone
    /// else has their own. Empty when cancelled.
    static QString askDepartment(QWidget* parent, Session& session, const QString& shown, const QString& title);
    static void previewTable(QWidget* parent, Session& session, const QString& table, const QString& department);
    static void previewNotice(QWidget* parent, Session& session, const QString& shownDepartment);
    static void previewLetter(QWidget* parent, Session& session, const QString& shownDepartment);
    /// The findings as shown (filtered) in the quality console.
    static void previewFindings(
        QWidget* parent, Workspace& ws, const AccessPolicy& policy, int round, const QVector<Finding>& findings);
};

} // namespace caiji
