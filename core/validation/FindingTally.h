#pragma once

#include "Explanations.h"
#include "Finding.h"

#include <QHash>
#include <QVector>

namespace caiji {

/// What is left to do about a task's findings: errors to correct, warnings to explain. A
/// warning whose explanation the reviewer accepted counts as done everywhere (task tree,
/// quality console, and the submission rule of the workflow).
struct FindingTally
{
    int errors = 0;
    int warnings = 0; ///< all warnings
    int explained = 0; ///< warnings whose explanation was accepted

    int openWarnings() const { return warnings - explained; }
    bool clean() const { return errors == 0 && openWarnings() == 0; }
    FindingTally& operator+=(const FindingTally& o);

    /// Per task: "table|department" → tally.
    static QHash<QString, FindingTally> perTask(
        const QVector<Finding>& findings, const QHash<QString, Explanation>& explanations);
    static QString taskKey(const QString& table, const QString& department);
};

} // namespace caiji
