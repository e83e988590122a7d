#include "WorkCalendar.h"

#include "../auth/AccessPolicy.h"
#include "../storage/Workspace.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

#include <algorithm>

namespace caiji {

namespace {
const QString kSetting = QStringLiteral("calendar.years");

bool parseDates(const QJsonObject& o, const char* key, int year, QSet<QDate>* out, QString* error)
{
    for (const QJsonValue& v : o.value(QLatin1String(key)).toArray()) {
        const QDate d = QDate::fromString(v.toString(), Qt::ISODate);
        if (!d.isValid()) {
            *error = WorkCalendar::tr("\"%1\" in %2 of %3 is not a date (YYYY-MM-DD).")
                         .arg(v.toString(), QLatin1String(key))
                         .arg(year);
            return false;
        }
        if (d.year() != year) {
            *error = WorkCalendar::tr("%1 in %2 of %3 belongs to another year.")
                         .arg(v.toString(), QLatin1String(key))
                         .arg(year);
            return false;
        }
        out->insert(d);
    }
    return true;
}
} // namespace

bool WorkCalendar::parseYear(const QJsonObject& o, CalendarYear* out, QString* error)
{
    QString problem;
    CalendarYear y;
    y.year = o.value(QLatin1String("year")).toInt();
    y.source = o.value(QLatin1String("source")).toString();
    if (y.year < 2000 || y.year > 2100)
        problem = tr("A calendar year needs \"year\" (2000 to 2100).");
    else if (parseDates(o, "off", y.year, &y.off, &problem)
        && parseDates(o, "workdays", y.year, &y.workdays, &problem)) {
        for (const QDate& d : std::as_const(y.workdays)) {
            if (y.off.contains(d))
                problem = tr("%1 is both a day off and a working day.").arg(d.toString(Qt::ISODate));
            else if (d.dayOfWeek() < 6)
                problem = tr("%1 is a weekday: only a Saturday or Sunday can be a make-up working day.")
                              .arg(d.toString(Qt::ISODate));
            if (!problem.isEmpty())
                break;
        }
    }
    if (!problem.isEmpty()) {
        if (error)
            *error = problem;
        return false;
    }
    *out = y;
    return true;
}

WorkCalendar WorkCalendar::official()
{
    static const WorkCalendar shipped = [] {
        WorkCalendar c;
        QFile f(QStringLiteral(":/calendar/cn-workdays.json"));
        if (!f.open(QIODevice::ReadOnly))
            return c;
        for (const QJsonValue& v :
            QJsonDocument::fromJson(f.readAll()).object().value(QLatin1String("years")).toArray()) {
            CalendarYear y;
            if (parseYear(v.toObject(), &y, nullptr))
                c.add(y);
        }
        return c;
    }();
    return shipped;
}

WorkCalendar WorkCalendar::of(Workspace& ws, QString* error)
{
    WorkCalendar c = official();
    const QString stored = ws.setting(kSetting);
    if (stored.isEmpty())
        return c;
    for (const QJsonValue& v : QJsonDocument::fromJson(stored.toUtf8()).array()) {
        CalendarYear y;
        if (parseYear(v.toObject(), &y, error))
            c.add(y);
    }
    return c;
}

bool WorkCalendar::saveYear(Workspace& ws, const AccessPolicy& policy, const QJsonObject& year, QString* error)
{
    const QString refused = policy.denial(Action::Administer);
    if (!refused.isEmpty()) {
        if (error)
            *error = refused;
        return false;
    }
    CalendarYear y;
    if (!parseYear(year, &y, error))
        return false;
    QJsonArray years = QJsonDocument::fromJson(ws.setting(kSetting).toUtf8()).array();
    for (int i = static_cast<int>(years.size()) - 1; i >= 0; --i) {
        if (years.at(i).toObject().value(QLatin1String("year")).toInt() == y.year)
            years.removeAt(i);
    }
    years.append(year);
    return ws.setSetting(kSetting, QString::fromUtf8(QJsonDocument(years).toJson(QJsonDocument::Compact)), error);
}

QList<int> WorkCalendar::years() const
{
    QList<int> out = m_years.keys();
    std::sort(out.begin(), out.end());
    return out;
}

bool WorkCalendar::isWorkingDay(const QDate& d) const
{
    const auto y = m_years.constFind(d.year());
    if (y != m_years.constEnd()) {
        if (y->workdays.contains(d))
            return true;
        if (y->off.contains(d))
            return false;
    }
    return d.dayOfWeek() < 6;
}

QDate WorkCalendar::addWorkingDays(const QDate& from, int n) const
{
    const int step = n < 0 ? -1 : 1;
    QDate d = from;
    for (int left = std::abs(n); left > 0;) {
        d = d.addDays(step);
        if (isWorkingDay(d))
            --left;
    }
    return d;
}

int WorkCalendar::workingDaysBetween(const QDate& from, const QDate& to) const
{
    if (to < from)
        return -workingDaysBetween(to, from);
    int n = 0;
    for (QDate d = from.addDays(1); d <= to; d = d.addDays(1)) {
        if (isWorkingDay(d))
            ++n;
    }
    return n;
}

} // namespace caiji
