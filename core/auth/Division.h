#pragma once

#include "../catalog/Catalog.h"

#include <QCoreApplication>
#include <QHash>
#include <QStringList>

namespace caiji {

struct Department;
class Workspace;

/// Who does what with one table (department codes): the lead (牵头, responsible for the table:
/// fills, reads every department's rows), the other departments that fill their own rows
/// (参与), and the department whose reviewer passes the others' rows (业务审核; empty: the lead).
struct TableDivision
{
    QString lead;
    QStringList contributing;
    QString reviewer;

    /// The department that reviews the others' rows: the named reviewer, else the lead.
    QString reviewingDepartment() const { return reviewer.isEmpty() ? lead : reviewer; }
    bool operator==(const TableDivision& o) const
    {
        return lead == o.lead && contributing == o.contributing && reviewer == o.reviewer;
    }
};

/// The college's division of the tables among its departments (任务分解表): from the catalog
/// until the supervision office changes it, then kept in the workspace (cj_division). Access
/// rights, the tasks of a round and the domain review all follow it.
class Division
{
    Q_DECLARE_TR_FUNCTIONS(caiji::Division)

public:
    /// The catalog's own division: its department for the lead, its other departments (各院系:
    /// every 院系) contributing.
    static Division fromCatalog(const Catalog& catalog, const QVector<Department>& departments);
    /// The workspace's division (the catalog's for tables the office has not divided).
    static bool load(Workspace& ws, Division* out, QString* error);

    bool contains(const QString& table) const { return m_tables.contains(table); }
    TableDivision of(const QString& table) const { return m_tables.value(table); }
    void set(const QString& table, const TableDivision& d) { m_tables.insert(table, d); }
    const QHash<QString, TableDivision>& tables() const { return m_tables; }

    bool leads(const QString& table, const QString& department) const;
    bool fills(const QString& table, const QString& department) const;
    bool reviews(const QString& table, const QString& department) const;
    /// The departments that fill the table, the lead first.
    QStringList fillers(const QString& table) const;

    /// Empty when every table of the catalog has a lead, and every department named exists and
    /// appears once per table; else the first problem, naming the table and department.
    QString check(const Catalog& catalog, const QVector<Department>& departments) const;
    /// Tables whose division differs from `other`'s.
    QStringList changedFrom(const Division& other) const;

private:
    QHash<QString, TableDivision> m_tables;
};

} // namespace caiji
