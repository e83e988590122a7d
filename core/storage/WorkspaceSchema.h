#pragma once

#include "../catalog/Catalog.h"
#include "SqlDialect.h"

#include <QStringList>

namespace caiji {

/// The DDL of a workspace: the fixed workspace tables (cj_*) at each schema version, and one
/// generated table per catalog table (t_*).
class WorkspaceSchema
{
public:
    /// The schema version this build writes and understands.
    static constexpr int kCurrentVersion = 10;

    /// Statements that bring a schema from version `from` to `from + 1` (from 0 = empty database);
    /// `indexes` names the indexes the database has now (some steps drop those of data tables).
    static QStringList migrationStep(const SqlDialect& dialect, int from, const QStringList& indexes = {});
    /// CREATE TABLE and CREATE INDEX statements for one catalog table.
    static QStringList dataTable(const SqlDialect& dialect, const Table& table);
    /// The metadata columns every data table has, in order, before the catalog fields.
    static const QStringList& metaColumns();
};

} // namespace caiji
