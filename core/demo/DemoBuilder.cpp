#include "DemoBuilder.h"

#include "../auth/Accounts.h"
#include "../auth/PasswordHasher.h"
#include "../storage/RowInserter.h"
#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../validation/SummaryBuilder.h"
#include "../value/Checksums.h"
#include "../workflow/Assignments.h"
#include "../write/WriteGateway.h"
#include "DemoData.h"
#include "DemoDerived.h"

#include <QJsonDocument>

#include <QJsonObject>
#include <QSet>
#include <algorithm>

#include <QtConcurrent/QtConcurrentMap>
#include <cmath>

namespace caiji {

namespace {
const QString kStaffOwner = QStringLiteral("ZZRS"); // 组织人事处 owns 教工
const QString kStudentOwner = QStringLiteral("XGC"); // 学工处 owns 学生
const QString kTeachingOwner = QStringLiteral("JWC"); // 教务处 owns 专业 and the common courses

using Row = QVector<QVariant>;
using Given = QHash<QString, QVariant>;

QString q(const char* s)
{
    return QString::fromUtf8(s);
}
} // namespace

DemoBuilder::DemoBuilder(Workspace& ws, DemoScale scale, uint64_t seed)
    : m_ws(ws)
    , m_scale(scale)
    , m_rng(seed)
{
}

DemoBuilder::~DemoBuilder() = default;

void DemoBuilder::step(int percent, const QString& what)
{
    if (m_progress)
        m_progress(percent, what);
}

const Table* DemoBuilder::table(const QString& code) const
{
    return m_ws.catalog().table(code);
}

void DemoBuilder::plant(
    const QString& tableCode, const QString& rowKey, const QString& field, const QString& rule, const QString& note)
{
    m_planted.append(QJsonObject {{QStringLiteral("table"), tableCode}, {QStringLiteral("row"), rowKey},
        {QStringLiteral("field"), field}, {QStringLiteral("rule"), rule}, {QStringLiteral("note"), note}});
}

QString DemoBuilder::idCard(const QString& region, const QDate& birth, bool male)
{
    // No two people share a number (the large demo's 30,000 students drew the same one).
    for (;;) {
        int seq = m_rng.range(0, 499) * 2 + (male ? 1 : 0);
        if (seq == 0)
            seq = 2;
        const QString first17 = region + birth.toString(QStringLiteral("yyyyMMdd"))
            + QStringLiteral("%1").arg(seq, 3, 10, QLatin1Char('0'));
        const QString number = first17 + Checksums::idCardCheckChar(first17);
        if (!m_idCards.contains(number)) {
            m_idCards.insert(number);
            return number;
        }
    }
}

bool DemoBuilder::insert(const QString& tableCode, const QString& dept, const QVector<Row>& rows, QString* error)
{
    const Table* t = table(tableCode);
    if (!t || rows.isEmpty())
        return true;
    const auto ins = m_gateway->inserter(*t, kRound, dept, {WriteOrigin::Load, QStringLiteral("demo"), false}, error);
    if (!ins)
        return false;
    ins->setIdSource([this] { return m_rng.rowId(m_rowIds++); });
    for (const Row& r : rows)
        ins->add(dept, r);
    if (!ins->flush(error))
        return false;
    m_written[tableCode] += ins->inserted();
    return true;
}

bool DemoBuilder::build(QString* error)
{
    const QDate start(kRound - 1, 9, 1);
    const QDate end(kRound, 8, 31);
    m_values = std::make_unique<DemoValues>(m_ws.catalog(), m_rng, start, end);
    // Whoever builds the demo holds the workspace: its owner, attributed as "demo".
    auto policy = std::make_shared<AccessPolicy>(
        Actor::workspaceOwner(QStringLiteral("demo")), QHash<QString, QString>(), QStringList());
    m_gateway = std::make_unique<WriteGateway>(m_ws, policy);
    BulkWriteCache cache(m_ws.db());
    WriteGateway::Scope tx(*m_gateway);
    step(0, tr("Departments, users and round"));
    if (!setupDirectory(error))
        return false;
    step(10, tr("Organisations and majors"));
    if (!fillOrganizations(error) || !fillMajors(error))
        return false;
    step(15, tr("Courses"));
    if (!fillCourses(error))
        return false;
    step(20, tr("Staff"));
    if (!fillStaff(error))
        return false;
    step(30, tr("Students"));
    if (!fillStudents(error))
        return false;
    step(50, tr("Teaching records"));
    if (!fillTeaching(error))
        return false;
    step(85, tr("Other tables"));
    if (!fillDropouts(error) || !fillGenericTables(error))
        return false;
    step(93, tr("Summary tables"));
    if (!SummaryBuilder(*m_gateway, kRound).rebuildAll(error))
        return false;
    step(95, tr("Task states"));
    if (!updateStates(error))
        return false;
    if (!m_ws.setSetting(QStringLiteral("demo.deliberate_errors"),
            QString::fromUtf8(QJsonDocument(m_planted).toJson(QJsonDocument::Compact)), error))
        return false;
    if (!m_ws.setSetting(QStringLiteral("demo.scale"),
            m_scale == DemoScale::Large ? QStringLiteral("large") : QStringLiteral("small"), error))
        return false;
    if (!tx.commit(error))
        return false;
    step(100, tr("Done"));
    return true;
}

bool DemoBuilder::setupDirectory(QString* error)
{
    Directory dir(m_ws);
    QVector<Department> all = Directory::seedOffices();
    int sort = 100;
    for (const DemoSchool& s : DemoData::schools())
        all.append({s.code, s.name, s.name, QStringLiteral("school"), sort++});
    QSet<QString> existing;
    for (const Department& d : dir.departments())
        existing.insert(d.code);
    for (const Department& d : all) {
        if (!existing.contains(d.code) && !dir.addDepartment(d, error))
            return false;
    }
    Round r;
    r.year = kRound;
    r.name = tr("%1 status data collection (academic year %2-%3)").arg(kRound).arg(kRound - 1).arg(kRound);
    r.periodStart = QDate(kRound - 1, 9, 1);
    r.periodEnd = QDate(kRound, 8, 31);
    if (!dir.addRound(r, error) || !Assignments(m_ws).assignCatalog(kRound, error))
        return false;

    const QString password = QString::fromLatin1(kDemoPassword);
    QVector<User> users;
    users.append({QStringLiteral("admin"), m_values->personName(), QStringLiteral("DDKH"), {Role::SupervisorAdmin}});
    users.append({QStringLiteral("yld"), m_values->personName(), QStringLiteral("DZB"), {Role::Leader}});
    for (const Department& d : all) {
        if (d.code == QLatin1String("DDKH"))
            continue;
        const QString base = d.code.toLower();
        users.append({base + QStringLiteral("_cjy"), m_values->personName(), d.code, {Role::Collector}});
        users.append({base + QStringLiteral("_fzr"), m_values->personName(), d.code, {Role::Head}});
    }
    users.append({QStringLiteral("jwc_shy"), m_values->personName(), QStringLiteral("JWC"), {Role::Reviewer}});
    users.append({QStringLiteral("hqc_shy"), m_values->personName(), QStringLiteral("HQC"), {Role::Reviewer}});
    // Argon2id is slow on purpose; hash the accounts on every core.
    const QVector<QString> hashes = QtConcurrent::blockingMapped<QVector<QString>>(
        users, [password](const User&) { return PasswordHasher::hash(password); });
    for (int i = 0; i < users.size(); ++i) {
        if (hashes[i].isEmpty()) {
            if (error)
                *error = tr("Could not hash the password of user %1.").arg(users[i].login);
            return false;
        }
        if (!Accounts(m_ws).addUserWithHash(users[i], hashes[i], error))
            return false;
    }
    return true;
}

bool DemoBuilder::fillOrganizations(QString* error)
{
    const Table* t = table(QStringLiteral("1-6"));
    if (!t)
        return true;
    QVector<Row> rows;
    QStringList keys;
    int i = 0;
    const QString office = m_values->code(QStringLiteral("jglb"), q("党政管理部门"));
    const QString school = m_values->code(QStringLiteral("jglb"), q("教学院系"));
    for (const Department& d : Directory(m_ws).departments()) {
        rows.append(m_values->row(*t,
            {{QStringLiteral("jgbh"), d.code}, {QStringLiteral("jgmc"), d.fullName},
                {QStringLiteral("jglb"), d.isSchool() ? school : office},
                {QStringLiteral("sjjg"), DemoData::collegeName()}},
            i++));
        keys.append(d.code);
    }
    m_values->addKeys(QStringLiteral("1-6.jgbh"), keys);
    return insert(t->code, QStringLiteral("DZB"), rows, error);
}

bool DemoBuilder::fillMajors(QString* error)
{
    const Table* t = table(QStringLiteral("7-1-1"));
    const QVector<DemoMajor>& majors = DemoData::majors();
    m_classesByMajor.resize(majors.size());
    for (int i = 0; i < majors.size(); ++i)
        m_majorsInUse.append(i);
    if (!t)
        return true;
    QVector<Row> rows;
    QStringList codes;
    for (int i = 0; i < majors.size(); ++i) {
        const DemoMajor& m = majors[i];
        const bool stopped = i == majors.size() - 1; // one major no longer enrols
        Given g {{QStringLiteral("ssxb"), DemoData::schools()[m.school].code}, {QStringLiteral("zydm"), m.code},
            {QStringLiteral("zymc"), m.name}, {QStringLiteral("zyfx"), QVariant()},
            {QStringLiteral("zydl"), m_values->code(QStringLiteral("zydl"), m.code.left(2))},
            {QStringLiteral("xz"), QVariant(qint64(3))}, {QStringLiteral("sfzs"), QVariant(!stopped)},
            {QStringLiteral("xzny"), QStringLiteral("%1").arg(2005 + (i * 7) % 17) + QStringLiteral("06")},
            {QStringLiteral("tzny"),
                stopped ? QVariant(QStringLiteral("%1").arg(kRound) + QStringLiteral("06")) : QVariant()},
            {QStringLiteral("cxny"), QVariant()}, {QStringLiteral("zyfzr"), QVariant()}};
        codes.append(g.value(QStringLiteral("zydm")).toString());
        rows.append(m_values->row(*t, g, i));
    }
    // Deliberate error: a major typed in again with a five-digit code (nothing refers to it).
    Given typo {{QStringLiteral("ssxb"), DemoData::schools()[1].code},
        {QStringLiteral("zydm"), QStringLiteral("51020")}, {QStringLiteral("zymc"), q("计算机应用技术（重复录入）")},
        {QStringLiteral("zyfx"), QVariant()},
        {QStringLiteral("zydl"), m_values->code(QStringLiteral("zydl"), QStringLiteral("51"))},
        {QStringLiteral("xz"), QVariant(qint64(3))}, {QStringLiteral("sfzs"), QVariant(false)},
        {QStringLiteral("xzny"), QStringLiteral("201906")}, {QStringLiteral("tzny"), QVariant()},
        {QStringLiteral("cxny"), QVariant()}, {QStringLiteral("zyfzr"), QVariant()}};
    rows.append(m_values->row(*t, typo, static_cast<int>(majors.size())));
    plant(t->code, QStringLiteral("51020"), QStringLiteral("zydm"), QStringLiteral("pattern"),
        tr("Major code has five digits instead of six"));
    m_values->addKeys(QStringLiteral("7-1-1.zydm"), codes);
    return insert(t->code, kTeachingOwner, rows, error);
}

bool DemoBuilder::fillCourses(QString* error)
{
    const Table* t = table(QStringLiteral("7-2"));
    const int total = m_scale == DemoScale::Large ? 1500 : 500;
    const QStringList& common = DemoData::commonCourses();
    const QVector<DemoMajor>& majors = DemoData::majors();
    QHash<QString, QVector<Row>> rowsByDept;
    QStringList codes;
    const QString kclxA = m_values->code(QStringLiteral("kclx"), QStringLiteral("A"));
    const QString kclxB = m_values->code(QStringLiteral("kclx"), QStringLiteral("B"));
    const QString kclxC = m_values->code(QStringLiteral("kclx"), QStringLiteral("C"));
    int index = 0;
    auto add = [&](const QString& code, const QString& name, int major, const QString& type, const QString& dept,
                   int hours) {
        m_courses.append({code, major, hours});
        codes.append(code);
        if (!t)
            return;
        Given g {{QStringLiteral("kcdm"), code}, {QStringLiteral("kcmc"), name}, {QStringLiteral("kclx"), type},
            {QStringLiteral("sszy"), major >= 0 ? QVariant(majors[major].code) : QVariant()},
            {QStringLiteral("xf"), QVariant(hours / 16.0)}, {QStringLiteral("zxs"), QVariant(qint64(hours))},
            {QStringLiteral("sfhxkc"), QVariant(major >= 0 && m_rng.chance(0.3))},
            {QStringLiteral("jpkcjb"),
                m_rng.chance(0.05) ? QVariant(m_values->code(QStringLiteral("jb"), q("省级"))) : QVariant()}};
        rowsByDept[dept].append(m_values->row(*t, g, index++));
    };
    for (int i = 0; i < common.size(); ++i)
        add(QStringLiteral("1000%1").arg(i + 1, 2, 10, QLatin1Char('0')), common[i], -1, kclxA, kTeachingOwner,
            i < 4 ? 48 : 32);
    const int perMajor = (total - static_cast<int>(common.size())) / static_cast<int>(majors.size());
    for (int m = 0; m < majors.size(); ++m) {
        const DemoSchool& school = DemoData::schools()[majors[m].school];
        for (int k = 0; k < perMajor; ++k) {
            const QString& base = school.coursePool[(k + m) % school.coursePool.size()];
            const int round = k / static_cast<int>(school.coursePool.size());
            QString name = base;
            if (round == 1)
                name += q("（二）");
            else if (round > 1)
                name += QStringLiteral("（%1）").arg(round + 1);
            const QString type = k % 7 == 6 ? kclxC : (k % 3 == 0 ? kclxA : kclxB);
            add(QStringLiteral("2%1%2").arg(m + 1, 2, 10, QLatin1Char('0')).arg(k + 1, 2, 10, QLatin1Char('0')), name,
                m, type, school.code, 32 + 16 * (k % 4));
        }
    }
    m_values->addKeys(QStringLiteral("7-2.kcdm"), codes);
    for (auto it = rowsByDept.constBegin(); it != rowsByDept.constEnd(); ++it) {
        if (!insert(QStringLiteral("7-2"), it.key(), it.value(), error))
            return false;
    }
    return true;
}

bool DemoBuilder::fillStaff(QString* error)
{
    const Table* t = table(QStringLiteral("6-1-1"));
    const int total = m_scale == DemoScale::Large ? 1200 : 300;
    const int schools = static_cast<int>(DemoData::schools().size());
    const QVector<DemoMajor>& majors = DemoData::majors();
    QVector<Row> rows;
    QStringList keys;
    const QStringList degreeLabels = {q("博士研究生"), q("硕士研究生"), q("本科")};
    const QStringList titleLabels = {q("正高级"), q("副高级"), q("中级"), q("初级")};
    const QStringList titleNames = {q("教授"), q("副教授"), q("讲师"), q("助教")};
    for (int i = 0; i < total; ++i) {
        const int entry = 1995 + m_rng.range(0, 28);
        const QString jgh = QStringLiteral("%1%2").arg(entry).arg(i + 1, 4, 10, QLatin1Char('0'));
        const bool male = m_rng.chance(0.48);
        const QDate birth(entry - m_rng.range(23, 30), m_rng.range(1, 12), m_rng.range(1, 28));
        const int school = i % 10 == 9 ? -1 : i % schools;
        QVector<int> ownMajors;
        for (int m = 0; m < majors.size(); ++m) {
            if (majors[m].school == school)
                ownMajors.append(m);
        }
        const int edu = m_rng.range(0, 99) < 8 ? 0 : (m_rng.range(0, 99) < 70 ? 1 : 2);
        const int title = qMin(3, qMax(0, (kRound - entry) / 8 + (m_rng.chance(0.2) ? 1 : 0) - 0));
        const int titleIdx = 3 - title;
        const QString region = m_rng.pick(DemoData::regions()).first;
        const QString name = m_values->personName();
        m_staff.append({jgh, name, school});
        keys.append(jgh);
        if (!t)
            continue;
        const QString mz = m_rng.chance(0.85) ? q("汉族") : (m_rng.chance(0.7) ? q("满族") : q("蒙古族"));
        Given g {{QStringLiteral("jgh"), jgh}, {QStringLiteral("xm"), name},
            {QStringLiteral("xb"), m_values->code(QStringLiteral("xb"), male ? q("男") : q("女"))},
            {QStringLiteral("mz"), m_values->code(QStringLiteral("mz"), mz)},
            {QStringLiteral("csrq"), birth.toString(QStringLiteral("yyyyMM"))},
            {QStringLiteral("sfzh"), idCard(region, birth, male)},
            {QStringLiteral("ssxb"), school >= 0 ? DemoData::schools()[school].code : kTeachingOwner},
            {QStringLiteral("sszy"), ownMajors.isEmpty() ? QVariant() : QVariant(majors[m_rng.pick(ownMajors)].code)},
            {QStringLiteral("xl"), m_values->code(QStringLiteral("xl"), degreeLabels[edu])},
            {QStringLiteral("xw"),
                m_values->code(QStringLiteral("xw"),
                    edu == 0       ? q("博士")
                        : edu == 1 ? q("硕士")
                                   : q("学士"))},
            {QStringLiteral("zcdj"), m_values->code(QStringLiteral("zcdj"), titleLabels[titleIdx])},
            {QStringLiteral("zcmc"), titleNames[titleIdx]},
            {QStringLiteral("zyzgdj"),
                m_rng.chance(0.5) ? QVariant(m_values->code(QStringLiteral("zyzgdj"), q("技师"))) : QVariant()},
            {QStringLiteral("sfzb"), QVariant(m_rng.chance(0.85))},
            {QStringLiteral("sfss"), QVariant(m_rng.chance(0.6))},
            {QStringLiteral("sfgg"), QVariant(m_rng.chance(0.2))},
            {QStringLiteral("qysj_ln"), QVariant(qint64(m_rng.range(0, 10)))},
            {QStringLiteral("qysj_bxn"), QVariant(qint64(m_rng.range(0, 60)))},
            {QStringLiteral("lxdh"),
                QStringLiteral("1%1%2")
                    .arg(m_rng.pick(QStringList {QStringLiteral("3"), QStringLiteral("5"), QStringLiteral("8")}))
                    .arg(m_rng.digits(9))},
            {QStringLiteral("dzyx"), QStringLiteral("%1@cdyy.edu.cn").arg(jgh)}};
        if (i == 11) {
            g[QStringLiteral("xl")] = QVariant();
            plant(t->code, jgh, QStringLiteral("xl"), QStringLiteral("required"),
                tr("Required education level is empty"));
        }
        if (i == 23) {
            g[QStringLiteral("qysj_bxn")] = QVariant(qint64(400));
            plant(t->code, jgh, QStringLiteral("qysj_bxn"), QStringLiteral("range"),
                tr("Company practice days exceed the days of a year"));
        }
        if (i == 37) {
            g[QStringLiteral("csrq")] = QStringLiteral("%1").arg(birth.year()) + QStringLiteral("13");
            plant(
                t->code, jgh, QStringLiteral("csrq"), QStringLiteral("yearmonth"), tr("Birth month 13 does not exist"));
        }
        rows.append(m_values->row(*t, g, i));
    }
    m_values->addKeys(QStringLiteral("6-1-1.jgh"), keys);
    return insert(QStringLiteral("6-1-1"), kStaffOwner, rows, error);
}

bool DemoBuilder::fillStudents(QString* error)
{
    const Table* t = table(QStringLiteral("10-1"));
    const int total = m_scale == DemoScale::Large ? 30000 : 6000;
    const QVector<DemoMajor>& majors = DemoData::majors();
    const int perMajorGrade = qMax(1, total / (static_cast<int>(majors.size()) * 3));
    QVector<Row> rows;
    rows.reserve(total + 1);
    QStringList keys;
    const QString han = m_values->code(QStringLiteral("mz"), q("汉族"));
    const QString man = m_values->code(QStringLiteral("mz"), q("满族"));
    const QString mgz = m_values->code(QStringLiteral("mz"), q("蒙古族"));
    const QString male = m_values->code(QStringLiteral("xb"), q("男"));
    const QString female = m_values->code(QStringLiteral("xb"), q("女"));
    int n = 0;
    for (int grade = kRound - 3; grade < kRound; ++grade) {
        for (int m = 0; m < majors.size(); ++m) {
            const DemoMajor& major = majors[m];
            const int classes = qMax(1, (perMajorGrade + 44) / 45);
            QStringList classNames;
            for (int c = 0; c < classes; ++c)
                classNames.append(
                    QStringLiteral("%1%2%3").arg(major.shortName).arg(grade % 100).arg(c + 1, 2, 10, QLatin1Char('0'))
                    + q("班"));
            m_classesByMajor[m] += classNames;
            for (int s = 0; s < perMajorGrade; ++s, ++n) {
                const QString xh = QStringLiteral("%1%2%3%4")
                                       .arg(grade)
                                       .arg(major.school + 1, 2, 10, QLatin1Char('0'))
                                       .arg(m + 1, 2, 10, QLatin1Char('0'))
                                       .arg(s + 1, 4, 10, QLatin1Char('0'));
                const bool isMale = m_rng.chance(major.school == 4 ? 0.15 : 0.6);
                const QDate birth(grade - 18 - (m_rng.chance(0.2) ? 1 : 0), m_rng.range(1, 12), m_rng.range(1, 28));
                const auto& region = m_rng.pick(DemoData::regions());
                const QString name = m_values->personName();
                m_students.append({xh, name, m});
                keys.append(xh);
                if (!t)
                    continue;
                QString sfzh = idCard(region.first, birth, isMale);
                if (n == 101) {
                    const QChar wrong = sfzh.at(17) == QLatin1Char('1') ? QLatin1Char('2') : QLatin1Char('1');
                    sfzh[17] = wrong;
                    plant(
                        t->code, xh, QStringLiteral("sfzh"), QStringLiteral("idcard"), tr("Wrong ID card check digit"));
                }
                const double r = m_rng.unit();
                Given g {{QStringLiteral("xh"), xh}, {QStringLiteral("xm"), name},
                    {QStringLiteral("xb"), isMale ? male : female},
                    {QStringLiteral("mz"), r < 0.82 ? han : (r < 0.95 ? man : mgz)},
                    {QStringLiteral("csrq"), QVariant(birth)}, {QStringLiteral("sfzh"), sfzh},
                    {QStringLiteral("zydm"), major.code},
                    {QStringLiteral("bj"), classNames.at(s / 45 % classNames.size())},
                    {QStringLiteral("nj"), QVariant(qint64(grade))}, {QStringLiteral("xz"), QVariant(qint64(3))},
                    {QStringLiteral("rxny"), QStringLiteral("%1").arg(grade) + QStringLiteral("09")},
                    {QStringLiteral("syd"), region.second},
                    {QStringLiteral("byyx"), m_rng.pick(DemoData::highSchools())},
                    {QStringLiteral("sfdxpy"), QVariant(m_rng.chance(0.05))},
                    {QStringLiteral("sfjdlk"), QVariant(m_rng.chance(0.04))},
                    {QStringLiteral("qfje"),
                        m_rng.chance(0.03) ? QVariant(double(m_rng.range(1, 60)) * 100.0) : QVariant(0.0)}};
                rows.append(m_values->row(*t, g, n));
            }
        }
    }
    if (t && rows.size() > 200) {
        // Deliberate error: the same 学号 entered twice.
        Row dup = rows.at(200);
        dup[t->fieldIndex(QStringLiteral("xm"))] = m_values->personName();
        // Another person (a typo in the 学号), so nothing but the 学号 repeats.
        const int id = t->fieldIndex(QStringLiteral("sfzh"));
        const QString other = dup[id].toString();
        const int born = t->fieldIndex(QStringLiteral("csrq"));
        dup[born] = dup[born].toDate().addDays(1);
        dup[id] = idCard(other.left(6), dup[born].toDate(), other.at(16).digitValue() % 2 == 1);
        rows.append(dup);
        plant(t->code, dup[t->fieldIndex(QStringLiteral("xh"))].toString(), QStringLiteral("xh"),
            QStringLiteral("unique"), tr("Student number appears twice"));
    }
    m_values->addKeys(QStringLiteral("10-1.xh"), keys);
    return insert(QStringLiteral("10-1"), kStudentOwner, rows, error);
}

bool DemoBuilder::fillTeaching(QString* error)
{
    const Table* t = table(QStringLiteral("6-1-2-1"));
    if (!t)
        return true;
    const int total = m_scale == DemoScale::Large ? 200000 : 2400;
    const QVector<DemoMajor>& majors = DemoData::majors();
    QVector<QVector<int>> coursesByMajor(majors.size());
    QVector<int> commonCourses;
    for (int c = 0; c < m_courses.size(); ++c) {
        if (m_courses[c].major >= 0)
            coursesByMajor[m_courses[c].major].append(c);
        else
            commonCourses.append(c);
    }
    QVector<QVector<int>> majorsBySchool(DemoData::schools().size());
    for (int m = 0; m < majors.size(); ++m)
        majorsBySchool[majors[m].school].append(m);
    const QString sem1 = m_values->code(QStringLiteral("xq"), q("第一学期"));
    const QString sem2 = m_values->code(QStringLiteral("xq"), q("第二学期"));
    QHash<QString, QVector<Row>> rowsByDept;
    for (int i = 0; i < total; ++i) {
        const StaffInfo& st = m_staff[i % m_staff.size()];
        const int school = st.school >= 0 ? st.school : m_rng.range(0, static_cast<int>(majorsBySchool.size()) - 1);
        const int major = m_rng.pick(majorsBySchool[school]);
        const bool common = st.school < 0 || m_rng.chance(0.1);
        const CourseInfo& course = m_courses[common ? m_rng.pick(commonCourses) : m_rng.pick(coursesByMajor[major])];
        const int hours = course.hours;
        QString jgh = st.jgh;
        QString kcdm = course.code;
        if (i == 57) {
            jgh = QStringLiteral("99999999");
            plant(t->code, QStringLiteral("%1/%2").arg(jgh, kcdm), QStringLiteral("jgh"), QStringLiteral("reference"),
                tr("Teacher number is not in the staff table"));
        }
        if (i == 91) {
            kcdm = QStringLiteral("X9999");
            plant(t->code, QStringLiteral("%1/%2").arg(jgh, kcdm), QStringLiteral("kcdm"), QStringLiteral("reference"),
                tr("Course code is not in the course table"));
        }
        Given g {{QStringLiteral("jgh"), jgh}, {QStringLiteral("zydm"), majors[major].code},
            {QStringLiteral("kcdm"), kcdm},
            {QStringLiteral("skbj"),
                m_classesByMajor[major].isEmpty() ? QVariant() : QVariant(m_rng.pick(m_classesByMajor[major]))},
            {QStringLiteral("skxq"), m_rng.chance(0.5) ? sem1 : sem2},
            {QStringLiteral("sfhb"), QVariant(m_rng.chance(0.15))},
            {QStringLiteral("sfpxb"), QVariant(m_rng.chance(0.3))}, {QStringLiteral("jxgzl"), QVariant(qint64(hours))},
            {QStringLiteral("sjskks"), QVariant(qint64(hours - 2 * m_rng.range(0, 2)))},
            {QStringLiteral("sjxm"),
                m_rng.chance(0.3) ? QVariant(DemoData::schools()[school].coursePool.at(m_rng.range(0, 17)) + q("实训"))
                                  : QVariant()},
            {QStringLiteral("skrw"), m_rng.chance(0.85) ? q("主讲") : q("实验实训指导")},
            {QStringLiteral("sfxzb"), QVariant(m_rng.chance(0.8))},
            {QStringLiteral("llxs"), QVariant(qint64(hours / 2))},
            {QStringLiteral("sjxs"), QVariant(qint64(hours - hours / 2))},
            {QStringLiteral("skrs"), QVariant(qint64(m_rng.range(28, 92)))},
            {QStringLiteral("khfs"), m_values->code(QStringLiteral("khfs"), m_rng.chance(0.6) ? q("考试") : q("考查"))},
            {QStringLiteral("skfs"),
                m_values->code(QStringLiteral("skfs"), m_rng.chance(0.8) ? q("线下") : q("线上线下混合"))},
            {QStringLiteral("jcmc"),
                QVariant(q("《") + DemoData::schools()[school].coursePool.at(m_rng.range(0, 17)) + q("》（第")
                    + QString::number(m_rng.range(2, 5)) + q("版）"))},
            {QStringLiteral("syxm"), QVariant()},
            {QStringLiteral("sxxm"),
                m_rng.chance(0.4)
                    ? QVariant(DemoData::schools()[school].coursePool.at(m_rng.range(0, 17)) + q("综合实训"))
                    : QVariant()},
            {QStringLiteral("sxixm"), QVariant()}};
        rowsByDept[DemoData::schools()[school].code].append(m_values->row(*t, g, i));
        if (rowsByDept[DemoData::schools()[school].code].size() >= 20000) {
            // Keep memory flat on the large demo: write in slices.
            if (!insert(t->code, DemoData::schools()[school].code, rowsByDept[DemoData::schools()[school].code], error))
                return false;
            rowsByDept[DemoData::schools()[school].code].clear();
        }
        if (i % 20000 == 0)
            step(50 + 35 * i / total, tr("Teaching records"));
    }
    for (auto it = rowsByDept.constBegin(); it != rowsByDept.constEnd(); ++it) {
        if (!insert(t->code, it.key(), it.value(), error))
            return false;
    }
    return true; // the workload summary is computed with the other summary tables
}

bool DemoBuilder::fillDropouts(QString* error)
{
    const Table* t = table(QStringLiteral("10-2-1"));
    if (!t || m_students.isEmpty())
        return true;
    const int count = qMax(5, static_cast<int>(m_students.size()) / 150);
    QVector<Row> rows;
    for (int i = 0; i < count; ++i) {
        const StudentInfo& s = m_students[(i * 7919) % m_students.size()];
        const QString zydm = DemoData::majors()[s.major].code;
        rows.append(m_values->row(
            *t, {{QStringLiteral("xh"), s.xh}, {QStringLiteral("xm"), s.name}, {QStringLiteral("zydm"), zydm}}, i));
    }
    return insert(t->code, kStudentOwner, rows, error);
}

bool DemoBuilder::fillGenericTables(QString* error)
{
    static const QSet<QString> handBuilt = {
        QStringLiteral("1-6"),
        QStringLiteral("7-1-1"),
        QStringLiteral("7-2"),
        QStringLiteral("6-1-1"),
        QStringLiteral("10-1"),
        QStringLiteral("6-1-2-1"),
        QStringLiteral("6-1-2-2"),
        QStringLiteral("10-2-1"),
        QStringLiteral("10-2-2"),
    };
    Directory dir(m_ws);
    QHash<QString, QString> codeByName;
    QStringList schools;
    for (const Department& d : dir.departments()) {
        codeByName.insert(d.name, d.code);
        if (d.isSchool())
            schools.append(d.code);
    }
    // Source tables first, so that the tables referencing them find keys.
    QVector<const Table*> order;
    for (const Table& t : m_ws.catalog().tables) {
        if (!handBuilt.contains(t.code) && t.kind == TableKind::Source)
            order.append(&t);
    }
    for (const Table& t : m_ws.catalog().tables) {
        if (!handBuilt.contains(t.code) && t.kind != TableKind::Source && t.kind != TableKind::Summary)
            order.append(&t);
    }
    // Tables whose values follow from others come after them (DemoDerived).
    for (bool moved = true; moved;) {
        moved = false;
        for (int i = 0; i < order.size() && !moved; ++i) {
            int last = -1;
            for (const QString& before : DemoDerived::prerequisites(order[i]->code)) {
                for (int j = 0; j < order.size(); ++j) {
                    if (order[j]->code == before)
                        last = qMax(last, j);
                }
            }
            if (last > i) {
                order.insert(last + 1, order[i]);
                order.removeAt(i);
                moved = true;
            }
        }
    }
    // Counsellors and political-theory teachers as the national ratios want them: one full-time
    // counsellor per 200 students, one full-time teacher per 350.
    const qint64 students = SqlUtil::scalar(
        m_ws.db(), QStringLiteral("SELECT COUNT(*) FROM t_10_1 WHERE \"_round\" = ? AND \"_deleted\" = 0"), {kRound})
                                .toLongLong();
    const int counsellors = static_cast<int>((students + 199) / 200) + 1;
    const int theoryTeachers = static_cast<int>((students + 349) / 350) + 1;
    DemoDerived derived(m_ws, m_rng, kRound);
    for (const Table* t : order) {
        // Sources and single-record forms are filled; about two thirds of the detail tables are
        // partly filled, the rest not started, as in a real round a few weeks in.
        if (t->kind == TableKind::Detail && !DemoDerived::alwaysFilled(t->code) && !m_rng.chance(0.65))
            continue;
        // Rows that follow from tables filled before: one owner, as many rows as they say.
        if (const auto givens = derived.rows(*t)) {
            QVector<Row> rows;
            for (int i = 0; i < givens->size(); ++i)
                rows.append(m_values->row(*t, givens->at(i), i));
            if (!insert(t->code, codeByName.value(t->department), rows, error))
                return false;
            continue;
        }
        const bool perSchool = t->department == Catalog::allSchoolsName()
            || (t->alsoDepartments.contains(Catalog::allSchoolsName()) && m_rng.chance(0.5));
        const QStringList owners = perSchool ? schools : QStringList {codeByName.value(t->department)};
        for (const QString& owner : owners) {
            const bool staffing = t->code == QLatin1String("X-20");
            const int perOwner = static_cast<int>((counsellors + theoryTeachers + owners.size() - 1) / owners.size());
            const int n = t->kind == TableKind::Single ? 1
                : staffing                             ? perOwner + m_rng.range(2, 8)
                           : (t->kind == TableKind::Source ? m_rng.range(8, 30) : m_rng.range(3, 25));
            QVector<Row> rows;
            for (int i = 0; i < n; ++i) {
                Given g = derived.given(*t, i);
                if (staffing && i < perOwner) {
                    const bool counsellor = i < perOwner * counsellors / (counsellors + theoryTeachers);
                    g.insert(QStringLiteral("rylx"), counsellor ? QStringLiteral("2") : QStringLiteral("4"));
                    g.insert(QStringLiteral("sfzz"), true);
                }
                rows.append(m_values->row(*t, g, i));
            }
            if (t->kind == TableKind::Source) {
                for (const QString& key : t->keys) {
                    const int idx = t->fieldIndex(key);
                    QStringList values;
                    for (const Row& r : rows)
                        values.append(r[idx].toString());
                    m_values->addKeys(t->code + QLatin1Char('.') + key, values);
                }
            }
            if (!insert(t->code, owner, rows, error))
                return false;
        }
    }
    return true;
}

bool DemoBuilder::updateStates(QString* error)
{
    // Tasks with rows are being filled in; a couple of finished offices have submitted.
    const QString sql = QStringLiteral(
        "UPDATE cj_assignment SET state = ? WHERE round = ? AND table_code = ? AND department IN (%1)");
    for (const Table& t : m_ws.catalog().tables) {
        QSqlQuery q(m_ws.db());
        if (!SqlUtil::exec(m_ws.db(),
                QStringLiteral("SELECT DISTINCT \"_dept\" FROM %1 WHERE \"_round\" = ?")
                    .arg(SqlDialect::quote(t.sqlName())),
                {kRound}, error, &q))
            return false;
        QStringList depts;
        QVariantList binds = {taskStateToString(TaskState::Filling), kRound, t.code};
        while (q.next()) {
            depts.append(QStringLiteral("?"));
            binds.append(q.value(0));
        }
        if (depts.isEmpty())
            continue;
        if (!SqlUtil::exec(m_ws.db(), sql.arg(depts.join(QLatin1Char(','))), binds, error))
            return false;
    }
    return true;
}

} // namespace caiji
