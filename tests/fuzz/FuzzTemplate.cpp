// libFuzzer target: a printout template a college imports (caiji-cli template import), parsed
// against each kind's schema and rendered with the schema's names filled in.
#include "core/documents/DocumentTemplate.h"
#include "core/documents/Templates.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size)
{
    using namespace caiji;
    const QString text = QString::fromUtf8(reinterpret_cast<const char*>(data), static_cast<qsizetype>(size));
    for (const QString& kind : Templates::kinds()) {
        const TemplateSchema schema = Templates::schema(kind);
        DocumentTemplate t;
        QString error;
        if (!t.parse(text, schema, &error))
            continue;
        QVariantHash values;
        for (const QString& v : schema.values)
            values.insert(v, QStringLiteral("<值>&"));
        for (auto it = schema.lists.constBegin(); it != schema.lists.constEnd(); ++it) {
            QVariantHash item;
            for (const QString& v : it.value())
                item.insert(v, QStringLiteral("项"));
            values.insert(it.key(), QVariantList {item, item});
        }
        t.render(values);
    }
    return 0;
}
