#pragma once

#include <QHash>
#include <QString>
#include <QVector>

namespace caiji {

/// What libfreexl does not read from a legacy .xls (BIFF8) workbook, read from its Workbook
/// stream (opened with libgsf): the cached results of formula cells (FreeXL returns them
/// empty, which would silently lose every computed column), booleans (FreeXL gives 1 and 0)
/// and which sheets are hidden. Records are read, not evaluated: a formula's value is what
/// Excel or WPS stored when the file was saved.
class BiffExtras
{
public:
    struct Sheet
    {
        QString name;
        bool hidden = false;
        /// Cell texts by (0-based row << 16 | column): formula results and booleans.
        QHash<quint64, QString> cells;
    };

    /// False when the file is not an OLE2 workbook with a BIFF8 Workbook stream.
    bool read(const QString& path);
    const QVector<Sheet>& sheets() const { return m_sheets; }
    static quint64 key(unsigned row, unsigned column) { return (static_cast<quint64>(row) << 16) | column; }

    /// The sheets of a BIFF8 Workbook stream (exposed for tests of the record reading).
    static QVector<Sheet> parse(const QByteArray& stream);

private:
    QVector<Sheet> m_sheets;
};

} // namespace caiji
