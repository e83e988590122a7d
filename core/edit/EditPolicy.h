#pragma once

#include "../catalog/CatalogModel.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>
#include <QStringList>

namespace caiji {

/// Who is editing: a login with its department and what the roles allow.
struct Identity
{
    QString login = QStringLiteral("system");
    QString department;      ///< department code; empty for the system account
    bool supervisor = true;  ///< 督导办管理员 (and the system account): may edit every table
    bool readOnly = false;   ///< 院领导: reads only
};

/// Decides where a person may type. Rules (DESIGN 3.5, issue "grid"): summary tables are
/// computed; a source table belongs to its department (院系 that also fill it edit only their
/// own rows); other tables are filled by the departments they are assigned to, each in its own
/// rows; the supervision office may edit everything; leadership only reads.
class EditPolicy
{
    Q_DECLARE_TR_FUNCTIONS(caiji::EditPolicy)

public:
    /// departmentCodes maps the catalog's department names (教务处 …) to codes; schoolCodes
    /// lists the 院系 codes (they stand for 各院系).
    EditPolicy(const Identity& who, QHash<QString, QString> departmentCodes, QStringList schoolCodes)
        : m_who(who)
        , m_codes(std::move(departmentCodes))
        , m_schools(std::move(schoolCodes))
    {
    }

    const Identity& identity() const { return m_who; }
    /// Empty when the person may edit (at least some rows of) the table; else the reason.
    QString tableReadOnlyReason(const Table& table) const;
    /// Empty when the person may edit a row owned by rowDepartment; else the reason.
    QString rowReadOnlyReason(const Table& table, const QString& rowDepartment) const;
    /// The department new rows of this person get in this table.
    QString newRowDepartment(const Table& table) const;

private:
    bool fills(const Table& table, const QString& departmentCode) const;

    Identity m_who;
    QHash<QString, QString> m_codes;
    QStringList m_schools;
};

} // namespace caiji
