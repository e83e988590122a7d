#pragma once

#include "../catalog/Catalog.h"
#include "Finding.h"

#include <QCoreApplication>
#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QSqlQuery>
#include <QStringList>
#include <QVector>

#include <functional>

namespace caiji {

class Workspace;

/// Checks the data of a round against every rule the catalog declares or implies:
/// field rules from the field definitions (required, type, length, range, pattern, code list,
/// 年月 format, dates not in the future) plus declared checksums; row rules (sums, 其中 ≤ 合计,
/// date order, conditional required); table rules (key uniqueness); cross-table rules
/// (references exist, summary tables equal their details); cross-year changes. One scan per
/// table does the row-wise checks; the set-wise ones are single SQL queries.
class Validator
{
    Q_DECLARE_TR_FUNCTIONS(caiji::Validator)

public:
    Validator(Workspace& ws, int round);

    /// Only rows (and table findings) of this department.
    void setDepartment(const QString& code) { m_department = code; }
    /// Only these tables (all when empty).
    void setTables(const QStringList& codes) { m_tables = codes; }
    /// Incremental use while editing: only these rows of this table.
    void setRows(const QString& table, const QStringList& rowIds);
    /// Called after each table with (done, total); returning false cancels.
    void setProgress(std::function<bool(int, int)> progress) { m_progress = std::move(progress); }

    bool run(QVector<Finding>* out, QString* error);

    /// The cj_meta key under which a department package lists (comma-separated) the tables of
    /// which it does not hold every department's rows whole: sums and totals over those are the
    /// office's to check after the merge, not the package's.
    static QString partialTablesKey() { return QStringLiteral("partial_tables"); }

    /// The explicit rules of a table (catalog "rules" entries with a "kind" Caiji runs).

private:
    bool scanTable(const Table& t, QVector<Finding>* out, QString* error);
    bool checkUnique(const Table& t, const QStringList& fields, const QString& ruleId, Severity severity,
        QVector<Finding>* out, QString* error);
    const QSet<QString>* sourceKeys(const Table& source, const QString& field, QString* error);
    /// Whether the workspace holds the table only in part (partialTablesKey).
    bool partial(const QString& table);
    bool checkAggregate(const Table& t, const QJsonObject& rule, QVector<Finding>* out, QString* error);
    bool checkUniqueAcross(const Table& t, const QJsonObject& rule, QVector<Finding>* out, QString* error);
    bool checkTotals(const Table& t, const QJsonObject& rule, QVector<Finding>* out, QString* error);
    bool checkChange(const Table& t, const QJsonObject& rule, QVector<Finding>* out, QString* error);
    bool checkTotal(const Table& t, const QJsonObject& rule, QVector<Finding>* out, QString* error);
    /// The catalog's rules of a table plus the ones the supervision office added to the workspace.
    QVector<QJsonObject> rulesFor(const Table& t);

public:
    /// The value a total-equals rule expects (an aggregate over its source table this round);
    /// `empty` tells a sum over no value (a one-record table's field not filled in) from a zero.
    bool totalOf(const QJsonObject& rule, double* value, QString* error, bool* empty = nullptr);

private:
    QString rowFilter(const Table& t, QVariantList* binds, const QString& alias = QStringLiteral("m")) const;
    QStringList keyFields(const Table& t) const;
    /// How people recognise a row in a finding: the table's name for a one-record table, else
    /// its key values (code labels, each cut to 20 characters).
    QString rowLabel(const Table& t, const QStringList& keys, const std::function<QVariant(int)>& valueAt) const;
    void add(QVector<Finding>* out, Finding f) const;

    Workspace& m_ws;
    int m_round;
    QString m_department;
    QStringList m_tables;
    QString m_rowsTable;
    QStringList m_rowIds;
    std::function<bool(int, int)> m_progress;
    QHash<QString, QSet<QString>> m_sourceKeys;
    QHash<QString, QVector<QJsonObject>> m_workspaceRules;
    bool m_workspaceRulesLoaded = false;
    QHash<QString, QHash<QString, QHash<QString, double>>> m_aggregates; ///< source|group → aggregate → group → value
    QSet<QString> m_partial;
    bool m_partialRead = false;
};

} // namespace caiji
