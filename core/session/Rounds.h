#pragma once

#include "../catalog/Catalog.h"

#include <QCoreApplication>
#include <QString>

namespace caiji {

class WriteGateway;
class Workspace;

/// The yearly rounds, as the supervision office keeps them: next year's round opened from
/// last year's (data-source tables and one-record forms start from last year's rows, marked
/// 沿用上年 until someone changes them; detail tables start empty), a round closed (frozen),
/// and reopened only with a reason. Carrying rows is a load through the write gateway.
class Rounds
{
    Q_DECLARE_TR_FUNCTIONS(caiji::Rounds)

public:
    explicit Rounds(WriteGateway& gateway)
        : m_gateway(gateway)
    {
    }

    /// Opens round `year` (period 1 September of the year before to 31 August), assigns its
    /// tasks, and carries the rows of round `from` (0: start empty). `carried` receives how
    /// many rows came along.
    bool open(int year, int from, qint64* carried, QString* error);
    /// 已汇总: the office closes collection once every task of the round is accepted; `pending`
    /// receives the tasks that are not ("table department: state"). The data is locked from now.
    bool aggregate(int year, QStringList* pending, QString* error);
    /// 领导已审定: leadership approves the aggregated round.
    bool approve(int year, QString* error);
    /// 已上报: the office records that the approved data went to the Ministry's platform.
    bool report(int year, QString* error);
    /// open, merged, approved, reported, closed as people say them (采集中, 已汇总 …).
    static QString stateDisplayName(const QString& state);
    QString state(int year) const;
    bool close(int year, QString* error);
    bool reopen(int year, const QString& reason, QString* error);
    /// Whether a table starts a new round from last year's rows.
    static bool carriesForward(const Table& table);
    /// When round `year` was opened from last year's: rows of tables that carry forward written
    /// then and never updated since are 沿用上年. Empty when the round started empty.
    static QString carriedAt(Workspace& ws, int year);
    /// Rows of the round still as carried from last year (nobody changed them since).
    qint64 untouchedCarried(int year, const Table& table, const QString& department, QString* error = nullptr) const;

private:
    bool allowed(QString* error) const;
    bool setState(int year, const QString& state, const QString& reason, QString* error);
    bool move(int year, const QString& from, const QString& to, QString* error);

    WriteGateway& m_gateway;
};

} // namespace caiji
