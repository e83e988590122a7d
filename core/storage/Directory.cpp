#include "Directory.h"

#include "SqlUtil.h"
#include "Workspace.h"

#include <QSqlQuery>

namespace caiji {

QVector<Department> Directory::seedOffices()
{
    const QString office = QStringLiteral("office");
    return {
        {QStringLiteral("DDKH"), QStringLiteral("督导考核办公室"), QStringLiteral("督导考核办公室"), office, 1},
        {QStringLiteral("JWC"), QStringLiteral("教务处"), QStringLiteral("教务处"), office, 2},
        {QStringLiteral("ZZRS"), QStringLiteral("组织人事处"), QStringLiteral("组织人事处"), office, 3},
        {QStringLiteral("XGC"), QStringLiteral("学工处"), QStringLiteral("学工处（团委、武装部）"), office, 4},
        {QStringLiteral("DZB"), QStringLiteral("党政办公室"), QStringLiteral("党政办公室"), office, 5},
        {QStringLiteral("KYZX"), QStringLiteral("科研中心"), QStringLiteral("科研中心"), office, 6},
        {QStringLiteral("HQC"), QStringLiteral("后勤处"), QStringLiteral("后勤处（保卫处）"), office, 7},
        {QStringLiteral("TSG"), QStringLiteral("图书馆"), QStringLiteral("图书馆"), office, 8},
        {QStringLiteral("WLZX"), QStringLiteral("网络信息中心"), QStringLiteral("网络信息中心"), office, 9},
        {QStringLiteral("ZSJY"), QStringLiteral("招生就业办公室"), QStringLiteral("招生就业办公室"), office, 10},
        {QStringLiteral("ZYPX"), QStringLiteral("职业培训中心"), QStringLiteral("职业培训中心"), office, 11},
        {QStringLiteral("DQC"), QStringLiteral("党群工作处"), QStringLiteral("党群工作处"), office, 12},
        {QStringLiteral("CWC"), QStringLiteral("财务处"), QStringLiteral("财务处"), office, 13},
    };
}

bool Directory::addDepartment(const Department& d, QString* error)
{
    if (d.code.trimmed().isEmpty() || d.name.trimmed().isEmpty()) {
        if (error)
            *error = tr("A department needs a code and a name.");
        return false;
    }
    return SqlUtil::exec(m_ws.db(),
        QStringLiteral("INSERT INTO cj_department (code, name, full_name, kind, sort) "
                       "VALUES (?, ?, ?, ?, ?)"),
        {d.code, d.name, d.fullName.isEmpty() ? d.name : d.fullName, d.kind, d.sort}, error);
}

QVector<Department> Directory::departments(QString* error) const
{
    QVector<Department> out;
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT code, name, full_name, kind, sort FROM cj_department "
                           "ORDER BY CASE WHEN kind = 'office' THEN 0 ELSE 1 END, sort, code"),
            {}, error, &q))
        return out;
    while (q.next())
        out.append({q.value(0).toString(), q.value(1).toString(), q.value(2).toString(), q.value(3).toString(),
            q.value(4).toInt()});
    return out;
}

bool Directory::findDepartment(const QString& codeOrName, Department* out) const
{
    const QString t = codeOrName.trimmed();
    for (const Department& d : departments()) {
        if (d.code.compare(t, Qt::CaseInsensitive) == 0 || d.name == t || d.fullName == t) {
            *out = d;
            return true;
        }
    }
    return false;
}

bool Directory::addRound(const Round& r, QString* error)
{
    if (r.year < 2000 || r.year > 2100 || !r.periodStart.isValid() || !r.periodEnd.isValid()
        || r.periodEnd < r.periodStart) {
        if (error)
            *error = tr("Round %1 has an invalid year or period.").arg(r.year);
        return false;
    }
    return SqlUtil::exec(m_ws.db(),
        QStringLiteral("INSERT INTO cj_round (year, name, catalog_id, period_start, period_end, "
                       "state, opened_at) VALUES (?, ?, ?, ?, ?, ?, ?)"),
        {r.year, r.name, r.catalogId.isEmpty() ? m_ws.catalog().id : r.catalogId, r.periodStart.toString(Qt::ISODate),
            r.periodEnd.toString(Qt::ISODate), r.state.isEmpty() ? QStringLiteral("open") : r.state, Workspace::now()},
        error);
}

QVector<Round> Directory::rounds(QString* error) const
{
    QVector<Round> out;
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT year, name, catalog_id, period_start, period_end, state FROM cj_round "
                           "ORDER BY year DESC"),
            {}, error, &q))
        return out;
    while (q.next()) {
        out.append({q.value(0).toInt(), q.value(1).toString(), q.value(2).toString(),
            QDate::fromString(q.value(3).toString(), Qt::ISODate),
            QDate::fromString(q.value(4).toString(), Qt::ISODate), q.value(5).toString()});
    }
    return out;
}

Round Directory::latestRound() const
{
    const QVector<Round> all = rounds();
    return all.isEmpty() ? Round() : all.first();
}

} // namespace caiji
