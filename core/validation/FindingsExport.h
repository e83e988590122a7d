#pragma once

#include "Finding.h"

#include <QCoreApplication>
#include <QVector>

namespace caiji {

class Catalog;
class Workspace;

/// The findings list as an Excel workbook, for departments that work through it offline and
/// for the office's review: each finding with its rule in words, and the explanation written
/// for it with its review state.
class FindingsExport
{
    Q_DECLARE_TR_FUNCTIONS(caiji::FindingsExport)

public:
    static bool writeXlsx(
        const QString& path, Workspace& ws, int round, const QVector<Finding>& findings, QString* error);
    /// What a rule checks, in words: the catalog's (or workspace's) own message for its rules,
    /// a name for the built-in checks.
    static QString ruleDescription(const Catalog& catalog, const Finding& finding);
};

} // namespace caiji
