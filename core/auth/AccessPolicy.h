#pragma once

#include "../catalog/CatalogModel.h"
#include "Actor.h"
#include "Division.h"

#include <QCoreApplication>
#include <QHash>
#include <QSet>
#include <QString>
#include <QStringList>

#include <memory>

namespace caiji {

class Workspace;

/// What one may do with a table's data (issue 9: role × department × table × action).
enum class Action
{
    Read,
    Edit,
    Import,
    Export,
    Explain, ///< write an explanation of a finding
    Review, ///< accept or reject explanations
    Administer, ///< accounts, rules, rounds
};

QString actionDisplayName(Action a);

/// How much of a table an actor reads.
enum class ReadScope
{
    None,
    ReferenceColumns, ///< another department's source table: its keys and name only, every row
    OwnRows, ///< the rows of the actor's department
    AllRows,
};

/// Decides what an actor may read and do; nothing is allowed unless a role grants it.
/// - 督导办管理员 and the workspace owner: everything.
/// - 院领导: reads everything, changes nothing, exports nothing (exports beyond a department
///   are the office's).
/// - 部门采集员: reads and edits the rows of the tables its department fills (a table's lead
///   department reads all its rows, and keeps all rows of its source tables); imports and
///   exports those; explains their findings. Of other departments' source tables it reads the
///   keys and the name (教工号+姓名, 专业代码+专业名称), never personal columns.
/// - 部门负责人: reads, exports and explains like the collector of its department; does not type.
/// - 业务审核员: reads every department's rows of the tables its department leads and reviews
///   their explanations.
/// Summary tables are computed: no person edits or imports them.
class AccessPolicy
{
    Q_DECLARE_TR_FUNCTIONS(caiji::AccessPolicy)

public:
    /// departmentCodes maps the catalog's department names (教务处 …) to codes; schoolCodes
    /// lists the 院系 codes (they stand for 各院系); departmentNames maps codes to names.
    AccessPolicy(Actor actor, QHash<QString, QString> departmentCodes, QStringList schoolCodes);

    /// The division of the tables the policy follows (AccessPolicy::load gives the workspace's);
    /// without one, the catalog's department names decide.
    void setDivision(Division division);
    /// The policy of an actor in a workspace (reads its departments and division of tables).
    static std::shared_ptr<const AccessPolicy> load(Workspace& ws, const Actor& actor, QString* error = nullptr);

    const Actor& actor() const { return m_actor; }

    /// Empty when the actor may do `a` on the rows `department` owns in `table` (an empty
    /// department: the whole table, every department's rows); else a message naming the
    /// missing right.
    QString denial(Action a, const Table& table, const QString& department = QString()) const;
    bool allows(Action a, const Table& table, const QString& department = QString()) const
    {
        return denial(a, table, department).isEmpty();
    }
    /// Actions not about one table: Administer, and Export of the whole round.
    QString denial(Action a) const;

    ReadScope readScope(const Table& table) const;
    /// The department the actor's reads of `table` are limited to (its own), or empty when it
    /// reads every department's rows.
    QString readDepartment(const Table& table) const;
    /// `table` with only the fields the actor reads (a source table of another department:
    /// keys and name); the table itself when it reads everything.
    Table readableView(const Table& table) const;
    /// The fields of a source table other departments see: its keys and its name field.
    static QVector<int> referenceColumns(const Table& table);
    /// The source tables that the fields of the tables the actor reads whole refer to: what a
    /// department package carries of other departments' rows.
    QStringList referencedSources(const QVector<Table>& tables) const;
    /// Other departments' source tables are read (keys and names) only among these: a
    /// department package holds no other rows. AccessPolicy::load sets it from the workspace's
    /// cj_meta "reference_tables" (comma-separated codes) when there is one.
    void limitReferences(const QStringList& sourceTables);
    static QString referenceTablesKey() { return QStringLiteral("reference_tables"); }

    /// For the grid: empty when the actor may type in (some rows of) the table, else why not.
    QString tableReadOnlyReason(const Table& table) const;
    /// Empty when the actor may change a row owned by rowDepartment; else the reason.
    QString rowReadOnlyReason(const Table& table, const QString& rowDepartment) const;
    /// The department new rows of this actor get in this table.
    QString newRowDepartment(const Table& table) const;

    /// Whether the department fills the table (its lead, a named other department, or a 院系
    /// where the catalog says 各院系).
    bool fills(const Table& table, const QString& departmentCode) const;
    bool leads(const Table& table, const QString& departmentCode) const;
    /// Whether the department's reviewer passes the other departments' rows of the table (业务审核).
    bool reviews(const Table& table, const QString& departmentCode) const;
    QString departmentName(const QString& code) const;
    /// The code of the department whose reviewer passes the table's other rows.
    QString reviewerOf(const Table& table) const;
    /// The name of the department that leads the table (the division's, else the catalog's).
    QString leadName(const Table& table) const;
    /// Department code → name.
    const QHash<QString, QString>& departmentNames() const { return m_names; }

private:
    QString who() const;
    QString refusal(Action a, const Table& table, const QString& department, const QString& why) const;

    Actor m_actor;
    QHash<QString, QString> m_codes;
    QHash<QString, QString> m_names;
    QStringList m_schools;
    Division m_division;
    bool m_hasDivision = false;
    QSet<QString> m_references;
    bool m_referencesLimited = false;
};

} // namespace caiji
