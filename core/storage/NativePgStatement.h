#pragma once

#include <QSqlDatabase>
#include <QString>
#include <QVariant>
#include <QVector>

struct pg_conn;
struct pg_result;

namespace caiji {

/// A statement prepared and run straight on the libpq connection under a Qt QPSQL connection.
/// Qt's driver runs a prepared statement as the text "EXECUTE name (v1, v2, ...)", formatting
/// and escaping every bound value into one string the server then parses again; for a batch
/// of thousands of values that cost more than the update itself (a 10,000-row paste ran 2.3×
/// slower than on SQLite). Here values travel as protocol parameters. Used for the batched
/// updates of EditService, inside the connection's own (Qt) transaction.
class NativePgStatement
{
public:
    /// The libpq connection of a QPSQL connection, or null for any other driver.
    static pg_conn* handleOf(const QSqlDatabase& db);

    /// `sql` uses ? for parameters, as Qt does; it is prepared once under a name unique to this
    /// object.
    NativePgStatement(pg_conn* conn, const QString& sql);
    ~NativePgStatement();
    NativePgStatement(const NativePgStatement&) = delete;
    NativePgStatement& operator=(const NativePgStatement&) = delete;

    bool isValid() const { return m_prepared; }
    QString errorText() const { return m_error; }
    int parameterCount() const { return m_params; }

    /// Binds `value` (null, integer, double, bool, text, date) at 0-based position i.
    void bind(int i, const QVariant& value);
    /// Runs the statement; the rows it returns are read with rows() and value().
    bool exec(QString* error);
    int rows() const;
    /// The text of column `column` of row `row` of the last result (empty for NULL).
    QString value(int row, int column) const;

private:
    pg_conn* m_conn;
    pg_result* m_result = nullptr;
    QByteArray m_name;
    QString m_error;
    int m_params = 0;
    bool m_prepared = false;
    QVector<QByteArray> m_values;
    QVector<bool> m_null;
};

} // namespace caiji
