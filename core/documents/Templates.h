#pragma once

#include "DocumentTemplate.h"

#include <QCoreApplication>
#include <QStringList>

namespace caiji {

class Workspace;

/// The printouts that have templates (letter, table, notice, findings): the shipped template of
/// each (resources/templates/KIND.html), the workspace's own when the office imported one
/// (setting template.KIND), and the names each may use.
class Templates
{
    Q_DECLARE_TR_FUNCTIONS(caiji::Templates)

public:
    static QStringList kinds();
    static QString displayName(const QString& kind);
    static TemplateSchema schema(const QString& kind);
    static QString shipped(const QString& kind);
    /// The template in use: the workspace's own, else the shipped one.
    static QString text(Workspace& ws, const QString& kind);
    /// The template in use, parsed; false with `error` naming the kind and the line when the
    /// workspace's own is broken.
    static bool load(Workspace& ws, const QString& kind, DocumentTemplate* out, QString* error);
};

} // namespace caiji
