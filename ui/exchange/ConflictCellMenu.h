#pragma once

#include "core/exchange/PackageMerger.h"

#include <QObject>

class QMenu;
class QWidget;

namespace caiji {

class WriteGateway;

/// The office decides a staged merge's conflicts where it sees them: the grid's menu on a
/// cell in conflict offers the master's, the package's or the base's value or one typed, for
/// the cell or for every conflict of its row (DESIGN 3.7). Decisions go through PackageMerger
/// like the merge window's, a note asked where the department head confirmed the value.
class ConflictCellMenu : public QObject
{
    Q_OBJECT

public:
    explicit ConflictCellMenu(QWidget* parent);

    /// Adds the decisions on the open conflicts of the cell (and of its whole row) to `menu`;
    /// nothing when there are none or the account is not the office's.
    void addTo(QMenu& menu, WriteGateway& gateway, const QString& table, const QString& rowId, const QString& field);

signals:
    /// Conflicts were decided: marks and lists showing them read them again.
    void decided();

private:
    void decide(WriteGateway& gateway, const QVector<StoredConflict>& which, const QString& choice);

    QWidget* m_parent;
};

} // namespace caiji
