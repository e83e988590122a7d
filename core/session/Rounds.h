#pragma once

#include "../catalog/Catalog.h"

#include <QCoreApplication>
#include <QString>

namespace caiji {

class WriteGateway;

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
    bool close(int year, QString* error);
    bool reopen(int year, const QString& reason, QString* error);
    /// Whether a table starts a new round from last year's rows.
    static bool carriesForward(const Table& table);
    /// Rows of the round still as carried from last year (nobody changed them since).
    qint64 untouchedCarried(int year, const Table& table, const QString& department, QString* error = nullptr) const;

private:
    bool allowed(QString* error) const;
    bool setState(int year, const QString& state, const QString& reason, QString* error);

    WriteGateway& m_gateway;
};

} // namespace caiji
