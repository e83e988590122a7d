#include "DocumentTemplate.h"

namespace caiji {

bool DocumentTemplate::parse(const QString& text, const TemplateSchema& schema, QString* error)
{
    m_nodes.clear();
    // The open sections, innermost last, with the line each opened on.
    struct Open
    {
        Node node;
        int line;
    };
    QVector<Open> open;
    QVector<Node> top;
    auto current = [&]() -> QVector<Node>& { return open.isEmpty() ? top : open.last().node.children; };
    auto fail = [&](int line, const QString& why) {
        if (error)
            *error = tr("Line %1: %2").arg(line).arg(why);
        return false;
    };
    // Which names a tag may use here: the document's, and those of the lists it is inside.
    auto known = [&](const QString& name) {
        if (schema.values.contains(name) || schema.lists.contains(name))
            return true;
        for (const Open& o : std::as_const(open)) {
            if (schema.lists.value(o.node.text).contains(name))
                return true;
        }
        return false;
    };
    int line = 1;
    qsizetype at = 0;
    while (at < text.size()) {
        const qsizetype tag = text.indexOf(QLatin1String("{{"), at);
        const QString before = text.mid(at, tag < 0 ? -1 : tag - at);
        if (!before.isEmpty())
            current().append({Node::Text, before, {}});
        line += static_cast<int>(before.count(QLatin1Char('\n')));
        if (tag < 0)
            break;
        const qsizetype end = text.indexOf(QLatin1String("}}"), tag + 2);
        if (end < 0)
            return fail(line, tr("a tag opened with {{ is never closed with }}"));
        const QString inside = text.mid(tag + 2, end - tag - 2);
        const QChar sigil = inside.isEmpty() ? QChar() : inside.at(0);
        // A comment may run over several lines; every other tag stays on one.
        if (inside.contains(QLatin1Char('\n')) && sigil != QLatin1Char('!'))
            return fail(
                line, tr("the tag {{%1 runs over the end of the line").arg(inside.section(QLatin1Char('\n'), 0, 0)));
        at = end + 2;
        line += static_cast<int>(inside.count(QLatin1Char('\n')));
        const bool marked = sigil == QLatin1Char('#') || sigil == QLatin1Char('^') || sigil == QLatin1Char('/')
            || sigil == QLatin1Char('&') || sigil == QLatin1Char('!');
        if (sigil == QLatin1Char('!'))
            continue;
        const QString name = (marked ? inside.mid(1) : inside).trimmed();
        if (name.isEmpty())
            return fail(line, tr("an empty tag {{%1}}").arg(inside));
        if (sigil == QLatin1Char('/')) {
            if (open.isEmpty() || open.last().node.text != name)
                return fail(line,
                    open.isEmpty() ? tr("{{/%1}} closes nothing").arg(name)
                                   : tr("{{/%1}} closes {{#%2}} of line %3")
                                         .arg(name, open.last().node.text)
                                         .arg(open.last().line));
            const Open done = open.takeLast();
            current().append(done.node);
            continue;
        }
        if (!known(name))
            return fail(line, tr("this document has no {{%1}}").arg(name));
        if (sigil == QLatin1Char('#')) {
            // A list repeated inside each of its own items grows with the power of its length
            // (a letter of 30 tables, ten deep, would never finish printing).
            for (const Open& o : std::as_const(open)) {
                if (o.node.kind == Node::Section && o.node.text == name)
                    return fail(line,
                        tr("{{#%1}} inside {{#%1}} of line %2 repeats the list within each of its own "
                           "items")
                            .arg(name)
                            .arg(o.line));
            }
        }
        if (sigil == QLatin1Char('#') || sigil == QLatin1Char('^')) {
            open.append({{sigil == QLatin1Char('#') ? Node::Section : Node::Inverted, name, {}}, line});
            continue;
        }
        current().append({sigil == QLatin1Char('&') ? Node::Raw : Node::Value, name, {}});
    }
    if (!open.isEmpty())
        return fail(open.last().line, tr("{{#%1}} is never closed with {{/%1}}").arg(open.last().node.text));
    m_nodes = top;
    return true;
}

QVariant DocumentTemplate::lookup(const QString& name, const QVector<const QVariantHash*>& scopes)
{
    for (qsizetype i = scopes.size() - 1; i >= 0; --i) {
        const auto it = scopes[i]->constFind(name);
        if (it != scopes[i]->constEnd())
            return *it;
    }
    return QVariant();
}

void DocumentTemplate::renderNodes(const QVector<Node>& nodes, const QVector<const QVariantHash*>& scopes, QString* out)
{
    for (const Node& n : nodes) {
        switch (n.kind) {
        case Node::Text:
            *out += n.text;
            break;
        case Node::Value:
            *out += lookup(n.text, scopes).toString().toHtmlEscaped();
            break;
        case Node::Raw:
            *out += lookup(n.text, scopes).toString();
            break;
        case Node::Section:
        case Node::Inverted: {
            const QVariant v = lookup(n.text, scopes);
            const bool isList = v.typeId() == QMetaType::QVariantList;
            const bool empty = isList ? v.toList().isEmpty()
                                      : (!v.isValid() || v.isNull() || v.toString().isEmpty()
                                          || (v.typeId() == QMetaType::Bool && !v.toBool()));
            if (n.kind == Node::Inverted) {
                if (empty)
                    renderNodes(n.children, scopes, out);
                break;
            }
            if (empty)
                break;
            if (!isList) {
                renderNodes(n.children, scopes, out);
                break;
            }
            for (const QVariant& item : v.toList()) {
                const QVariantHash values = item.toHash();
                QVector<const QVariantHash*> inner = scopes;
                inner.append(&values);
                renderNodes(n.children, inner, out);
            }
            break;
        }
        }
    }
}

QString DocumentTemplate::render(const QVariantHash& data) const
{
    QString out;
    renderNodes(m_nodes, {&data}, &out);
    return out;
}

} // namespace caiji
