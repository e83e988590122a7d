#pragma once

#include "../catalog/Catalog.h"
#include "Finding.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QVector>

namespace caiji {

class Workspace;

/// Validation rules the supervision office adds to a workspace, beside the catalog's: the same
/// JSON as a catalog table's `rules` entry (resources/catalogs/FORMAT.md), checked when added.
class WorkspaceRules
{
    Q_DECLARE_TR_FUNCTIONS(caiji::WorkspaceRules)

public:
    explicit WorkspaceRules(Workspace& ws)
        : m_ws(ws)
    {
    }

    /// Checks a rule against the catalog (kind known, fields and tables exist); empty when fine.
    QString check(const QString& table, const QJsonObject& rule) const;
    bool add(const QString& table, const QJsonObject& rule, QString* error);
    bool remove(const QString& id, QString* error);
    /// Rules per table code.
    QHash<QString, QVector<QJsonObject>> all(QString* error = nullptr) const;

private:
    Workspace& m_ws;
};

} // namespace caiji
