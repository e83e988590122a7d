#pragma once

#include "core/catalog/Catalog.h"
#include "core/write/EditService.h"

#include <QCoreApplication>
#include <QStringList>

class QWidget;

namespace caiji {

/// The messages a write can end with, where a dialog is the right place: edits someone else
/// saved first, and a step of the process that was refused with what blocks it.
class Notices
{
    Q_DECLARE_TR_FUNCTIONS(caiji::Notices)

public:
    /// Cells changed by someone else after the table was opened (modal: the person must look).
    static void conflicts(QWidget* parent, const Table& table, const QVector<EditConflict>& conflicts);
    /// Not modal: the collector goes back to the grid and fixes what the list names.
    static void refusal(QWidget* parent, const QString& message, const QStringList& details);
    /// The workspace is open on another computer in a way that is not safe (not modal).
    static void sharing(QWidget* parent, const QString& warning);
};

} // namespace caiji
