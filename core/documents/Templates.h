#pragma once

#include "DocumentTemplate.h"

#include <QCoreApplication>
#include <QStringList>

namespace caiji {

class AccessPolicy;
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
    /// Whether the workspace prints `kind` with a template of its own.
    static bool isOwn(Workspace& ws, const QString& kind);

    /// The office's changes (the command line and the window share them; others are refused):
    /// the template in use written to a file to edit; a file taken as the workspace's template
    /// once it parses (refused naming the file and the line, nothing changed); the shipped one
    /// again.
    static bool exportTo(Workspace& ws, const QString& kind, const QString& path, QString* error);
    static bool importFrom(
        Workspace& ws, const AccessPolicy& policy, const QString& kind, const QString& path, QString* error);
    static bool reset(Workspace& ws, const AccessPolicy& policy, const QString& kind, QString* error);
};

} // namespace caiji
