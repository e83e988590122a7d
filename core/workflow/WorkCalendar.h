#pragma once

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QString>

namespace caiji {

class AccessPolicy;
class Workspace;

/// One year of the official calendar: the days off (holidays, with the weekend days the notice
/// names) and the make-up working days (调休上班, weekend days that are worked).
struct CalendarYear
{
    int year = 0;
    QString source; ///< the State Council notice it comes from
    QSet<QDate> off;
    QSet<QDate> workdays;
};

/// Working days in China: Monday to Friday except the public holidays, plus the weekend days
/// worked in their stead (调休). Ships the official calendars (resources/calendar, 2024–2026);
/// the supervision office adds a year when the State Council publishes it (kept in the
/// workspace). A year without data counts Monday to Friday and is provisional.
class WorkCalendar
{
    Q_DECLARE_TR_FUNCTIONS(caiji::WorkCalendar)

public:
    /// The official calendars shipped with Caiji.
    static WorkCalendar official();
    /// The official calendars with the years the workspace adds or corrects.
    static WorkCalendar of(Workspace& ws, QString* error = nullptr);
    /// Reads one year ({"year", "source", "off": [dates], "workdays": [dates]}); false with the
    /// problem named (a date that is not one, a date of another year, a day both off and worked,
    /// a working day that is a weekday anyway).
    static bool parseYear(const QJsonObject& o, CalendarYear* out, QString* error);
    /// Adds (or replaces) a year in the workspace, as the supervision office.
    static bool saveYear(Workspace& ws, const AccessPolicy& policy, const QJsonObject& year, QString* error);

    void add(const CalendarYear& y) { m_years.insert(y.year, y); }
    bool knows(int year) const { return m_years.contains(year); }
    QList<int> years() const;
    bool isWorkingDay(const QDate& d) const;
    /// The date `n` working days after `from` (before it when `n` is negative); `from` itself
    /// does not count.
    QDate addWorkingDays(const QDate& from, int n) const;
    /// The working days after `from` up to and including `to`; negative (the working days
    /// after `to` up to and including `from`) when `to` is earlier. Days left until a deadline.
    int workingDaysBetween(const QDate& from, const QDate& to) const;

private:
    QHash<int, CalendarYear> m_years;
};

} // namespace caiji
