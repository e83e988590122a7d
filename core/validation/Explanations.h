#pragma once

#include "../auth/AccessPolicy.h"
#include "Finding.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

namespace caiji {

class Workspace;

/// A written explanation of a finding (a warning needs one) and its review.
struct Explanation
{
    QString text;
    QString writtenBy;
    QString writtenAt;
    QString status; ///< "pending", "accepted" or "rejected"
    QString reviewedBy;
    QString reviewedAt;
};

/// Explanations of findings, kept in the workspace per round and finding (rule, table, row,
/// field), so that they survive re-validation and are seen by the reviewer.
class Explanations
{
    Q_DECLARE_TR_FUNCTIONS(caiji::Explanations)

public:
    Explanations(Workspace& ws, int round)
        : m_ws(ws)
        , m_round(round)
    {
    }

    static QString keyOf(const Finding& f);
    static QString statusDisplayName(const QString& status);
    /// Why a finding takes no explanation (it is an error), or empty when it does.
    static QString cannotExplain(const Finding& f);
    /// Writes (or rewrites) the explanation, as the policy's actor when it may explain the
    /// finding's rows; a rewritten one waits for review again.
    bool explain(const AccessPolicy& policy, const Finding& f, const QString& text, QString* error);
    /// Accepts or rejects an explanation, as the policy's actor when it may review the table.
    bool review(const AccessPolicy& policy, const Finding& f, bool accept, QString* error);
    QHash<QString, Explanation> all(QString* error = nullptr) const;

private:
    bool allowed(const AccessPolicy& policy, Action a, const Finding& f, QString* error) const;

    Workspace& m_ws;
    int m_round;
};

} // namespace caiji
