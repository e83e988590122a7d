#include "DemoDerived.h"

#include "../storage/SqlUtil.h"
#include "../storage/Workspace.h"
#include "../validation/RuleCatalog.h"
#include "../validation/Validator.h"
#include "DemoData.h"

#include <QDate>
#include <QSqlQuery>

#include <cmath>

namespace caiji {

namespace {

double cents(double v)
{
    return std::floor(v * 100.0) / 100.0;
}

// Splits `total` into `parts` random whole shares that add up to it.
QVector<qint64> shares(DemoRandom& rng, qint64 total, int parts)
{
    QVector<double> weights;
    double sum = 0;
    for (int i = 0; i < parts; ++i) {
        weights.append(0.2 + rng.unit());
        sum += weights.last();
    }
    QVector<qint64> out;
    qint64 given = 0;
    for (int i = 0; i < parts; ++i) {
        const qint64 share = i == parts - 1 ? total - given : static_cast<qint64>(std::floor(total * weights[i] / sum));
        out.append(share);
        given += share;
    }
    return out;
}

} // namespace

DemoDerived::DemoDerived(Workspace& ws, DemoRandom& rng, int round)
    : m_ws(ws)
    , m_rng(rng)
    , m_round(round)
{
}

QStringList DemoDerived::prerequisites(const QString& table)
{
    static const QHash<QString, QStringList> before = {
        {QStringLiteral("3-3"), {QStringLiteral("4-1-2"), QStringLiteral("X-23")}},
        {QStringLiteral("3-4"), {QStringLiteral("X-25")}},
        {QStringLiteral("7-6-1"), {QStringLiteral("12-1")}},
        {QStringLiteral("X-14"), {QStringLiteral("9-6-2"), QStringLiteral("8-9")}},
        {QStringLiteral("X-24"), {QStringLiteral("9-3")}},
        {QStringLiteral("X-28"), {QStringLiteral("3-1")}},
    };
    return before.value(table);
}

bool DemoDerived::alwaysFilled(const QString& table)
{
    static const QStringList always = {QStringLiteral("4-1-2"), QStringLiteral("X-23"), QStringLiteral("X-20"),
        QStringLiteral("12-1"), QStringLiteral("7-6-1"), QStringLiteral("X-07"), QStringLiteral("11-1")};
    return always.contains(table);
}

double DemoDerived::scalar(const QString& sql, const QVariantList& binds)
{
    QVariantList all = {m_round};
    all += binds;
    return SqlUtil::scalar(m_ws.db(), sql, all).toDouble();
}

QVariant DemoDerived::stored(const QString& table, const QString& field, const QVariant& canonical) const
{
    return m_ws.dialect().toDatabase(*m_ws.catalog().table(table)->field(field), canonical);
}

std::optional<QVector<DemoDerived::Given>> DemoDerived::rows(const Table& t)
{
    if (t.code == QLatin1String("X-07"))
        return practice();
    if (t.code == QLatin1String("X-14"))
        return evidence();
    if (t.code == QLatin1String("11-1"))
        return majorChanges();
    if (t.code == QLatin1String("7-6-1"))
        return enrolment();
    if (t.code == QLatin1String("X-24"))
        return donatedEquipment();
    return std::nullopt;
}

DemoDerived::Given DemoDerived::given(const Table& t, int index)
{
    Q_UNUSED(index)
    Given g;
    if (t.code == QLatin1String("1-1")) {
        g.insert(QStringLiteral("xxbsm"), QStringLiteral("4113014444"));
        g.insert(QStringLiteral("xxmc"), DemoData::collegeName());
    } else if (t.code == QLatin1String("3-1") || t.code == QLatin1String("5-1")) {
        g = consistentTotals(t);
    } else if (t.code == QLatin1String("3-3")) {
        g = assetTotals();
    } else if (t.code == QLatin1String("X-23")) {
        // A college's fixed assets per category run to thousands of 万元.
        g.insert(QStringLiteral("yz"), std::round((2000 + m_rng.unit() * 18000) * 100.0) / 100.0);
    } else if (t.code == QLatin1String("11-3")) {
        // 在校生合计: the students of 10-1 who came from the army.
        g.insert(QStringLiteral("zxhj"),
            qint64(scalar(QStringLiteral("SELECT COUNT(*) FROM t_10_1 WHERE \"_round\" = ? AND lzjd = ?"),
                {stored(QStringLiteral("10-1"), QStringLiteral("lzjd"), true)})));
    } else if (t.code == QLatin1String("1-3-1")) {
        // 招生专业数: the majors of 7-1-1 that enrol this year.
        g.insert(QStringLiteral("zszys"),
            qint64(scalar(QStringLiteral("SELECT COUNT(*) FROM t_7_1_1 WHERE \"_round\" = ? AND sfzs = ?"),
                {stored(QStringLiteral("7-1-1"), QStringLiteral("sfzs"), true)})));
    } else if (t.code == QLatin1String("3-4")) {
        // 教室数: the classrooms among X-25's teaching places.
        g.insert(QStringLiteral("jss"),
            qint64(scalar(QStringLiteral("SELECT COUNT(*) FROM t_x_25 WHERE \"_round\" = ? AND \"_deleted\" = 0 "
                                         "AND cslx IN ('1', '2', '3', '6')"))));
    } else if (t.code == QLatin1String("X-28")) {
        g = publishedFigures();
    }
    return g;
}

DemoDerived::Given DemoDerived::assetTotals()
{
    // 全校固定资产总值 is the sum of X-23's categories; 教学科研仪器设备资产总值 lies between the
    // equipment of the training bases (4-1-2) and that total.
    const double assets
        = scalar(QStringLiteral("SELECT COALESCE(SUM(yz), 0) FROM t_x_23 WHERE \"_round\" = ? AND \"_deleted\" = 0"));
    const double bases = scalar(
        QStringLiteral("SELECT COALESCE(SUM(sbzz), 0) FROM t_4_1_2 WHERE \"_round\" = ? AND \"_deleted\" = 0"));
    const double equipment = bases + (qMax(assets, bases) - bases) * (0.2 + 0.3 * m_rng.unit());
    return {{QStringLiteral("gdzczz"), std::round(qMax(assets, bases) * 100.0) / 100.0},
        {QStringLiteral("yqzz"), std::round(equipment * 100.0) / 100.0}};
}

DemoDerived::Given DemoDerived::consistentTotals(const Table& t)
{
    // The area and income forms carry 其中 ≤ 合计 rules: build the parts first, then the totals.
    Given g;
    auto part = [&](const char* key, double lo, double hi) {
        const double v = std::round((lo + m_rng.unit() * (hi - lo)) * 100.0) / 100.0;
        g.insert(QString::fromLatin1(key), v);
        return v;
    };
    if (t.code == QLatin1String("3-1")) {
        const double teaching = part("js", 30000, 40000) + part("tsg", 12000, 16000) + part("sys", 40000, 50000)
            + part("zykyyf", 3000, 5000) + part("tyg", 6000, 8000) + part("ht", 2000, 3000);
        g.insert(QStringLiteral("jxkyhj"), teaching);
        const double living = part("xsss", 60000, 70000) + part("xsst", 8000, 10000) + part("jgss", 3000, 5000)
            + part("jgst", 1000, 2000) + part("shfl", 2000, 3000);
        g.insert(QStringLiteral("shyfhj"), living);
        const double office = part("xzbgyf", 8000, 10000);
        const double owned = teaching + living + office + part("jgzz", 0, 1000) + part("qtyf", 1000, 2000);
        g.insert(QStringLiteral("xxcqhj"), owned);
        part("xxcqxz", 0, 5000);
        const double rented = part("fxxcq", 0, 8000);
        g.insert(QStringLiteral("zjzmj"), owned + rented);
        const double land = part("zdmj", 450000, 520000);
        g.insert(QStringLiteral("lhyd"), std::round(land * 0.3));
        part("ythjs", 1000, 3000);
    } else {
        const double parts = part("xfsr", 8000, 9000) + part("czjc", 15000, 17000) + part("zyzx", 500, 1500)
            + part("dfzx", 1500, 3000) + part("shjz", 10, 100) + part("qtsr", 300, 800);
        g.insert(QStringLiteral("zsr"), parts);
        part("dkje", 0, 0);
        part("dkye", 0, 0);
    }
    return g;
}

DemoDerived::Given DemoDerived::publishedFigures()
{
    // The figures 事业统计 published are the ones this round reports: the students 1-3-2 counts
    // (by its own rule) and 3-1's areas.
    Given g {{QStringLiteral("tjsd"), QDate(m_round - 1, 9, 1)},
        {QStringLiteral("bz"), QStringLiteral("%1 年高等教育事业统计基层报表").arg(m_round - 1)}};
    if (const Table* summary = m_ws.catalog().table(QStringLiteral("1-3-2"))) {
        for (const QJsonObject& r : RuleCatalog::executableRules(*summary)) {
            double students = 0;
            if (r.value(QLatin1String("kind")).toString() == QLatin1String("total-equals")
                && r.value(QLatin1String("field")).toString() == QLatin1String("zxszs")
                && Validator(m_ws, m_round).totalOf(r, &students, nullptr))
                g.insert(QStringLiteral("zxs"), qint64(std::llround(students)));
        }
    }
    QSqlQuery q(m_ws.db());
    if (SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT zdmj, xxcqhj, fxxcq FROM t_3_1 WHERE \"_round\" = ? AND \"_deleted\" = 0"),
            {m_round}, nullptr, &q)
        && q.next()) {
        g.insert(QStringLiteral("zdmj"), q.value(0).toDouble());
        g.insert(QStringLiteral("xxcqjzmj"), q.value(1).toDouble());
        g.insert(QStringLiteral("fxxcqjzmj"), q.value(2).isNull() ? QVariant() : QVariant(q.value(2).toDouble()));
    }
    return g;
}

QVector<DemoDerived::Given> DemoDerived::practice()
{
    // Every teacher's 本学年企业实践时间 (6-1-1) in one or two stays at a company.
    QVector<Given> out;
    const QDate start(m_round - 1, 9, 1);
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT jgh, xm, qysj_bxn FROM t_6_1_1 WHERE \"_round\" = ? AND \"_deleted\" = 0 "
                           "AND qysj_bxn > 0 AND qysj_bxn <= 365 ORDER BY jgh"),
            {m_round}, nullptr, &q))
        return out;
    while (q.next()) {
        const qint64 days = q.value(2).toLongLong();
        const int stays = days >= 20 && m_rng.chance(0.4) ? 2 : 1;
        for (const qint64 d : shares(m_rng, days, stays)) {
            const QDate from = start.addDays(m_rng.range(0, static_cast<int>(365 - d)));
            out.append(
                {{QStringLiteral("jgh"), q.value(0)}, {QStringLiteral("xm"), q.value(1)}, {QStringLiteral("sjts"), d},
                    {QStringLiteral("ksrq"), from}, {QStringLiteral("jsrq"), from.addDays(d - 1)}});
        }
    }
    return out;
}

QVector<DemoDerived::Given> DemoDerived::evidence()
{
    // X-14 holds the evidence of some of the awards (9-6-2) and innovations (8-9) by their names.
    QVector<Given> out;
    const struct
    {
        const char* table;
        const char* date;
        const char* kind;
    } sources[] = {{"t_9_6_2", "hjny", "1"}, {"t_8_9", "ssny", "2"}};
    for (const auto& s : sources) {
        QSqlQuery q(m_ws.db());
        if (!SqlUtil::exec(m_ws.db(),
                QStringLiteral("SELECT xmmc, %1 FROM %2 WHERE \"_round\" = ? AND \"_deleted\" = 0 ORDER BY \"_seq\"")
                    .arg(QLatin1String(s.date), QLatin1String(s.table)),
                {m_round}, nullptr, &q))
            continue;
        for (int n = 0; q.next() && n < 6; ++n)
            out.append({{QStringLiteral("lb"), QLatin1String(s.kind)}, {QStringLiteral("mc"), q.value(0)},
                {QStringLiteral("ny"), q.value(1)}});
    }
    return out;
}

QVector<DemoDerived::Given> DemoDerived::majorChanges()
{
    // This year's 新增, 停招 and 撤销 of 7-1-1, and one change of direction (which 7-1-1 does not date).
    QVector<Given> out;
    const QString from = QString::number(m_round - 1) + QStringLiteral("09");
    const QString to = QString::number(m_round) + QStringLiteral("08");
    QSqlQuery q(m_ws.db());
    if (!SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT zydm, zymc, xzny, tzny, cxny FROM t_7_1_1 WHERE \"_round\" = ? AND \"_deleted\" = 0 "
                           "ORDER BY zydm"),
            {m_round}, nullptr, &q))
        return out;
    QStringList steady;
    while (q.next()) {
        bool changed = false;
        for (int i = 0; i < 3; ++i) {
            const QString ym = q.value(2 + i).toString();
            if (ym >= from && ym <= to) {
                out.append({{QStringLiteral("zydm"), q.value(0)}, {QStringLiteral("zymc"), q.value(1)},
                    {QStringLiteral("bdlx"), QString::number(i + 1)}, {QStringLiteral("bdny"), ym}});
                changed = true;
            }
        }
        if (!changed && q.value(0).toString().size() == 6)
            steady.append(q.value(0).toString() + QLatin1Char('|') + q.value(1).toString());
    }
    if (!steady.isEmpty()) {
        const QString m = m_rng.pick(steady);
        out.append({{QStringLiteral("zydm"), m.section(QLatin1Char('|'), 0, 0)},
            {QStringLiteral("zymc"), m.section(QLatin1Char('|'), 1)}, {QStringLiteral("bdlx"), QStringLiteral("6")},
            {QStringLiteral("bdny"), QString::number(m_round) + QStringLiteral("03")}});
    }
    return out;
}

QVector<DemoDerived::Given> DemoDerived::enrolment()
{
    // The 报到数 of the enrolling majors add up to the new students of 12-1 who registered.
    QVector<Given> out;
    const qint64 registered = qint64(
        scalar(QStringLiteral("SELECT COUNT(*) FROM t_12_1 WHERE \"_round\" = ? AND \"_deleted\" = 0 AND sfbd = ?"),
            {stored(QStringLiteral("12-1"), QStringLiteral("sfbd"), true)}));
    QSqlQuery q(m_ws.db());
    QStringList majors;
    if (SqlUtil::exec(m_ws.db(),
            QStringLiteral("SELECT zydm FROM t_7_1_1 WHERE \"_round\" = ? AND \"_deleted\" = 0 AND sfzs = ? "
                           "ORDER BY zydm"),
            {m_round, stored(QStringLiteral("7-1-1"), QStringLiteral("sfzs"), true)}, nullptr, &q)) {
        while (q.next())
            majors.append(q.value(0).toString());
    }
    if (majors.isEmpty())
        return out;
    const int n = qMin(static_cast<int>(majors.size()), m_rng.range(3, 12));
    const QVector<qint64> bds = shares(m_rng, registered, n);
    for (int i = 0; i < n; ++i) {
        // 本地市 ≤ 本省 ≤ 报到数.
        const qint64 province = bds[i] * m_rng.range(60, 95) / 100;
        out.append({{QStringLiteral("zydm"), majors[i * majors.size() / n]}, {QStringLiteral("bds"), bds[i]},
            {QStringLiteral("bsbd"), province}, {QStringLiteral("bdsbd"), province * m_rng.range(30, 70) / 100}});
    }
    return out;
}

QVector<DemoDerived::Given> DemoDerived::donatedEquipment()
{
    // Donated equipment is a part of all donations (9-3): at most about two thirds of their value.
    QVector<Given> out;
    const double donated
        = scalar(QStringLiteral("SELECT COALESCE(SUM(jzjz), 0) FROM t_9_3 WHERE \"_round\" = ? AND \"_deleted\" = 0"));
    if (donated <= 0)
        return out;
    const int n = m_rng.range(2, 6);
    const double equipment = donated * (0.3 + 0.35 * m_rng.unit());
    for (int i = 0; i < n; ++i)
        out.append({{QStringLiteral("jz"), cents(equipment / n)}});
    return out;
}

} // namespace caiji
