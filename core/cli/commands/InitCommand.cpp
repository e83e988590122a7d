#include "InitCommand.h"

#include "../../catalog/Catalog.h"
#include "../../storage/Directory.h"
#include "../../storage/Workspace.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace caiji::cli {

int InitCommand::run()
{
    if (m_positional.size() != 1)
        return usage(tr("init needs exactly one workspace."));
    Catalog cat;
    if (!loadCatalogFor(&cat))
        return BadInput;
    QString error;
    auto ws = Workspace::create(m_positional.first(), cat, &error);
    if (!ws)
        return fail(BadInput, error);
    Directory dir(*ws);
    for (const Department& d : Directory::seedOffices()) {
        if (!dir.addDepartment(d, &error))
            return fail(BadInput, error);
    }
    if (hasFlag(QStringLiteral("json"))) {
        m_out << QJsonDocument(
            QJsonObject {{QStringLiteral("workspace"), ws->location().displayName()},
                {QStringLiteral("catalog"), cat.id}, {QStringLiteral("tables"), static_cast<int>(cat.tables.size())}})
                     .toJson(QJsonDocument::Compact)
              << Qt::endl;
    } else {
        m_out << tr("Created workspace %1 with catalog %2 (%3 tables).")
                     .arg(ws->location().displayName(), cat.name)
                     .arg(cat.tables.size())
              << Qt::endl;
    }
    return Ok;
}

} // namespace caiji::cli
