#pragma once

#include "TableImporter.h"

#include <QUndoCommand>

#include <functional>

namespace caiji {

class Workspace;
class WriteGateway;

/// A committed import as one undo step: undo takes the added rows away, brings the replaced
/// rows back and writes the updated cells' old values; redo does the import again. Row versions
/// are checked both ways, so a row somebody changed after the import is reported, not overwritten.
class ImportCommand : public QUndoCommand
{
public:
    /// Call right after TableImporter::commit() succeeded (the import is already applied).
    ImportCommand(WriteGateway& gateway, const Table& table, int round, ImportRecord record, const QString& text,
        std::function<void(const QString&)> report, std::function<void()> changed);

    void undo() override;
    void redo() override;

private:
    bool apply(bool forward);
    void readVersions();

    WriteGateway& m_gateway;
    Workspace& m_ws;
    const Table& m_table;
    int m_round;
    ImportRecord m_record;
    QHash<QString, qint64> m_versions;
    bool m_first = true;
    std::function<void(const QString&)> m_report;
    std::function<void()> m_changed;
};

} // namespace caiji
