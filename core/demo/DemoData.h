#pragma once

#include <QString>
#include <QStringList>
#include <QVector>

namespace caiji {

struct DemoSchool
{
    QString code;
    QString name;
    QString shortName; ///< used in class names, e.g. 机电
    QStringList coursePool;
};

struct DemoMajor
{
    QString code; ///< 2021 职业教育专业目录 code
    QString name;
    int school; ///< index into DemoData::schools()
    QString shortName;
};

/// Fixed Chinese material for the demo college: names, places, schools, majors, courses.
class DemoData
{
public:
    static const QString& collegeName();
    static const QVector<DemoSchool>& schools();
    static const QVector<DemoMajor>& majors();
    static const QStringList& surnames();
    static const QStringList& givenChars();
    static const QStringList& commonCourses();
    /// 6-digit 行政区划 codes (承德 and other 河北 areas) with their names.
    static const QVector<QPair<QString, QString>>& regions();
    static const QStringList& highSchools();
    static const QStringList& companies();
};

} // namespace caiji
