#pragma once

#include <QObject>
#include <QSet>
#include <QString>
#include <QVector>

namespace caiji {

/// Where a write came from; consequences and the history tell them apart.
enum class WriteOrigin
{
    Edit, ///< typed in the grid (incl. paste, fill, delete, undo and redo)
    Import, ///< an import, from the wizard or caiji-cli
    Computed, ///< a summary table recomputed from its details
    Cascade, ///< a key change carried into the rows that reference it
    Load, ///< the demo college or a workspace being set up
    Merge, ///< a department's package merged by the office (core/exchange)
};

QString writeOriginToString(WriteOrigin o);

/// What one committed write changed: published after the commit, never for a rolled-back write.
struct ChangeEvent
{
    QString table;
    int round = 0;
    QSet<QString> departments; ///< owners of the changed rows
    QVector<QString> rowIds; ///< the changed rows, as far as they were counted (see rowCount)
    qint64 rowCount = 0;
    bool rowsAddedOrRemoved = false;
    QString login;
    QString reason;
    WriteOrigin origin = WriteOrigin::Edit;
};

/// The change events of one signed-in workspace. Core subscribers (summaries, task states)
/// connect first and run synchronously, so that when a write call returns its consequences
/// are in the workspace, whichever front end wrote; the GUI listens after them.
class ChangeFeed : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

signals:
    void changed(const caiji::ChangeEvent& event);
    /// A consequence moved the state of tasks of the round (e.g. 未开始 → 填报中).
    void tasksChanged(int round);
};

} // namespace caiji

Q_DECLARE_METATYPE(caiji::ChangeEvent)
