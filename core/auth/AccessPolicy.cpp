#include "AccessPolicy.h"

#include "../catalog/Catalog.h"
#include "../storage/Directory.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"

namespace caiji {

QString actionDisplayName(Action a)
{
    switch (a) {
    case Action::Read:
        return QCoreApplication::translate("caiji::Action", "read");
    case Action::Edit:
        return QCoreApplication::translate("caiji::Action", "edit");
    case Action::Import:
        return QCoreApplication::translate("caiji::Action", "import");
    case Action::Export:
        return QCoreApplication::translate("caiji::Action", "export");
    case Action::Explain:
        return QCoreApplication::translate("caiji::Action", "explain findings");
    case Action::Review:
        return QCoreApplication::translate("caiji::Action", "review explanations");
    case Action::Administer:
        return QCoreApplication::translate("caiji::Action", "administer the workspace");
    }
    return QString();
}

AccessPolicy::AccessPolicy(Actor actor, QHash<QString, QString> departmentCodes, QStringList schoolCodes)
    : m_actor(std::move(actor))
    , m_codes(std::move(departmentCodes))
    , m_schools(std::move(schoolCodes))
{
    for (auto it = m_codes.constBegin(); it != m_codes.constEnd(); ++it)
        m_names.insert(it.value(), it.key());
}

std::shared_ptr<const AccessPolicy> AccessPolicy::load(Workspace& ws, const Actor& actor, QString* error)
{
    QHash<QString, QString> codes;
    QStringList schools;
    QString e;
    for (const Department& d : Directory(ws).departments(&e)) {
        codes.insert(d.name, d.code);
        if (d.isSchool())
            schools.append(d.code);
    }
    if (!e.isEmpty()) {
        if (error)
            *error = e;
        return nullptr;
    }
    Division division;
    if (!Division::load(ws, &division, error))
        return nullptr;
    auto policy = std::make_shared<AccessPolicy>(actor, codes, schools);
    policy->setDivision(std::move(division));
    const QVariant references
        = SqlUtil::scalar(ws.db(), QStringLiteral("SELECT value FROM cj_meta WHERE key = ?"), {referenceTablesKey()});
    if (!references.isNull())
        policy->limitReferences(references.toString().split(QLatin1Char(','), Qt::SkipEmptyParts));
    return policy;
}

void AccessPolicy::setDivision(Division division)
{
    m_division = std::move(division);
    m_hasDivision = true;
}

bool AccessPolicy::fills(const Table& table, const QString& code) const
{
    if (m_hasDivision && m_division.contains(table.code))
        return m_division.fills(table.code, code);
    if (code.isEmpty())
        return false;
    QStringList names = {table.department};
    names += table.alsoDepartments;
    for (const QString& n : names) {
        if (n == Catalog::allSchoolsName() ? m_schools.contains(code) : m_codes.value(n) == code)
            return true;
    }
    return false;
}

bool AccessPolicy::leads(const Table& table, const QString& code) const
{
    if (m_hasDivision && m_division.contains(table.code))
        return m_division.leads(table.code, code);
    return !code.isEmpty() && m_codes.value(table.department) == code;
}

bool AccessPolicy::reviews(const Table& table, const QString& code) const
{
    if (m_hasDivision && m_division.contains(table.code))
        return m_division.reviews(table.code, code);
    return leads(table, code);
}

QString AccessPolicy::reviewerOf(const Table& table) const
{
    if (m_hasDivision && m_division.contains(table.code))
        return m_division.of(table.code).reviewingDepartment();
    return m_codes.value(table.department);
}

QString AccessPolicy::leadName(const Table& table) const
{
    if (m_hasDivision && m_division.contains(table.code))
        return departmentName(m_division.of(table.code).lead);
    return table.department;
}

QString AccessPolicy::departmentName(const QString& code) const
{
    return m_names.value(code, code);
}

QVector<int> AccessPolicy::referenceColumns(const Table& table)
{
    QVector<int> out;
    for (const QString& k : table.keys) {
        const int i = table.fieldIndex(k);
        if (i >= 0)
            out.append(i);
    }
    // The name that goes with the key: 姓名, or the first 名称 (专业名称, 基地名称（全称）…).
    for (int i = 0; i < table.fields.size(); ++i) {
        const QString& n = table.fields[i].name;
        if (!out.contains(i) && (n == QStringLiteral("姓名") || n.contains(QStringLiteral("名称")))) {
            out.append(i);
            break;
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

QStringList AccessPolicy::referencedSources(const QVector<Table>& tables) const
{
    QStringList out;
    for (const Table& t : tables) {
        const ReadScope scope = readScope(t);
        if (scope != ReadScope::AllRows && scope != ReadScope::OwnRows)
            continue;
        for (const Field& f : t.fields) {
            if (f.type == FieldType::Reference && !out.contains(f.refTable))
                out.append(f.refTable);
        }
    }
    std::sort(out.begin(), out.end());
    return out;
}

void AccessPolicy::limitReferences(const QStringList& sourceTables)
{
    m_references = QSet<QString>(sourceTables.cbegin(), sourceTables.cend());
    m_referencesLimited = true;
}

ReadScope AccessPolicy::readScope(const Table& table) const
{
    if (m_actor.isOffice() || m_actor.has(Role::Leader))
        return ReadScope::AllRows;
    const QString& d = m_actor.department;
    const bool departmental = m_actor.has(Role::Collector) || m_actor.has(Role::Head) || m_actor.has(Role::Reviewer);
    if (!departmental || d.isEmpty())
        return ReadScope::None;
    if (leads(table, d) || (m_actor.has(Role::Reviewer) && reviews(table, d)))
        return ReadScope::AllRows;
    if (fills(table, d))
        return ReadScope::OwnRows;
    if (table.kind == TableKind::Source && (!m_referencesLimited || m_references.contains(table.code)))
        return ReadScope::ReferenceColumns;
    return ReadScope::None;
}

QString AccessPolicy::readDepartment(const Table& table) const
{
    return readScope(table) == ReadScope::OwnRows ? m_actor.department : QString();
}

Table AccessPolicy::readableView(const Table& table) const
{
    if (readScope(table) != ReadScope::ReferenceColumns)
        return table;
    Table view = table;
    view.fields.clear();
    for (int i : referenceColumns(table))
        view.fields.append(table.fields[i]);
    // The table's rules speak of fields the view does not have.
    view.rules = QJsonArray();
    return view;
}

QString AccessPolicy::who() const
{
    QStringList roles;
    for (Role r : m_actor.roles)
        roles.append(roleDisplayName(r));
    const QString dept = departmentName(m_actor.department);
    if (dept.isEmpty())
        return tr("Account %1 (%2)").arg(m_actor.login, roles.join(QStringLiteral("、")));
    return tr("Account %1 (%2, %3)").arg(m_actor.login, dept, roles.join(QStringLiteral("、")));
}

QString AccessPolicy::refusal(Action a, const Table& table, const QString& department, const QString& why) const
{
    const QString scope
        = department.isEmpty() ? tr("all departments' rows") : tr("the rows of %1").arg(departmentName(department));
    return tr("%1 has no right to %2 %3 of table %4. %5").arg(who(), actionDisplayName(a), scope, table.title(), why);
}

QString AccessPolicy::denial(Action a) const
{
    if (m_actor.isOffice())
        return QString();
    if (a == Action::Administer)
        return tr("%1 has no right to %2: only the supervision office administers a workspace.")
            .arg(who(), actionDisplayName(a));
    if (a == Action::Export)
        return tr("%1 has no right to %2 the whole round: exports beyond one department are the supervision office's.")
            .arg(who(), actionDisplayName(a));
    return tr("%1 has no right to %2 the whole round.").arg(who(), actionDisplayName(a));
}

QString AccessPolicy::denial(Action a, const Table& table, const QString& department) const
{
    const QString& d = m_actor.department;
    const bool writes = a == Action::Edit || a == Action::Import;
    if (writes && table.kind == TableKind::Summary)
        return refusal(a, table, department, tr("It is a summary table: Caiji computes it from the detail rows."));
    if (m_actor.isOffice())
        return QString();
    if (a == Action::Administer)
        return denial(a);
    if (m_actor.has(Role::Leader) && a == Action::Read)
        return QString();
    const ReadScope scope = readScope(table);
    const bool ownRows = !department.isEmpty() && department == d;
    const bool keepsAll = table.kind == TableKind::Source && leads(table, d);
    switch (a) {
    case Action::Read:
        if (scope == ReadScope::AllRows || scope == ReadScope::ReferenceColumns
            || (scope == ReadScope::OwnRows && ownRows))
            return QString();
        break;
    case Action::Export:
        if ((m_actor.has(Role::Collector) || m_actor.has(Role::Head) || m_actor.has(Role::Reviewer))
            && (scope == ReadScope::AllRows || (scope == ReadScope::OwnRows && ownRows)))
            return QString();
        break;
    case Action::Edit:
    case Action::Import:
        if (!m_actor.has(Role::Collector))
            return refusal(a, table, department, tr("Only a department's data administrator fills its tables."));
        if (fills(table, d) && (ownRows || keepsAll))
            return QString();
        break;
    case Action::Explain:
        if ((m_actor.has(Role::Collector) || m_actor.has(Role::Head)) && fills(table, d) && (ownRows || keepsAll))
            return QString();
        break;
    case Action::Review:
        if (m_actor.has(Role::Reviewer) && reviews(table, d))
            return QString();
        break;
    case Action::Administer:
        break;
    }
    QString why;
    if (m_actor.has(Role::Leader) && m_actor.roles.size() == 1)
        why = tr("College leadership reads the data; it does not change or export it.");
    else if (scope == ReadScope::None || scope == ReadScope::ReferenceColumns)
        why = tr("The table is kept by %1.").arg(leadName(table));
    else
        why = tr("Each department works on its own rows.");
    return refusal(a, table, department, why);
}

QString AccessPolicy::tableReadOnlyReason(const Table& table) const
{
    if (table.kind == TableKind::Summary)
        return tr("%1 is a summary table: Caiji computes it from the detail rows, nobody types into it.")
            .arg(table.title());
    if (m_actor.isOffice())
        return QString();
    if (m_actor.has(Role::Leader) && !m_actor.has(Role::Collector))
        return tr("College leadership reads the data; it does not fill tables.");
    if (!fills(table, m_actor.department)) {
        if (table.kind == TableKind::Source)
            return tr("%1 is a data source table kept by %2; other departments only read it.")
                .arg(table.title(), leadName(table));
        return tr("%1 is filled by %2, not by your department.").arg(table.title(), leadName(table));
    }
    if (!m_actor.has(Role::Collector))
        return tr("Your department's data administrator fills %1; you read and confirm it.").arg(table.title());
    return QString();
}

QString AccessPolicy::rowReadOnlyReason(const Table& table, const QString& rowDepartment) const
{
    const QString reason = tableReadOnlyReason(table);
    if (!reason.isEmpty() || m_actor.isOffice())
        return reason;
    // The lead department of a source table keeps all of its rows; everyone else their own.
    if (table.kind == TableKind::Source && leads(table, m_actor.department))
        return QString();
    if (rowDepartment != m_actor.department)
        return tr("This row belongs to another department (%1).").arg(departmentName(rowDepartment));
    return QString();
}

QString AccessPolicy::newRowDepartment(const Table& table) const
{
    if (fills(table, m_actor.department))
        return m_actor.department;
    if (m_hasDivision && m_division.contains(table.code))
        return m_division.of(table.code).lead;
    if (table.department == Catalog::allSchoolsName())
        return m_schools.value(0);
    return m_codes.value(table.department);
}

} // namespace caiji
