#pragma once

#include <QSet>

#include "../storage/Directory.h"
#include "DemoRandom.h"
#include "DemoValues.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonArray>
#include <QString>

#include <functional>
#include <memory>

namespace caiji {

class Workspace;
class WriteGateway;

enum class DemoScale
{
    Small,
    Large,
};

/// Fills a new workspace with a deterministic, realistic demo college: the seed policy's offices
/// and six 院系, users for every role, round 2024 with every table assigned, the data-source tables
/// (专业, 课程, 教工, 学生), teaching records, some partly filled tables and a few deliberate errors
/// (listed in the workspace setting "demo.deliberate_errors") for validation to find.
class DemoBuilder
{
    Q_DECLARE_TR_FUNCTIONS(caiji::DemoBuilder)

public:
    static constexpr int kRound = 2024;
    static constexpr const char* kDemoPassword = "Caiji@2024";

    DemoBuilder(Workspace& ws, DemoScale scale, uint64_t seed = 20241128);
    ~DemoBuilder();

    /// Called with a step description and a percentage while building.
    void setProgress(std::function<void(int, const QString&)> progress) { m_progress = std::move(progress); }
    bool build(QString* error);

    /// Rows written per table code.
    const QHash<QString, qint64>& rowsWritten() const { return m_written; }

private:
    bool setupDirectory(QString* error);
    bool fillOrganizations(QString* error);
    bool fillMajors(QString* error);
    bool fillCourses(QString* error);
    bool fillStaff(QString* error);
    bool fillStudents(QString* error);
    bool fillTeaching(QString* error);
    bool fillDropouts(QString* error);
    bool fillGenericTables(QString* error);
    bool updateStates(QString* error);
    bool insert(const QString& tableCode, const QString& dept, const QVector<QVector<QVariant>>& rows, QString* error);
    void plant(
        const QString& table, const QString& rowKey, const QString& field, const QString& rule, const QString& note);
    void step(int percent, const QString& what);
    QString idCard(const QString& region, const QDate& birth, bool male);
    const Table* table(const QString& code) const;

    Workspace& m_ws;
    std::unique_ptr<WriteGateway> m_gateway;
    DemoScale m_scale;
    DemoRandom m_rng;
    qint64 m_rowIds = 0; ///< rows given ids so far (their ids are in this order)
    std::unique_ptr<DemoValues> m_values;
    std::function<void(int, const QString&)> m_progress;
    QHash<QString, qint64> m_written;
    QSet<QString> m_idCards; ///< the ID numbers given out so far
    QJsonArray m_planted;

    struct StaffInfo
    {
        QString jgh;
        QString name;
        int school; ///< -1 for office staff
    };
    struct CourseInfo
    {
        QString code;
        int major; ///< -1 for common courses
        int hours;
    };
    QVector<StaffInfo> m_staff;
    QVector<CourseInfo> m_courses;
    QVector<QStringList> m_classesByMajor;
    QVector<int> m_majorsInUse;
    struct StudentInfo
    {
        QString xh;
        QString name;
        int major;
    };
    QVector<StudentInfo> m_students;
};

} // namespace caiji
