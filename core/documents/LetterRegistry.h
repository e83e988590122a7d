#pragma once

#include "ConfirmationLetter.h"

#include <QCoreApplication>
#include <QStringList>

class QSqlDatabase;
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
    QVector<LetterTable> tables; ///< as printed: fingerprints, names, control totals
    QString state; ///< issued (待签回), signed (已签回), void (作废)
    QString replaces; ///< the number of the letter this one replaces
    QString issuedBy;
    QString issuedAt;
    QString voidedAt;
    QString scanName; ///< the signed paper's scan, as attached
    QByteArray scanHash; ///< its SHA-256
    QString signedBy; ///< who attached it
    QString signedAt;

    QVector<TableFingerprint> fingerprints() const;
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
/// replaces. The scan of the signed paper is attached to its letter (已签回). Any letter is
/// checked against the workspace by its 校验码 or by the QR code on the paper.
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
    /// The letter with this number (2026-JWC-001).
    bool findNumber(const QString& number, IssuedLetter* out, QString* error) const;
    /// The letter that replaced `number` after its data changed; empty when none did.
    QString replacedBy(const QString& number) const;
    /// Recomputes the letter's tables from the workspace and compares.
    bool verify(const QString& code, LetterCheck* out, QString* error) const;
    /// Recomputes a letter of the registry (letters()) and compares.
    bool check(const IssuedLetter& letter, LetterCheck* out, QString* error) const;
    /// Verifies what a letter's QR code holds (ConfirmationLetter::qrPayload): the letter it
    /// names, its hash checked against the registry's (a paper whose QR code does not match is
    /// not one of this workspace's letters), then its data.
    bool verifyPayload(const QByteArray& payload, LetterCheck* out, QString* error) const;
    /// verify() for a typed 校验码, verifyPayload() of the QR code read (ScanReader) when `input`
    /// names a file: a scan, a photo or the PDF of a letter.
    bool verifyCodeOrScan(const QString& input, LetterCheck* out, QString* error) const;
    /// What a check found, in lines for people: the letter, then whether its data matches or
    /// which tables changed.
    static QStringList summary(const LetterCheck& check, const QString& departmentName);
    /// Attaches the scan of the signed paper (PDF or picture) to the letter: it is then 已签回.
    /// The department's own head or collector and the office attach; a void letter takes no
    /// scan; a scan whose QR code names another letter is refused. `qrPayload` is what a reader
    /// found in the scan (empty when none).
    bool attachScan(const QString& number, const QString& fileName, const QByteArray& content,
        const QByteArray& qrPayload, QString* error);
    /// The scan attached to a letter; false with `error` when it has none.
    bool scan(const QString& number, QByteArray* content, QString* fileName, QString* error) const;
    /// A department's letters printed elsewhere (in its package) join this registry, those whose
    /// numbers it does not know yet. Inside the caller's unit of work.
    bool adopt(const QSqlDatabase& from, int round, const QString& department, int* adopted, QString* error);
    /// Voids the department's standing letters whose data no longer matches (after a merge
    /// changed it). Inside the caller's unit of work. `voided` receives their numbers.
    bool voidChanged(int round, const QString& department, QStringList* voided, QString* error);
    static QString stateDisplayName(const QString& state);
    /// The letter number and hash a QR payload holds; false when it is not a letter's.
    static bool parsePayload(const QByteArray& payload, QString* number, QByteArray* hash);

private:
    static IssuedLetter read(const QSqlQuery& q);

    WriteGateway& m_gateway;
};

} // namespace caiji
