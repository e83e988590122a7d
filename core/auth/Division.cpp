#include "Division.h"

#include "../storage/Directory.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"

#include <QSqlQuery>

namespace caiji {

Division Division::fromCatalog(const Catalog& catalog, const QVector<Department>& departments)
{
    QHash<QString, QString> codeByName;
    QStringList schools;
    for (const Department& d : departments) {
        codeByName.insert(d.name, d.code);
        if (d.isSchool())
            schools.append(d.code);
    }
    Division out;
    for (const Table& t : catalog.tables) {
        QStringList codes;
        for (const QString& name : QStringList {t.department} + t.alsoDepartments) {
            const QStringList named
                = name == Catalog::allSchoolsName() ? schools : QStringList {codeByName.value(name, name)};
            for (const QString& c : named) {
                if (!codes.contains(c))
                    codes.append(c);
            }
        }
        TableDivision d;
        if (!codes.isEmpty())
            d.lead = codes.takeFirst();
        d.contributing = codes;
        out.m_tables.insert(t.code, d);
    }
    return out;
}

bool Division::load(Workspace& ws, Division* out, QString* error)
{
    QString e;
    const QVector<Department> departments = Directory(ws).departments(&e);
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return false;
    }
    *out = fromCatalog(ws.catalog(), departments);
    QSqlQuery q(ws.db());
    if (!SqlUtil::exec(ws.db(),
            QStringLiteral("SELECT table_code, department, role FROM cj_division ORDER BY table_code, sort"), {}, error,
            &q))
        return false;
    QHash<QString, TableDivision> stored;
    while (q.next()) {
        TableDivision& d = stored[q.value(0).toString()];
        const QString dept = q.value(1).toString();
        const QString role = q.value(2).toString();
        if (role == QLatin1String("lead"))
            d.lead = dept;
        else if (role == QLatin1String("review"))
            d.reviewer = dept;
        else
            d.contributing.append(dept);
    }
    // A table the office has divided replaces the catalog's; tables a newer catalog brought
    // keep the catalog's division until the office divides them.
    for (auto it = stored.constBegin(); it != stored.constEnd(); ++it) {
        if (ws.catalog().table(it.key()))
            out->m_tables.insert(it.key(), it.value());
    }
    return true;
}

bool Division::leads(const QString& table, const QString& department) const
{
    return !department.isEmpty() && m_tables.value(table).lead == department;
}

bool Division::fills(const QString& table, const QString& department) const
{
    if (department.isEmpty())
        return false;
    const auto it = m_tables.constFind(table);
    return it != m_tables.constEnd() && (it->lead == department || it->contributing.contains(department));
}

bool Division::reviews(const QString& table, const QString& department) const
{
    return !department.isEmpty() && m_tables.value(table).reviewingDepartment() == department;
}

QStringList Division::fillers(const QString& table) const
{
    const TableDivision d = m_tables.value(table);
    return d.lead.isEmpty() ? d.contributing : QStringList {d.lead} + d.contributing;
}

QString Division::check(const Catalog& catalog, const QVector<Department>& departments) const
{
    QHash<QString, QString> names;
    for (const Department& d : departments)
        names.insert(d.code, d.name);
    for (const Table& t : catalog.tables) {
        const TableDivision d = m_tables.value(t.code);
        if (d.lead.isEmpty())
            return tr("Table %1 %2 has no lead department.").arg(t.code, t.name);
        QSet<QString> seen;
        for (const QString& c : fillers(t.code)) {
            if (!names.contains(c))
                return tr("Table %1: there is no department %2.").arg(t.code, c);
            if (seen.contains(c))
                return tr("Table %1: %2 is named twice.").arg(t.code, names.value(c));
            seen.insert(c);
        }
        if (!d.reviewer.isEmpty() && !names.contains(d.reviewer))
            return tr("Table %1: there is no department %2 to review it.").arg(t.code, d.reviewer);
    }
    for (auto it = m_tables.constBegin(); it != m_tables.constEnd(); ++it) {
        if (!catalog.table(it.key()))
            return tr("The catalog has no table %1.").arg(it.key());
    }
    return QString();
}

QStringList Division::changedFrom(const Division& other) const
{
    QStringList out;
    for (auto it = m_tables.constBegin(); it != m_tables.constEnd(); ++it) {
        if (!(other.m_tables.value(it.key()) == it.value()))
            out.append(it.key());
    }
    std::sort(out.begin(), out.end());
    return out;
}

} // namespace caiji
