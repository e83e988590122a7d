#pragma once

#include "../catalog/Catalog.h"
#include "../storage/SqlDialect.h"

#include <QCoreApplication>
#include <QString>
#include <QVariantList>

namespace caiji {

/// A filter typed into a column header. Understood forms (like DB Browser for SQLite's, but
/// always bound as parameters): `x` contains x (codes also by label), `=x` equals, `<>x`,
/// `>x`, `>=x`, `<x`, `<=x`, `a~b` between, `=` empty, `<>` not empty.
struct ColumnFilter
{
    int column = -1;
    QString text;
};

/// Where the page of a sorted query starts: the sort key of its first row, and its _seq.
struct PageAnchor
{
    QVariant key;
    qint64 seq = 0;
};

/// What rows of a catalog table a grid shows and in what order: one round, optionally one
/// department, column filters, a find-anywhere text, a sort column. Built into SQL with bound
/// parameters only. Pages are fetched by key (`(sortkey, _seq) >= (?, ?)`), never by OFFSET.
class TableQuery
{
    Q_DECLARE_TR_FUNCTIONS(caiji::TableQuery)

public:
    Table table;
    int round = 0;
    QString department; ///< empty: every department
    QVector<ColumnFilter> filters;
    QString find;
    int sortColumn = -1; ///< -1: entry order
    bool descending = false;
    /// Source tables: where their keys are used ("t_6_1_2_1", "jgh", "jgh"), to count usages.
    struct Usage
    {
        QString sqlTable;
        QString field;
        QString keyField;
    };
    QVector<Usage> usedBy;
    /// When the round was opened from last year's (Rounds::carriedAt): rows written then and
    /// never updated since are marked 沿用上年. Empty: nothing is marked.
    QString carriedAt;

    /// Fills usedBy from the catalog (every reference field pointing at this table).
    void findUsages(const Catalog& catalog);
    void setBackend(Backend b) { m_dialect = SqlDialect(b); }
    void setCatalog(const Catalog* c) { m_catalog = c; }

    /// SELECT _seq, _id, _version, _dept, usage, sortkey, fields…[, carried] for rows from an
    /// anchor on (the first page has no anchor).
    QString pageSql(int limit, bool first) const;
    QVariantList pageValues(const PageAnchor& from, bool first) const;
    /// sortkey, _seq, row number and total of every `pageSize`-th row.
    QString anchorSql(int pageSize) const;
    QVariantList whereValues() const;
    QString countSql() const;
    /// Empty when every filter is understood; else a message naming the column.
    QString filterError() const;

private:
    QString whereClause(QVariantList* values) const;
    QString sortExpression() const;
    QString filterCondition(const ColumnFilter& f, QVariantList* values, QString* error) const;
    QString likeOperator() const;

    SqlDialect m_dialect;
    const Catalog* m_catalog = nullptr;
};

} // namespace caiji
