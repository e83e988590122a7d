#pragma once

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QVariant>
#include <QVector>

namespace caiji {

/// The names a kind of document offers its templates: values, and lists whose items have values
/// of their own. A template naming anything else is refused when it is parsed, not when printed.
struct TemplateSchema
{
    QSet<QString> values;
    QHash<QString, QSet<QString>> lists; ///< list name → the names of its items' values
};

/// An HTML template of a printout (DESIGN 3.6) in the mustache style people know from mail merges:
/// `{{name}}` a value (HTML-escaped), `{{&name}}` a value as HTML (the QR code's image), `{{#list}}…
/// {{/list}}` repeated for each item (or once for a value that is not empty), `{{^name}}…{{/name}}`
/// when it is empty, `{{! comment }}`. Parsing checks every tag against the document's schema and
/// names the line of the first problem; rendering cannot fail.
class DocumentTemplate
{
    Q_DECLARE_TR_FUNCTIONS(caiji::DocumentTemplate)

public:
    /// False with `error` ("line n: …") when the template is broken; the template is then empty.
    bool parse(const QString& text, const TemplateSchema& schema, QString* error);
    /// Values are QString (or anything QVariant turns into text); a list is a QVariantList of
    /// QVariantHash. Inside a list, an item's names come before the document's.
    QString render(const QVariantHash& data) const;

private:
    struct Node
    {
        enum Kind
        {
            Text,
            Value,
            Raw,
            Section,
            Inverted,
        };
        Kind kind = Text;
        QString text; ///< the text, or the name
        QVector<Node> children;
    };
    static void renderNodes(const QVector<Node>& nodes, const QVector<const QVariantHash*>& scopes, QString* out);
    static QVariant lookup(const QString& name, const QVector<const QVariantHash*>& scopes);

    QVector<Node> m_nodes;
};

} // namespace caiji
