#pragma once

#include "ConfirmationLetter.h"

#include <QCoreApplication>
#include <QStringList>

class QSqlQuery;

namespace caiji {

class WriteGateway;

/// A confirmation letter as the registry keeps it (cj_letter).
struct IssuedLetter
{
    qint64 id = 0;
    int round = 0;
    QString department;
    QString number;
    QString code;
    QByteArray hash;
    QVector<TableFingerprint> tables;
    QString state; ///< issued (待签回), signed (已签回), void (作废)
    QString replaces; ///< the number of the letter this one replaces
    QString issuedBy;
    QString issuedAt;
};

/// What verifying a letter found: whether the data still matches, and where it does not.
struct LetterCheck
{
    IssuedLetter letter;
    bool matches = false;
    QStringList changedTables; ///< "6-1-1: 300 rows then, 301 now; 2 row(s) changed since"
};

/// The registry of confirmation letters (DESIGN 3.6): a confirmed department's letter gets its
/// number when first printed (round-department-sequence); printed again with the same data it
/// keeps it; printed after the data changed, the old letter is void and the new one says which it
/// replaces. Any letter is checked against the workspace by its 校验码.
class LetterRegistry
{
    Q_DECLARE_TR_FUNCTIONS(caiji::LetterRegistry)

public:
    explicit LetterRegistry(WriteGateway& gateway)
        : m_gateway(gateway)
    {
    }

    /// Registers a confirmed letter (a draft is refused): sets its number and what it replaces.
    bool issue(ConfirmationLetter* letter, QString* error);
    /// The letters of a round, newest first.
    QVector<IssuedLetter> letters(int round, QString* error = nullptr) const;
    /// The letter with this 校验码 (typed as people type it); false with `error` when the code is
    /// mistyped or no letter has it.
    bool find(const QString& code, IssuedLetter* out, QString* error) const;
    /// Recomputes the letter's tables from the workspace and compares.
    bool verify(const QString& code, LetterCheck* out, QString* error) const;
    static QString stateDisplayName(const QString& state);

private:
    static IssuedLetter read(const QSqlQuery& q);

    WriteGateway& m_gateway;
};

} // namespace caiji
