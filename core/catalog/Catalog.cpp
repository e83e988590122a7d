#include "Catalog.h"

#include <algorithm>

namespace caiji {

const Table* Catalog::table(const QString& code) const
{
    for (const Table& t : tables) {
        if (t.code == code)
            return &t;
    }
    return nullptr;
}

const CodeList* Catalog::codeList(const QString& listId) const
{
    for (const CodeList& c : codeLists) {
        if (c.id == listId)
            return &c;
    }
    return nullptr;
}

const Category* Catalog::category(const QString& code) const
{
    for (const Category& c : categories) {
        if (c.code == code)
            return &c;
    }
    return nullptr;
}

QVector<const Table*> Catalog::nationalOrder() const
{
    QVector<const Table*> out;
    for (const Table& t : tables)
        out.append(&t);
    std::stable_sort(out.begin(), out.end(), [](const Table* a, const Table* b) {
        const int oa = a->national ? a->national->order : 1000000;
        const int ob = b->national ? b->national->order : 1000000;
        return oa < ob;
    });
    return out;
}

const QStringList& Catalog::departmentNames()
{
    static const QStringList names = {
        QStringLiteral("督导考核办公室"), QStringLiteral("教务处"),   QStringLiteral("组织人事处"),
        QStringLiteral("学工处"),         QStringLiteral("党政办公室"), QStringLiteral("科研中心"),
        QStringLiteral("后勤处"),         QStringLiteral("图书馆"),   QStringLiteral("网络信息中心"),
        QStringLiteral("招生就业办公室"), QStringLiteral("职业培训中心"), QStringLiteral("党群工作处"),
        QStringLiteral("财务处"),         QStringLiteral("各院系"),
    };
    return names;
}

QString Catalog::allSchoolsName()
{
    return QStringLiteral("各院系");
}

QString Catalog::builtinPath()
{
    return QStringLiteral(":/catalogs/gaozhi-2016.json");
}

} // namespace caiji
