#pragma once

#include <QDialog>

class QTreeWidget;

namespace caiji {

class AccessPolicy;
class Workspace;

/// 文书模板 (the office): each printout's template, the shipped one or the workspace's own;
/// exported to edit in a text editor, imported back (a broken one is refused naming its line
/// and changes nothing), or the shipped one again. The same core path as caiji-cli template.
class TemplatesDialog : public QDialog
{
    Q_OBJECT

public:
    TemplatesDialog(Workspace& ws, const AccessPolicy& policy, QWidget* parent = nullptr);

    QTreeWidget* list() const { return m_list; }
    bool exportKind(const QString& kind, const QString& path, QString* message);
    bool importKind(const QString& kind, const QString& path, QString* message);
    bool resetKind(const QString& kind, QString* message);
    void reload();

private:
    QString selectedKind() const;

    Workspace& m_ws;
    const AccessPolicy& m_policy;
    QTreeWidget* m_list;
};

} // namespace caiji
